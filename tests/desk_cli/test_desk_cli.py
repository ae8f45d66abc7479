"""The workflow end to end through `sunting` subcommands, on SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor import cli

DESK_MODULES = (
    "editor.commands.desk",
    "editor.commands.dictionary",
    "editor.commands.db",
    "editor.commands.user",
)


@pytest.fixture
def run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture, desk_url: str):  # type: ignore[no-untyped-def]
    # only the desk commands: these tests must not depend on the checker's modules loading
    monkeypatch.setattr(cli, "COMMAND_MODULES", DESK_MODULES)
    monkeypatch.setenv("SUNTING_USER", "kepala")

    def _run(*args: str, user: str | None = None) -> tuple[int, str, str]:
        argv = [*args, "--db", desk_url] + (["--user", user] if user else [])
        code = cli.main(argv)
        out, err = capsys.readouterr()
        return code, out, err

    return _run


def test_workflow_end_to_end(run, tmp_path: Path, desk_url: str) -> None:  # type: ignore[no-untyped-def]
    # SQLite: SUNTING_USER names who acts; PostgreSQL: the login role in the URL does
    who = "kepala" if desk_url.startswith("sqlite") else "sunting"
    draft = tmp_path / "rilis.txt"
    draft.write_text("Bupati Tinjau Banjir\nBupati meninjau lokasi banjir.\n", encoding="utf-8")
    code, out, _ = run("import", str(draft))
    assert code == 0 and out.startswith("#1\tBupati Tinjau Banjir")
    code, out, _ = run("list", "--status", "draft")
    assert code == 0 and out.split("\t")[:3] == ["#1", "Draf", "r1"]
    assert run("submit", "1", "--comment", "siap tinjau")[0] == 0
    code, out, _ = run("approve", "1")
    assert code == 0 and "\tDisetujui\t" in out
    code, out, _ = run("show", "1")
    assert "Status: Disetujui" in out and "Revisi: 1 (disetujui)" in out
    assert "Bupati meninjau lokasi banjir." in out
    code, out, _ = run("history", "1")
    assert f"Draf → Ditinjau oleh {who}: siap tinjau" in out
    assert f"Ditinjau → Disetujui oleh {who}" in out
    code, _, err = run("submit", "1")
    assert code == 2 and err.startswith("sunting: Artikel #1 berstatus Disetujui")
    assert run("archive", "1")[0] == 0
    assert run("list", "--search", "banjir")[1].split("\t")[1] == "Diarsipkan"
    code, _, err = run("show", "42")
    assert code == 2 and "tidak ada" in err


def test_team_mode_from_the_cli(run, monkeypatch, desk_url: str) -> None:  # type: ignore[no-untyped-def]
    import io
    import sys

    if not desk_url.startswith("sqlite"):  # PostgreSQL: --user is refused, the login acts
        code, _, err = run("user", "list", user="ani")
        assert code == 2 and "--user tidak berlaku di meja PostgreSQL" in err
        return  # the PostgreSQL team desk with real login roles: tests/security
    code, _, err = run("user", "team", "on")
    assert code == 0 and "mode kepercayaan" in err
    assert run("user", "add", "ani", "--role", "writer")[0] == 0
    assert run("user", "add", "rudi", "--role", "editor")[0] == 0
    code, out, _ = run("user", "list")
    assert "Mode: tim (mode kepercayaan SQLite" in out and "ani\twriter" in out
    monkeypatch.setattr(sys, "stdin", io.StringIO("   "))
    code, _, err = run("import", "-", user="ani")
    assert code == 2 and "kosong" in err
    monkeypatch.setattr(sys, "stdin", io.StringIO("Rilis Ani\nIsi rilis."))
    code, out, _ = run("import", "-", user="ani")
    assert code == 0 and out == "#1\tRilis Ani\n"
    assert run("submit", "1", user="ani")[0] == 0
    code, _, err = run("approve", "1", user="ani")
    assert code == 2 and "tidak berhak" in err
    code, _, err = run("list", user="tamu")
    assert code == 0  # reading needs no role
    code, _, err = run("submit", "1", user="tamu")
    assert code == 2 and "belum terdaftar" in err
    assert run("approve", "1", user="rudi")[0] == 0


def test_dictionary_commands(run) -> None:  # type: ignore[no-untyped-def]
    assert run("dictionary", "add", "Banyuasin")[0] == 0
    assert run("dictionary", "add", "gak", "--replace-with", "tidak")[0] == 0
    code, out, _ = run("dictionary", "list")
    assert out.splitlines() == ["Banyuasin\taccept", "gak\treplace -> tidak"]
    assert run("dictionary", "remove", "gak")[0] == 0
    code, _, err = run("dictionary", "remove", "gak")
    assert code == 2 and "tidak ada" in err


def test_db_upgrade_and_backup(run, tmp_path: Path, desk_url: str) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run("db", "upgrade")
    assert code == 0 and "mutakhir" in out
    code, out, err = run("db", "backup", str(tmp_path / "copy.db"))
    if desk_url.startswith("sqlite"):
        assert code == 0 and (tmp_path / "copy.db").stat().st_size > 0
    else:
        assert code == 2 and "pg_dump" in err
