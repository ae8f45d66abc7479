"""``split_word``: one word broken by a space (``berkesinam ungan``, ``pelaksana an``), as a
line break or a pasted PDF leaves it.

Two lower-case pieces side by side, at least one of them no word of its own, whose join is a
frequent dictionary word or one cheap slip from a long one: the join was meant. A pair of two
words (``kerja sama``) is never joined here, the compound rules judge those; nor a piece of
one letter or an English word ("and a")."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from editor.checks.finding import Finding
from editor.checks.kinds.base import CheckContext, Kind, RuleHeader
from editor.checks.text import Kind as Tok


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
        for a, b in zip(words, words[1:], strict=False):
            if a.kind is not Tok.WORD or b.kind is not Tok.WORD:
                continue
            left, right = a.text, b.text
            if not (left.isalpha() and right.isalpha() and left.islower() and right.islower()):
                continue
            if min(len(left), len(right)) < 2 or text[a.end : b.start] != " ":
                continue
            if lex.is_word(left) and lex.is_word(right):
                continue
            if lex.is_english(left) or lex.is_english(right):
                continue  # "and a": a piece of an English phrase, not half a word
            meant = self._meant(ctx, left + right)
            if meant is not None:
                message = self.header.message.replace("{suggestion}", meant)
                yield self.header.finding(a.start, b.end, text, [meant], message)

    def _meant(self, ctx: CheckContext, joined: str) -> str | None:
        lex = ctx.lexicon
        if lex.is_common(joined):
            return joined if lex.zipf(joined) >= self.min_zipf else None
        if len(joined) < self.min_slip_length:
            return None
        cands = ctx.speller.candidates(joined)
        if not cands or cands[0].cost > self.max_cost or " " in cands[0].word:
            return None
        best = cands[0].word
        if len(best) < len(joined):
            return None  # a piece dropped, not joined ("semester ll": semester)
        return best if lex.zipf(best) >= self.min_zipf else None
