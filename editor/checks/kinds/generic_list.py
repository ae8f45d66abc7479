"""``generic_list``: every office in a list after ``para``/``seluruh`` is used in general.

"... diikuti para camat, Lurah serta Kepala Desa se-Kabupaten Lahat" -> "lurah", "kepala desa":
a quantifier (resources/words/quantifiers.txt: para, seluruh, setiap, ...) makes the whole
coordinated list after it general, not only its first member (EYD V, I.F.6: an office not followed
by a person's name takes no capital). A member is a run of capitalised words between commas and
``dan``/``serta``/``maupun``/``atau``; it is lowered only when each of its words is an office or
place type (resources/words/case-by-use.txt, office-words.txt, offices-before-name.txt) or a noun
that edited news seldom capitalises (resources/stats/capitals.tsv), with short forms in capitals
(OPD) kept as they are. A member holding any other word (a name, a place) ends the list. The
first member is left to the rules of the quantifier itself.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from editor.checks.corpus_stats import capital_rates
from editor.checks.finding import Finding
from editor.checks.kinds.base import CheckContext, Kind, RuleHeader
from editor.checks.text import Kind as Tok
from editor.checks.text import Token
from editor.checks.wordlists import word_set

_QUANTIFIERS = word_set("quantifiers")
_OFFICES = frozenset(
    w.lower()
    for w in word_set("case-by-use") | word_set("office-words") | word_set("offices-before-name")
)
_JOINS = frozenset({"dan", "serta", "maupun", "atau"})


class GenericList(Kind):
    """Spec: ``max_rate`` and ``min_count`` (a noun counts as generic when edited news
    capitalises it mid-sentence in at most that share of at least that many uses) and
    ``max_members``."""

    name = "generic_list"
    paragraph_local = True
    keys = frozenset({"max_rate", "min_count", "max_members"})

    def __init__(self, header: RuleHeader, spec: Mapping[str, Any]) -> None:
        super().__init__(header, spec)
        self.max_rate = float(spec["max_rate"])
        self.min_count = int(spec["min_count"])
        self.max_members = int(spec["max_members"])

    def _generic(self, word: str) -> bool:
        low = word.lower()
        if low in _OFFICES:
            return True
        rate = capital_rates().get(low)
        return (
            rate is not None
            and rate.tag == "NN"
            and rate.mid >= self.min_count
            and rate.capitalised <= self.max_rate * rate.mid
        )

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        text, toks = ctx.text, ctx.model.tokens
        for q, tok in enumerate(toks):
            if tok.kind is not Tok.WORD or tok.text.lower() not in _QUANTIFIERS:
                continue
            if not tok.text.islower() and tok.start not in ctx.model.sentence_starts:
                continue  # (a capital that opens the sentence is the sentence's: "Para camat")
            yield from self._members(ctx, toks, q + 1, text)

    def _members(
        self, ctx: CheckContext, toks: list[Token], i: int, text: str
    ) -> Iterator[Finding]:
        found: list[tuple[int, int]] = []
        members = 0
        while i < len(toks) and members < self.max_members:
            j = i
            while j < len(toks) and toks[j].kind is Tok.WORD and toks[j].text[:1].isupper():
                j += 1
            run = toks[i:j]
            if not run or not _single_spaced(text, run):
                break
            words = [t for t in run if not t.text.isupper()]
            if not words or not run[0].text[1:].islower():
                break
            if not all(self._generic(t.text) for t in words):
                break  # a name or a place in the member: the general list ends before it
            found.append((i, j))
            members += 1
            if j >= len(toks):
                break
            sep = toks[j]
            if sep.text == ",":
                nxt = toks[j + 1] if j + 1 < len(toks) else None
                i = j + 2 if nxt is not None and nxt.text.lower() in _JOINS else j + 1
            elif sep.kind is Tok.WORD and sep.text.lower() in _JOINS:
                i = j + 1
            else:
                break
        # the first member is the quantifier rules' (Capitalization.ParaGeneric, QuantifiedGeneric)
        for a, b in found[1:]:
            start, end = toks[a].start, toks[b - 1].end
            span = text[start:end]
            fix = " ".join(t.text if t.text.isupper() else t.text.lower() for t in toks[a:b])
            if fix != span:
                yield self.header.finding(start, end, text, [fix])


def _single_spaced(text: str, run: list[Token]) -> bool:
    return all(text[a.end : b.start] == " " for a, b in zip(run, run[1:], strict=False))
