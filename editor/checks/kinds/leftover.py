"""``leftover``: whole lines (and inline markup) that came with the web page, not the release.

Every line is classified first (editor.checks.zones); a run of leftover lines is one finding
whose fix deletes it, and the engine drops every other finding inside it, so a credit line or an
English widget is never "corrected" word by word.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator, Mapping
from dataclasses import replace
from itertools import accumulate
from typing import Any

from editor.checks.finding import Finding
from editor.checks.kinds.base import CheckContext, Kind, RuleHeader
from editor.checks.page_lists import closing_code, final_code, glued_repeat
from editor.checks.wordlists import table
from editor.checks.zones import (
    Vocabulary,
    blocks,
    classify,
    headline_site,
    inline_markup,
    joins,
)

# what the message names, per kind of leftover
_WHAT = table("leftover-kinds")
# a line judged by the frequency lists alone is a guess; the others are sure patterns
_GUESSES = frozenset({"foreign", "caption", "repeat", "related"})
# a news site's writer/editor code after the last sentence ("(abc/xyz)"): judged real copy
# (eval-real-dev) leaves it standing as often as not, so it is a quiet note, no alarm
_NOTES = frozenset({"code"})


class Leftover(Kind):
    """Spec: ``credit_labels``, ``widget_words``, ``promo``, ``footer``, ``timestamp_words``,
    optionally ``related_labels``, ``own_closing``, ``page_links`` (lists of words or phrases,
    compared in lower case)."""

    name = "leftover"
    keys = frozenset({"credit_labels", "widget_words", "promo", "footer", "timestamp_words"})
    optional = frozenset({"any_language", "related_labels", "own_closing", "page_links"})
    any_language = True

    def __init__(self, header: RuleHeader, spec: Mapping[str, Any]) -> None:
        super().__init__(header, spec)
        for key in self.keys | (self.optional - {"any_language"}) & spec.keys():
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
        for start, end in glued_repeat(text):
            if not any(s <= start and end <= e for s, e in covered):
                covered.append((start, end))
                yield self._finding(ctx, start, end, "repeat")
        code = closing_code(classified, self.vocab)
        if code is not None:
            covered.append(code)
            yield self._finding(ctx, code[0], code[1], "code")
        site = headline_site(classified)
        if site is not None:
            covered.append(site)
            yield self._finding(ctx, site[0], site[1], "site")
        if "[" in text or "<" in text or "spot_img" in text or "{{" in text:
            for start, end in inline_markup(text):
                if not any(s <= start and end <= e for s, e in covered):
                    yield self._finding(ctx, start, end, "markup")

    def _finding(self, ctx: CheckContext, start: int, end: int, why: str) -> Finding:
        message = f"{self.header.message} ({_WHAT.get(why, why)})"
        if why in _NOTES:
            severity = "suggestion"
        else:
            severity = "warning" if why in _GUESSES else self.header.severity
        found = self.header.finding(start, end, ctx.text, [""], message, severity)
        return replace(found, batch_safe=severity == "error")


def _why(f: Finding) -> str:
    """Which kind of leftover a deletion finding removes ("" for one that is not a leftover)."""
    if f.category != "structure" or f.suggestions[:1] != ("",):
        return ""
    if f.rule == "STRUCT.PhotoCaption":
        return "caption"
    if f.rule == "STRUCT.Leftover":
        return next((why for why, what in _WHAT.items() if f"({what})" in f.message), "widget")
    return "widget"


def join_leftovers(text: str, findings: list[Finding]) -> list[Finding]:
    """Leftover deletions with only white space between them (a credit line and a date line, a
    share row and a promotion line under each other, found by different rules) are one block
    to delete, when their kinds go together (editor.checks.zones.joins)."""
    marked = sorted(
        ((f, _why(f)) for f in findings if _why(f)), key=lambda p: (p[0].start, -p[0].end)
    )
    if len(marked) < 2:
        return findings
    merged: list[tuple[Finding, str]] = []
    joined = False
    for f, why in marked:
        if merged:
            last, last_why = merged[-1]
            if f.end <= last.end:
                continue  # inside the block already
            between = text[last.end : f.start] if f.start > last.end else ""
            if not between.strip() and joins(last_why, why, between.count("\n") >= 2):
                severity = (
                    last.severity
                    if _RANK.get(last.severity, 2) <= _RANK.get(f.severity, 2)
                    else f.severity
                )
                end = max(last.end, f.end)
                block = replace(
                    last,
                    end=end,
                    text=text[last.start : end],
                    severity=severity,
                    batch_safe=last.batch_safe and f.batch_safe,
                )
                merged[-1] = (block, last_why)
                joined = True
                continue
        merged.append((f, why))
    if not joined:
        return findings
    return [f for f in findings if not _why(f)] + [f for f, _ in merged]


_RANK = {"error": 0, "warning": 1}
_SPELT = frozenset({"spelling", "nonstandard"})


def leftovers_first(text: str, findings: list[Finding]) -> list[Finding]:
    """A leftover block is deleted whole: no other finding that overlaps it survives (a spelling
    fix of a byline, a capital in a list of other headlines, a space before a bracket at its
    edge), so the block's one finding is the first fix everywhere inside it and the reviewer sees
    one "hapus" instead of word-by-word notes on text that goes. A finding around the whole
    block (a note on the headline that carries the site's name) stays. The letters of the code
    that closes the draft ("(rls)", kept as the release's closing mark) are no word to spell."""
    code = final_code(text)
    if code is not None:
        findings = [
            f
            for f in findings
            if not (f.category in _SPELT and code[0] <= f.start and f.end <= code[1])
        ]
    blocks = sorted((f.start, f.end) for f in findings if _why(f))
    if not blocks:
        return findings
    starts = [s for s, _ in blocks]
    reach = list(accumulate((e for _, e in blocks), max))

    def overlapped(f: Finding) -> bool:
        """Does ``f`` overlap a block that it does not hold with more around it?"""
        i = bisect_left(starts, f.start)  # blocks starting before f
        if i and reach[i - 1] > f.start:
            return True  # a block that starts before f runs into it
        for s, e in blocks[i : bisect_left(starts, f.end)]:  # blocks starting inside f
            if e > f.end or (s, e) == (f.start, f.end):
                return True
        return False

    return [f for f in findings if _why(f) or not overlapped(f)]
