"""Export, re-import and check: the same text and the same findings (real CheckEngine)."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import docx
import pytest

from db import open_database
from editor.checks.engine import CheckEngine
from editor.document.importers import load_path, load_text
from editor.services import articles, settings, workflow
from editor.services.exporting import export_release, export_report
from tests.export.test_export_service import PROFILE


@pytest.fixture(scope="module")
def engine() -> CheckEngine:
    return CheckEngine.default()


def test_exported_release_checks_the_same(
    engine: CheckEngine, tmp_path: Path, seed_text: str
) -> None:
    db = open_database(str(tmp_path / "desk.db"), create=True)
    try:
        settings.save_office_profile(db, PROFILE)
        article = articles.import_document(db, load_text(seed_text))
        workflow.submit(db, article.id)
        workflow.approve(db, article.id)
        done = export_release(db, article.id, tmp_path, day=dt.date(2024, 6, 11))
    finally:
        db.dispose()
    original, again = load_text(seed_text), load_path(done.path)
    assert again.text == original.text
    before, after = engine.check(original), engine.check(again)
    assert before, "the seed draft has known problems; the engine must find some"
    assert after == before


def test_review_report_through_the_desk(
    engine: CheckEngine, tmp_path: Path, seed_text: str
) -> None:
    from editor.services.review import add_comment

    db = open_database(str(tmp_path / "desk.db"), create=True)
    try:
        article = articles.import_document(db, load_text(seed_text))
        start = seed_text.index("Banyuasin103 Dilihat")
        add_comment(db, article.id, start, start + 20, "Hapus sisa laman web.")
        path = export_report(db, article.id, tmp_path, checker=engine, day=dt.date(2024, 6, 11))
    finally:
        db.dispose()
    assert path.name.endswith("-laporan-tinjauan.docx")
    findings = engine.check(load_text(seed_text))
    comments = list(docx.Document(str(path)).comments)
    assert len(comments) == len(findings) + 1
    assert "Hapus sisa laman web." in [c.paragraphs[0].text for c in comments]
    with zipfile.ZipFile(path) as zf:
        xml = zf.read("word/document.xml").decode()
    assert xml.count("<w:commentRangeStart") == len(findings) + 1
    assert load_path(path).text == seed_text  # the report is the revision's text, framed
