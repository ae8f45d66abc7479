"""``generic_echo``: a phrase capitalised mid-sentence that the same release writes in lower case.

"... menyiapkan Rencana Tata Ruang desa. Penyusunan rencana tata ruang itu ..." -> "rencana tata
ruang": when the writer sets the very same run of words in lower case a little further on, the
capitals of the first one are no name but a generic phrase (EYD V, I.F: a common noun takes no
capital). Two kinds of evidence must agree before the capitals are flagged: the document (the
same words, in the same order, with a lower-case first word, outside any sentence start) and the
statistics of edited news (resources/stats/capitals.tsv: the first word is a noun or adjective
seldom capitalised mid-sentence). The capitalised run must open after a lower-case word, so that a name's head
("Dinas", "Badan", an office before a name) never starts it; offices and place types, whose
capitals change with use (Bupati Lahat / para bupati), are left to their own rules.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Mapping
from typing import Any

from editor.checks.corpus_stats import capital_rates
from editor.checks.finding import Finding
from editor.checks.kinds.base import CheckContext, Kind, RuleHeader
from editor.checks.kinds.capitals import in_headline
from editor.checks.text import Kind as Tok
from editor.checks.text import Token
from editor.checks.wordlists import word_set

_CASE_BY_USE = word_set("case-by-use")
_OFFICES = frozenset(w.lower() for w in word_set("office-words") | word_set("offices-before-name"))


class GenericEcho(Kind):
    """Spec: ``window`` (characters either side in which the lower-case form counts), ``max_run``
    (words in the capitalised run at most), ``max_rate`` (the first word's share of capitalised
    mid-sentence uses in edited news at most) and ``min_seen`` (its mid-sentence uses at least).
    The message may use ``{fix}`` (the lower-case form)."""

    name = "generic_echo"
    keys = frozenset({"window", "max_run", "max_rate", "min_seen"})

    def __init__(self, header: RuleHeader, spec: Mapping[str, Any]) -> None:
        super().__init__(header, spec)
        self.window = int(spec["window"])
        self.max_run = int(spec["max_run"])
        self.max_rate = float(spec["max_rate"])
        self.min_seen = int(spec["min_seen"])

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        text, toks = ctx.text, ctx.model.tokens
        lower_at: dict[str, list[int]] | None = None  # made when the first run is met
        word = Tok.WORD
        k, count = 1, len(toks)
        while k < count:
            tok = toks[k]
            # (a run opens on a capitalised word after a lower-case one: _run's first tests,
            # here so that the other words cost no call)
            if (
                tok.kind is not word
                or not tok.text[:1].isupper()
                or tok.text.isupper()
                or not toks[k - 1].text.islower()
            ):
                k += 1
                continue
            run = self._run(ctx, toks, k)
            if run is None:
                k += 1
                continue
            if lower_at is None:
                lower_at = _lower_at(ctx, toks)
            found = self._echo(ctx, toks, k, run, lower_at)
            if found is not None:
                first, last = toks[k], toks[k + run - 1]
                message = self.header.message.replace("{fix}", found)
                yield self.header.finding(first.start, last.end, text, [found], message)
            k += run

    def _run(self, ctx: CheckContext, toks: list[Token], k: int) -> int | None:
        """The length of the capitalised run opening at ``k`` after a lower-case word, or None."""
        tok, text = toks[k], ctx.text
        if not _title(tok) or k == 0 or tok.start in ctx.model.sentence_starts:
            return None
        before = toks[k - 1]
        if before.kind is not Tok.WORD or not before.text.islower() or before.text == "tentang":
            return None  # (a title after "tentang" keeps its capitals: Peraturan ... tentang ...)
        if text[before.end : tok.start] != " " or in_headline(ctx, tok.start):
            return None
        low = tok.text.lower()
        if low in _CASE_BY_USE or low in _OFFICES or not ctx.lexicon.is_common(low):
            return None
        rate = capital_rates().get(low)
        if rate is None or rate.mid < self.min_seen or rate.capitalised > self.max_rate * rate.mid:
            return None
        if rate.tag not in ("NN", "JJ"):
            return None  # a connector opening a sentence whose period is missing ("Sementara")
        n = 1
        while k + n < len(toks) and _title(toks[k + n]) and n <= self.max_run:
            if text[toks[k + n - 1].end : toks[k + n].start] != " ":
                break
            n += 1
        if n > self.max_run:
            return None
        return n if self._closed(toks, k + n) else None

    @staticmethod
    def _closed(toks: list[Token], i: int) -> bool:
        """Does the phrase end before ``i``: a clause mark, or a lower-case word that leads into
        no other capitalised word? A bracket or a quotation mark after it ("Program 'Pangan'",
        "Transfer ke Daerah (TKD)") or a coordinated name ("bidang Pemerintahan dan
        Kesejahteraan") marks a named term."""
        if i >= len(toks):
            return True
        after = toks[i]
        if after.kind is not Tok.WORD:
            return after.text in (",", ".", ";", ":", "!", "?")
        if not after.text.islower():
            return False
        return i + 1 >= len(toks) or not toks[i + 1].text[:1].isupper()

    def _echo(
        self,
        ctx: CheckContext,
        toks: list[Token],
        k: int,
        run: int,
        lower_at: Mapping[str, list[int]],
    ) -> str | None:
        """The run as the document writes it elsewhere with a lower-case first word, or None."""
        words = [t.text.lower() for t in toks[k : k + run]]
        here = toks[k].start
        for j in lower_at.get(words[0], ()):
            if abs(toks[j].start - here) > self.window or j + run > len(toks):
                continue
            other = toks[j : j + run]
            if any(t.kind is not Tok.WORD for t in other):
                continue
            if [t.text for t in other] != words:
                continue  # (wholly in lower case there)
            if j + run < len(toks) and _title(toks[j + run]):
                continue  # the lower-case words run on into a name there
            return " ".join(t.text for t in other)
        return None


def _lower_at(ctx: CheckContext, toks: list[Token]) -> dict[str, list[int]]:
    """The positions of each lower-case word outside a sentence's start."""
    starts = ctx.model.sentence_starts
    lower_at: dict[str, list[int]] = defaultdict(list)
    for k, tok in enumerate(toks):
        if tok.kind is Tok.WORD and tok.text.islower() and tok.start not in starts:
            lower_at[tok.text].append(k)
    return lower_at


def _title(tok: Token) -> bool:
    return tok.kind is Tok.WORD and tok.text[:1].isupper() and not tok.text.isupper()
