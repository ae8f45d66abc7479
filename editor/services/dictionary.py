"""The house dictionary: words the office accepts, rejects, or replaces; merged into the engine."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from db import journal
from db.database import Database
from db.records import DictionaryEntryRecord
from editor.services.errors import NotFound, ServiceError
from editor.services.users import actor

ACTIONS = ("accept", "reject", "replace")


@dataclass(frozen=True)
class _FallbackHouseDictionary:
    """Same shape as editor.checks.lexicon.HouseDictionary, used until that module exists."""

    accepted: frozenset[str] = frozenset()
    rejected: frozenset[str] = frozenset()
    replacements: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))


def _house_class() -> Any:
    try:
        from editor.checks.lexicon import HouseDictionary
    except ImportError:
        return _FallbackHouseDictionary
    return HouseDictionary


def normalize_word(word: str) -> str:
    word = " ".join(word.split())
    if not word or len(word) > 200:
        raise ServiceError("Kata harus berisi 1 sampai 200 karakter.")
    return word


def add_word(
    db: Database, word: str, *, action: str = "accept", replacement: str | None = None,
    note: str | None = None, user: str | None = None,
) -> DictionaryEntryRecord:  # fmt: skip
    """Add (or change) an entry: accept a word, reject it, or replace it with ``replacement``."""
    word = normalize_word(word)
    if action not in ACTIONS:
        raise ServiceError(f"Tindakan tidak dikenal: {action!r} (accept, reject, replace).")
    if action == "replace":
        if not replacement or not replacement.strip():
            raise ServiceError("Tindakan replace memerlukan kata pengganti.")
        replacement = normalize_word(replacement)
    else:
        replacement = None
    with db.session() as s:
        who = actor(s, user)
        who.require("dictionary")
        entry = journal.upsert_entry(s, word=word, action=action, replacement=replacement,
                                     note=note, user_id=who.id)  # fmt: skip
        journal.add_audit(s, "dictionary.add", who.id, word=word, action=action,
                          replacement=replacement)  # fmt: skip
        return entry


def remove_word(db: Database, word: str, *, user: str | None = None) -> None:
    word = normalize_word(word)
    with db.session() as s:
        who = actor(s, user)
        who.require("dictionary")
        if not journal.remove_entry(s, word):
            raise NotFound(f"Kata {word!r} tidak ada di kamus kantor.")
        journal.add_audit(s, "dictionary.remove", who.id, word=word)


def list_words(db: Database) -> list[DictionaryEntryRecord]:
    with db.reader() as s:
        return journal.list_entries(s)


def house_dictionary(db: Database) -> Any:
    """The merged house dictionary for ``CheckOptions(house=...)``."""
    entries = list_words(db)
    return build_house_dictionary(entries)


def build_house_dictionary(entries: list[DictionaryEntryRecord]) -> Any:
    cls = _house_class()
    return cls(
        accepted=frozenset(e.word for e in entries if e.action == "accept"),
        rejected=frozenset(e.word for e in entries if e.action == "reject"),
        replacements=MappingProxyType(
            {e.word: e.replacement for e in entries if e.action == "replace" and e.replacement}
        ),
    )
