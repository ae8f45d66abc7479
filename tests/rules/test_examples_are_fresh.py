"""Rule examples are written for the language, not copied from the development set: no example
shares a run of 32 characters with a text of ../shared/eval-dev (which is for measuring only)."""

from __future__ import annotations

import json
from pathlib import Path

from editor.checks.rules import load_bundled

WINDOW = 32


def _dev_texts(shared: Path) -> str:
    folder = shared / "eval-dev"
    texts = []
    for name in ("sentences.jsonl", "clean.jsonl"):
        for line in (folder / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.append(json.loads(line)["text"])
    for path in sorted((folder / "articles").glob("*.json")):
        texts.append(json.loads(path.read_text(encoding="utf-8"))["text"])
    return "\n".join(texts)


def test_no_example_is_copied_from_the_development_set(shared_dir: Path) -> None:
    dev = _dev_texts(shared_dir)
    copied = []
    for rule in load_bundled().rules:
        if rule.pack == "kbbi" and rule.id == "KBBI.Spelling":
            continue  # the lexicon issue's rule
        for text in [b.text for b in rule.examples.bad] + list(rule.examples.good):
            for i in range(max(1, len(text) - WINDOW + 1)):
                if text[i : i + WINDOW] in dev:
                    copied.append((rule.id, text[i : i + WINDOW]))
                    break
    assert copied == []
