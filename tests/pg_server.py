"""A throwaway PostgreSQL cluster for the tests, and the parametrised desk database fixtures.

The cluster comes from Debian's postgresql package (/usr/lib/postgresql/*/bin): initdb in a
temporary folder, listening on 127.0.0.1 on a free port, run as the ``postgres`` system user when
the tests run as root, stopped and removed at the end of the session. A missing PostgreSQL fails
the run (tests/required.py), unless left out on purpose outside CI.

Conftests import the fixtures: ``from pg_server import desk_url, database, pg_server, ...``.
"""

from __future__ import annotations

import glob
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from required import missing

BACKENDS = ("sqlite", "postgresql")
_counter = itertools.count()


@dataclass(frozen=True)
class PgServer:
    host: str
    port: int
    user: str

    def url(self, dbname: str, user: str | None = None) -> str:
        """The URL names the person; their password comes from PGPASSWORD or ~/.pgpass."""
        return f"postgresql+psycopg://{user or self.user}@{self.host}:{self.port}/{dbname}"

    def admin(self):  # type: ignore[no-untyped-def]
        import psycopg

        return psycopg.connect(host=self.host, port=self.port, user=self.user,
                               dbname="postgres", autocommit=True)  # fmt: skip


def _bindir() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=_version_key)
    return Path(found[-1]).parent if found else None


def _version_key(path: str) -> int:
    try:
        return int(Path(path).parent.parent.name)
    except ValueError:
        return 0


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _missing(reason: str) -> None:
    missing("postgresql", reason)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    bindir = _bindir()
    if bindir is None:
        _missing("no /usr/lib/postgresql/*/bin/initdb (install the postgresql package)")
    assert bindir is not None
    run_as: str | None = None
    base = Path(tempfile.mkdtemp(prefix="sunting-pg-"))
    if os.geteuid() == 0:
        run_as = "postgres"
        try:
            entry = pwd.getpwnam(run_as)
        except KeyError:
            shutil.rmtree(base, ignore_errors=True)
            _missing("no 'postgres' system user to run the server as")
        os.chown(base, entry.pw_uid, entry.pw_gid)
    data, port = base / "data", _free_port()
    user = "sunting"
    run = dict(user=run_as, check=True, capture_output=True, cwd=base)
    subprocess.run([bindir / "initdb", "-D", data, "-U", user, "-A", "trust", "-E", "UTF8",
                    "--no-sync", "--locale=C"], **run)  # fmt: skip
    # the owner (the test harness) trusts; every other role logs in with its SCRAM password
    (data / "pg_hba.conf").write_text(
        f"local all all trust\nhost all {user} 127.0.0.1/32 trust\n"
        "host all all 127.0.0.1/32 scram-sha-256\n"
    )
    if run_as:
        entry = pwd.getpwnam(run_as)
        os.chown(data / "pg_hba.conf", entry.pw_uid, entry.pw_gid)
    options = (f"-p {port} -h 127.0.0.1 -k {base} -c fsync=off -c synchronous_commit=off "
               "-c full_page_writes=off -c max_connections=60")  # fmt: skip
    subprocess.run([bindir / "pg_ctl", "-D", data, "-l", base / "server.log", "-o", options,
                    "-w", "-t", "60", "start"], **run)  # fmt: skip
    server = PgServer("127.0.0.1", port, user)
    try:
        with server.admin() as conn:
            conn.execute("CREATE DATABASE sunting_template")
        from db import open_database

        open_database(server.url("sunting_template")).dispose()
        yield server
    finally:
        subprocess.run([bindir / "pg_ctl", "-D", data, "-m", "immediate", "-w", "stop"],
                       user=run_as, capture_output=True, cwd=base)  # fmt: skip
        shutil.rmtree(base, ignore_errors=True)


def new_pg_database(server: PgServer) -> str:
    name = f"sunting_t{os.getpid()}_{next(_counter)}"
    with server.admin() as conn:
        conn.execute(f"CREATE DATABASE {name} TEMPLATE sunting_template STRATEGY FILE_COPY")
    return name


def drop_pg_database(server: PgServer, name: str) -> None:
    with server.admin() as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated SQLite file, copied for each test (migrating once per run)."""
    from db import open_database

    path = tmp_path_factory.mktemp("template") / "template.db"
    open_database(str(path), create=True).dispose()
    import sqlite3

    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


@pytest.fixture(params=BACKENDS)
def desk_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, migrated desk database URL: an SQLite file, or a PostgreSQL database."""
    if request.param == "sqlite":
        path = tmp_path / "desk.db"
        shutil.copyfile(request.getfixturevalue("sqlite_template"), path)
        yield f"sqlite:///{path}"
        return
    server: PgServer = request.getfixturevalue("pg_server")
    name = new_pg_database(server)
    yield server.url(name)
    drop_pg_database(server, name)


@pytest.fixture
def database(desk_url: str):  # type: ignore[no-untyped-def]
    from db import open_database

    db = open_database(desk_url)
    yield db
    db.dispose()
