"""The loaded rule packs and the compiled patterns are cached in the cache folder: a start reads
them from there, an edited rule file is seen at once, and a corrupt cache file is rebuilt without
a word to the user."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from editor.checks import rules
from editor.checks.engine import CheckEngine
from editor.checks.lexicon import Lexicon
from editor.checks.style import HouseStyle
from tests.rules.rule_files import RULE


@pytest.fixture
def pack(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A one-rule pack standing in for the bundled ones, in a cache folder of its own."""
    folder = tmp_path / "packs" / "t"
    folder.mkdir(parents=True)
    (folder / "pack.yaml").write_text("name: t\nprefix: T\n", encoding="utf-8")
    monkeypatch.setenv("SUNTING_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(rules, "bundled_pack_folders", lambda: [folder])
    rules.load_bundled.cache_clear()
    yield folder
    rules.load_bundled.cache_clear()  # the next test loads the real packs again


def _flagged(folder: Path, word: str | None = None) -> list[str]:
    if word is not None:
        (folder / "Kata.yaml").write_text(RULE.format(word=word), encoding="utf-8")
    rules.load_bundled.cache_clear()  # as a new process would
    engine = CheckEngine(Lexicon.load_default(), rules.load_bundled(), HouseStyle())
    return [f.text for f in engine.check("Rapat itu acap dan kerap diundur.")]


def _cached(folder: Path, name: str) -> list[Path]:
    return sorted(Path(os.environ["SUNTING_CACHE_DIR"]).glob(f"{name}-*.pickle"))


def test_a_start_reads_the_rules_from_the_cache(pack: Path, monkeypatch) -> None:  # noqa: ANN001
    assert _flagged(pack, "acap") == ["acap"]
    assert len(_cached(pack, "ruleset")) == 1

    def no_parsing(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise AssertionError("the rule files were read again")

    monkeypatch.setattr(rules, "load_packs", no_parsing)
    assert _flagged(pack) == ["acap"]


def test_an_edited_rule_file_gives_the_new_rules_findings(pack: Path) -> None:
    assert _flagged(pack, "acap") == ["acap"]
    assert _flagged(pack, "kerap") == ["kerap"]  # not the stale cache's "acap"
    assert len(_cached(pack, "ruleset")) == 1  # the stale file is gone


def test_a_corrupt_cache_is_rebuilt_silently(pack: Path) -> None:
    assert _flagged(pack, "acap") == ["acap"]
    for path in _cached(pack, "ruleset") + _cached(pack, "rules"):
        path.write_bytes(b"\x80\x05 not a pickle")
    assert _flagged(pack) == ["acap"]
    [rebuilt] = _cached(pack, "ruleset")
    assert rebuilt.read_bytes()[:1] == b"\x80" and len(rebuilt.read_bytes()) > 100


def test_a_corrupt_pattern_cache_changes_no_finding(tmp_path: Path) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text("Kepala dinas di monitoring oleh tim dari provinsi.\n", encoding="utf-8")
    env = {**os.environ, "SUNTING_CACHE_DIR": str(tmp_path / "cache")}

    def check() -> str:
        cmd = [sys.executable, "-m", "editor", "check", "--format", "json", str(draft)]
        proc = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=300)
        assert proc.returncode in (0, 1) and not proc.stderr, proc.stderr
        return proc.stdout

    first = check()  # compiles, and keeps the patterns
    assert '"rule"' in first
    [kept] = (tmp_path / "cache").glob("regex-*.pickle")
    assert check() == first  # from the kept patterns
    kept.write_bytes(b"garbage")
    assert check() == first
    assert kept.read_bytes()[:1] == b"\x80"  # written again


def test_the_bundled_rules_from_the_cache_find_what_freshly_built_rules_find() -> None:
    import pickle

    fresh = rules.load_packs(rules.bundled_pack_folders())  # parsed and built, no cache
    # every kind must pickle (a kind holding a lock or a memo wrapper would silently lose the
    # cache and every start would build the packs again)
    again = pickle.loads(pickle.dumps(fresh, protocol=pickle.HIGHEST_PROTOCOL))
    assert [r.id for r in again.rules] == [r.id for r in fresh.rules]
    lexicon = Lexicon.load_default()
    root = Path(__file__).resolve().parents[2]
    for sample in sorted((root / "resources" / "samples").glob("*.txt"))[:3]:
        text = sample.read_text(encoding="utf-8")
        found = [CheckEngine(lexicon, r, HouseStyle()).check(text) for r in (fresh, again)]
        assert found[0] == found[1]
