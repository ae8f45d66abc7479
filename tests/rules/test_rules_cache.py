"""The parsed rule packs are cached on disk, keyed by the files' contents; YAML errors still name
the file and the line with libyaml's parser."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from editor.checks.kinds.base import RuleError
from editor.checks.rules import _code_stamp, _ParsedCache, load_packs, read_yaml
from tests.rules.rule_files import RULE


def _pack(root: Path, word: str) -> Path:
    folder = root / "t"
    folder.mkdir(exist_ok=True)
    (folder / "pack.yaml").write_text("name: t\nprefix: T\n", encoding="utf-8")
    (folder / "Kata.yaml").write_text(RULE.format(word=word), encoding="utf-8")
    return folder


def _parsed(folder: Path) -> _ParsedCache:
    return _ParsedCache(sorted(folder.glob("*.yaml")), _code_stamp())


def _load(folder: Path):  # noqa: ANN202
    """As load_bundled does: the cache is written once the packs loaded without error."""
    parsed = _parsed(folder)
    rules = load_packs([folder], parsed.read, parsed.seen_before)
    parsed.save()
    return rules


def _words(folder: Path) -> set[str]:
    rules = _load(folder)
    return {f.text for f in rules.rules[0].kind.check(_ctx("ada acap dan kerap"))}


def _ctx(text: str):  # noqa: ANN202
    from editor.checks.kinds.base import CheckContext
    from editor.checks.lexicon import Lexicon
    from editor.checks.text import TextModel

    return CheckContext(TextModel(text), Lexicon.load_default())


def test_cached_packs_load_the_same_and_a_changed_file_is_read_again(tmp_path: Path) -> None:
    folder = _pack(tmp_path, "acap")
    assert _words(folder) == {"acap"}
    cached = _parsed(folder)._path
    assert cached.parent == Path(os.environ["SUNTING_CACHE_DIR"]) and cached.is_file()
    assert _words(folder) == {"acap"}  # from the cache
    _pack(tmp_path, "kerap")
    assert _words(folder) == {"kerap"}  # the edit is seen, not the stale cache


@pytest.mark.parametrize(
    ("content", "where"),
    [("id: a\nid: b\n", ":2: duplicate key 'id'"), ("a: 1\nb: [1\nc: 2\n", ":3: not valid YAML")],
)
def test_yaml_errors_name_file_and_line(tmp_path: Path, content: str, where: str) -> None:
    path = tmp_path / "Rusak.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(RuleError, match=rf"Rusak\.yaml{where}"):
        read_yaml(path)


BAD_PATTERN = """\
id: T.Pola
kind: pattern
category: style
severity: warning
message: "Pola."
reference: KBBI
pattern: "(?P<a>kata"
examples:
  bad: []
  good: ["Ini kata."]
"""


def test_a_bad_pattern_is_named_at_load_and_never_cached(tmp_path: Path) -> None:
    folder = _pack(tmp_path, "acap")
    (folder / "Pola.yaml").write_text(BAD_PATTERN, encoding="utf-8")
    for _ in range(2):  # the second load finds no cache to trust: the same error, at load
        with pytest.raises(RuleError, match=r"Pola\.yaml:1: T\.Pola: bad pattern"):
            _load(folder)
    assert not _parsed(folder)._path.exists()


def test_patterns_of_a_cached_pack_are_compiled_on_first_use(tmp_path: Path) -> None:
    folder = _pack(tmp_path, "acap")
    (folder / "Pola.yaml").write_text(
        BAD_PATTERN.replace('"(?P<a>kata"', '"kata"'), encoding="utf-8"
    )
    first = _load(folder)
    assert next(r for r in first.rules if r.id == "T.Pola").kind._compiled is not None
    again = next(r for r in _load(folder).rules if r.id == "T.Pola").kind
    assert again._compiled is None  # loaded from the cache: nothing compiled yet
    assert [f.text for f in again.check(_ctx("ini kata itu"))] == ["kata"]
