"""``split_word``: one word broken by a space (``berkesinam ungan``, ``pelaksana an``), as a
line break or a pasted PDF leaves it.

Two lower-case pieces side by side, at least one of them no word of its own, whose join is a
frequent dictionary word or one cheap slip from a long one: the join was meant. A pair of two
words (``kerja sama``) is never joined here, the compound rules judge those; nor a piece of
one letter or an English word ("and a")."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from functools import lru_cache
from typing import Any

from editor.checks.finding import Finding
from editor.checks.kinds.base import CheckContext, Kind, RuleHeader
from editor.checks.lexicon import Lexicon
from editor.checks.spelling import MAX_WORD, edit_set, weighted_distance
from editor.checks.text import Kind as Tok


def _piece(word: str) -> bool:
    """A lower-case run of letters of two letters or more."""
    return len(word) >= 2 and word.isalpha() and word.islower()


class SplitWord(Kind):
    """Spec: ``min_zipf`` (frequency the joined word must have at least), ``max_cost`` (edit
    cost from the join to a longer word that still counts as that word), ``min_slip_length``
    (letters a join needs before a slip of it counts)."""

    name = "split_word"
    paragraph_local = True
    keys = frozenset({"min_zipf", "max_cost", "min_slip_length"})

    def __init__(self, header: RuleHeader, spec: Mapping[str, Any]) -> None:
        super().__init__(header, spec)
        self.min_zipf = float(spec["min_zipf"])
        self.max_cost = float(spec["max_cost"])
        self.min_slip_length = int(spec["min_slip_length"])

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        lex = ctx.lexicon
        if lex is None:
            return
        text, words = ctx.text, ctx.model.words
        done = -1  # the last word a finding took, so that no word joins two pairs
        for i, tok in enumerate(words):
            # a piece no word of its own, and a lower-case word beside it: the pairs to try
            if tok.kind is not Tok.WORD or not _piece(tok.text) or lex.is_word(tok.text):
                continue
            for a, b in ((i - 1, i), (i, i + 1)):
                if a <= done or a < 0 or b >= len(words):
                    continue
                left, right = words[a], words[b]
                if left.kind is not Tok.WORD or right.kind is not Tok.WORD:
                    continue
                if not (_piece(left.text) and _piece(right.text)):
                    continue
                if text[left.end : right.start] != " ":
                    continue
                if lex.is_english(left.text) or lex.is_english(right.text):
                    continue  # "and a": a piece of an English phrase, not half a word
                meant = self._meant(ctx, left.text + right.text)
                if meant is not None:
                    done = b
                    message = self.header.message.replace("{suggestion}", meant)
                    yield self.header.finding(left.start, right.end, text, [meant], message)
                    break

    def _meant(self, ctx: CheckContext, joined: str) -> str | None:
        lex = ctx.lexicon
        if lex.is_common(joined):
            return joined if lex.zipf(joined) >= self.min_zipf else None
        if not self.min_slip_length <= len(joined) <= MAX_WORD:
            return None
        return _slip_of(lex, joined, self.min_zipf, self.max_cost)


@lru_cache(maxsize=65536)
def _slip_of(lex: Lexicon, joined: str, min_zipf: float, max_cost: float) -> str | None:
    """The most frequent word one letter more or another from ``joined`` (never fewer:
    "semester ll" is no semester), when that slip is a cheap one. Kept between checks: a
    draft's pieces recur when it is checked again after an edit (the lexicon is immutable)."""
    near = [
        w
        for w in lex.vocabulary().intersection(edit_set(joined))
        if len(w) >= len(joined) and lex.suggestable(w) and lex.zipf(w) >= min_zipf
    ]
    if not near:
        return None
    best = max(near, key=lambda w: (lex.zipf(w), w))
    return best if weighted_distance(joined, best) <= max_cost else None
