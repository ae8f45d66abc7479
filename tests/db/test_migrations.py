"""Migrations are the only way the schema changes: they agree with the models and round-trip."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from db import StorageError, open_database
from db.migrate import current_revision, head_revision, run_downgrade, run_upgrade
from db.models import Base


def _diff(db) -> list:  # type: ignore[no-untyped-def]
    with db.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True})
        return compare_metadata(ctx, Base.metadata)


def test_models_agree_with_migrated_schema(database) -> None:  # type: ignore[no-untyped-def]
    assert _diff(database) == []


def test_upgrade_downgrade_round_trip(database) -> None:  # type: ignore[no-untyped-def]
    from editor.services import articles

    articles.import_text(database, "Judul\nIsi rilis.")
    run_downgrade(database, "base")
    with database.engine.connect() as conn:
        assert current_revision(conn) is None
        assert set(inspect(conn).get_table_names()) <= {"alembic_version"}
    run_upgrade(database, "head")
    with database.engine.connect() as conn:
        assert current_revision(conn) == head_revision()
    assert _diff(database) == []
    assert articles.list_articles(database) == []
    articles.import_text(database, "Judul lagi\nIsi.")
    assert len(articles.list_articles(database)) == 1


def test_new_sqlite_file_is_created_in_wal_mode(tmp_path: Path) -> None:
    db = open_database(str(tmp_path / "sub" / "new.db"), create=True)
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert current_revision(conn) == head_revision()
    db.dispose()


def test_default_location_is_the_data_dir(_fresh_data_dir: Path) -> None:
    db = open_database()
    assert db.sqlite_path == (_fresh_data_dir / "sunting.db").resolve()
    db.dispose()


def test_database_from_a_newer_sunting_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "newer.db"
    open_database(str(path), create=True).dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'ffff9999'")
    with pytest.raises(StorageError, match="versi Sunting yang lebih baru"):
        open_database(str(path))


def test_upgrade_backs_up_an_older_sqlite_file(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """An existing file below head is copied before migrating (simulated with a fake head)."""
    import db.migrate as migrate

    path = tmp_path / "old.db"
    open_database(str(path), create=True).dispose()
    monkeypatch.setattr(migrate, "head_revision", lambda: "future")
    ran: list[str] = []
    monkeypatch.setattr(migrate, "run_upgrade", lambda db, target="head": ran.append(target))
    db = open_database(str(path))
    db.dispose()
    backups = list(tmp_path.glob("old.db.bak-*"))
    assert ran == ["head"] and len(backups) == 1
    with sqlite3.connect(backups[0]) as conn:
        assert (
            conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head_revision()
        )
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_foreign_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE contacts (id INTEGER PRIMARY KEY)")
    with pytest.raises(StorageError, match="bukan milik Sunting"):
        open_database(str(path))
