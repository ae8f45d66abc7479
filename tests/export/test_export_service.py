"""Export through the review desk on a real SQLite database, and the `sunting export` command."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import docx
import pytest

from db import open_database
from editor.cli import main
from editor.document.importers import load_path, load_text
from editor.paths import resource
from editor.services import NotApproved, ServiceError, articles, settings, workflow
from editor.services.exporting import export_approved, export_release, report_notes

DAY = dt.date(2024, 6, 11)
PROFILE = {
    "institution_lines": ["PEMERINTAH KABUPATEN BANYUASIN", "DINAS KOMUNIKASI DAN INFORMATIKA"],
    "address": "Pangkalan Balai", "logo_path": str(resource("templates", "logo-contoh.png")),
    "contact": {"name": "Rina", "phone": "0812"}, "numbering": "{seq:03d}/SP/{month_roman}/{year}",
}  # fmt: skip


@pytest.fixture
def desk(tmp_path: Path):
    db = open_database(str(tmp_path / "desk.db"), create=True)
    settings.save_office_profile(db, PROFILE)
    yield db
    db.dispose()


def approved(db, text: str) -> int:
    article = articles.import_document(db, load_text(text))
    workflow.submit(db, article.id)
    workflow.approve(db, article.id)
    return article.id


def test_export_approved_release(desk, tmp_path: Path, seed_text: str) -> None:
    article_id = approved(desk, seed_text)
    done = export_release(desk, article_id, tmp_path, day=DAY)
    assert done.path.name.startswith("2024-06-11-pj-bupati-banyuasin-siap-sukseskan")
    assert hashlib.sha256(done.path.read_bytes()).hexdigest() == done.sha256
    assert load_path(done.path).text == seed_text  # exactly the approved revision
    number = [p.text for p in docx.Document(str(done.path)).paragraphs[:2]]
    assert number[1] == f"Nomor: {article_id:03d}/SP/VI/2024"
    history = articles.get_article(desk, article_id)
    assert history.article.status == "exported"
    assert [(e.file_name, e.sha256) for e in history.exports] == [(done.path.name, done.sha256)]
    with pytest.raises(ServiceError, match="sudah ada; tidak ditimpa"):
        export_release(desk, article_id, tmp_path, day=DAY)
    again = export_release(desk, article_id, tmp_path, day=DAY, force=True)
    assert again.path == done.path


def test_unapproved_release_is_refused(desk, tmp_path: Path) -> None:
    article = articles.import_document(desk, load_text("Judul\nIsi draf."))
    with pytest.raises(NotApproved, match="hanya rilis yang disetujui"):
        export_release(desk, article.id, tmp_path)
    assert list(tmp_path.glob("*.docx")) == []


def test_missing_profile_is_explained(tmp_path: Path) -> None:
    db = open_database(str(tmp_path / "kosong.db"), create=True)
    try:
        article_id = approved(db, "Judul\nIsi.")
        with pytest.raises(ServiceError, match="Isi profil kantor"):
            export_release(db, article_id, tmp_path)
    finally:
        db.dispose()


def test_batch_exports_only_approved_not_exported(desk, tmp_path: Path) -> None:
    first = approved(desk, "Bupati Buka Pasar\nBanyuasin – Pasar dibuka.")
    second = approved(desk, "Festival Kopi Dimulai\nBanyuasin – Festival dimulai.")
    articles.import_document(desk, load_text("Masih Draf\nBelum."))
    out = tmp_path / "keluar"
    out.mkdir()
    batch = export_approved(desk, out, day=DAY)
    assert sorted(d.article_id for d in batch.exported) == [first, second] and not batch.failed
    assert len(list(out.glob("*.docx"))) == 2
    assert export_approved(desk, out, day=DAY).exported == ()  # nothing left to export


def test_cli_export(desk, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article_id = approved(desk, "Bupati Buka Pasar\nBanyuasin – Pasar dibuka.")
    url = str(tmp_path / "desk.db")
    out = tmp_path / "keluar"
    out.mkdir()
    assert main(["export", str(article_id), "--out", str(out), "--db", url]) == 0
    assert f"#{article_id} revisi 1 (DOCX): " in capsys.readouterr().out
    assert main(["export", str(article_id), "--out", str(out), "--db", url]) == 2
    assert "sudah ada" in capsys.readouterr().err
    assert main(["export", "--out", str(out), "--db", url]) == 2
    assert "--approved" in capsys.readouterr().err
    assert main(["export", "999", "--out", str(tmp_path / "tidak-ada"), "--db", url]) == 2
    assert "tidak ada" in capsys.readouterr().err
    assert main(["export", "--approved", "--out", str(out), "--db", url]) == 0
    assert "Tidak ada rilis" in capsys.readouterr().out
    nested = tmp_path / "arsip" / "2024"  # a new folder is made for the export
    assert main(["export", str(article_id), "--out", str(nested), "--db", url]) == 0
    assert len(list(nested.glob("*.docx"))) == 1
    capsys.readouterr()
    a_file = tmp_path / "bukan-folder.txt"
    a_file.write_text("x")
    assert main(["export", str(article_id), "--out", str(a_file), "--db", url]) == 2
    assert "bukan folder" in capsys.readouterr().err


def test_report_notes_keep_open_comments_on_their_text(desk, tmp_path: Path) -> None:
    from editor.services.review import add_comment, resolve_comment

    article = articles.import_document(desk, load_text("Judul\nBanyuasin – Isi yang salah."))
    text = "Judul\nBanyuasin – Isi yang salah."
    start = text.index("salah")
    add_comment(desk, article.id, start, start + 5, "Ganti kata ini.")
    gone = add_comment(desk, article.id, 0, 5, "Sudah beres.")
    resolve_comment(desk, gone.id)
    history = articles.get_article(desk, article.id)
    notes = report_notes(load_text(text), history.comments)
    assert [(n.start, n.end, n.text) for n in notes] == [(start, start + 5, "Ganti kata ini.")]


def test_profile_without_numbering_uses_the_default_pattern(tmp_path: Path, seed_text: str) -> None:
    db = open_database(str(tmp_path / "plain.db"), create=True)
    settings.save_office_profile(db, {k: v for k, v in PROFILE.items() if k != "numbering"})
    try:
        article_id = approved(db, seed_text)
        done = export_release(db, article_id, tmp_path, day=DAY)
        number = [p.text for p in docx.Document(str(done.path)).paragraphs[:2]][1]
        assert number == f"Nomor: {article_id:03d}/SP/VI/2024"
    finally:
        db.dispose()
