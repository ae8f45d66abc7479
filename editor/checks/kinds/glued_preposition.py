"""``glued_preposition``: the preposition ``ke`` written together with the noun after it
(``kebalai desa``, ``kegedung``).

ke- is no free prefix: outside ke-...-an and a few old words (ketua, kekasih) the dictionary
holds, ``ke`` + a noun is the preposition and its noun. Evidence, not a list: the joined form is
no common word and is hardly ever written (word frequencies), while the rest is a frequent word
that edited news writes after the prepositions di and ke (resources/stats/bigrams.tsv)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from editor.checks.corpus_stats import pair_count
from editor.checks.finding import Finding
from editor.checks.kinds.base import CheckContext, Kind, RuleHeader
from editor.checks.text import Kind as Tok
from editor.checks.wordlists import head_before_name


class GluedPreposition(Kind):
    """Spec: ``min_zipf`` (frequency the noun must have at least), ``min_pairs`` (times the
    statistics must hold the noun after "di" or "ke")."""

    name = "glued_preposition"
    paragraph_local = True
    keys = frozenset({"min_zipf", "min_pairs"})

    def __init__(self, header: RuleHeader, spec: Mapping[str, Any]) -> None:
        super().__init__(header, spec)
        self.min_zipf = float(spec["min_zipf"])
        self.min_pairs = int(spec["min_pairs"])

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        lex = ctx.lexicon
        if lex is None:
            return
        text, model, glued = ctx.text, ctx.model, Tok.WORD
        for tok in model.tokens:
            word = tok.text
            head = word[:2]  # (first: most words open with neither)
            if head != "ke" and head != "Ke":
                continue
            if tok.kind is not glued or len(word) < 5 or not word.isalpha():
                continue
            if head == "Ke" and tok.start not in model.sentence_starts:
                continue
            if not word[1:].islower():
                continue
            low = word.lower()
            noun = low[2:]
            if lex.is_common(low) or lex.zipf(low) >= 1.0 or lex.is_rejected(low):
                continue
            if pair_count("di", noun) + pair_count("ke", noun) < self.min_pairs:
                continue
            if lex.zipf(noun) < self.min_zipf or not lex.is_common(noun):
                continue
            fix = head_before_name(f"{word[:2]} {noun}", text[tok.end : tok.end + 8])
            yield self.header.finding(tok.start, tok.end, text, [fix])
