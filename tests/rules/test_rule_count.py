"""Issue 3's floor: at least 100 rules with examples citing EYD V or KBBI, the non-standard list
and the foreign-word list of the required sizes, and the count script that prints the figures."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from editor.checks.rules import load_bundled

ROOT = Path(__file__).resolve().parents[2]


def _cited(rule) -> bool:
    return bool(rule.header.reference) and any(k in rule.header.reference for k in ("EYD", "KBBI"))


def test_at_least_100_rules_with_examples_citing_eyd_or_kbbi() -> None:
    rules = [r for r in load_bundled().rules if r.examples.bad and r.examples.good and _cited(r)]
    assert len(rules) >= 100, f"only {len(rules)} rules with examples and an EYD V/KBBI reference"


def test_list_sizes() -> None:
    rules = load_bundled()
    assert rules.by_id("KBBI.Nonstandard").kind.entries() >= 1000
    assert rules.by_id("STYLE.Foreign").kind.entries() >= 150


def test_nonstandard_pairs_are_sane() -> None:
    swap = load_bundled().by_id("KBBI.Nonstandard").kind.swap
    for bad, goods in swap.items():
        assert bad == bad.strip() and goods and all(g for g in goods), bad
        assert all(g.lower() != bad.lower() for g in goods), f"{bad}: replaced by itself"


def test_count_script_prints_the_figures() -> None:
    out = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "count_rules.py")],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "rules with examples citing EYD V or KBBI:" in out
    figure = int(out.split("rules with examples citing EYD V or KBBI:")[1].split()[0])
    assert figure >= 100
