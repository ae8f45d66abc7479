"""``leftover``: whole lines (and inline markup) that came with the web page, not the release.

Every line is classified first (editor.checks.zones); a run of leftover lines is one finding
whose fix deletes it, and the engine drops every other finding inside it, so a credit line or an
English widget is never "corrected" word by word.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import replace
from typing import Any

from editor.checks.finding import Finding
from editor.checks.kinds.base import CheckContext, Kind, RuleHeader
from editor.checks.wordlists import table
from editor.checks.zones import Vocabulary, blocks, classify, inline_markup

# what the message names, per kind of leftover
_WHAT = table("leftover-kinds")
# a line judged by the frequency lists alone is a guess; the others are sure patterns
_GUESSES = frozenset({"foreign", "caption"})


class Leftover(Kind):
    """Spec: ``credit_labels``, ``widget_words``, ``promo``, ``footer``, ``timestamp_words``
    (lists of words or phrases, compared in lower case)."""

    name = "leftover"
    keys = frozenset({"credit_labels", "widget_words", "promo", "footer", "timestamp_words"})
    optional = frozenset({"any_language"})
    any_language = True

    def __init__(self, header: RuleHeader, spec: Mapping[str, Any]) -> None:
        super().__init__(header, spec)
        for key in self.keys:
            value = spec[key]
            if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
                raise self.fail(f"{key} must be a list of non-empty strings")
        self.vocab = Vocabulary.from_spec(spec)

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        text = ctx.text
        classified = classify(text, self.vocab, ctx.lexicon if ctx.language == "id" else None)
        covered: list[tuple[int, int]] = []
        for start, end, why in blocks(classified):
            covered.append((start, end))
            yield self._finding(ctx, start, end, why)
        if "[" in text or "<" in text or "spot_img" in text or "{{" in text:
            for start, end in inline_markup(text):
                if not any(s <= start and end <= e for s, e in covered):
                    yield self._finding(ctx, start, end, "markup")

    def _finding(self, ctx: CheckContext, start: int, end: int, why: str) -> Finding:
        message = f"{self.header.message} ({_WHAT.get(why, why)})"
        severity = "warning" if why in _GUESSES else self.header.severity
        found = self.header.finding(start, end, ctx.text, [""], message, severity)
        return replace(found, batch_safe=severity == "error")
