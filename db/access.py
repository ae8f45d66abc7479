"""PostgreSQL team-desk access: who the session is, login roles, and the guarded workflow step.

The rules themselves live in the database (migration 0002_i13_roles): these functions only call
them. Every function takes an open Session on PostgreSQL.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session


def session_role(s: Session) -> tuple[str, str | None]:
    """(login role of this session, its desk role: owner | admin | editor | writer | None)."""
    row = s.execute(text("SELECT session_user, sunting_desk_role(session_user)")).one()
    return str(row[0]), row[1]


def scram_verifier(s: Session, name: str, password: str) -> str:
    """The SCRAM-SHA-256 verifier of ``password``, computed by libpq on this side: the plain
    password never travels to the server nor lands in its logs."""
    raw = s.connection().connection.driver_connection
    pgconn = raw.pgconn  # type: ignore[union-attr]
    return pgconn.encrypt_password(password.encode(), name.encode(), b"scram-sha-256").decode()


def add_login_role(s: Session, name: str, role: str, verifier: str | None) -> int:
    return int(
        s.execute(
            text("SELECT sunting_add_user(:n, :r, :v)"), {"n": name, "r": role, "v": verifier}
        ).scalar_one()
    )


def remove_login_role(s: Session, name: str) -> None:
    s.execute(text("SELECT sunting_remove_user(:n)"), {"n": name})


def run_step(
    s: Session, article_id: int, step: str, comment: str | None, version: int | None
) -> int:
    """Run a workflow step through ``sunting_step`` (SECURITY DEFINER); the new version."""
    return int(
        s.execute(
            text("SELECT sunting_step(:a, :s, :c, :v)"),
            {"a": article_id, "s": step, "c": comment, "v": version},
        ).scalar_one()
    )
