"""``subjectless``: a sentence that loses its subject to an opening preposition phrase.

"Dalam rapat tersebut membahas ...", "Pada sambutannya mengajak ...": the sentence opens with a
preposition (by the part-of-speech statistics of edited news) whose noun phrase is closed by a
demonstrative or a possessive -nya, and the very next word is an active meN- or ber- verb. The
phrase cannot be the subject, and nothing else is: either the preposition goes ("Rapat tersebut
membahas ...") or a subject comes before the verb ("... tersebut, peserta membahas ...").
A passive (di-) verb after the phrase is correct ("Dalam rapat itu dibahas ..."), and so is a
subject between ("Dalam rapat itu bupati membahas ...").

A purpose phrase that stands alone ("Dalam rangka menyambut hari jadi kabupaten."): an opener of
``purpose_openers`` followed by a meN- verb, and no other verb before the sentence ends, is a
fragment without its main clause.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from editor.checks.corpus_stats import capital_rates
from editor.checks.finding import Finding
from editor.checks.kinds.base import CheckContext, Kind, RuleHeader
from editor.checks.kinds.subject_comma import prefixed_verb
from editor.checks.text import Kind as Tok

_NP_TAGS = frozenset({"NN", "NNP", "JJ", "CD", "DT"})


class Subjectless(Kind):
    """Spec: ``demonstratives``, ``purpose_openers`` (word sequences, lower case),
    ``max_phrase`` (words in the preposition's noun phrase at most), ``fragment_message``."""

    name = "subjectless"
    paragraph_local = True
    keys = frozenset({"demonstratives", "purpose_openers", "max_phrase", "fragment_message"})

    def __init__(self, header: RuleHeader, spec: Mapping[str, Any]) -> None:
        super().__init__(header, spec)
        self.demonstratives = frozenset(str(w) for w in spec["demonstratives"])
        self.purpose = tuple(tuple(str(p).split()) for p in spec["purpose_openers"])
        self.max_phrase = int(spec["max_phrase"])
        self.fragment_message = str(spec["fragment_message"])

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        text, toks = ctx.text, ctx.model.tokens
        rates = capital_rates()
        for i in ctx.model.sentence_openers:
            if i + 2 >= len(toks):
                continue
            fragment = self._fragment(ctx, i)
            if fragment is not None:
                yield fragment
                continue
            rate = rates.get(toks[i].text.lower())
            if rate is None or rate.tag != "IN":
                continue
            for j in range(i + 1, min(i + 1 + self.max_phrase, len(toks) - 1)):
                tok = toks[j]
                if tok.kind is not Tok.WORD or "\n" in text[toks[j - 1].end : tok.start]:
                    break  # a paragraph ends the phrase (and keeps the check paragraph-local)
                low = tok.text.lower()
                closed = low in self.demonstratives or (
                    low.endswith("nya") and len(low) > 5 and j == i + 1
                )
                if closed:
                    verb = toks[j + 1]
                    if "\n" in text[tok.end : verb.start]:
                        break
                    if verb.kind is Tok.WORD and prefixed_verb(
                        ctx, verb.text, frozenset({"meN", "ber"})
                    ):
                        yield self.header.finding(
                            toks[i].start, toks[i].end, text, [], severity=None
                        )
                    break
                word_rate = rates.get(low)
                if word_rate is None or word_rate.tag not in _NP_TAGS:
                    if not tok.text[:1].isupper():
                        break

    def _fragment(self, ctx: CheckContext, i: int) -> Finding | None:
        toks = ctx.model.tokens
        words = [t.text.lower() for t in toks[i : i + 3]]
        opener = next((p for p in self.purpose if tuple(words[: len(p)]) == p), None)
        if opener is None:
            return None
        k = i + len(opener)
        if k >= len(toks) or not prefixed_verb(ctx, toks[k].text, frozenset({"meN"})):
            return None
        verbs = frozenset({"meN", "ber", "di"})
        for m in range(k + 1, len(toks)):
            tok = toks[m]
            if tok.kind is Tok.PUNCT and tok.text in {",", ";", ":", "“", '"', "(", "–", "-"}:
                return None  # a comma or a quotation: the main clause may follow
            if tok.kind is Tok.PUNCT and tok.text in {".", "!", "?"}:
                end = tok.start
                break
            if tok.kind is Tok.WORD and prefixed_verb(ctx, tok.text, verbs):
                return None
        else:
            return None
        start = toks[i].start
        return self.header.finding(start, end, ctx.text, [], message=self.fragment_message)
