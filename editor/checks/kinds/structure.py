"""``structure``: the parts of a release (a headline, a dateline in the first paragraph, a closing
mark). Checked only on a full release (three paragraphs or more); a pasted sentence is left alone."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

import regex as re

from editor.checks.finding import Finding
from editor.checks.kinds.base import CheckContext, Kind, RuleHeader
from editor.checks.kinds.capitals import in_headline
from editor.checks.text import Span
from editor.document.dateline import match_dateline

PARTS = ("headline", "dateline", "closing")
_CLOSING = re.compile(
    r"(?:\(\s*[\p{L}*#/.,& \-]{1,30}\s*\)|#{1,3}|\*{1,3}|-{2,3}|—)\s*$|(?:^(?:Sumber|Editor|Penulis)\s*:)",
    re.IGNORECASE,
)


def lead_paragraph(ctx: CheckContext) -> Span:
    """The first body paragraph: after the headline, skipping short lines (a rubric label or a
    view counter left from the web page)."""
    paras = ctx.model.paragraphs
    body = paras[1:] if in_headline(ctx, paras[0].start) else paras
    return next((p for p in body if len(p.text.split()) >= 8), body[0])


class Structure(Kind):
    """Spec: ``part`` (headline, dateline or closing); optional ``max_words`` (headline)."""

    name = "structure"
    keys = frozenset({"part"})
    any_language = True  # a release in English has a headline, a dateline and a closing mark too
    optional = frozenset({"max_words"})

    def __init__(self, header: RuleHeader, spec: Mapping[str, Any]) -> None:
        super().__init__(header, spec)
        self.part = self.choice(spec, "part", PARTS)
        self.max_words = int(spec.get("max_words", 14))

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        paras = ctx.model.paragraphs
        if len(paras) < 3:
            return
        text = ctx.text
        first = paras[0]
        has_headline = in_headline(ctx, first.start)
        if self.part == "headline":
            words = len(first.text.split())
            if not has_headline:
                yield self.header.finding(first.end - 1, first.end, text, [])
            elif words > self.max_words:
                message = f"Judul terlalu panjang ({words} kata); judul yang baik paling banyak {self.max_words} kata."
                yield self.header.finding(first.end - 1, first.end, text, [], message)
        elif self.part == "dateline":
            lead = lead_paragraph(ctx)
            if match_dateline(lead.text) is None:
                end = lead.start + min(len(lead.text), max(1, lead.text.find(" ")))
                yield self.header.finding(lead.start, end, text, [])
        else:
            last = paras[-1]
            if not _CLOSING.search(last.text.strip()):
                yield self.header.finding(last.end - 1, last.end, text, [])
