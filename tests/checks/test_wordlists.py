"""The engine's word lists live in resources/words/: every file is read by the engine, holds no
duplicate entries, and has its source in resources/SOURCES.md."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from editor.checks import wordlists
from editor.paths import resource

ROOT = Path(__file__).resolve().parents[2]
WORDS = resource("words")
FILES = sorted(p for p in WORDS.iterdir() if p.suffix in (".txt", ".tsv"))


def _engine_source() -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "editor").rglob("*.py"))


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_every_list_is_read_by_the_engine_and_has_no_duplicates(path: Path) -> None:
    assert re.search(rf"[\"']{re.escape(path.stem)}[\"']", _engine_source()), (
        f"no module reads words/{path.name}"
    )
    if path.suffix == ".txt":
        items = wordlists.entries(path.stem)
        assert items, f"{path.name} is empty"
        assert len(items) == len(set(items)), f"{path.name} repeats an entry"
    else:
        pairs = wordlists._pairs(path.stem)
        keys = [k for k, _ in pairs]
        assert keys and len(keys) == len(set(keys)), f"{path.name} repeats a key"
        assert all(k and v for k, v in pairs)


def test_the_lists_have_their_source() -> None:
    assert "`words/*.txt`" in resource("SOURCES.md").read_text(encoding="utf-8")


def test_a_table_line_without_a_tab_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "words").mkdir()
    (tmp_path / "words" / "broken.tsv").write_text("# comment\nkey value\n", encoding="utf-8")
    monkeypatch.setattr(wordlists, "resource", lambda *parts: tmp_path.joinpath(*parts))
    wordlists._pairs.cache_clear()
    with pytest.raises(ValueError, match=r"broken\.tsv: no tab in 'key value'"):
        wordlists.table("broken")
    wordlists._pairs.cache_clear()


def test_comments_and_blank_lines_are_not_entries(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "words").mkdir()
    (tmp_path / "words" / "few.txt").write_text(
        "# what\n\nwali kota\n  camat  \n", encoding="utf-8"
    )
    monkeypatch.setattr(wordlists, "resource", lambda *parts: tmp_path.joinpath(*parts))
    wordlists.entries.cache_clear()
    assert wordlists.entries("few") == ("wali kota", "camat")
    wordlists.entries.cache_clear()


def test_a_bound_form_with_an_unknown_use_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The bound forms have one definition, each with what it is used for; a use no rule
    knows is an error naming the file and the form, not a form silently left out."""
    (tmp_path / "words").mkdir()
    (tmp_path / "words" / "forms.tsv").write_text(
        "# comment\nlintas\tapart joined\nantar\tapart glued\n", encoding="utf-8"
    )
    monkeypatch.setattr(wordlists, "resource", lambda *parts: tmp_path.joinpath(*parts))
    wordlists._pairs.cache_clear()
    wordlists.tagged.cache_clear()
    with pytest.raises(ValueError, match=r"forms\.tsv: 'antar' has unknown use\(s\) glued"):
        wordlists.tagged("forms", "apart", wordlists.BOUND_FORM_USES)
    wordlists._pairs.cache_clear()
    wordlists.tagged.cache_clear()


def test_every_bound_form_serves_a_rule() -> None:
    forms = [k for k, _ in wordlists._pairs("bound-forms")]
    served = {f for use in wordlists.BOUND_FORM_USES for f in wordlists.bound_forms(use)}
    assert served == set(forms)
    assert {"pasca", "antar", "non"} <= set(wordlists.bound_forms("apart"))
