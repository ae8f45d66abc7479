"""An index for the distance-2 candidate search: symmetric deletions of word prefixes (the
SymSpell idea), so that an unknown word is compared with the few thousand forms that can be within
two edits of it instead of every form of its length.

Two strings within Levenshtein distance 2 have prefixes of ``PREFIX`` letters that become equal
after at most two deletions on each side; the index maps every such deletion of every prefix in
the dictionary to the prefixes it comes from. A query generates the same deletions of its own
prefix, collects the prefixes that share one, and returns the forms that start with them. The
caller still measures the true distance: the index only narrows the pool, never changes what is
found (tests/checks/test_nearby.py compares it with a scan of the whole vocabulary).

The index is a few flat objects, so that reading it from the cache folder costs milliseconds: the
sorted forms joined into one string (the forms of one prefix are one stretch of it), the
stretches' offsets, and the deletions as sorted CRC-32 keys beside the prefix each comes from
(two deletions sharing a key by chance only widen the pool).
"""

from __future__ import annotations

import zlib
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Iterable

PREFIX = 6
MAX_DISTANCE = 2


def _deletions(text: str, depth: int = MAX_DISTANCE) -> set[str]:
    out = {text}
    frontier = {text}
    for _ in range(depth):
        frontier = {w[:i] + w[i + 1 :] for w in frontier for i in range(len(w))}
        out |= frontier
    return out


def _key(text: str) -> int:
    return zlib.crc32(text.encode("utf-8"))


_BUCKET_SHIFT = 16  # keys are bucketed by their top 16 bits: 65,536 buckets


def bucket_starts(keys: array[int], shift: int) -> array[int]:
    """Where each bucket of the sorted ``keys`` (a key's bucket: ``key >> shift``, 16 bits of
    it) starts, and last their count: a key is searched for among the few of its bucket instead
    of all of them (a search of a few hundred thousand keys takes two or three times as long).
    Shared by the 32-bit indexes here and the 64-bit pair digests of corpus_stats."""
    counts = [0] * ((1 << 16) + 1)
    for k in keys:
        counts[(k >> shift) + 1] += 1
    total = 0
    for i, n in enumerate(counts):
        total += n
        counts[i] = total
    return array("I", counts)


def _buckets(keys: array[int]) -> array[int]:
    return bucket_starts(keys, _BUCKET_SHIFT)


class NearIndex:
    """Forms by prefix and length, and prefixes by their deletions (built once per vocabulary)."""

    def __init__(self, forms: Iterable[str]) -> None:
        # by prefix, then length: the forms of one prefix and a few lengths are one stretch
        ordered = sorted(set(forms), key=lambda f: (f[:PREFIX], len(f), f))
        first_group = array("i")  # per prefix, its first group (one group: one prefix, one length)
        # per group, its length and where its stretch starts (and, last, where the text ends:
        # a group's stretch ends a letter before the next one starts)
        group_len, group_start = array("i"), array("I")
        pairs: list[tuple[int, int]] = []
        pos, prev = 0, None
        for form in ordered:
            prefix, size = form[:PREFIX], len(form)
            if prefix != prev:
                pairs.extend((_key(d), len(first_group)) for d in _deletions(prefix))
                first_group.append(len(group_len))
            if prefix != prev or size != group_len[-1]:
                group_len.append(size)
                group_start.append(pos)
            prev = prefix
            pos += size + 1
        group_start.append(pos)
        first_group.append(len(group_len))
        pairs.sort()
        self.text = "\n".join(ordered)
        self.first_group = first_group
        self.group_len, self.group_start = group_len, group_start
        self.keys = array("I", (k for k, _ in pairs))
        # prefix numbers in two bytes while they fit (some 38,000 prefixes)
        self.prefix_ids = array("H" if len(first_group) <= 1 << 16 else "i", (p for _, p in pairs))
        self.buckets = _buckets(self.keys)

    def pool(self, word: str) -> list[str]:
        """Every form that may be within two edits of ``word`` (a superset, no form twice)."""
        keys, ids, buckets = self.keys, self.prefix_ids, self.buckets
        found: set[int] = set()
        for deletion in _deletions(word[:PREFIX]):
            k = _key(deletion)
            b = k >> _BUCKET_SHIFT
            hi = buckets[b + 1]
            lo = bisect_left(keys, k, buckets[b], hi)
            if lo < hi and keys[lo] == k:  # most deletions are no prefix's: one search
                found.update(ids[lo : bisect_right(keys, k, lo, hi)])
        text, first, lengths = self.text, self.first_group, self.group_len
        starts = self.group_start
        low, high = len(word) - MAX_DISTANCE, len(word) + MAX_DISTANCE
        stretches: list[str] = []
        for pid in found:
            # the groups of a prefix are in order of length: those within two of the word's
            lo, hi = first[pid], first[pid + 1]
            g0 = bisect_left(lengths, low, lo, hi)
            if g0 < hi and lengths[g0] <= high:
                g1 = bisect_right(lengths, high, g0, hi)
                stretches.append(text[starts[g0] : starts[g1] - 1])
        # one split of the joined stretches, not one per prefix (forms are never empty)
        return "\n".join(stretches).split("\n") if stretches else []


def _one_deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


class OneEditIndex:
    """Words under the CRC-32 of themselves and of each string one deletion from them: two
    words one edit apart (deletion, insertion, substitution, adjacent transposition) share a
    key, so the words within one edit of a query are found without generating its few hundred
    edits. Two flat arrays (sorted keys beside word numbers) and the words, read from the cache
    folder in milliseconds. Keys that collide by chance only widen the pool: the caller
    measures the true distance."""

    __slots__ = ("buckets", "ids", "keys", "words")

    def __init__(self, words: tuple[str, ...] = ()) -> None:
        pairs = sorted(
            (_key(k), i) for i, word in enumerate(words) for k in _one_deletions(word) | {word}
        )
        self.words = words
        self.keys = array("I", (k for k, _ in pairs))
        self.ids = array("I", (i for _, i in pairs))
        self.buckets = _buckets(self.keys)

    def near(self, word: str) -> set[str]:
        """The words sharing a key with ``word``: every one within one edit, and some others."""
        keys, ids, words, buckets = self.keys, self.ids, self.words, self.buckets
        found: set[str] = set()
        for text in _one_deletions(word) | {word}:
            k = _key(text)
            b = k >> _BUCKET_SHIFT
            end = buckets[b + 1]
            lo = bisect_left(keys, k, buckets[b], end)
            if lo < end and keys[lo] == k:  # a key is mostly held by one word or none
                hi = lo + 1
                while hi < end and keys[hi] == k:
                    hi += 1
                for i in ids[lo:hi]:
                    found.add(words[i])
        return found

    def __getstate__(self) -> tuple[tuple[str, ...], array[int], array[int], array[int]]:
        return self.words, self.keys, self.ids, self.buckets

    def __setstate__(
        self, state: tuple[tuple[str, ...], array[int], array[int], array[int]]
    ) -> None:
        self.words, self.keys, self.ids, self.buckets = state
