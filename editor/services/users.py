"""Who is acting: single-user mode (the OS user with every role) or team mode with roles."""

from __future__ import annotations

import getpass
import os
from dataclasses import dataclass

from sqlalchemy.orm import Session

from db import repository as repo
from db.database import Database
from db.journal import add_audit
from db.records import UserRecord
from editor.services.errors import Forbidden, NotFound, ServiceError
from editor.states import ROLE_LABELS, ROLES

_WRITE = frozenset({"write", "submit", "comment", "dismiss"})
_EDIT = _WRITE | {"review", "approve", "export", "archive"}
PERMISSIONS = {
    "writer": _WRITE,
    "editor": _EDIT,
    "admin": _EDIT | {"users", "dictionary", "settings"},
}
ACTION_LABELS = {
    "write": "menyunting rilis",
    "submit": "mengajukan rilis",
    "comment": "memberi komentar",
    "dismiss": "mengabaikan temuan",
    "review": "meminta revisi",
    "approve": "menyetujui rilis",
    "export": "mengekspor rilis",
    "archive": "mengarsipkan rilis",
    "users": "mengelola pengguna",
    "dictionary": "mengubah kamus kantor",
    "settings": "mengubah pengaturan",
}
TEAM_MODE_KEY = "team_mode"


@dataclass(frozen=True, slots=True)
class Actor:
    user: UserRecord
    team_mode: bool

    @property
    def id(self) -> int:
        return self.user.id

    @property
    def name(self) -> str:
        return self.user.name

    def can(self, action: str) -> bool:
        return not self.team_mode or action in PERMISSIONS[self.user.role]

    def require(self, action: str) -> None:
        if not self.can(action):
            raise Forbidden(
                f"{self.name} ({ROLE_LABELS[self.user.role].lower()}) tidak berhak "
                f"{ACTION_LABELS.get(action, action)}."
            )


def os_user_name() -> str:
    name = os.environ.get("SUNTING_USER")
    if name:
        return name.strip()
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "pengguna"


def is_team_mode(s: Session) -> bool:
    return bool(repo.get_setting(s, TEAM_MODE_KEY, False))


def actor(s: Session, name: str | None = None) -> Actor:
    """The acting user inside a session. Single-user mode creates the OS user as admin."""
    name = name or os_user_name()
    team = is_team_mode(s)
    user = repo.user_by_name(s, name)
    if user is None:
        if team:
            raise Forbidden(
                f"Pengguna {name!r} belum terdaftar di tim; minta admin menjalankan "
                f"`sunting user add {name} --role writer`."
            )
        user = repo.add_user(s, name, "admin")
    elif team and not user.active:
        raise Forbidden(f"Pengguna {name!r} dinonaktifkan.")
    return Actor(user, team)


def current_user(db: Database, name: str | None = None) -> Actor:
    with db.session() as s:
        return actor(s, name)


def add_user(db: Database, name: str, role: str, *, by: str | None = None) -> UserRecord:
    name = name.strip()
    if role not in ROLES:
        raise ServiceError(f"Peran tidak dikenal: {role!r} (pilih writer, editor, atau admin).")
    if not name:
        raise ServiceError("Nama pengguna tidak boleh kosong.")
    with db.session() as s:
        who = actor(s, by)
        who.require("users")
        existing = repo.user_by_name(s, name)
        if existing is not None:
            repo.set_user(s, existing.id, role=role, active=True)
            user = UserRecord(existing.id, existing.name, role, True)
        else:
            user = repo.add_user(s, name, role)
        add_audit(s, "user.set", who.id, name=name, role=role)
        return user


def deactivate_user(db: Database, name: str, *, by: str | None = None) -> None:
    with db.session() as s:
        who = actor(s, by)
        who.require("users")
        user = repo.user_by_name(s, name)
        if user is None:
            raise NotFound(f"Pengguna {name!r} tidak ada.")
        repo.set_user(s, user.id, active=False)
        add_audit(s, "user.deactivate", who.id, name=name)


def list_users(db: Database) -> list[UserRecord]:
    with db.reader() as s:
        return repo.list_users(s)


def set_team_mode(db: Database, enabled: bool, *, by: str | None = None) -> None:
    """Team mode on: roles are enforced; the user turning it on must be (and stays) an admin."""
    with db.session() as s:
        who = actor(s, by)
        who.require("users")
        if enabled and who.user.role != "admin":
            raise Forbidden("Hanya admin yang dapat menyalakan mode tim.")
        repo.set_setting(s, TEAM_MODE_KEY, enabled)
        add_audit(s, "team_mode", who.id, enabled=enabled)


def team_mode(db: Database) -> bool:
    with db.reader() as s:
        return is_team_mode(s)
