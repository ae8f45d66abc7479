"""Offsets at the Qt edge: the engine, the services and the database count Python ``str``
characters (code points); Qt counts UTF-16 code units, so every character outside the Basic
Multilingual Plane (emoji, some CJK, mathematical letters) is one unit in Python and two in Qt.

Every conversion between the two goes through this module: underlines, fixes, "Perbaiki semua",
selections and comments all call it, so a draft with an emoji never shifts a fix.
"""

from __future__ import annotations

import bisect
import re

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def qt_length(text: str) -> int:
    """Length of ``text`` in UTF-16 code units (what Qt counts)."""
    if text.isascii():
        return len(text)
    return len(text) + sum(1 for _ in _ASTRAL.finditer(text))


def to_qt(text: str, index: int) -> int:
    """Python offset ``index`` in ``text`` -> UTF-16 offset."""
    return qt_length(text[:index])


def to_py(text: str, unit: int) -> int:
    """UTF-16 offset ``unit`` in ``text`` -> Python offset (a position inside a surrogate pair
    rounds down to the start of its character)."""
    if text.isascii():
        return min(unit, len(text))
    return OffsetMap(text).to_py(unit)


class OffsetMap:
    """Both directions for one text, in O(log n) per offset (the astral characters are
    located once)."""

    def __init__(self, text: str) -> None:
        self.length = len(text)
        self._py = [] if text.isascii() else [m.start() for m in _ASTRAL.finditer(text)]
        self._qt = [p + k for k, p in enumerate(self._py)]  # UTF-16 start of each one

    def to_qt(self, index: int) -> int:
        index = max(0, min(index, self.length))
        return index + bisect.bisect_left(self._py, index)

    def to_py(self, unit: int) -> int:
        unit = max(0, unit)
        # characters wholly before ``unit`` each took one extra unit; one that ``unit`` splits
        # (unit == its start + 1) counts as not yet passed
        passed = bisect.bisect_right(self._qt, unit - 2)
        inside = bisect.bisect_left(self._qt, unit) - passed  # 1 when unit splits a pair
        return min(self.length, unit - passed - inside)
