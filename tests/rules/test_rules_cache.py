"""The parsed rule packs are cached on disk, keyed by the files' contents; YAML errors still name
the file and the line with libyaml's parser."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from editor.checks.kinds.base import RuleError
from editor.checks.rules import _ParsedCache, load_packs, read_yaml

RULE = """\
id: T.Kata
kind: existence
category: style
severity: warning
message: "Hindari {{text}}."
reference: KBBI
tokens: [{word}]
examples:
  bad:
    - text: "Ini [[{word}]] saja."
      fix: null
  good:
    - "Ini kata lain."
"""


def _pack(root: Path, word: str) -> Path:
    folder = root / "t"
    folder.mkdir(exist_ok=True)
    (folder / "pack.yaml").write_text("name: t\nprefix: T\n", encoding="utf-8")
    (folder / "Kata.yaml").write_text(RULE.format(word=word), encoding="utf-8")
    return folder


def _words(folder: Path) -> set[str]:
    rules = load_packs([folder], _ParsedCache([folder]).read)
    return {f.text for f in rules.rules[0].kind.check(_ctx("ada acap dan kerap"))}


def _ctx(text: str):  # noqa: ANN202
    from editor.checks.kinds.base import CheckContext
    from editor.checks.lexicon import Lexicon
    from editor.checks.text import TextModel

    return CheckContext(TextModel(text), Lexicon.load_default())


def test_cached_packs_load_the_same_and_a_changed_file_is_read_again(tmp_path: Path) -> None:
    folder = _pack(tmp_path, "acap")
    assert _words(folder) == {"acap"}
    cached = _ParsedCache([folder])._path
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
