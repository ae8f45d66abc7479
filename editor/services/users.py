"""Who is acting: single-user mode (the OS user with every role) or team mode with roles."""

from __future__ import annotations

import getpass
import os
import re
from dataclasses import dataclass

from sqlalchemy.orm import Session

from db import repository as repo
from db.database import Database
from db.journal import add_audit
from db.records import UserRecord
from editor.services.errors import Forbidden, NotFound, ServiceError
from editor.states import ROLE_LABELS, ROLES

_WRITE = frozenset({"write", "submit", "comment", "dismiss"})
_EDIT = _WRITE | {"review", "approve", "export", "archive", "people"}
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
    "people": "mengubah daftar tokoh",
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
    if name and name.strip():
        return name.strip()
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "pengguna"


def is_team_mode(s: Session) -> bool:
    return bool(repo.get_setting(s, TEAM_MODE_KEY, False))


def is_postgres(s: Session) -> bool:
    return s.get_bind().dialect.name == "postgresql"


def actor(s: Session, name: str | None = None) -> Actor:
    """The acting user inside a session.

    On PostgreSQL the person is the session's login role (the connection URL names them) and
    their desk role is their group role; ``name`` (``--user``, SUNTING_USER, the OS login) is not
    consulted there. On SQLite (single-user, or team mode as a trust mode on one shared PC) the
    name chooses the user; single-user mode creates the OS user as admin.
    """
    if is_postgres(s):
        return _session_actor(s)
    if name is not None and not name.strip():
        raise ServiceError("Nama pengguna kosong; sebutkan nama dengan --user NAMA.")
    name = (name or os_user_name()).strip()
    team = is_team_mode(s)
    user = repo.user_by_name(s, name)
    if user is None:
        if team:
            raise Forbidden(
                f"Pengguna {name!r} belum terdaftar di tim; minta admin menjalankan "
                f"`sunting user add {name} --role writer`."
            )
        user = repo.ensure_user(s, name, "admin")
    elif team and not user.active:
        raise Forbidden(f"Pengguna {name!r} dinonaktifkan.")
    return Actor(user, team)


def _session_actor(s: Session) -> Actor:
    login, role = repo.session_role(s)
    team = is_team_mode(s)
    if role is None:
        raise Forbidden(
            f"Peran PostgreSQL {login!r} bukan pengguna meja ini; minta admin menjalankan "
            f"`sunting user add {login} --role writer`."
        )
    user = repo.user_by_name(s, login)
    if role == "owner":  # the database owner is the desk's first admin
        if user is None:
            user = repo.ensure_user(s, login, "admin")
        return Actor(UserRecord(user.id, user.name, "admin", True), team)
    if user is None or not user.active:
        raise Forbidden(f"Pengguna {login!r} dinonaktifkan atau belum terdaftar di meja ini.")
    # everyone but the owner is checked on PostgreSQL, as the database itself does
    return Actor(UserRecord(user.id, user.name, role, True), True)


def current_user(db: Database, name: str | None = None) -> Actor:
    with db.session() as s:
        return actor(s, name)


def add_user(
    db: Database, name: str, role: str, *, by: str | None = None, password: str | None = None
) -> UserRecord:
    """A desk user with a role. On PostgreSQL also their login role in the group of that role
    (only an admin or the owner may; the password goes to the server as a SCRAM verifier)."""
    name = name.strip()
    if role not in ROLES:
        raise ServiceError(f"Peran tidak dikenal: {role!r} (pilih writer, editor, atau admin).")
    if not name:
        raise ServiceError("Nama pengguna tidak boleh kosong.")
    if db.is_sqlite and password is not None:
        raise ServiceError(
            "Meja SQLite tidak memakai kata sandi (mode tim di SQLite adalah mode kepercayaan)."
        )
    with db.session() as s:
        who = actor(s, by)
        who.require("users")
        if is_postgres(s):
            if not _ROLE_NAME.fullmatch(name):
                raise ServiceError(
                    f"Nama {name!r} tidak dapat menjadi peran PostgreSQL: pakai huruf kecil, "
                    "angka dan garis bawah (mis. ani_rahma)."
                )
            verifier = repo.scram_verifier(s, name, password) if password else None
            repo.add_login_role(s, name, role, verifier)
            found = repo.user_by_name(s, name)
            assert found is not None
            return found
        existing = repo.user_by_name(s, name)
        if existing is not None:
            repo.set_user(s, existing.id, role=role, active=True)
            user = UserRecord(existing.id, existing.name, role, True)
        else:
            user = repo.add_user(s, name, role)
        add_audit(s, "user.set", who.id, name=name, role=role)
        return user


_ROLE_NAME = re.compile(r"[a-z_][a-z0-9_]{0,62}")


def deactivate_user(db: Database, name: str, *, by: str | None = None) -> None:
    with db.session() as s:
        who = actor(s, by)
        who.require("users")
        user = repo.user_by_name(s, name)
        if user is None:
            raise NotFound(f"Pengguna {name!r} tidak ada.")
        if is_postgres(s):
            repo.remove_login_role(s, name)
            return
        repo.set_user(s, user.id, active=False)
        add_audit(s, "user.deactivate", who.id, name=name)


def list_users(db: Database) -> list[UserRecord]:
    with db.reader() as s:
        return repo.list_users(s)


def set_team_mode(db: Database, enabled: bool, *, by: str | None = None) -> None:
    """Team mode on: roles are enforced. On PostgreSQL only the database owner may switch it
    (the database refuses anyone else); on SQLite the acting user must be an admin."""
    with db.session() as s:
        who = actor(s, by)
        if is_postgres(s) and repo.session_role(s)[1] != "owner":
            raise Forbidden("Hanya pemilik basis data yang dapat mengubah mode tim.")
        who.require("users")
        if enabled and who.user.role != "admin":
            raise Forbidden("Hanya admin yang dapat menyalakan mode tim.")
        repo.set_setting(s, TEAM_MODE_KEY, enabled)
        add_audit(s, "team_mode", who.id, enabled=enabled)


def team_mode(db: Database) -> bool:
    with db.reader() as s:
        return is_team_mode(s)
