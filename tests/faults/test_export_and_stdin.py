"""Exports that collide or stop halfway, and standard input read like a file."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from db import open_database
from editor import cli
from editor.paths import resource
from editor.services import articles, settings, workflow
from editor.services.exporting import export_approved, export_release

ROOT = Path(__file__).resolve().parents[2]
PROFILE = {
    "institution_lines": ["PEMERINTAH KABUPATEN CONTOH", "DINAS KOMUNIKASI DAN INFORMATIKA"],
    "address": "Jalan Contoh 1", "logo_path": str(resource("templates", "logo-contoh.png")),
    "contact": {"name": "Rina", "phone": "0812"}, "numbering": "{seq:03d}/SP/{month_roman}/{year}",
}  # fmt: skip


def _desk(url: str, n: int, headline: str = "Bupati Resmikan Pasar"):  # type: ignore[no-untyped-def]
    db = open_database(url, create=True)
    settings.save_office_profile(db, PROFILE)
    for i in range(n):
        a = articles.import_text(db, f"{headline}\nIsi rilis nomor {i} tentang pasar.")
        workflow.submit(db, a.id)
        workflow.approve(db, a.id)
    return db


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_same_headline_with_force_keeps_every_file(tmp_path: Path) -> None:
    db = _desk(str(tmp_path / "desk.db"), 10)
    out = tmp_path / "out"
    out.mkdir()
    batch = export_approved(db, out, force=True)
    assert len(batch.exported) == 10 and not batch.failed
    paths = {done.path for done in batch.exported}
    assert len(paths) == 10 and {p for p in out.iterdir()} == paths
    for done in batch.exported:  # each recorded export is the file on disk
        assert _sha(done.path) == done.sha256
        history = articles.get_article(db, done.article_id)
        assert [x.file_name for x in history.exports] == [done.path.name]
    db.dispose()


def test_a_file_written_but_not_recorded_is_recognised(tmp_path: Path) -> None:
    db = _desk(str(tmp_path / "desk.db"), 1)
    out = tmp_path / "out"
    out.mkdir()
    done = export_release(db, 1, out)
    # the state a kill -9 between writing and recording leaves: the record and move undone
    import sqlite3

    with sqlite3.connect(db.sqlite_path) as conn:
        conn.execute("DELETE FROM export_records")
        conn.execute("DELETE FROM status_changes WHERE to_status = 'exported'")
        conn.execute("UPDATE articles SET status = 'approved'")
    again = export_approved(db, out)
    assert [d.path for d in again.exported] == [done.path] and not again.failed
    assert again.exported[0].recovered and again.exported[0].sha256 == _sha(done.path)
    assert articles.get_article(db, 1).article.status == "exported"
    # a stranger's file of the same name is still refused, not recorded
    stranger = _desk(str(tmp_path / "other.db"), 1)
    refused = export_approved(stranger, out)
    assert refused.failed and "sudah ada" in refused.failed[0][1]
    stranger.dispose()
    db.dispose()


def test_kill_9_during_export_then_the_next_run_completes(tmp_path: Path) -> None:
    path = tmp_path / "desk.db"
    _desk(str(path), 12, headline="Rapat Koordinasi").dispose()
    out = tmp_path / "out"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    args = [sys.executable, "-m", "editor", "export", "--approved", "--out", str(out),
            "--db", str(path)]  # fmt: skip
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, text=True, cwd=ROOT, env=env)
    assert proc.stdout is not None
    first = proc.stdout.readline()
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(30)
    assert first.startswith("#")
    done = subprocess.run(args, capture_output=True, text=True, cwd=ROOT, env=env, timeout=300)
    assert done.returncode == 0, done.stderr
    db = open_database(str(path))
    records = {}
    for i in range(1, 13):
        history = articles.get_article(db, i)
        assert history.article.status == "exported"
        assert len(history.exports) == 1  # exactly once each, even across the kill
        records[history.exports[0].file_name] = history.exports[0].sha256
    db.dispose()
    docx_files = {p.name: _sha(p) for p in out.iterdir() if p.suffix == ".docx"}
    assert docx_files == records  # every file recorded, every record a file


@pytest.fixture
def run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture, desk_url: str):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(cli, "COMMAND_MODULES", ("editor.commands.desk",))

    def _run(*args: str, stdin: bytes | None = None) -> tuple[int, str, str]:
        if stdin is not None:
            import io

            monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin)))
        code = cli.main([*args, "--db", desk_url])
        out, err = capsys.readouterr()
        return code, out, err

    return _run


def _closed_stdin(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = " ".join([sys.executable, "-m", "editor", *args]) + " 0<&-"
    return subprocess.run(["bash", "-c", command], capture_output=True, text=True, cwd=ROOT,
                          env=env, timeout=120)  # fmt: skip


def test_closed_stdin_is_a_usage_message(tmp_path: Path) -> None:
    db = tmp_path / "desk.db"
    open_database(str(db), create=True).dispose()
    for args in (("check", "-"), ("import", "-", "--db", str(db))):
        done = _closed_stdin(*args)
        assert done.returncode == 2, (args, done.stderr)
        assert "masukan standar (stdin) tertutup" in done.stderr and "Traceback" not in done.stderr


def test_stdin_goes_through_the_file_decoder(run, desk_url: str) -> None:  # type: ignore[no-untyped-def]
    code, _, err = run("import", "-", stdin=os.urandom(4096) + b"\x00\x01\x02")
    assert code == 2 and "biner" in err and "Traceback" not in err
    text = "Jakarta Bangun Jembatan\nGubernur meninjau pembangunan jembatan.\n"
    code, out, err = run("import", "-", stdin=text.encode("utf-16-le"))
    assert code == 0, err
    article = out.split("\t")[0].lstrip("#")
    code, out, _ = run("show", article)
    assert "#" + article + " Jakarta Bangun Jembatan" in out and "Gubernur meninjau" in out
    code, out, err = run("import", "-", stdin="Rilis Kota\nWali kota menghadiri acara.".encode("latin-1")
                         + " caf\xe9".encode("latin-1"))  # fmt: skip
    assert code == 0, err
    code, _, err = run("import", "-", stdin=b"x" * (20 * 1024 * 1024 + 10))
    assert code == 2 and "20 MB" in err
    code, _, err = run("import", "-", stdin=b"")
    assert code == 2 and "kosong" in err


def test_nul_and_control_characters_alike_on_both_databases(run, database) -> None:  # type: ignore[no-untyped-def]
    a = articles.import_text(database, "Judul\x00 Rilis\x1b[2J\nIsi dengan NUL\x00 di tengah\x07.")
    history = articles.get_article(database, a.id)
    assert history.article.title == "Judul Rilis[2J"
    assert history.current.plain_text == "Judul Rilis[2J\nIsi dengan NUL di tengah."


def test_titles_and_names_printed_with_controls_escaped(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    draft = tmp_path / "rilis\x1b]0;judul\x07.txt"
    draft.write_text("Rilis Biasa\nIsi.\n")
    code, out, err = run("import", str(draft))
    assert code == 0 and "\x1b" not in out and "\\x1b]0;judul\\x07.txt" in out
    code, out, _ = run("list")
    assert "\x1b" not in out and "\x07" not in out
