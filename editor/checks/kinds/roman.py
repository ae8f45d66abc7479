"""``roman``: a Roman numeral in an office or unit name written with l, 1 or Arabic digits.

"Wakil Ketua l DPRD" -> "Wakil Ketua I DPRD", "Asisten lll" -> "Asisten III", "Asisten 1 Setda" ->
"Asisten I Setda" (EYD V I.F: Roman numerals in names of offices and units).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

import regex as re

from editor.checks.finding import Finding
from editor.checks.kinds.base import CheckContext, Kind, RuleHeader

ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV", 5: "V", 6: "VI", 7: "VII", 8: "VIII", 9: "IX"}
# what writers type instead of I, II, III ... (lower-case L, the digit one, Arabic numbers)
_LOOKALIKE = {"l": 1, "ll": 2, "lll": 3, "1": 1, "11": 2, "111": 3, "lv": 4, "vl": 6, "vll": 7}


def as_roman(token: str) -> str | None:
    if token in ROMAN.values():
        return None
    if token.isdigit():
        return ROMAN[int(token)] if len(token) == 1 and token != "0" else None
    value = _LOOKALIKE.get(token.replace("I", "l").lower())
    return ROMAN[value] if value else None


class Roman(Kind):
    """Spec: ``offices`` (words or phrases after which a Roman numeral is expected); optional
    ``digits`` (default true: also rewrite Arabic digits 1-9) and ``lookalikes_after_names``
    (also rewrite l, ll, lll after any capitalised word: "Banyuasin lll")."""

    name = "roman"
    keys = frozenset({"offices"})
    optional = frozenset({"digits", "lookalikes_after_names"})

    def __init__(self, header: RuleHeader, spec: Mapping[str, Any]) -> None:
        super().__init__(header, spec)
        offices = spec["offices"]
        if not isinstance(offices, list) or not offices:
            raise self.fail("offices must be a non-empty list")
        body = "|".join(re.escape(o).replace(r"\ ", r"\s+") for o in offices)
        self.pattern = re.compile(
            rf"(?<![\p{{L}}])(?:{body})[ \t]+(?P<num>[lI1]{{1,3}}|[lI]?[vV][lI]{{0,3}}|[1-9])"
            rf"(?=[ \t,.;:)/]|$)"
        )
        self.digits = bool(spec.get("digits", True))
        # "Banyuasin lll", "Kodam ll": l-for-I look-alikes after any capitalised word
        self.after_names = (
            re.compile(r"(?<=\p{Lu}\p{Ll}+[ \t]+)(?P<num>l{1,3}|lV|Vl{1,3})(?=[ \t,.;:)/]|$)")
            if spec.get("lookalikes_after_names")
            else None
        )

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        text = ctx.text
        for m in self.pattern.finditer(text):
            token = m.group("num")
            if token.isdigit() and not self.digits:
                continue
            if (
                token.isdigit()
                and text[m.end() : m.end() + 1] in (".", ",")
                and text[m.end() + 1 : m.end() + 2].isdigit()
            ):
                continue
            wanted = as_roman(token)
            if wanted and wanted != token:
                yield self.header.finding(m.start("num"), m.end("num"), text, [wanted])
        if self.after_names is not None:
            for m in self.after_names.finditer(text):
                wanted = as_roman(m.group("num"))
                if wanted:
                    yield self.header.finding(m.start(), m.end(), text, [wanted])
