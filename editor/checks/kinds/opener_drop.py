"""``opener_drop``: a word that opens a sentence and has to go, the next word taking the capital.

"Kepada seluruh peserta diharapkan hadir": the preposition stands before the subject of a
passive verb of request, so the sentence has no subject; the fix deletes it and capitalises the
word after it ("Seluruh peserta diharapkan hadir")."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from editor.checks.finding import Finding
from editor.checks.kinds.base import CheckContext, Kind, RuleHeader, newline_free
from editor.checks.quotes import in_quote


class OpenerDrop(Kind):
    """Spec: ``pattern`` with the groups ``drop`` (the words to delete, spaces after them
    included) and ``keep`` (the word that takes the capital); optional ``requires`` (strings of
    which one must occur in the text). The flagged span runs from ``drop`` to the end of
    ``keep``; quoted speech is left alone."""

    name = "opener_drop"
    paragraph_local = True
    keys = frozenset({"pattern"})
    optional = frozenset({"requires"})

    def __init__(self, header: RuleHeader, spec: Mapping[str, Any]) -> None:
        super().__init__(header, spec)
        self.pattern, _ = self.compile_pattern(spec)
        self.paragraph_local = newline_free(spec["pattern"])
        self.requires = [str(r) for r in spec.get("requires", [])]
        self.ignorecase = False

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        text = ctx.text
        if self.requires and not any(r in text for r in self.requires):
            return
        starts = ctx.model.sentence_starts
        for m in self.pattern.finditer(text):
            start, end = m.start("drop"), m.end("keep")
            if start < 0 or end <= start or start not in starts or in_quote(ctx, start):
                continue
            keep = m.group("keep")
            yield self.header.finding(start, end, text, [keep[:1].upper() + keep[1:]])
