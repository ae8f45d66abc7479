"""Word statistics derived from edited Indonesian news (resources/stats/, built by
scripts/data/build_corpus_stats.py): how often a word carries a capital mid-sentence, its usual
part of speech, and counts of adjacent word pairs. Loaded once, on first use."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from editor.paths import resource


@dataclass(frozen=True, slots=True)
class CapitalRate:
    mid: int  # occurrences mid-sentence
    capitalised: int  # of those, written with a capital
    alone: int  # of those, a capital with no capitalised word on either side
    tag: str  # most frequent part-of-speech tag (kumparan tag set: NN, NNP, VB, JJ, IN, ...)
    before: int = 0  # occurrences mid-sentence right before a capitalised word
    capitalised_before: int = 0  # of those, written with a capital


def _rows(name: str) -> list[list[str]]:
    lines = resource("stats", name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line and not line.startswith("#")]


@cache
def capital_rates() -> dict[str, CapitalRate]:
    return {
        r[0]: CapitalRate(
            int(r[1]),
            int(r[2]),
            int(r[3]),
            r[4] if len(r) > 4 else "",
            int(r[5]) if len(r) > 6 else 0,
            int(r[6]) if len(r) > 6 else 0,
        )
        for r in _rows("capitals.tsv")
    }


@cache
def bigrams() -> dict[str, int]:
    """``"first second"`` (lower case, digits folded to ``0``) -> count."""
    return {r[0]: int(r[1]) for r in _rows("bigrams.tsv")}


def fold(word: str) -> str:
    return "0" if word[:1].isdigit() else word.lower()


def pair_count(first: str, second: str) -> int:
    return bigrams().get(f"{fold(first)} {fold(second)}", 0)


def unigram(word: str) -> int:
    rate = capital_rates().get(word.lower())
    return rate.mid if rate else 0


@dataclass(frozen=True, slots=True)
class RealWordStats:
    """Counts for the real-word slip check (resources/stats/realword.tsv)."""

    words: dict[str, int]  # lower-cased word -> occurrences
    pairs: dict[str, int]  # "first second" (a confusable word in it) -> count
    names: dict[str, int]  # capitalised run of words as news writes it, lower-cased -> count

    def word(self, word: str) -> int:
        return self.words.get(word, 0)

    def pair(self, first: str, second: str) -> int:
        return self.pairs.get(f"{first} {second}", 0)


@cache
def realword_stats() -> RealWordStats:
    words: dict[str, int] = {}
    pairs: dict[str, int] = {}
    names: dict[str, int] = {}
    tables = {"U": words, "B": pairs, "N": names}
    text = resource("stats", "realword.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        kind, sep, rest = line.partition("\t")
        table = tables.get(kind)
        if table is not None:
            key, _, n = rest.rpartition("\t")
            table[key] = int(n)
    return RealWordStats(words, pairs, names)
