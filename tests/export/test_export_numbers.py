"""Issue 14, export: release numbers from the office's sequence per year (not the database id),
one closing mark, the city of the date line, a file name chosen by the user."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import docx

from db import open_database
from editor.document.importers import load_text
from editor.services import articles, settings, workflow
from editor.services.exporting import export_release

PROFILE = {
    "institution_lines": ["PEMERINTAH KABUPATEN CONTOH", "DINAS KOMUNIKASI DAN INFORMATIKA"],
    "numbering": "{seq:03d}/SP/{month_roman}/{year}", "place": "Kota Contoh",
}  # fmt: skip
DAY = dt.date(2026, 12, 2)


def approved(db, text: str) -> int:  # noqa: ANN001
    article = articles.import_document(db, load_text(text))
    workflow.submit(db, article.id)
    workflow.approve(db, article.id)
    return article.id


def paragraphs(path: Path) -> list[str]:
    return [p.text for p in docx.Document(str(path)).paragraphs]


def test_numbers_follow_exports_per_year(tmp_path: Path) -> None:
    db = open_database(str(tmp_path / "desk.db"), create=True)
    try:
        settings.save_office_profile(db, PROFILE)
        ids = [approved(db, f"Rilis Ke-{i}\nIsi rilis nomor {i} hari ini.") for i in range(6)]
        first = export_release(db, ids[5], tmp_path, day=DAY)  # the newest release goes first
        second = export_release(db, ids[0], tmp_path, day=DAY)
        assert "Nomor: 001/SP/XII/2026" in paragraphs(first.path)
        assert "Nomor: 002/SP/XII/2026" in paragraphs(second.path)
        again = export_release(db, ids[5], tmp_path, day=DAY, force=True)  # keeps its number
        assert "Nomor: 001/SP/XII/2026" in paragraphs(again.path)
        next_year = export_release(db, ids[1], tmp_path, day=dt.date(2027, 1, 5))
        assert "Nomor: 001/SP/I/2027" in paragraphs(next_year.path)
    finally:
        db.dispose()


def test_one_closing_mark_place_in_date_line_and_file_name(tmp_path: Path) -> None:
    db = open_database(str(tmp_path / "desk.db"), create=True)
    try:
        settings.save_office_profile(db, PROFILE)
        aid = approved(db, "Bupati Tinjau Pasar\nBupati meninjau pasar pagi ini. (ril)")
        done = export_release(db, aid, tmp_path, day=DAY, file_name="siaran-pasar")
        assert done.path == tmp_path / "siaran-pasar.docx"
        text = paragraphs(done.path)
        assert "(*)" not in text
        assert text.count("Bupati meninjau pasar pagi ini. (ril)") == 1
        assert "Tanggal: Kota Contoh, Rabu, 2 Desember 2026" in text
    finally:
        db.dispose()
