"""Alembic, configured in code so it works from an installed wheel (no alembic.ini needed).

``db/alembic.ini`` exists for developers running the ``alembic`` command in ``db/``.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config(url: str | None = None, connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if url:
        cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


@cache
def _script() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = _script().get_current_head()
    assert head is not None
    return head


def known_revision(rev: str) -> bool:
    try:
        return _script().get_revision(rev) is not None
    except Exception:  # alembic raises several kinds for an unknown id
        return False


def current_revision(conn: Connection) -> str | None:
    return MigrationContext.configure(conn).get_current_revision()


def run_upgrade(db, target: str = "head") -> None:  # type: ignore[no-untyped-def]
    with db.engine.begin() as conn:
        command.upgrade(alembic_config(connection=conn), target)


def run_downgrade(db, target: str = "base") -> None:  # type: ignore[no-untyped-def]
    with db.engine.begin() as conn:
        command.downgrade(alembic_config(connection=conn), target)
