"""The PostgreSQL team desk: every person logs in as their own role and PostgreSQL itself
enforces what that role may do (migration 0002_i13_roles)."""

from __future__ import annotations

import io
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from pg_server import PgServer, _bindir, drop_pg_database, new_pg_database

from editor import cli

PASSWORDS = {"alice": "alice-rahasia-1", "bob": "bob-rahasia-22", "carol": "carol-rahasia-3"}


@dataclass
class Desk:
    server: PgServer
    name: str
    tmp: Path
    monkeypatch: pytest.MonkeyPatch
    capsys: pytest.CaptureFixture

    def url(self, who: str | None = None) -> str:
        return self.server.url(self.name, user=who)

    def run(
        self, *args: str, who: str | None = None, stdin: str | None = None
    ) -> tuple[int, str, str]:
        """``sunting ARGS --db postgresql://WHO@.../desk``; passwords from the ~/.pgpass file."""
        if stdin is not None:
            self.monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        code = cli.main([*args, "--db", self.url(who)])
        out, err = self.capsys.readouterr()
        return code, out, err

    def psql(self, who: str, sql: str) -> subprocess.CompletedProcess:
        """The real psql client, logged in as ``who`` (password from the .pgpass file)."""
        bindir = _bindir()
        assert bindir is not None
        return subprocess.run(
            [bindir / "psql", "-X", "-v", "ON_ERROR_STOP=1", "-h", self.server.host,
             "-p", str(self.server.port), "-U", who, "-d", self.name, "-c", sql],
            capture_output=True, text=True, timeout=60,
        )  # fmt: skip


def team_desk(
    pg_server: PgServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture, commands: tuple[str, ...], people: tuple[tuple[str, str], ...],
) -> Iterator[Desk]:  # fmt: skip
    """A team desk on a fresh database: the owner turned team mode on and added ``people``
    (name, role) with passwords read from standard input; ``commands`` are the CLI's modules."""
    monkeypatch.setattr(cli, "COMMAND_MODULES", ("editor.commands.desk", *commands))
    name = new_pg_database(pg_server)
    pgpass = tmp_path / "pgpass"
    pgpass.write_text("".join(
        f"{pg_server.host}:{pg_server.port}:*:{who}:{pw}\n" for who, pw in PASSWORDS.items()
    ))  # fmt: skip
    pgpass.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    monkeypatch.delenv("PGPASSWORD", raising=False)
    d = Desk(pg_server, name, tmp_path, monkeypatch, capsys)
    assert d.run("user", "team", "on")[0] == 0
    for who, role in people:
        code, out, err = d.run("user", "add", who, "--role", role, "--password-stdin",
                               stdin=PASSWORDS[who] + "\n")  # fmt: skip
        assert (code, out) == (0, f"{who}\t{role}\n"), err
    yield d
    drop_pg_database(pg_server, name)


@pytest.fixture
def desk(pg_server: PgServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
         capsys: pytest.CaptureFixture) -> Iterator[Desk]:  # fmt: skip
    """alice (writer), bob and carol (editors)."""
    yield from team_desk(
        pg_server, tmp_path, monkeypatch, capsys, ("editor.commands.user", "editor.commands.export"),
        (("alice", "writer"), ("bob", "editor"), ("carol", "editor")),
    )  # fmt: skip


def _draft(desk: Desk, title: str) -> Path:
    path = desk.tmp / f"{title.lower().replace(' ', '-')}.txt"
    path.write_text(f"{title}\nBupati meresmikan jembatan baru di desa itu.\n", encoding="utf-8")
    return path


def test_writer_cannot_approve_her_own_release_whatever_user_or_env_says(desk: Desk) -> None:
    code, out, err = desk.run("import", str(_draft(desk, "Jembatan Baru")), who="alice")
    assert code == 0, err
    article = out.split("\t")[0].lstrip("#")
    assert desk.run("submit", article, who="alice")[0] == 0
    code, _, err = desk.run("approve", article, who="alice")
    assert code == 2 and "tidak berhak" in err
    code, _, err = desk.run("approve", article, "--user", "bob", who="alice")
    assert code == 2 and "--user tidak berlaku" in err
    for var in ("SUNTING_USER", "LOGNAME", "USER"):
        desk.monkeypatch.setenv(var, "bob")
    code, _, err = desk.run("approve", article, who="alice")
    assert code == 2 and "tidak berhak" in err
    code, out, _ = desk.run("history", article, who="alice")
    assert "dibuat sebagai Draf oleh alice" in out and "Draf → Ditinjau oleh alice" in out
    assert "approved" not in out
    assert desk.run("approve", article, who="bob")[0] == 0
    code, out, _ = desk.run("history", article, who="alice")
    assert "Ditinjau → Disetujui oleh bob" in out


def test_psql_as_alice_is_refused_by_postgresql(desk: Desk) -> None:
    code, out, _ = desk.run("import", str(_draft(desk, "Rilis Alice")), who="alice")
    article = out.split("\t")[0].lstrip("#")
    assert desk.psql("alice", "SELECT count(*) FROM articles").returncode == 0  # she may read
    refused = {
        "status": f"UPDATE articles SET status = 'approved' WHERE id = {article}",
        "approval": f"UPDATE articles SET approved_revision_id = 1 WHERE id = {article}",
        "audit": "DELETE FROM audit_events",
        "history": "DELETE FROM status_changes",
        "create role": "CREATE ROLE mallory LOGIN",
        "users": "UPDATE users SET role = 'admin' WHERE name = 'alice'",
        "team mode": "UPDATE settings SET value = 'false' WHERE key = 'team_mode'",
        "grant": "GRANT sunting_admin TO alice",
        "add user": "SELECT sunting_add_user('alice', 'admin', NULL)",
        "fake approval": (
            "INSERT INTO status_changes (article_id, from_status, to_status, user_id, created_at)"
            f" VALUES ({article}, 'in_review', 'approved', 2, now())"
        ),
        "self approval": f"SELECT sunting_step({article}, 'approve', NULL, NULL)",
    }
    for what, sql in refused.items():
        done = desk.psql("alice", sql)
        assert done.returncode != 0, what
        assert "permission denied" in done.stderr or "ERROR:" in done.stderr, (what, done.stderr)
    for what in ("status", "audit", "create role", "users"):
        assert "permission denied" in desk.psql("alice", refused[what]).stderr, what
    # what she inserts is stamped with her own id, whatever id she writes
    assert desk.psql("alice", "INSERT INTO audit_events (action, detail, user_id, created_at) "
                     "VALUES ('probe', '{}', 1, now())").returncode == 0  # fmt: skip
    done = desk.psql("alice", "SELECT u.name FROM audit_events e JOIN users u ON u.id = e.user_id"
                     " WHERE e.action = 'probe'")  # fmt: skip
    assert "alice" in done.stdout and done.stdout.count("(1 row)") == 1
    code, out, _ = desk.run("show", article, who="bob")
    assert "Status: Draf" in out


def test_an_editor_who_saved_a_revision_cannot_approve_it_another_can(desk: Desk) -> None:
    from db import open_database
    from editor.document.model import Document
    from editor.services import Forbidden, articles, workflow

    code, out, _ = desk.run("import", str(_draft(desk, "Pasar Murah")), who="alice")
    article = int(out.split("\t")[0].lstrip("#"))
    bob = open_database(desk.url("bob"))
    version = articles.get_article(bob, article).article.version
    text = "Pasar Murah\nBupati membuka pasar murah di alun-alun, ditulis ulang editor."
    articles.save_revision(bob, article, Document.from_text(text), base_version=version)
    bob.dispose()
    assert desk.run("submit", str(article), who="alice")[0] == 0
    code, _, err = desk.run("approve", str(article), who="bob")
    assert code == 2 and "ikut menulis" in err
    done = desk.psql("bob", f"SELECT sunting_step({article}, 'approve', NULL, NULL)")
    assert done.returncode != 0 and "penyetuju harus orang lain" in done.stderr
    code, out, _ = desk.run("approve", str(article), who="carol")
    assert code == 0 and "\tDisetujui\t" in out
    carol = open_database(desk.url("carol"))
    history = articles.get_article(carol, article)
    assert history.article.reviewer == "carol"
    assert [r.author for r in history.revisions] == ["alice", "bob"]
    alice = open_database(desk.url("alice"))
    with pytest.raises(Forbidden, match="tidak berhak"):
        workflow.request_changes(alice, article, user="carol")  # the name is not consulted
    alice.dispose()
    carol.dispose()


def test_user_management_belongs_to_admins_and_removal_revokes(desk: Desk) -> None:
    code, _, err = desk.run("user", "add", "eve", "--role", "admin", "--password-stdin",
                            who="alice", stdin="eve-rahasia-1\n")  # fmt: skip
    assert code == 2 and "tidak berhak" in err
    code, _, err = desk.run("user", "team", "off", who="bob")
    assert code == 2 and "pemilik basis data" in err
    code, _, err = desk.run("user", "add", "sunting", "--role", "writer", "--password-stdin",
                            stdin="rahasia-pemilik\n")  # fmt: skip
    assert code == 2 and "bukan pengguna meja" in err  # the owner's password stays its own
    assert desk.run("user", "remove", "bob")[0] == 0
    code, _, err = desk.run("list", who="bob")
    assert code == 2 and "Traceback" not in err
    assert desk.psql("bob", "SELECT 1").returncode != 0
    code, out, _ = desk.run("user", "list")
    assert "Mode: tim\n" in out and "bob\teditor\t(nonaktif)" in out


def test_a_wrong_password_is_a_clear_message(desk: Desk) -> None:
    desk.monkeypatch.setenv("PGPASSFILE", str(desk.tmp / "none"))
    desk.monkeypatch.setenv("PGPASSWORD", "salah-sekali")
    code, _, err = desk.run("list", who="alice")
    assert code == 2 and err.startswith("sunting: ") and "Traceback" not in err
    desk.monkeypatch.setenv("PGPASSWORD", PASSWORDS["alice"])
    assert desk.run("list", who="alice")[0] == 0


def test_a_missing_or_wrong_password_is_said_so_and_never_kept_in_the_url(desk: Desk) -> None:
    from db import open_database
    from db.errors import LoginNeeded, LoginRefused

    desk.monkeypatch.setenv("PGPASSFILE", str(desk.tmp / "no-pgpass"))
    with pytest.raises(LoginNeeded) as needed:
        open_database(desk.url("alice"))
    assert not isinstance(needed.value, LoginRefused) and needed.value.user == "alice"
    assert "meminta kata sandi untuk alice" in str(needed.value)
    with pytest.raises(LoginRefused, match="Kata sandi untuk alice ditolak"):
        open_database(desk.url("alice"), password="bukan-sandinya")
    db = open_database(desk.url("alice"), password=PASSWORDS["alice"])
    try:
        from db.access import session_role

        with db.reader() as s:
            assert session_role(s) == ("alice", "writer")
        assert PASSWORDS["alice"] not in db.url
    finally:
        db.dispose()
    code, _, err = desk.run("list", who="alice")
    assert code == 2 and "~/.pgpass atau PGPASSWORD" in err and "Traceback" not in err
