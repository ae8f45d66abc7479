"""``sentence_length``: sentences too long to read in one breath, and a lead paragraph far
outside the usual length of a news lead (both judgement calls: severity suggestion). The finding
marks the last character of the sentence or paragraph."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from editor.checks.finding import Finding
from editor.checks.kinds.base import CheckContext, Kind, RuleHeader
from editor.checks.kinds.structure import lead_paragraph


class SentenceLength(Kind):
    """Spec: ``scope`` (``sentence`` or ``lead``), ``max_words``; optional ``min_words`` (lead
    only). The message may use ``{words}``."""

    name = "sentence_length"
    keys = frozenset({"scope", "max_words"})
    optional = frozenset({"min_words", "any_language"})

    def __init__(self, header: RuleHeader, spec: Mapping[str, Any]) -> None:
        super().__init__(header, spec)
        self.scope = spec["scope"]
        if self.scope not in ("sentence", "lead"):
            raise self.fail("scope must be sentence or lead")
        self.max_words = int(spec["max_words"])
        self.min_words = int(spec.get("min_words", 0))
        self.paragraph_local = self.scope == "sentence"  # the lead is found in the document

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        if self.scope == "sentence":
            spans = ctx.model.sentences
        else:
            if len(ctx.model.paragraphs) < 3:
                return
            spans = [lead_paragraph(ctx)]
        for span in spans:
            words = len(span.text.split())
            if words > self.max_words or (self.scope == "lead" and words < self.min_words):
                message = self.header.message.replace("{words}", str(words))
                # the finding sits on the sentence's last character, so that it does not cover
                # (and hide) the findings inside the sentence
                yield self.header.finding(span.end - 1, span.end, ctx.text, [], message)
