"""``acronym_expansion``: a name spelt out before its acronym with some of its words in lower case
("ibu kota Nusantara (IKN)" -> "Ibu Kota"), EYD V I.F.11 (every word of a name takes a
capital, function words excepted).

The evidence is the draft's own: the acronym in brackets right after the words, its capitals the
initials of those words, and one of those words written with a capital where no sentence starts,
so the phrase is a name and not a common term with its short form ("sumber daya manusia (SDM)",
all in lower case, stays). A phrase that opens with a word that introduces a name in lower case
(the spec's ``generic_openers``: bahasa, suku, ...) is left alone.

Spec: ``generic_openers`` (lower-case words), ``function_words`` (words of a name that stay in
lower case and have no letter in the acronym)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from editor.checks.finding import Finding
from editor.checks.kinds.base import CheckContext, Kind, RuleHeader
from editor.checks.text import PUNCT, WORD, Token


class AcronymExpansion(Kind):
    name = "acronym_expansion"
    paragraph_local = True
    keys = frozenset({"generic_openers", "function_words"})

    def __init__(self, header: RuleHeader, spec: Mapping[str, Any]) -> None:
        super().__init__(header, spec)
        self.openers = frozenset(str(w).lower() for w in spec["generic_openers"])
        self.function = frozenset(str(w).lower() for w in spec["function_words"])

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        if "(" not in ctx.text:
            return
        toks = ctx.model.tokens
        for i in range(2, len(toks) - 2):
            if toks[i].text != "(" or toks[i + 2].text != ")":
                continue
            acronym = toks[i + 1]
            letters = [c for c in acronym.text if c.isupper()]
            if acronym.kind is not WORD or len(letters) < 2 or not acronym.text[0].isupper():
                continue
            words = self._words_before(ctx, toks, i, len(letters))
            if words is None:
                continue
            yield from self._finding(ctx, words, letters)

    def _words_before(
        self, ctx: CheckContext, toks: list[Token], i: int, n: int
    ) -> list[Token] | None:
        """The words before ``toks[i]`` that hold ``n`` content words, on one line, or None."""
        text = ctx.text
        out: list[Token] = []
        content = 0
        k = i - 1
        while k >= 0 and content < n:
            tok = toks[k]
            if tok.kind is not WORD or "\n" in text[tok.end : toks[k + 1].start]:
                return None
            out.insert(0, tok)
            if tok.text.lower() not in self.function:
                content += 1
            k -= 1
        if content < n or (k >= 0 and toks[k].kind is PUNCT and toks[k].text in "-/"):
            return None
        return out

    def _finding(
        self, ctx: CheckContext, words: list[Token], letters: list[str]
    ) -> Iterator[Finding]:
        content = [w for w in words if w.text.lower() not in self.function]
        if any(w.text[:1].lower() != c.lower() for w, c in zip(content, letters, strict=True)):
            return
        if content[0].text.lower() in self.openers:
            return
        starts = ctx.model.sentence_starts
        named = any(w.text[:1].isupper() and w.start not in starts for w in content)
        lower = [w for w in content if w.text.islower()]
        if not named or not lower:
            return
        start, end = lower[0].start, lower[-1].end
        span = ctx.text[start:end]
        if "  " in span or "\n" in span:
            return
        fixed = " ".join(
            w if w.lower() in self.function else w[:1].upper() + w[1:] for w in span.split(" ")
        )
        yield self.header.finding(start, end, ctx.text, [fixed])
