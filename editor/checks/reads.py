"""Recorded reads: a document-level rule checked line by line, each line's findings kept with
what the line asked of the whole draft.

A rule such as spelling judges a word by the word, its line and a few facts of the whole draft
(how often a word is written, which words the draft shows to be names, its known words near a
word). Checked through a recorder, a line's words ask those facts through the wrappers below,
which note each question and its answer (a position as an offset into the line). After an edit,
a line whose text is unchanged is not judged again when every question it asked has the same
answer in the edited draft (``Reads.still``): its findings are then exactly those a new
judgement would give.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any


class Reads:
    """The questions one line asked, positions relative to ``offset`` (where the line starts)."""

    def __init__(self, offset: int) -> None:
        self.offset = offset
        # each question once: within one check the draft does not change, so a question asked
        # again has the answer it had (what came in from the lines before stays as it came)
        self.asked: dict[tuple[str, Any], Any] = {}
        self._grouped: dict[str, list[tuple[Any, Any]]] | None = None
        self._sets: dict[tuple[str, int | None], tuple[frozenset[Any], frozenset[Any]]] = {}

    def note(self, what: str, arg: Any, got: Any) -> None:
        self.asked[what, arg] = got
        if self._grouped is not None:
            self._grouped = None
            self._sets = {}

    def still(self, answer: Callable[[str, Any], Any]) -> bool:
        """Does ``answer(what, argument)`` (the edited draft, this line's new offset applied
        by the caller) give every answer this line was given?"""
        return all(answer(what, arg) == got for (what, arg), got in self.asked.items())

    def grouped(self) -> dict[str, list[tuple[Any, Any]]]:
        """The questions by what was asked: (argument, answer) pairs, in the order asked."""
        grouped = self._grouped
        if grouped is None:
            grouped = {}
            for (what, arg), got in self.asked.items():
                grouped.setdefault(what, []).append((arg, got))
            self._grouped = grouped
        return grouped

    def members_still(self, what: str, members: Any, at: int | None = None) -> bool:
        """Does ``x in members`` (a set, or a mapping for questions answered by membership)
        give every answer the questions ``what`` were given, each argument a position moved to
        the line's new start ``at`` when given? Tested as two set operations at C speed."""
        key = (what, at)
        split = self._sets.get(key)
        if split is None:
            pairs = self.grouped().get(what, ())
            if any(got is not True and got is not False for _, got in pairs):
                return all(
                    ((arg if at is None else arg + at) in members) == got for arg, got in pairs
                )
            if at is None:
                yes = frozenset(arg for arg, got in pairs if got)
                no = frozenset(arg for arg, got in pairs if not got)
            else:
                yes = frozenset(arg + at for arg, got in pairs if got)
                no = frozenset(arg + at for arg, got in pairs if not got)
            if len(self._sets) > 8:
                self._sets.clear()  # a line that keeps moving (typing above it)
            split = self._sets[key] = (yes, no)
        yes, no = split
        return yes.issubset(members) and no.isdisjoint(members)

    def lookups_still(self, what: str, mapping: Any, at: int) -> bool:
        """Does ``mapping.get(position)`` give every answer the questions ``what`` were given,
        the positions moved to the line's new start ``at``? Those answered None (most) are
        tested as one set operation: none of them is a key of ``mapping``."""
        key = (what, at)
        split = self._sets.get(key)
        if split is None:
            pairs = self.grouped().get(what, ())
            no = frozenset(arg + at for arg, got in pairs if got is None)
            yes = frozenset((arg + at, got) for arg, got in pairs if got is not None)
            if len(self._sets) > 8:
                self._sets.clear()
            split = self._sets[key] = (yes, no)
        yes, no = split
        get = mapping.get
        return no.isdisjoint(mapping) and all(get(pos) == got for pos, got in yes)


class Counts:
    """``counts.get`` noted, and ``counts.near(word, at)`` (how often near a place), the place
    noted relative to the line."""

    def __init__(self, counts: Any, reads: Reads, name: str = "count") -> None:
        self._counts, self._reads, self._name = counts, reads, name

    def get(self, key: str, default: int = 0) -> int:
        value = self._counts.get(key, default)
        self._reads.note(self._name, (key, default), value)
        return value

    def near(self, word: str, at: int) -> int:
        value = self._counts.near(word, at)
        self._reads.note("near", (word, at - self._reads.offset), value)
        return value


class Members:
    """``x in members`` noted; with ``positions`` the argument is an offset, noted relative to
    the line."""

    def __init__(self, members: Any, reads: Reads, name: str, positions: bool = False) -> None:
        self._members, self._reads, self._name = members, reads, name
        self._positions = positions

    def __contains__(self, item: Any) -> bool:
        found = item in self._members
        noted = item - self._reads.offset if self._positions else item
        self._reads.note(self._name, noted, found)
        return found

    def get(self, key: Any, default: Any = None) -> Any:
        value = self._members.get(key, default)
        noted = key - self._reads.offset if self._positions else key
        self._reads.note(self._name, noted, value)
        return value


class Around:
    """A draft's known words as seen from a place (``at(start).around(word)``: the known words
    near it like ``word``), noted with the place relative to the line; iteration is noted
    whole."""

    def __init__(self, known: Any, reads: Reads, start: int | None = None) -> None:
        self._known, self._reads, self._start = known, reads, start

    def at(self, start: int) -> Around:
        return Around(self._known, self._reads, start)

    def around(self, word: str) -> list[str]:
        if self._start is None:
            raise TypeError("Around.around needs a place: call at(start) first")
        found = self._known.around(word, self._start)
        self._reads.note("around", (word, self._start - self._reads.offset), tuple(found))
        return found

    def __iter__(self) -> Iterator[str]:
        everything = frozenset(self._known)
        self._reads.note("known", None, everything)
        return iter(everything)


class Spans:
    """``is_protected(start, end)`` noted relative to the line."""

    def __init__(self, ask: Callable[[int, int], bool], reads: Reads, name: str) -> None:
        self._ask, self._reads, self._name = ask, reads, name

    def __call__(self, start: int, end: int) -> bool:
        found = self._ask(start, end)
        off = self._reads.offset
        self._reads.note(self._name, (start - off, end - off), found)
        return found


class Seen:
    """The words found fine so far in the draft (met in text order): what came in from the
    lines before is asked and noted, what this line adds is its own (``added``)."""

    def __init__(self, before: set[Any], reads: Reads) -> None:
        self._before, self._reads = before, reads
        self.added: list[Any] = []
        self._own: set[Any] = set()

    def __contains__(self, key: Any) -> bool:
        if key in self._own:
            return True
        found = key in self._before
        self._reads.note("seen", key, found)
        return found

    def add(self, key: Any) -> None:
        if key not in self._own:
            self._own.add(key)
            self.added.append(key)
