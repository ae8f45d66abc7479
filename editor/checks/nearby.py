"""An index for the distance-2 candidate search: symmetric deletions of word prefixes (the
SymSpell idea), so that an unknown word is compared with the few thousand forms that can be within
two edits of it instead of every form of its length.

Two strings within Levenshtein distance 2 have prefixes of ``PREFIX`` letters that become equal
after at most two deletions on each side; the index maps every such deletion of every prefix in
the dictionary to the prefixes it comes from. A query generates the same deletions of its own
prefix, collects the prefixes that share one, and returns the forms that start with them and
whose length is within two of its own. The caller still measures the true distance: the index
only narrows the pool, never changes what is found (tests/checks/test_nearby.py compares it with a
scan of the whole vocabulary).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

PREFIX = 6
MAX_DISTANCE = 2


def _deletions(text: str, depth: int = MAX_DISTANCE) -> set[str]:
    out = {text}
    frontier = {text}
    for _ in range(depth):
        frontier = {w[:i] + w[i + 1 :] for w in frontier for i in range(len(w))}
        out |= frontier
    return out


class NearIndex:
    """Forms by prefix, and prefixes by their deletions (built once per vocabulary)."""

    def __init__(self, forms: Iterable[str]) -> None:
        by_prefix: dict[str, dict[int, list[str]]] = {}
        for form in sorted(forms):
            by_prefix.setdefault(form[:PREFIX], {}).setdefault(len(form), []).append(form)
        deletions: dict[str, list[str]] = {}
        for prefix in by_prefix:
            for key in _deletions(prefix):
                deletions.setdefault(key, []).append(prefix)
        self.by_prefix = by_prefix
        self.deletions = deletions

    def pool(self, word: str) -> Iterator[str]:
        """Every form that may be within two edits of ``word`` (a superset, in sorted order of
        prefix, then length)."""
        size = len(word)
        prefixes: set[str] = set()
        for key in _deletions(word[:PREFIX]):
            prefixes.update(self.deletions.get(key, ()))
        for prefix in sorted(prefixes):
            by_length = self.by_prefix[prefix]
            for n in range(size - MAX_DISTANCE, size + MAX_DISTANCE + 1):
                yield from by_length.get(n, ())
