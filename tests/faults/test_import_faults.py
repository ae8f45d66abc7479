"""The fault table of issue 13: every file is either reported saved and present afterwards, or
reported failed; re-runs make no duplicates; a kill -9 leaves a consistent database."""

from __future__ import annotations

import os
import re
import resource
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from db import StorageError, open_database
from editor.services import articles

ROOT = Path(__file__).resolve().parents[2]


def _drafts(folder: Path, n: int, body: str = "Isi rilis tentang kegiatan ke-{i}.") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"rilis-{i:04d}.txt").write_text(f"Judul Rilis {i}\n{body.format(i=i)}\n")
    return folder


def _sunting(*args: str, **kw) -> subprocess.Popen:  # type: ignore[no-untyped-def]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-m", "editor", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, cwd=ROOT, env=env, **kw)  # fmt: skip


def _saved_ids(stdout: str) -> list[int]:
    return [int(m) for m in re.findall(r"^#(\d+)\t(?!sudah ada)", stdout, re.M)]


def _titles(db_path: Path) -> list[str]:
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return [t for (t,) in conn.execute("SELECT title FROM articles ORDER BY id")]


def test_database_file_removed_while_importing(tmp_path: Path) -> None:
    path = tmp_path / "desk.db"
    db = open_database(str(path), create=True)
    stream = articles.iter_import(db, [_drafts(tmp_path / "in", 5)])
    first = next(stream)
    assert first.article is not None
    for suffix in ("", "-wal", "-shm"):  # as a user moving the database away would
        Path(f"{path}{suffix}").rename(tmp_path / f"moved-away.db{suffix}")
    rest = list(stream)
    assert [o.article for o in rest] == [None] * 4
    assert "dihapus saat Sunting memakainya" in (rest[0].error or "")
    assert all("tidak diimpor" in (o.error or "") for o in rest[1:])
    db.dispose()
    assert _titles(tmp_path / "moved-away.db") == ["Judul Rilis 0"]  # reported saved: present


def test_database_file_replaced_while_in_use(tmp_path: Path) -> None:
    path = tmp_path / "desk.db"
    db = open_database(str(path), create=True)
    articles.import_text(db, "Judul\nIsi.")
    other = tmp_path / "other.db"
    open_database(str(other), create=True).dispose()
    os.replace(other, path)
    with pytest.raises(StorageError, match="diganti berkas lain"):
        articles.import_text(db, "Judul dua\nIsi.")
    db.dispose()


def _corrupt(path: Path) -> None:
    size = path.stat().st_size
    with path.open("r+b") as fh:  # leave the header page, trash the b-tree pages after it
        fh.seek(4096)
        fh.write(os.urandom(min(size - 4096, 8 * 4096)))


def test_corrupt_database_refuses_imports_and_names_the_backup(tmp_path: Path) -> None:
    path = tmp_path / "desk.db"
    db = open_database(str(path), create=True)
    for i in range(40):
        articles.import_text(db, f"Judul {i}\n" + "Isi rilis yang cukup panjang. " * 40)
    backup = db.backup(tmp_path / "desk.db.bak-manual")
    db.dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    _corrupt(path)
    proc = _sunting("import", str(_drafts(tmp_path / "in", 3)), "--db", str(path))
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 2, (out, err)
    assert _saved_ids(out) == []
    assert "rusak" in err and str(backup) in err and "Traceback" not in err


def _limit_file_size(limit: int):  # type: ignore[no-untyped-def]
    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails (EFBIG)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


def test_disk_full_during_import_reports_every_file(tmp_path: Path) -> None:
    """The file-size limit makes every write past it fail, as a full disk does."""
    path = tmp_path / "desk.db"
    open_database(str(path), create=True).dispose()
    folder = _drafts(tmp_path / "in", 120, body="Kalimat isi rilis yang panjang {i}. " * 60)
    limit = path.stat().st_size + 160 * 1024
    proc = _sunting("import", str(folder), "--db", str(path), preexec_fn=_limit_file_size(limit))
    out, err = proc.communicate(timeout=300)
    assert proc.returncode == 2, err
    saved = _saved_ids(out)
    failed = re.findall(r"^(\S+rilis-\d+\.txt): error: ", err, re.M)
    assert 0 < len(saved) < 120 and len(saved) + len(failed) == 120
    assert "tidak dapat ditulis" in err or "penuh" in err
    assert "Traceback" not in err
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = {i for (i,) in conn.execute("SELECT id FROM articles")}
    assert stored == set(saved)  # every reported id present, nothing unreported


def test_kill_9_during_import_then_the_next_run_reports_and_completes(tmp_path: Path) -> None:
    path = tmp_path / "desk.db"
    open_database(str(path), create=True).dispose()
    folder = _drafts(tmp_path / "in", 300)
    proc = _sunting("import", str(folder), "--db", str(path))
    printed = []
    assert proc.stdout is not None
    for line in proc.stdout:
        printed.append(line)
        if len(printed) >= 25:
            break
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(30)
    titles = _titles(path)  # consistent after the kill
    assert {int(line.split("\t")[0][1:]) for line in printed} <= set(range(1, len(titles) + 1))
    again = _sunting("import", str(folder), "--db", str(path))
    out, err = again.communicate(timeout=300)
    assert again.returncode == 0, err
    assert out.count("\tsudah ada\t") == len(titles)  # the next run reports what was saved
    assert len(_saved_ids(out)) == 300 - len(titles)
    assert sorted(_titles(path)) == sorted(f"Judul Rilis {i}" for i in range(300))
    assert "Tersimpan" in err


def test_rerun_skips_unless_asked(database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = _drafts(tmp_path / "in", 3)
    first = articles.import_paths(database, [folder])
    assert [o.skipped for o in first] == [False] * 3
    second = articles.import_paths(database, [folder])
    assert [o.skipped for o in second] == [True] * 3
    assert [o.article.id for o in second] == [o.article.id for o in first]
    third = articles.import_paths(database, [folder], again=True)
    assert [o.skipped for o in third] == [False] * 3
    assert len(articles.list_articles(database)) == 6


def test_two_importers_of_the_same_folder_make_no_duplicates(desk_url: str, tmp_path: Path) -> None:
    folder = _drafts(tmp_path / "in", 60)
    procs = [_sunting("import", str(folder), "--db", desk_url) for _ in range(2)]
    outs = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outs
    saved = [_saved_ids(out) for out, _ in outs]
    assert len(saved[0]) + len(saved[1]) == 60
    assert not set(saved[0]) & set(saved[1])
    db = open_database(desk_url)
    rows = articles.list_articles(db, limit=1000)
    db.dispose()
    assert sorted(r.title for r in rows) == sorted(f"Judul Rilis {i}" for i in range(60))
