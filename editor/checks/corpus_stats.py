"""Word statistics derived from edited Indonesian news (resources/stats/, built by
scripts/data/build_corpus_stats.py): how often a word carries a capital mid-sentence, its usual
part of speech, and counts of adjacent word pairs. Loaded once, on first use."""

from __future__ import annotations

import hashlib
import zlib
from array import array
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

from editor.checks.nearby import bucket_starts
from editor.paths import resource

T = TypeVar("T")


def cached_from(
    table: str, name: str, kind: type[T], build: Callable[[], T], also: tuple[Path, ...] = ()
) -> T:
    """``build()``, a value made from the stats file ``table``, kept in the user's cache folder
    under ``name`` and keyed by the file's contents (and those of the files ``also``): read back
    at the next start (a pickle loads faster than the table is parsed) and made again when a
    file changes or the cache is unreadable."""
    from editor.checks.disk_cache import read_pickle, write_pickle
    from editor.paths import cache_dir

    digest = _table_digest(table)
    if also:
        more = hashlib.sha256(digest.encode())
        for extra in also:
            more.update(extra.read_bytes())
        digest = more.hexdigest()[:20]
    path = cache_dir() / f"{name}-{digest}.pickle"
    value = read_pickle(path, kind)
    if value is None:
        value = build()
        write_pickle(path, value, stale=f"{name}-*.pickle")
    return value


@cache
def _table_digest(table: str) -> str:
    """The stats file's digest, read once per process: the realword values made from one
    file (its counts, the one-edit index, the neighbour table) all ask for it. Its size and
    CRC-32 (a fifth of the time of a SHA-256 of the 2.5 MB table): the file changes only
    when it is made again, and any change of it changes them but by a one-in-four-billion
    chance."""
    data = resource("stats", table).read_bytes()
    return f"{len(data):x}-{zlib.crc32(data):08x}"


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


class _Rates(Mapping[str, CapitalRate]):
    """The rates by word, each row read into a CapitalRate only when a check first asks for it
    (a check asks of a few hundred of the 13,000 words)."""

    def __init__(self, rows: dict[str, str]) -> None:
        self._rows = rows
        self._read: dict[str, CapitalRate] = {}

    def __getitem__(self, word: str) -> CapitalRate:
        rate = self._read.get(word)
        if rate is None:
            r = self._rows[word].split("\t")
            rate = self._read[word] = CapitalRate(
                int(r[0]),
                int(r[1]),
                int(r[2]),
                r[3] if len(r) > 3 else "",
                int(r[4]) if len(r) > 5 else 0,
                int(r[5]) if len(r) > 5 else 0,
            )
        return rate

    def get(self, word: str, default: Any = None) -> Any:  # noqa: ANN401 - Mapping.get
        return self[word] if word in self._rows else default

    def __contains__(self, word: object) -> bool:
        return word in self._rows

    def __iter__(self) -> Iterator[str]:
        return iter(self._rows)

    def __len__(self) -> int:
        return len(self._rows)


@cache
def capital_rates() -> Mapping[str, CapitalRate]:
    """The rates by word (each row read when first asked for); the rows by word kept in the
    cache folder (read back in half the time the table is split into them)."""
    return _Rates(cached_from("capitals.tsv", "capital-rows-1", dict, _capital_rows))


def _capital_rows() -> dict[str, str]:
    lines = resource("stats", "capitals.tsv").read_text(encoding="utf-8").splitlines()
    rows: dict[str, str] = {}
    for line in lines:
        if line and not line.startswith("#"):
            word, _, rest = line.partition("\t")
            rows[word] = rest
    return rows


def _digest(key: str) -> int:
    return int.from_bytes(hashlib.blake2b(key.encode(), digest_size=8).digest(), "little")


_BUCKET_SHIFT = 48  # PairCounts buckets its digests by their top 16 bits: 65,536 buckets


class PairCounts:
    """Counts by string, kept as two flat arrays: the strings' 64-bit digests, sorted, beside
    their counts. A hundred thousand word pairs take 1.5 MB this way instead of 15-20 MB of
    Python strings and ints in a dict, and read back from the cache folder in a millisecond.
    Only lookups are possible (no iteration); a string absent from the table answers as one
    present only if their 64-bit digests collide (about one lookup in 10^14), and the build
    refuses a table whose own strings collide. A third array says where each bucket of digests
    (by their top 16 bits) starts: a digest is searched for among the one or two of its bucket,
    not among all of them."""

    __slots__ = ("buckets", "counts", "keys")

    def __init__(self, items: Iterable[tuple[str, int]] = ()) -> None:
        pairs = sorted((_digest(k), n) for k, n in items)
        if any(a[0] == b[0] for a, b in zip(pairs, pairs[1:], strict=False)):
            raise ValueError("two strings of the table share a digest")
        self.keys = array("Q", (k for k, _ in pairs))
        self.counts = array("I", (n for _, n in pairs))
        self.buckets = _buckets(self.keys)

    def get(self, key: str, default: int = 0) -> int:
        keys, digest, buckets = self.keys, _digest(key), self.buckets
        b = digest >> _BUCKET_SHIFT
        end = buckets[b + 1]
        i = bisect_left(keys, digest, buckets[b], end)
        return self.counts[i] if i < end and keys[i] == digest else default

    def __len__(self) -> int:
        return len(self.keys)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, PairCounts):
            return NotImplemented
        return self.keys == other.keys and self.counts == other.counts

    __hash__ = None  # type: ignore[assignment]

    def __getstate__(self) -> tuple[array[int], array[int], array[int]]:
        return self.keys, self.counts, self.buckets

    def __setstate__(self, state: tuple[array[int], ...]) -> None:
        self.keys, self.counts = state[0], state[1]
        # (a table pickled before the buckets were kept gets them here)
        self.buckets = state[2] if len(state) > 2 else _buckets(self.keys)


def _buckets(keys: array[int]) -> array[int]:
    return bucket_starts(keys, _BUCKET_SHIFT)


@cache
def bigrams() -> PairCounts:
    """``"first second"`` (lower case, digits folded to ``0``) -> count."""
    return cached_from("bigrams.tsv", "bigrams-2", PairCounts, _read_bigrams)


def _read_bigrams() -> PairCounts:
    return PairCounts({r[0]: int(r[1]) for r in _rows("bigrams.tsv")}.items())


def fold(word: str) -> str:
    return "0" if word[:1].isdigit() else word.lower()


def pair_count(first: str, second: str) -> int:
    return bigrams().get(f"{fold(first)} {fold(second)}", 0)


def tag(word: str) -> str:
    """The word's most frequent part-of-speech tag in the statistics ("" when unseen)."""
    rate = capital_rates().get(word.lower())
    return rate.tag if rate is not None else ""


def pronoun(word: str) -> bool:
    """A pronoun or demonstrative by its most frequent tag (dia, kita, itu, ini): no root of a
    bare -kan, -i or -an form; "itukan" is the particle kan (bukan) glued to it."""
    return tag(word) in ("PR", "DT")


def unigram(word: str) -> int:
    rate = capital_rates().get(word.lower())
    return rate.mid if rate else 0


@dataclass(frozen=True, slots=True)
class RealWordStats:
    """Counts for the real-word slip check (resources/stats/realword.tsv)."""

    words: dict[str, int]  # lower-cased word -> occurrences
    pairs: PairCounts  # "first second" (a confusable word in it) -> count
    names: dict[str, int]  # capitalised run of words as news writes it, lower-cased -> count

    def word(self, word: str) -> int:
        return self.words.get(word, 0)

    def pair(self, first: str, second: str) -> int:
        return self.pairs.get(f"{first} {second}", 0)


@cache
def realword_stats() -> RealWordStats:
    return cached_from("realword.tsv", "realword-stats-3", RealWordStats, _read_realword)


def _read_realword() -> RealWordStats:
    words: dict[str, int] = {}
    pairs: dict[str, int] = {}  # (read into a dict first: a later row of a key wins)
    names: dict[str, int] = {}
    tables = {"U": words, "B": pairs, "N": names}
    text = resource("stats", "realword.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        kind, sep, rest = line.partition("\t")
        table = tables.get(kind)
        if table is not None:
            key, _, n = rest.rpartition("\t")
            table[key] = int(n)
    return RealWordStats(words, PairCounts(pairs.items()), names)
