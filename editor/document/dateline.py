"""The dateline of a release: the place (and maybe date or source) before the first dash.

Indonesian releases open the body with ``Banyuasin – ...``, ``BANYUASIN, 11 Juni 2024 — ...`` or
``Pangkalan Balai (Humas) - ...``. The exporter sets that part in bold; importers record the place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from editor.document.model import Document

_WORD = r"[A-Z][^\s,()\u2013\u2014-]*"
_DATELINE = re.compile(
    rf"(?P<place>{_WORD}(?:[ \t]+{_WORD}){{0,3}})"
    r"(?:[ \t]*\([^()\n]{1,40}\))?"  # "(ANTARA)" before the date
    r"(?:[ \t]*,[ \t]*[^\n,()\u2013\u2014-]{1,40}?)?"  # ", 11 Juni 2024" or ", Sumsel"
    r"(?:[ \t]*\([^()\n]{1,40}\))?"  # "(Humas)"
    r"[ \t]*(?:\u2013|\u2014|--?)(?=[ \t])"
)
_SEARCHED_PARAGRAPHS = 3


@dataclass(frozen=True, slots=True)
class Dateline:
    paragraph: int  # index into Document.paragraphs
    end: int  # offset in that paragraph just after the dash
    place: str


def match_dateline(text: str) -> tuple[int, str] | None:
    """``(end, place)`` when ``text`` opens with a dateline, else ``None``."""
    found = _DATELINE.match(text)
    if not found:
        return None
    return found.end(), found.group("place")


def locate_dateline(document: Document) -> Dateline | None:
    """The dateline in one of the first non-empty body paragraphs after the title."""
    after_title = document.title is None
    searched = 0
    for index, paragraph in enumerate(document.paragraphs):
        if paragraph.kind == "title":
            after_title = True
            continue
        if not after_title or paragraph.kind != "body" or not paragraph.text.strip():
            continue
        found = match_dateline(paragraph.text)
        if found:
            return Dateline(index, found[0], found[1])
        searched += 1
        if searched >= _SEARCHED_PARAGRAPHS:
            return None
    return None


def with_dateline(document: Document) -> Document:
    """``document`` with :attr:`Document.dateline` set from its text (or left ``None``)."""
    found = locate_dateline(document)
    if found is None:
        return document
    return replace(document, dateline=found.place)
