"""``generic_capital``: a capitalised phrase mid-sentence made only of words that edited news
writes in lower case (``para Wisatawan``, ``membantu Ibu Rumah Tangga``, ``mulai Jam 8``).

Evidence comes from real text, not a word list: resources/stats/capitals.tsv counts, for every
word, how often edited Indonesian news writes it with a capital mid-sentence. A run of capitalised
words (joined by ``dan``/``serta``/``atau``) is flagged only when every word in it is known from
enough occurrences and is almost never capitalised there; one word that news capitalises (Dinas,
Kabupaten, Sungai, a name) makes the run a name and leaves it alone. Runs next to other capitals,
inside quotation marks, before an acronym in brackets, inside title-case lines, in headlines or at
a sentence start are left alone too.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from editor.checks.corpus_stats import capital_rates
from editor.checks.finding import Finding
from editor.checks.kinds.base import CheckContext, Kind, RuleHeader
from editor.checks.kinds.capitals import in_headline, recase
from editor.checks.quotes import in_quote
from editor.checks.text import Kind as Tok
from editor.checks.text import Token
from editor.checks.wordlists import word_set

OPENING = frozenset("\"“'‘([:-–—•|/*#”’")
QUOTES = frozenset("\"“'‘")
TITLE_FUNCTION_WORDS = word_set("title-function-words")
NAME_HEADS = word_set("name-heads")


class GenericCapital(Kind):
    """Spec: ``max_rate`` (share of mid-sentence occurrences written with a capital, at most),
    ``min_count`` (mid-sentence occurrences the statistics must hold); optional ``joiners``
    (lower-case words that may stand inside a run)."""

    name = "generic_capital"
    paragraph_local = True
    keys = frozenset({"max_rate", "min_count"})
    optional = frozenset({"joiners"})

    def __init__(self, header: RuleHeader, spec: Mapping[str, Any]) -> None:
        super().__init__(header, spec)
        self.max_rate = float(spec["max_rate"])
        self.min_count = int(spec["min_count"])
        self.joiners = frozenset(spec.get("joiners", ["dan", "serta", "atau"]))

    def generic(self, word: str) -> bool:
        if len(word) > 1 and word.isupper():
            return False  # an acronym
        rate = capital_rates().get(word.lower())
        return (
            rate is not None
            and rate.mid >= self.min_count
            and rate.capitalised <= self.max_rate * rate.mid
        )

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        text, toks = ctx.text, ctx.model.tokens
        starts = ctx.model.sentence_starts
        i = 1
        while i < len(toks):
            tok = toks[i]
            if tok.kind is not Tok.WORD or not tok.text[:1].isupper() or tok.start in starts:
                i += 1
                continue
            last = self._run_end(text, toks, i)
            if self._flaggable(ctx, toks, i, last):
                start, end = tok.start, toks[last].end
                wanted = recase(text[start:end], "lower")
                yield self.header.finding(start, end, text, [wanted])
            i = last + 1

    def _run_end(self, text: str, toks: list[Token], i: int) -> int:
        j = i
        while j + 1 < len(toks):
            nxt = toks[j + 1]
            if _capital_word(nxt) and text[toks[j].end : nxt.start] == " ":
                j += 1
            elif (
                nxt.text in self.joiners
                and j + 2 < len(toks)
                and _capital_word(toks[j + 2])
                and text[toks[j].end : toks[j + 2].start].count("\n") == 0
            ):
                j += 2
            else:
                break
        return j

    def _flaggable(self, ctx: CheckContext, toks: list[Token], i: int, last: int) -> bool:
        words = [t for t in toks[i : last + 1] if t.is_word]
        if not all(w.text in self.joiners or self.generic(w.text) for w in words):
            return False
        prev, first = toks[i - 1], toks[i]
        if prev.text in OPENING or prev.text[:1].isupper() or prev.end == first.start:
            return False
        if prev.text.lower() in NAME_HEADS:
            return False  # the name of an award or a campaign: "penghargaan Desa Tangguh Bencana"
        if prev.text.lower() == "tentang":
            return False  # the title of a regulation or plan ("Perda ... tentang Rencana ...")
        if (
            prev.text in TITLE_FUNCTION_WORDS
            and i >= 2
            and _capital_word(toks[i - 2])
            and ctx.text[toks[i - 2].end : first.start] == f" {prev.text} "
        ):
            return False  # a title goes on after its function word: "Peran Pemuda dalam Menjaga"
        if prev.kind not in (Tok.WORD, Tok.NUMBER) and prev.text != ",":
            return False
        if prev.text == "," and i >= 2 and _capital_word(toks[i - 2]):
            if not self.generic(toks[i - 2].text):
                return False  # a list of names: "Gianyar, Bangli dan ..."
        nxt = toks[last + 1] if last + 1 < len(toks) else None
        if nxt is not None:
            if nxt.text in QUOTES or nxt.text == "(" or nxt.text.lower().startswith("ke-"):
                return False  # a quoted title, a defined acronym, a numbered event (ke-5)
            after = toks[last + 2] if last + 2 < len(toks) else None
            if nxt.kind is Tok.NUMBER and (
                prev.kind is Tok.NUMBER or (after is not None and _capital_word(after))
            ):
                return False  # "Nomor 13 Tahun 2024", a numbered office ("Asisten 2 Setda")
            if nxt.start == toks[last].end and nxt.text not in ".,;:!?":
                return False
        return not (
            in_headline(ctx, first.start)
            or in_quote(ctx, first.start)
            or _title_line(ctx, first.start)
        )


def _capital_word(tok: Token) -> bool:
    return tok.kind is Tok.WORD and tok.text[:1].isupper()


def _title_line(ctx: CheckContext, pos: int) -> bool:
    """A line in which most words are capitalised: a heading, a caption or a list of names."""
    text = ctx.text
    line_start = text.rfind("\n", 0, pos) + 1
    line_end = text.find("\n", pos)
    line = text[line_start : line_end if line_end >= 0 else len(text)].split()
    capitals = sum(1 for w in line if w[:1].isupper())
    return capitals > 0.5 * len(line)
