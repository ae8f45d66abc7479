"""Span questions answered in O(log n): is a span inside one of many, which line holds an offset.

Checking must stay linear in the length of the draft (a 19 MB paste, 160 KB of repeated "di "), so
nothing here compares every span with every other.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from itertools import accumulate


class Containment:
    """A fixed set of spans that answers "does one of them contain (start, end)?"."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(set(spans))
        self._starts = [s for s, _ in ordered]
        # the furthest end among the spans starting at or before each position in the order
        self._reach = list(accumulate((e for _, e in ordered), max))
        self._widest: dict[int, int] = {}  # start -> furthest end of the spans starting there
        for s, e in ordered:
            self._widest[s] = max(e, self._widest.get(s, e))

    def __bool__(self) -> bool:
        return bool(self._starts)

    def contains(self, start: int, end: int) -> bool:
        """A span with ``s <= start`` and ``end <= e`` (the same span counts)."""
        i = bisect_right(self._starts, start)
        return i > 0 and self._reach[i - 1] >= end

    def strictly_contains(self, start: int, end: int) -> bool:
        """A span containing ``(start, end)`` that is longer than it."""
        i = bisect_left(self._starts, start)  # spans starting strictly before
        if i > 0 and self._reach[i - 1] >= end:
            return True
        return self._widest.get(start, -1) > end


class LineIndex:
    """1-based line and column of offsets into one text, after one pass over it."""

    def __init__(self, text: str) -> None:
        starts = [0]
        find = text.find
        i = find("\n")
        while i >= 0:
            starts.append(i + 1)
            i = find("\n", i + 1)
        self._starts = starts

    def line_col(self, offset: int) -> tuple[int, int]:
        line = bisect_right(self._starts, offset)
        return line, offset - self._starts[line - 1] + 1
