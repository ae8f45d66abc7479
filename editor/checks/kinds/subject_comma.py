"""``subject_comma``: a comma between the subject and its predicate ("Kegiatan ini, bertujuan
...", "Program tersebut, diikuti ...").

The subject is a noun phrase that opens the sentence and ends in a demonstrative (ini, itu,
tersebut); the word after the comma is a verb. Both are read from the part-of-speech statistics of
edited news (resources/stats/capitals.tsv): the first word must usually be a noun there and the
word after the comma usually a verb, so an opening adverbial ("Setelah acara itu, ...") or a
preposition ("Dalam rapat itu, ...") is left alone.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

import regex

from editor.checks.corpus_stats import capital_rates
from editor.checks.finding import Finding
from editor.checks.kinds.base import CheckContext, Kind, RuleHeader
from editor.checks.text import Kind as Tok

# a noun by its affixes when the statistics do not know the word (pelatihan, kesepakatan)
NOMINAL = regex.compile(r"(?:pe|ke|per)\p{Ll}{3,}an")


def _noun(word: str, rates: Mapping[str, Any]) -> bool:
    rate = rates.get(word)
    return rate.tag == "NN" if rate is not None else bool(NOMINAL.fullmatch(word))


class SubjectComma(Kind):
    """Spec: ``demonstratives`` (words that close the subject), ``max_subject`` (words in the
    subject at most)."""

    name = "subject_comma"
    paragraph_local = True
    keys = frozenset({"demonstratives", "max_subject"})

    def __init__(self, header: RuleHeader, spec: Mapping[str, Any]) -> None:
        super().__init__(header, spec)
        self.demonstratives = frozenset(str(w) for w in spec["demonstratives"])
        self.max_subject = int(spec["max_subject"])

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        text, toks = ctx.text, ctx.model.tokens
        starts = ctx.model.sentence_starts
        rates = capital_rates()
        index = {t.start: i for i, t in enumerate(toks)}
        for start in sorted(starts):
            i = index.get(start)
            if i is None or toks[i].kind is not Tok.WORD:
                continue
            if not _noun(toks[i].text.lower(), rates):
                continue
            for j in range(i + 1, min(i + self.max_subject + 1, len(toks) - 2)):
                tok = toks[j]
                if tok.kind is not Tok.WORD:
                    break
                if tok.text.lower() not in self.demonstratives:
                    continue
                comma, verb = toks[j + 1], toks[j + 2]
                if comma.text != "," or verb.kind is not Tok.WORD or not verb.text.islower():
                    break
                rate = rates.get(verb.text)
                if rate is not None and rate.tag == "VB" and verb.text[:2] in {"me", "be", "di"}:
                    yield self.header.finding(comma.start, comma.end, text, [""])
                break
