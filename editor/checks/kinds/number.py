"""``number``: numbers written against EYD V II.I.

``check`` picks one of:
- ``thousands``: a count of five digits or more without thousands separators ("15000 warga" ->
  "15.000 warga"); years, codes and numbers with separators are left alone.
- ``word_number``: a number of one word (2-9) before a unit of counting, which EYD V II.I.2 writes
  out in running text ("3 orang" -> "tiga orang"); a judgement call when numbers are listed.
- ``year``: a year of five digits where a year stands (after "tahun" or a month, closing a date
  "12/3/20205"): one digit too many. The fixes are the years one dropped digit makes, those the
  draft writes elsewhere first, then the latest.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Mapping
from typing import Any

import regex as re

from editor.checks.finding import Finding
from editor.checks.kinds.base import CheckContext, Kind, RuleHeader
from editor.checks.wordlists import entries, table

COUNTED = entries("counting-nouns")
_THOUSANDS = re.compile(
    r"(?<![\p{L}\p{N}./:,-])(?P<n>\d{5,})(?![\p{N}.,/:-])(?=[ \t]+(?:"
    + "|".join(COUNTED)
    + r"|rupiah|kg|ton|liter|hektare|meter)\b)"
)
# four-digit counts need a noun that is not a unit of time ("2500 paket", not "2024 tahun")
_THOUSANDS_4 = re.compile(
    r"(?<![\p{L}\p{N}./:,-])(?P<n>\d{4})(?![\p{N}.,/:-])(?=[ \t]+(?:"
    + "|".join(w for w in COUNTED if w not in ("kali", "hari", "pekan", "minggu", "bulan", "tahun"))
    + r")\b)"
)
_WORD_NUMBER = re.compile(
    r"(?<![\p{L}\p{N}./:,-])(?P<n>[2-9])(?![\p{N}.,/:-])(?=[ \t]+(?:" + "|".join(COUNTED) + r")\b)"
)
WORDS = table("number-words")
_MONTHS = entries("months-full")
# five digits after "tahun" or a month, or closing a date; the digits are matched first and
# what stands before them is looked behind for (a scan for the words at every offset is slow)
_YEAR_SLOT = re.compile(
    r"(?P<n>(?:19|20)\d{3})"
    r"(?<=(?:\b(?i:tahun|" + "|".join(_MONTHS) + r")[ \t]+|\d{1,2}[/.-]\d{1,2}[/.-])\d{5})"
    r"(?![\p{N}]|[.,]\d)"
)
_ANY_YEAR = re.compile(r"(?<![\p{N}.,])(?:19|20)\d\d(?![\p{N}])")
# the years a draft may be about: from independence to the end of this century
_FIRST_YEAR, _LAST_YEAR = 1945, 2099
CHECKS = ("thousands", "word_number", "year")


def group_thousands(digits: str) -> str:
    return f"{int(digits):,}".replace(",", ".")


class Number(Kind):
    """Spec: ``check`` (thousands, word_number or year)."""

    name = "number"
    keys = frozenset({"check"})

    def __init__(self, header: RuleHeader, spec: Mapping[str, Any]) -> None:
        super().__init__(header, spec)
        self.which = self.choice(spec, "check", CHECKS)
        # a count in a series looks 40 characters around it, past the paragraph
        self.paragraph_local = self.which == "thousands"

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        text = ctx.text
        if self.which == "thousands":
            matches = sorted(
                [*_THOUSANDS.finditer(text), *_THOUSANDS_4.finditer(text)], key=lambda m: m.start()
            )
            for m in matches:
                if m.group("n").startswith("0"):
                    continue
                yield self.header.finding(m.start(), m.end(), text, [group_thousands(m.group("n"))])
            return
        if self.which == "year":
            yield from self._year(ctx)
            return
        for m in _WORD_NUMBER.finditer(text):
            if _in_list_of_numbers(text, m.start(), m.end()):
                continue
            word = WORDS[m.group("n")]
            if m.start() in ctx.model.sentence_starts:
                word = word.capitalize()
            yield self.header.finding(m.start(), m.end(), text, [word])

    def _year(self, ctx: CheckContext) -> Iterator[Finding]:
        text = ctx.text
        written: Counter[str] | None = None
        for m in _YEAR_SLOT.finditer(text):
            digits = m.group("n")
            dropped = {digits[:i] + digits[i + 1 :] for i in range(len(digits))}
            years = [y for y in dropped if _FIRST_YEAR <= int(y) <= _LAST_YEAR]
            if not years:
                continue
            if written is None:
                written = Counter(_ANY_YEAR.findall(text))
            years.sort(key=lambda y: (-written[y], -int(y)))
            yield self.header.finding(m.start("n"), m.end("n"), text, years)


def _in_list_of_numbers(text: str, start: int, end: int) -> bool:
    """Numbers in a series stay digits ("3 camat, 12 lurah, dan 45 kepala desa")."""
    window = text[max(0, start - 40) : end + 40]
    return len(re.findall(r"(?<![\p{L}\p{N}])\d+(?![\p{N}])", window)) > 1
