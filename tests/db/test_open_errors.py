"""Bad database locations get one clear message, never a traceback (services and the CLI)."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from db import StorageBusy, StorageError, open_database
from editor.services import articles

ROOT = Path(__file__).resolve().parents[2]


def test_missing_file_named_explicitly(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="tidak ada"):
        open_database(str(tmp_path / "missing.db"))


def test_non_database_file(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("ini bukan basis data\n" * 50)
    with pytest.raises(StorageError, match="bukan berkas basis data SQLite"):
        open_database(str(path))


def test_directory_given_as_database(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="folder"):
        open_database(str(tmp_path))


def test_unknown_url_and_unreachable_server() -> None:
    with pytest.raises(StorageError):
        open_database("nosuchdialect://x/y")
    with pytest.raises(StorageError, match="terhubung") as caught:
        open_database("postgresql://nobody@127.0.0.1:1/none")
    assert "\n" not in str(caught.value)  # the CLI prints it as one line


_CLI = """
import os, sys
from editor import cli
cli.COMMAND_MODULES = ('editor.commands.desk', 'editor.commands.db')
if os.environ.get("DROP_TO_NOBODY"):
    # root ignores file modes: load everything, then become an ordinary user
    import pwd
    import sqlalchemy.dialects.sqlite, alembic.command, db.migrate, editor.services.articles
    cli.build_parser()
    entry = pwd.getpwnam("nobody")
    os.setgid(entry.pw_gid)
    os.setuid(entry.pw_uid)
sys.exit(cli.main(sys.argv[1:]))
"""


def _cli(args: list[str], env_extra: dict[str, str]) -> subprocess.CompletedProcess:
    env = dict(os.environ, **env_extra)
    return subprocess.run([sys.executable, "-c", _CLI, *args], capture_output=True, text=True,
                          env=env, cwd=ROOT, timeout=60)  # fmt: skip


def test_read_only_file_gets_a_message(tmp_path: Path) -> None:
    path = tmp_path / "ro.db"
    open_database(str(path), create=True).dispose()
    env = {"HOME": str(tmp_path)}
    if os.geteuid() == 0:
        env["DROP_TO_NOBODY"] = "1"
        for folder in (tmp_path, *tmp_path.parents):
            if str(folder).startswith(tempfile.gettempdir()):
                os.chmod(folder, 0o755)
        os.chmod(path, 0o644)
    else:
        path.chmod(0o444)
    done = _cli(["list", "--db", str(path)], env)
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    assert "hanya-baca" in done.stderr or "tidak dapat dibaca" in done.stderr


def test_cli_messages_for_missing_and_non_database(tmp_path: Path) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(os.urandom(4096))
    for target in (tmp_path / "missing.db", junk):
        done = _cli(["list", "--db", str(target)], {})
        assert done.returncode == 2
        assert done.stderr.startswith("sunting: ") and "Traceback" not in done.stderr
    created = _cli(["db", "upgrade", "--db", str(tmp_path / "missing.db")], {})
    assert created.returncode == 0, created.stderr
    assert _cli(["list", "--db", str(tmp_path / "missing.db")], {}).returncode == 0


def test_locked_sqlite_is_retried_then_reported(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import sqlite3

    import db.database

    monkeypatch.setattr(db.database, "BUSY_TIMEOUT_S", 0.3)
    path = tmp_path / "locked.db"
    desk = open_database(str(path), create=True)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(StorageBusy, match="dikunci"):
            articles.import_text(desk, "Judul\nIsi.")
        assert articles.list_articles(desk) == []  # readers still work beside the lock
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    articles.import_text(desk, "Judul\nIsi.")
    assert len(articles.list_articles(desk)) == 1
    desk.dispose()


def test_opening_beside_a_writer_does_not_wait_for_it(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The schema check on open is a read: a writer holding the lock must not make it fail."""
    import sqlite3

    import db.database

    path = tmp_path / "busy.db"
    desk = open_database(str(path), create=True)
    articles.import_text(desk, "Judul\nIsi.")
    desk.dispose()
    monkeypatch.setattr(db.database, "BUSY_TIMEOUT_S", 0.3)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("DELETE FROM settings")
    try:
        reader = open_database(str(path))
        assert [a.title for a in articles.list_articles(reader)] == ["Judul"]
        reader.dispose()
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_database_in_a_folder_the_user_cannot_enter(tmp_path: Path) -> None:
    private = tmp_path / "private"
    private.mkdir()
    open_database(str(private / "desk.db"), create=True).dispose()
    env = {"HOME": str(tmp_path)}
    if os.geteuid() == 0:
        env["DROP_TO_NOBODY"] = "1"
        for folder in (tmp_path, *tmp_path.parents):
            if str(folder).startswith(tempfile.gettempdir()):
                os.chmod(folder, 0o755)
    private.chmod(0o700 if os.geteuid() == 0 else 0o000)
    try:
        done = _cli(["list", "--db", str(private / "desk.db")], env)
    finally:
        private.chmod(0o755)
    assert done.returncode == 2, done.stderr
    assert done.stderr.startswith("sunting: ") and "Traceback" not in done.stderr
    assert "tidak dapat dibaca" in done.stderr
