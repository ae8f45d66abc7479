"""Settings stored in the database (key -> JSON), such as the office profile for the letterhead."""

from __future__ import annotations

from typing import Any

from db import journal
from db import repository as repo
from db.database import Database
from editor.services.errors import ServiceError
from editor.services.users import actor

OFFICE_PROFILE_KEY = "office_profile"


def get_setting(db: Database, key: str, default: Any = None) -> Any:
    with db.reader() as s:
        return repo.get_setting(s, key, default)


def save_setting(db: Database, key: str, value: Any, *, user: str | None = None) -> None:
    with db.session() as s:
        who = actor(s, user)
        who.require("settings")
        repo.set_setting(s, key, value)
        journal.add_audit(s, "settings.save", who.id, key=key)


def get_office_profile(db: Database) -> dict[str, Any]:
    """The office profile (name, address, phone, website, ...); empty until someone saves it."""
    value = get_setting(db, OFFICE_PROFILE_KEY, {})
    return dict(value) if isinstance(value, dict) else {}


def save_office_profile(db: Database, profile: dict[str, Any], *, user: str | None = None) -> None:
    if not isinstance(profile, dict):
        raise ServiceError("Profil kantor harus berupa pasangan kunci dan nilai.")
    save_setting(db, OFFICE_PROFILE_KEY, dict(profile), user=user)
