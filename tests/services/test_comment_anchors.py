"""Issue 14: reviewer comments move with the text from revision to revision (the anchor is mapped
through the diff), and the review report states every comment."""

from __future__ import annotations

from pathlib import Path

import docx

from editor.document.importers import load_text
from editor.services import articles, review
from editor.services.anchors import map_span
from editor.services.exporting import export_report

TEXT = ("Laporan Kegiatan\nHadir pula Forum Pembauran Kebangsaam kemarin.\n"
        "Kegiatan ini mendapat suport dari warga desa.")  # fmt: skip


def test_span_follows_an_edit_above_and_a_fix_inside() -> None:
    start = TEXT.index("suport")
    moved = TEXT.replace("Kebangsaam", "Kebangsaan (FPK) 😀")
    a, b = map_span(TEXT, moved, start, start + 6)
    assert moved[a:b] == "suport"
    fixed = moved.replace("suport", "dukungan")
    a, b = map_span(TEXT, fixed, start, start + 6)
    assert fixed[a:b] == "dukungan"
    gone = TEXT.replace(" mendapat suport dari", "")
    a, b = map_span(TEXT, gone, start, start + 6)
    assert a == b


def test_comment_moves_across_revisions_and_is_in_the_report(database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a = articles.import_document(database, load_text(TEXT))
    start = TEXT.index("suport")
    review.add_comment(database, a.id, start, start + 6, "Pakai kata baku.")
    done = review.add_comment(database, a.id, 0, 7, "Judul sudah baik.")
    review.resolve_comment(database, done.id)
    edited = TEXT.replace("Kebangsaam", "Kebangsaan (FPK)")
    version = articles.get_article(database, a.id).article.version
    articles.save_revision(database, a.id, load_text(edited), base_version=version)
    history = articles.get_article(database, a.id)
    open_one = next(c for c in history.comments if not c.resolved)
    assert edited.split("\n")[2] == history.current.plain_text.split("\n")[2]
    assert history.current.plain_text[open_one.start : open_one.end] == "suport"
    path = export_report(database, a.id, tmp_path)
    word = docx.Document(str(path))
    head = " ".join(p.text for p in word.paragraphs[:4])
    assert "Komentar peninjau (2): 1 terbuka, 1 selesai" in head
    assert "1 komentar peninjau" in head
    bodies = [c.text for c in word.comments]
    assert any("Pakai kata baku." in b for b in bodies)
