"""The officials registry as the engine sees it: people the desk knows from approved releases.

The registry is part of an office's house style (``HouseStyle.people``). The desk (``db`` through
``editor.services.people``) fills it from approved releases and editors' corrections; the engine
only reads it: a registered name is a word, a near miss of one is an error with the registered
spelling, another degree, rank or position is a warning citing the release it was learned from.

``extract_people`` finds the name + title + degree patterns in a text that the registry learns
from. This module holds plain values and pure functions: no storage, no Qt, no processes.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Position:
    """An office held: "Pj. Bupati Banyuasin", "Kapolres Banyuasin", "Kepala Badan Kesbangpol"."""

    title: str
    since: str | None = None  # ISO date of the first approved release that names it
    source: str = ""  # the release it was learned from, as shown to a user ("#12 Judul rilis")


@dataclass(frozen=True)
class Person:
    """One registered person, in the official form."""

    name: str  # the full name without honorific or degrees: "Hani Syopiar Rustam"
    honorific: str = ""  # "H.", "Hj.", "Dr.", "Ir." written before the name
    degrees: tuple[str, ...] = ()  # official forms, in order: ("S.H.", "M.Si.")
    rank: str = ""  # police or military rank: "AKBP", "Letkol Inf."
    positions: tuple[Position, ...] = ()
    short_forms: tuple[str, ...] = ()  # known short forms: ("Hani S. Rustam",)
    source: str = ""  # the release the name, degrees and rank were learned from
    confirmed: bool = False  # confirmed or corrected by an editor
    id: int | None = None  # the desk's id, when it comes from a desk


@dataclass(frozen=True)
class PeopleRegistry:
    """The people of one desk. Immutable; indexes are built by the checks that use them."""

    people: tuple[Person, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.people)

    def merged(self, other: PeopleRegistry | None) -> PeopleRegistry:
        if not other:
            return self
        if not self:
            return other
        return PeopleRegistry(self.people + other.people)


@dataclass(frozen=True)
class PersonMention:
    """A person named in a text with what stands around the name: what extraction learns."""

    start: int  # span of the whole mention in the text
    end: int
    name: str  # as written, without honorific, rank or degrees
    honorific: str = ""
    degrees: tuple[str, ...] = ()  # as written
    rank: str = ""
    position: str = ""  # the office named before or after the name, "" if none


def extract_people(text: str) -> list[PersonMention]:
    """The people a text names with a title, a rank or degrees (the registry's evidence)."""
    return []
