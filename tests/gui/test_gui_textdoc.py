"""The editor keeps a draft's paragraphs, italic and bold runs exactly (no engine needed)."""

from __future__ import annotations

from editor.document.model import Document, InlineSpan, Paragraph


def test_round_trip_keeps_paragraphs_and_styles(qtbot) -> None:  # noqa: ANN001
    from editor.gui.qt import QTextDocument
    from editor.gui.textdoc import load_document, to_document

    draft = Document((
        Paragraph("Judul Rilis", kind="title"),
        Paragraph(""),
        Paragraph("Acara soft launching berjalan lancar.", (InlineSpan(6, 20, "italic"),)),
        Paragraph("Tebal dan miring.", (InlineSpan(0, 5, "bold"), InlineSpan(10, 16, "italic"))),
    ))  # fmt: skip
    doc = QTextDocument()
    load_document(doc, draft)
    back = to_document(doc)
    assert back.text == draft.text
    assert [p.kind for p in back.paragraphs] == ["title", "body", "body", "body"]
    assert back.paragraphs[2].spans == (InlineSpan(6, 20, "italic"),)
    assert set(back.paragraphs[3].spans) == {InlineSpan(0, 5, "bold"), InlineSpan(10, 16, "italic")}
    assert back.styled_ranges("italic") == draft.styled_ranges("italic")


def test_diff_marks_deleted_and_inserted_words() -> None:
    from editor.gui.history import diff_html

    html = diff_html("Sukses nya pilkada", "Suksesnya pilkada")
    deleted = html.split('line-through">')[1].split("</span>")[0]
    inserted = html.split('underline">')[1].split("</span>")[0]
    assert "Sukses" in deleted and "Suksesnya" in inserted
    assert diff_html("sama", "sama").count("<span") == 0


def test_void_qt_calls_keep_none_alive() -> None:
    """PySide6 6.12.0 on Python 3.11 drops a reference to None on every void call, so a long
    session aborts with "deallocating None"; pyproject.toml keeps Qt below it. A regression
    shows up here as a falling reference count."""
    import sys

    from editor.gui.qt import QTextCursor

    cursor = QTextCursor()
    before = sys.getrefcount(None)
    for _ in range(20_000):
        cursor.clearSelection()
    assert sys.getrefcount(None) >= before - 100
