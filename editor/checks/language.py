"""Is a release Indonesian or English? A small detector from function words.

Press releases are long enough that counting a few dozen very common function words per language
is reliable; names, places and acronyms are the same in both and do not count. An article can
always override the result (the CLI's ``--language``, the app's per-article setting).
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from editor.checks.wordlists import word_set

LANGUAGES = ("id", "en")

_ID_WORDS = word_set("language-id-words")
_EN_WORDS = word_set(
    "language-en-words"
)  # no single letters: "a" also stands in Indonesian copy (do'a, initials)
# Words spelled the same in both lists would not tell the languages apart.
assert not _ID_WORDS & _EN_WORDS
# Sunting is for Indonesian desks: English wins only when it clearly dominates, so that a few
# English phrases in an Indonesian release ("on the spot", "launching the event") change nothing.
EN_MARGIN = 2

_WORD = regex.compile(r"\p{L}+")
# Below this many function words the text is too short to tell; Indonesian is the default.
MIN_EVIDENCE = 3


@dataclass(frozen=True)
class Detection:
    language: str  # "id" | "en"
    id_hits: int
    en_hits: int

    @property
    def confident(self) -> bool:
        return max(self.id_hits, self.en_hits) >= MIN_EVIDENCE


def detect(text: str) -> Detection:
    """Count Indonesian and English function words; English needs more than twice as many."""
    id_hits = en_hits = 0
    for match in _WORD.finditer(text):
        word = match.group().lower()
        if word in _ID_WORDS:
            id_hits += 1
        elif word in _EN_WORDS:
            en_hits += 1
    language = "en" if en_hits > EN_MARGIN * id_hits and en_hits >= MIN_EVIDENCE else "id"
    return Detection(language, id_hits, en_hits)


def detect_language(text: str) -> str:
    return detect(text).language


def resolve_language(text: str, choice: str | None) -> str:
    """``choice`` ("id", "en", or "auto"/None to detect) -> the language to check ``text`` in."""
    if choice in (None, "", "auto"):
        return detect_language(text)
    if choice not in LANGUAGES:
        raise ValueError(f"unknown language {choice!r}; expected one of id, en, auto")
    return choice
