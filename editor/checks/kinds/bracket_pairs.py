"""``bracket_pairs``: a parenthesis without its partner in its paragraph.

"Dinas Sosial (Dinsos Kabupaten Karo menyalurkan ...": the bracket was opened for a short form
of the name before it and never closed. When the word after the bracket is such a short form (a
capital, no spaces: an acronym or a blend) and capitalised words stand right before the bracket,
the fix closes the bracket after it; otherwise the bracket is only marked. A bracket typed twice
("Dinas Sosial ((Dinsos)", "(Dinsos))") keeps one. A closing bracket that no bracket opened
("diserahkan Kepala BPBD) Budi") is deleted, unless it ends a list label ("a)", "2)", "iii)") or a
face (":)"), or the line before left a bracket open (a line broken inside the brackets)."""

from __future__ import annotations

from collections.abc import Iterator

import regex as re

from editor.checks.finding import Finding
from editor.checks.kinds.base import CheckContext, Kind

_SHORT_FORM = re.compile(r"\p{Lu}[\p{L}\p{N}]*+(?![\p{L}\p{N}.)-])")
_NAME_BEFORE = re.compile(r"\p{Lu}[\p{L}]+[ \t]*$")
_BRACKET = re.compile(r"[()]")
# what a closing bracket of its own ends: a list label at the line start or after a space ("a)",
# "2)", "iv)"), or a face drawn with marks (":)", ";-)")
_LABEL_BEFORE = re.compile(r"(?:[\s(])(?:\p{N}{1,3}|\p{L}|[ivxIVX]{1,4})$|[:;=^-]$")


def _open_before(text: str, start: int) -> bool:
    """Does the paragraph before ``start`` leave a bracket open, which a line broken inside the
    brackets closes here ("Mimika (700\nKK)")?"""
    prev = text.rfind("\n", 0, max(0, start - 1))
    before = text[prev + 1 : start]
    return before.count("(") > before.count(")")


def _closed_after(text: str, end: int) -> bool:
    """Does the line after the paragraph ending at ``end`` close a bracket before it opens one?"""
    nxt = text.find("\n", end + 1)
    after = text[end : nxt if nxt >= 0 else len(text)]
    close = after.find(")")
    return close >= 0 and not 0 <= after.find("(") < close


class BracketPairs(Kind):
    """Spec: nothing beyond the header."""

    name = "bracket_pairs"
    # a line broken inside the brackets is read with its neighbours (_open_before,
    # _closed_after): the rule looks beyond its paragraph, so the cache must not keep its
    # findings per paragraph
    paragraph_local = False
    keys = frozenset[str]()

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        text = ctx.text
        if "(" not in text and ")" not in text:
            return
        for para in ctx.model.paragraphs:
            start, end = para.start, para.end
            if text.find("(", start, end) < 0 and text.find(")", start, end) < 0:
                continue  # (no bracket here: nothing to pair)
            open_at: list[int] = []
            stray: list[int] = []
            for m in _BRACKET.finditer(text, start, end):  # the brackets alone, in order
                if m.group() == "(":
                    open_at.append(m.start())
                elif open_at:
                    open_at.pop()
                else:
                    stray.append(m.start())
            if open_at and _closed_after(text, end):
                open_at.pop()  # a line broken inside the brackets: the next line closes it
            for at in open_at:
                yield self._finding(ctx, at, end)
            for at in stray:
                finding = self._stray_close(ctx, at, start)
                if finding is not None:
                    yield finding

    def _finding(self, ctx: CheckContext, at: int, end: int) -> Finding:
        text = ctx.text
        if text.startswith("((", at):
            return self.header.finding(at, at + 2, text, ["("])  # typed twice: keep one
        m = _SHORT_FORM.match(text, at + 1, end)
        if m and _NAME_BEFORE.search(text, max(0, at - 40), at):
            word = m.group()
            return self.header.finding(at, m.end(), text, [f"({word})"])
        return self.header.finding(at, at + 1, text, [], severity="suggestion")

    def _stray_close(self, ctx: CheckContext, at: int, start: int) -> Finding | None:
        """A closing bracket no bracket opened in its paragraph: typed twice ("(BPS))") it keeps
        one; after a word it is deleted, unless it ends a list label or a face."""
        text = ctx.text
        if at > start and text[at - 1] == ")":
            return self.header.finding(at - 1, at + 1, text, [")"])
        if at == start or _open_before(text, start):
            return None
        lo = max(start, at - 6)
        before = ("\n" if lo == start else "") + text[lo:at]  # a label may open the paragraph
        if _LABEL_BEFORE.search(before):
            return None
        if not text[at - 1].isalnum():
            return None
        return self.header.finding(at, at + 1, text, [""])
