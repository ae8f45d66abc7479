"""``roman``: a Roman numeral in an office or unit name written with l, 1 or Arabic digits.

"Wakil Ketua l DPRD" -> "Wakil Ketua I DPRD", "Asisten lll" -> "Asisten III", "Asisten 1 Setda" ->
"Asisten I Setda", "Pangdam 13/Merdeka" -> "Pangdam XIII/Merdeka", "Lapas Kelas IIb" -> "Lapas
Kelas IIB" (EYD V I.F: Roman numerals in names of offices and units).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

import regex as re

from editor.checks.finding import Finding
from editor.checks.kinds.base import CheckContext, Kind, RuleHeader
from editor.checks.wordlists import entries

_VALUES = ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
# unit numbers in names stay well below 40 (Kodam XVIII, Komisi XIII)
MAX_NUMBER = 39
# what writers type instead of I, II, III ... (lower-case L, the digit one)
_LOOKALIKE = {"l": 1, "ll": 2, "lll": 3, "11": 2, "111": 3, "lv": 4, "vl": 6, "vll": 7}
# a number of things, not a unit number ("Asisten 12 orang")
_COUNTED = re.compile(r"[ \t]+(?:" + "|".join(entries("roman-counted-after")) + r")\b")


def to_roman(value: int) -> str:
    out = []
    for amount, letters in _VALUES:
        count, value = divmod(value, amount)
        out.append(letters * count)
    return "".join(out)


def as_roman(token: str) -> str | None:
    """The Roman numeral a look-alike or an Arabic number stands for; None when ``token`` is
    already a Roman numeral or no numeral at all."""
    if token.isdigit():
        value = int(token)
        if token in _LOOKALIKE and len(token) > 1:
            return None  # "11" is eleven, not II
        return to_roman(value) if 0 < value <= MAX_NUMBER and token[0] != "0" else None
    if token == to_roman(_roman_value(token) or 0):
        return None
    fixed = token.replace("l", "I").replace("v", "V")  # "VIll" -> "VIII", "XXl" -> "XXI"
    if _roman_value(fixed):
        return fixed
    guess = _LOOKALIKE.get(token.replace("I", "l").lower())
    return to_roman(guess) if guess else None


def _roman_value(token: str) -> int | None:
    for value in range(1, MAX_NUMBER + 1):
        if to_roman(value) == token:
            return value
    return None


class Roman(Kind):
    """Spec: ``offices`` (words or phrases after which a Roman numeral is expected); optional
    ``digits`` (default true: also rewrite Arabic numbers 1-39), ``lookalikes_after_names``
    (also rewrite l, ll, lll, Ill after any capitalised word: "Banyuasin lll") and
    ``class_suffix`` (a numeral may carry a class letter, written as a capital: "Kelas IIB") and
    ``digits_only`` (rewrite only Arabic numbers, leaving look-alikes to another rule)."""

    name = "roman"
    paragraph_local = True
    keys = frozenset({"offices"})
    optional = frozenset({"digits", "lookalikes_after_names", "class_suffix", "digits_only"})

    def __init__(self, header: RuleHeader, spec: Mapping[str, Any]) -> None:
        super().__init__(header, spec)
        offices = spec["offices"]
        if not isinstance(offices, list) or not offices:
            raise self.fail("offices must be a non-empty list")
        body = "|".join(re.escape(o).replace(r"\ ", r"\s+") for o in offices)
        self.paragraph_local = not any(" " in o for o in offices)  # \s+ crosses a line break
        suffix = "(?P<suf>[abAB])?" if spec.get("class_suffix") else ""
        self.pattern = re.compile(
            rf"\b(?<![\p{{L}}])(?:{body})[ \t]+(?P<num>[lI1]{{1,3}}|[lI]?[vV][lI]{{0,3}}"
            rf"|X{{1,3}}(?:[Il]{{1,3}}|[Il]?V|V[Il]{{1,3}}|[Il]X)?|[1-3][0-9]|[1-9]){suffix}"
            rf"(?=[ \t,.;:)/]|$)"
        )
        self.digits = bool(spec.get("digits", True))
        self.digits_only = bool(spec.get("digits_only", False))
        # "Banyuasin lll", "Kodam ll", "Angkatan Ill": l-for-I look-alikes after any capitalised
        # word (at least one lower-case l, so real numerals and words are left alone)
        self.after_names = (
            re.compile(
                r"(?<=\p{Lu}\p{Ll}+[ \t]+)(?P<num>(?=I?l)[lI]{1,3}|lV|Vl{1,3})(?=[ \t,.;:)/]|$)"
            )
            if spec.get("lookalikes_after_names")
            else None
        )

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        text = ctx.text
        for m in self.pattern.finditer(text):
            token = m.group("num")
            if token.isdigit() and (not self.digits or self._amount(text, m.end())):
                continue
            if self.digits_only and not token.isdigit():
                continue
            suffix = m.groupdict().get("suf") or ""
            wanted = (as_roman(token) or token) + suffix.upper()
            if wanted != token + suffix:
                yield self.header.finding(m.start("num"), m.end(), text, [wanted])
        if self.after_names is not None:
            for m in self.after_names.finditer(text):
                wanted = as_roman(m.group("num"))
                if wanted:
                    yield self.header.finding(m.start(), m.end(), text, [wanted])

    @staticmethod
    def _amount(text: str, end: int) -> bool:
        """A decimal ("Asisten 2,5 juta") or a count ("Komisi 12 orang") rather than a unit."""
        if text[end : end + 1] in (".", ",") and text[end + 1 : end + 2].isdigit():
            return True
        return bool(_COUNTED.match(text, end))
