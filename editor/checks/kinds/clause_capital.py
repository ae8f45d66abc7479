"""``clause_capital``: an adverb or a verb capitalised inside a sentence before a lower-case word.

"Pada kesempatan itu Bupati Juga meminta ..." -> "juga": a word that edited news (nearly) never
capitalises mid-sentence, by its part-of-speech tag and capital rate in resources/stats/capitals.tsv,
and that is followed by a lower-case word cannot open or join a name there, so its capital is a
slip (EYD V, I.F: capitals open sentences and names only). Sentence starts, headlines and words
after an opening quote, bracket, colon, dash or a line break are left alone, and so is a word glued
to the next token ("Juga-", "Akan/"). After a geographic head ("Pantai Lebih", "Bukit Tinggi") the
word is the place's own name (resources/words/geography-heads.txt, EYD V I.F.12).
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from editor.checks.finding import Finding
from editor.checks.kinds.base import CheckContext
from editor.checks.kinds.capitals import in_headline
from editor.checks.kinds.rate_capitals import CapitalRateKind
from editor.checks.text import Kind as Tok
from editor.checks.wordlists import entries

OPENERS = frozenset("“\"‘'([{:;–—-•*/")


@cache
def _geography_heads() -> frozenset[str]:
    return frozenset(entries("geography-heads"))


class ClauseCapital(CapitalRateKind):
    """Spec: as ``CapitalRateKind`` (``tags``, ``max_rate``, ``min_count``)."""

    name = "clause_capital"
    paragraph_local = True

    def _never_capitalised(self, word: str) -> bool:
        if not word[:1].isupper() or word.isupper() or not word[1:].islower():
            return False
        return self.rarely_capitalised(word)

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        text, toks = ctx.text, ctx.model.tokens
        starts = ctx.model.sentence_starts
        for i in range(1, len(toks) - 1):
            tok = toks[i]
            if tok.kind is not Tok.WORD or tok.start in starts:
                continue
            if not self._never_capitalised(tok.text):
                continue
            prev, nxt = toks[i - 1], toks[i + 1]
            if prev.text in OPENERS or prev.kind not in (Tok.WORD, Tok.NUMBER, Tok.ABBREV):
                continue
            if prev.text in _geography_heads():
                continue  # a place's own name: "Pantai Lebih"
            if text[prev.end : tok.start] != " " or text[tok.end : nxt.start] != " ":
                continue
            if nxt.kind is not Tok.WORD or not nxt.text.islower():
                continue
            if in_headline(ctx, tok.start) or ctx.lexicon.is_english(tok.text.lower()):
                continue
            yield self.header.finding(tok.start, tok.end, text, [tok.text.lower()])
