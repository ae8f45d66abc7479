"""``bracket_pairs``: an opening parenthesis that no closing one follows in its paragraph.

"Dinas Sosial (Dinsos Kabupaten Karo menyalurkan ...": the bracket was opened for a short form
of the name before it and never closed. When the word after the bracket is such a short form (a
capital, no spaces: an acronym or a blend) and capitalised words stand right before the bracket,
the fix closes the bracket after it; otherwise the bracket is only marked."""

from __future__ import annotations

from collections.abc import Iterator

import regex as re

from editor.checks.finding import Finding
from editor.checks.kinds.base import CheckContext, Kind

_SHORT_FORM = re.compile(r"\p{Lu}[\p{L}\p{N}]*+(?![\p{L}\p{N}.)-])")
_NAME_BEFORE = re.compile(r"\p{Lu}[\p{L}]+[ \t]*$")
_BRACKET = re.compile(r"[()]")


class BracketPairs(Kind):
    """Spec: nothing beyond the header."""

    name = "bracket_pairs"
    paragraph_local = True
    keys = frozenset[str]()

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        text = ctx.text
        if "(" not in text:
            return
        for para in ctx.model.paragraphs:
            start, end = para.start, para.end
            if text.find("(", start, end) < 0:
                continue  # (no bracket opens here: nothing to pair)
            open_at: list[int] = []
            for m in _BRACKET.finditer(text, start, end):  # the brackets alone, in order
                if m.group() == "(":
                    open_at.append(m.start())
                elif open_at:
                    open_at.pop()
            for at in open_at:
                yield self._finding(ctx, at, end)

    def _finding(self, ctx: CheckContext, at: int, end: int) -> Finding:
        text = ctx.text
        m = _SHORT_FORM.match(text, at + 1, end)
        if m and _NAME_BEFORE.search(text, max(0, at - 40), at):
            word = m.group()
            return self.header.finding(at, m.end(), text, [f"({word})"])
        return self.header.finding(at, at + 1, text, [], severity="suggestion")
