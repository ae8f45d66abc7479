"""Reviewer comments resolved in the GUI, the review report and batch export run for real (a real
SQLite desk in the test's data folder, the DOCX read back), and cancelling a batch export."""

from __future__ import annotations

from pathlib import Path

import docx
from gui_helpers import settled

PROFILE = {
    "institution_lines": ["PEMERINTAH KABUPATEN BANYUASIN", "DINAS KOMUNIKASI DAN INFORMATIKA"],
    "address": "Jalan Sekojo No. 1, Pangkalan Balai",
    "place": "Pangkalan Balai",
}


def _approved_desk(seed_text: str, n: int) -> list[int]:
    """``n`` approved releases in the default SQLite desk of the test's data folder."""
    from editor.gui.desk import Desk
    from editor.services import articles, settings, workflow

    desk = Desk.open(None, "Rina")
    try:
        settings.save_office_profile(desk.db, PROFILE, user="Rina")
        ids = []
        for i in range(n):
            text = f"Rilis nomor {i + 1} tentang pembauran\n\n" + seed_text.split("\n", 1)[1]
            art = articles.import_text(desk.db, text, user="Rina")
            workflow.submit(desk.db, art.id, user="Rina")
            workflow.approve(desk.db, art.id, user="Rina")
            ids.append(art.id)
        return ids
    finally:
        desk.close()


def _header_text(document) -> str:  # noqa: ANN001
    """Every text of the letterhead (headers hold it in paragraphs or tables)."""
    from docx.oxml.ns import qn

    parts = []
    for section in document.sections:
        for header in (section.header, section.first_page_header):
            parts += [t.text or "" for t in header._element.iter(qn("w:t"))]
    return " ".join(parts)


def _comment_texts(path: Path) -> list[str]:
    return [c.text for c in docx.Document(str(path)).comments]


def test_resolve_comment_and_review_report(
    make_window, seed_path: Path, qtbot, tmp_path: Path, artifacts: Path
) -> None:  # noqa: ANN001
    from editor.gui.qt import QColor, Qt

    window = make_window()
    from editor.services import settings

    settings.save_office_profile(window.desk.db, PROFILE, user="Rina")
    window.import_files([seed_path])
    qtbot.waitUntil(lambda: window.article is not None, timeout=30_000)
    settled(qtbot, window)
    text = window.editor.plain_text()
    spans = {}
    for quote, body in (("Kebangsaam", "Nama forum dicek ke SK Bupati"),
                        ("Sukses nya", "Kalimat ini terlalu panjang")):  # fmt: skip
        start = text.index(quote)
        spans[body] = (start, start + len(quote))
        window.add_comment(start, start + len(quote), body)
    panel = window.comments_panel
    qtbot.waitUntil(lambda: panel.list.count() == 2, timeout=10_000)
    assert window.side_tabs.tabText(2) == "Komentar (2)"
    yellow = QColor("#fff3b0")
    highlighted = {(s.cursor.selectionStart(), s.cursor.selectionEnd())
                   for s in window.editor.extraSelections() if s.format.background().color() == yellow}  # fmt: skip
    assert set(spans.values()) <= highlighted

    # the reviewer marks the first comment resolved with the panel's button
    window.side_tabs.setCurrentWidget(panel)
    first = next(panel.list.item(i) for i in range(2)
                 if "SK Bupati" in panel.list.item(i).text())  # fmt: skip
    panel.list.setCurrentItem(first)
    assert panel.resolve_btn.text() == "Tandai selesai"
    qtbot.mouseClick(panel.resolve_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.side_tabs.tabText(2) == "Komentar (1)", timeout=10_000)
    done = next(panel.list.item(i) for i in range(2)
                if "SK Bupati" in panel.list.item(i).text())  # fmt: skip
    assert "✓ Selesai (Rina" in done.text()
    assert done.font().strikeOut() and done.foreground().color().name() == "#8a8a8a"
    assert panel.list.item(1) is done  # resolved ones go below the open ones
    assert panel.resolve_btn.text() == "Buka lagi"
    assert "1 terbuka" in panel.heading.text()
    highlighted = {(s.cursor.selectionStart(), s.cursor.selectionEnd())
                   for s in window.editor.extraSelections() if s.format.background().color() == yellow}  # fmt: skip
    assert spans["Nama forum dicek ke SK Bupati"] not in highlighted
    assert spans["Kalimat ini terlalu panjang"] in highlighted
    stored = {c.body: c.resolved for c in window.desk.history(window.article.id).comments}
    assert stored == {"Nama forum dicek ke SK Bupati": True, "Kalimat ini terlalu panjang": False}
    lines = [window.history_panel.events.item(i).text()
             for i in range(window.history_panel.events.count())]  # fmt: skip
    assert any("menandai komentar pada “Kebangsaam” selesai" in line for line in lines)
    window.grab().save(str(artifacts / "gui-comments.png"))

    # the review report: Word comments for the findings and for the open reviewer comment only
    out = tmp_path / "laporan"
    out.mkdir()
    reports: list[Path] = []
    window.export_report(out, on_done=reports.append)
    qtbot.waitUntil(lambda: bool(reports), timeout=30_000)
    assert reports[0].parent == out and reports[0].suffix == ".docx"
    assert "Laporan disimpan di" in window.statusBar().currentMessage()
    comments = _comment_texts(reports[0])
    assert "Kalimat ini terlalu panjang" in comments
    assert "Nama forum dicek ke SK Bupati" not in comments
    assert any("Kebangsaan" in c for c in comments), comments  # the typo's suggestion
    assert len(comments) >= len(window.editor.placed) // 2
    body = "\n".join(p.text for p in docx.Document(str(reports[0])).paragraphs)
    assert "Forum Pembauran Kebangsaam" in body  # the report shows the text as it is

    # and opening it again brings the highlight back
    panel.list.setCurrentItem(done)
    qtbot.mouseClick(panel.resolve_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.side_tabs.tabText(2) == "Komentar (2)", timeout=10_000)


def test_batch_export_writes_every_approved_release(
    make_window, seed_text: str, qtbot, tmp_path: Path
) -> None:  # noqa: ANN001
    ids = _approved_desk(seed_text, 3)
    window = make_window()
    out = tmp_path / "ekspor"
    out.mkdir()
    finished: list[list] = []
    window.batch_export(out, on_done=finished.append)
    qtbot.waitUntil(lambda: bool(finished), timeout=60_000)
    assert sorted(o.article_id for o in finished[0]) == sorted(ids)
    files = sorted(out.iterdir())
    assert len(files) == 3 and all(f.suffix == ".docx" for f in files)
    for f in files:
        document = docx.Document(str(f))
        body = "\n".join(p.text for p in document.paragraphs)
        assert "PEMERINTAH KABUPATEN BANYUASIN" in _header_text(document)
        assert "Rilis nomor" in body
    assert window.desk.approved_waiting() == []
    assert "3 rilis diekspor" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: not window.db_tasks.busy, timeout=10_000)


def test_cancelling_batch_export_stops_it_cleanly(
    make_window, seed_text: str, qtbot, tmp_path: Path, artifacts: Path
) -> None:  # noqa: ANN001
    from editor.gui.qt import QProgressBar, QPushButton, Qt

    _approved_desk(seed_text, 6)
    window = make_window()
    out = tmp_path / "ekspor"
    out.mkdir()
    real_progress = window.progress
    clicked: list[int] = []

    def progress(label: str, total: int, **kw: bool):  # noqa: ANN202
        dialog = real_progress(label, total, **kw)

        def on_value(value: int) -> None:
            # the user presses "Batal" while the second release is being exported
            if value == 1 and not clicked:
                clicked.append(value)
                assert dialog.isVisible()
                dialog.grab().save(str(artifacts / "gui-batch-progress.png"))
                button = dialog.findChild(QPushButton)
                assert button.text() == "Batal"
                qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

        dialog.findChild(QProgressBar).valueChanged.connect(on_value)
        return dialog

    window.progress = progress
    finished: list[list] = []
    window.batch_export(out, on_done=finished.append)
    qtbot.waitUntil(lambda: bool(finished), timeout=60_000)
    assert clicked
    # the release in flight when "Batal" was pressed is finished; nothing after it is started
    assert len(finished[0]) == 2
    files = sorted(out.iterdir())  # hidden temporary files would be listed too
    assert [f.suffix for f in files] == [".docx", ".docx"], files
    for f in files:
        assert "Rilis nomor" in "\n".join(p.text for p in docx.Document(str(f)).paragraphs)
    assert len(window.desk.approved_waiting()) == 4
    message = window.statusBar().currentMessage()
    assert "Ekspor dibatalkan: 2 dari 6 rilis diekspor" in message
    assert not window.progress_dialog.isVisible()
