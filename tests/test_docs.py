"""docs/architecture.md is held to the code where a test can: the workflow states and their
names, the Finding fields and JSON keys, the categories, the command modules; README and
CONTRIBUTING point into the repository, not outside it."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

from editor.checks.finding import CATEGORIES, Finding
from editor.checks.spans import LineIndex
from editor.cli import COMMAND_MODULES
from editor.commands.check import finding_json
from editor.states import ROLE_LABELS, ROLES, STATUS_LABELS, STATUSES

ROOT = Path(__file__).resolve().parent.parent
DOC = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")


def section(title: str) -> str:
    found = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## |\Z)", DOC, flags=re.M | re.S)
    assert found is not None, f"docs/architecture.md has no section {title!r}"
    return found.group(1)


def test_every_state_is_documented_with_its_name() -> None:
    rows = re.findall(r"^\| `(\w+)` \| ([^|]+?) \|", section("Review workflow"), flags=re.M)
    assert [s for s, _ in rows] == list(STATUSES)
    assert {s: label for s, label in rows} == STATUS_LABELS
    for role in ROLES:
        assert f"`{role}` ({ROLE_LABELS[role]}" in DOC


def test_finding_fields_and_json_keys_are_documented() -> None:
    fields = [f.name for f in dataclasses.fields(Finding)]
    table = section("The Finding record")
    documented = re.findall(r"^\| `(\w+)`(?:, `(\w+)`)? \|", table, flags=re.M)
    names = [n for pair in documented for n in pair if n]
    assert names == fields
    finding = Finding("KBBI.Spelling", "spelling", "error", 0, 3, "abc", "m")
    keys = list(finding_json(finding, LineIndex("abc")))
    contract = section("The JSON contract of `sunting check --format json` (version 1)")
    example = re.search(r'"findings": \[\{(.*?)\}\]', contract, flags=re.S)
    assert example is not None
    assert re.findall(r'"(\w+)":', example.group(1)) == keys


def test_categories_and_commands_are_documented() -> None:
    for category in CATEGORIES:
        assert f"`{category}`" in DOC
    listed = re.search(r"`register\(subparsers\)` \(([^)]*)\)", DOC)
    assert listed is not None
    assert [n.strip() for n in listed.group(1).split(",")] == [
        m.rsplit(".", 1)[1] for m in COMMAND_MODULES
    ]


def test_readme_and_contributing_link_into_the_repository() -> None:
    for name in ("README.md", "CONTRIBUTING.md"):
        text = (ROOT / name).read_text(encoding="utf-8")
        assert "docs/architecture.md" in text
        assert "../shared/DESIGN.md" not in text and "STYLE.md" not in text
