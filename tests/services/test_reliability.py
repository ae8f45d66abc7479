"""Concurrent saves never overwrite silently; a writer killed mid-stream loses nothing committed."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

from db import open_database
from editor.document.model import Document
from editor.services import Conflict, articles

HELPER = Path(__file__).with_name("writer_process.py")
ROOT = Path(__file__).resolve().parents[2]


def _spawn(*args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, str(HELPER), *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, cwd=ROOT)  # fmt: skip


def _check_race(database, article_id: int, outcomes: list[str], texts: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert sorted(o.split()[0] for o in outcomes) == ["conflict", "won"], outcomes
    history = articles.get_article(database, article_id)
    stored = {articles.get_document(database, r.id).text for r in history.revisions}
    assert set(texts) <= stored  # both texts kept
    assert history.current.plain_text in texts
    assert [r.conflict for r in history.revisions].count(True) == 1


def test_two_threads_saving_at_once(database) -> None:  # type: ignore[no-untyped-def]
    for round_no in range(4):
        a = articles.import_text(database, f"Judul {round_no}\nAwal.")
        texts = [f"Judul {round_no}\nVersi editor {who}." for who in ("A", "B")]
        barrier, outcomes = threading.Barrier(2), []

        def save(text: str, a=a, barrier=barrier, outcomes=outcomes) -> None:  # type: ignore[no-untyped-def]
            barrier.wait()
            try:
                articles.save_revision(database, a.id, Document.from_text(text),
                                       base_version=a.version)  # fmt: skip
                outcomes.append("won")
            except Conflict as exc:
                outcomes.append(f"conflict {exc.conflict_revision_id}")

        threads = [threading.Thread(target=save, args=(t,)) for t in texts]
        for t in threads:
            t.start()
        for t in threads:
            t.join(30)
        _check_race(database, a.id, outcomes, texts)


def test_two_processes_saving_at_once(database, desk_url: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a = articles.import_text(database, "Judul\nAwal.")
    texts = ["Judul\nVersi proses satu.", "Judul\nVersi proses dua."]
    go = tmp_path / "go"
    procs = [_spawn("race", desk_url, str(a.id), str(a.version), t, str(go)) for t in texts]
    import time

    time.sleep(1.5)  # both processes import and connect
    go.touch()
    outcomes = []
    for p in procs:
        out, err = p.communicate(timeout=60)
        assert p.returncode == 0, err
        outcomes.append(out.strip())
    _check_race(database, a.id, outcomes, texts)


def test_sigkill_during_a_stream_of_saves_on_sqlite(tmp_path: Path) -> None:
    desk_url = f"sqlite:///{tmp_path / 'desk.db'}"
    database = open_database(desk_url, create=True)
    a = articles.import_text(database, "Judul\nAwal.")
    proc = _spawn("stream", desk_url, str(a.id))
    committed: list[int] = []
    assert proc.stdout is not None
    for line in proc.stdout:
        committed.append(int(line))
        if len(committed) >= 40:
            break
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(10)
    assert proc.returncode == -signal.SIGKILL
    with sqlite3.connect(database.sqlite_path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        numbers = {n for (n,) in conn.execute(
            "SELECT number FROM revisions WHERE article_id = ?", (a.id,))}  # fmt: skip
    assert set(committed) <= numbers
    history = articles.get_article(database, a.id)
    assert history.current.number == max(numbers) >= committed[-1]
    saved = articles.save_revision(database, a.id, Document.from_text("Judul\nSetelah."),
                                   base_version=history.article.version)  # fmt: skip
    assert saved.changed
    database.dispose()
