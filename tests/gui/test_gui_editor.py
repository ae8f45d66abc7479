"""The editor on its own with the real engine: F7 walking, right-click menu, "Perbaiki semua" as
one undo step (see test_gui_workday_editor.py), and results for an edited paragraph dropped as stale."""

from __future__ import annotations

import threading

from gui_helpers import SETTLE_MS, load

from editor.document.importers import load_text

CLITICS = (
    "Bupati Membuka Dialog Pilkada\n\n"
    "Sukses nya pilkada bergantung pada warga. Hasil nya akan diumumkan besok, "
    "dan dampak nya terasa di seluruh kabupaten."
)


def test_f7_walks_through_findings(qtbot, editor) -> None:  # noqa: ANN001
    from editor.gui.qt import Qt

    load(qtbot, editor, CLITICS)
    first, second = editor.placed[0], editor.placed[1]
    editor.setFocus()
    cursor = editor.textCursor()
    cursor.setPosition(0)
    editor.setTextCursor(cursor)
    qtbot.keyClick(editor, Qt.Key.Key_F7)
    c = editor.textCursor()
    assert (c.selectionStart(), c.selectionEnd()) == (first.start, first.end)
    qtbot.keyClick(editor, Qt.Key.Key_F7)
    c = editor.textCursor()
    assert (c.selectionStart(), c.selectionEnd()) == (second.start, second.end)
    qtbot.keyClick(editor, Qt.Key.Key_F7, Qt.KeyboardModifier.ShiftModifier)
    c = editor.textCursor()
    assert (c.selectionStart(), c.selectionEnd()) == (first.start, first.end)


def test_context_menu_offers_suggestions_and_dismissals(qtbot, editor) -> None:  # noqa: ANN001
    load(qtbot, editor, "Laporan Kegiatan\n\nHadir pula Forum Pembauran Kebangsaam (FPK) kemarin.")
    p = next(p for p in editor.placed if p.finding.text == "Kebangsaam")
    assert p.finding.category == "spelling"
    assert editor.finding_at(p.start + 2) == p
    menu = editor.build_menu(p)
    labels = [a.text() for a in menu.actions()]
    assert "Abaikan" in labels and "Abaikan di artikel ini" in labels
    assert "Tambahkan ke kamus" in labels
    assert p.finding.suggestions[0] in labels
    seen: list = []
    editor.dismissRequested.connect(lambda q, scope: seen.append(scope))
    next(a for a in menu.actions() if a.text() == "Abaikan").trigger()
    assert seen == ["once"]
    next(a for a in menu.actions() if a.text() == p.finding.suggestions[0]).trigger()
    assert f"Pembauran {p.finding.suggestions[0]} (FPK)" in editor.plain_text()


class _Gate:
    """The real engine behind a gate, so a test can edit while a check is running."""

    def __init__(self, engine) -> None:  # noqa: ANN001
        self.engine, self.open, self.started = engine, threading.Event(), threading.Event()

    def check(self, document):  # noqa: ANN001, ANN201
        self.started.set()
        self.open.wait(10)
        return self.engine.check(document)


def test_stale_results_are_dropped(qtbot, editor, engine) -> None:  # noqa: ANN001
    from editor.gui.qt import QTextCursor

    gate = _Gate(engine)
    editor.scheduler.set_checker(gate)
    editor.set_draft(load_text("Judul Rilis\n\nDukungan dan suport dari warga.\n\nParagraf lain."))
    qtbot.waitUntil(gate.started.is_set, timeout=5000)
    # the user rewrites the paragraph while the worker is still checking the old text
    block = editor.document().findBlockByNumber(2)
    cursor = QTextCursor(block)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
    cursor.insertText("Dukungan dan dukungan warga.")
    gate.open.set()
    qtbot.waitUntil(lambda: not editor.scheduler.busy, timeout=SETTLE_MS)
    assert not [p for p in editor.placed if p.finding.text == "suport"]
    assert all(editor.locate(p) == (p.start, p.end) for p in editor.placed)


def test_an_edit_is_rechecked_from_the_paragraph_cache(qtbot, engine) -> None:  # noqa: ANN001
    """The app checks through the engine's paragraph cache: after an edit the unchanged
    paragraphs' findings come from it, and what is drawn is what a full check finds."""
    from editor.gui.editor import DraftEditor
    from editor.gui.engine import DeskChecker
    from editor.gui.qt import QTextCursor

    widget = DraftEditor()
    qtbot.addWidget(widget)
    widget.resize(800, 600)
    widget.show()
    checker = DeskChecker(engine)
    widget.scheduler.set_checker(checker)
    draft = (
        "Bupati Tinjau Jembatan Desa Karangjati\n\n"
        "Bupati meninjau jembatan yang di bangun tahun lalu.\n\n"
        "Warga berharap jembatan itu segera dapat dipakai.\n\n"
        "Camat juga menghimbau warga menjaga kebersihan sungai."
    )
    widget.set_draft(load_text(draft))
    qtbot.waitUntil(lambda: not widget.scheduler.busy and bool(widget.placed), timeout=SETTLE_MS)
    before = checker.cache.hits
    block = widget.document().findBlockByNumber(4)
    cursor = QTextCursor(block)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    cursor.insertText(" Bantuan akan di salurkan besok.")
    qtbot.waitUntil(
        lambda: (
            not widget.scheduler.busy
            and any(p.finding.text == "di salurkan" for p in widget.placed)
        ),
        timeout=SETTLE_MS,
    )
    qtbot.waitUntil(lambda: not widget.scheduler.busy, timeout=SETTLE_MS)
    assert checker.cache.hits > before  # the paragraphs left alone were not checked again
    text = widget.plain_text()
    full = engine.check(text)
    drawn = {(p.start, p.end, p.finding.rule) for p in widget.placed}
    assert drawn == {(f.start, f.end, f.rule) for f in full}
    widget.scheduler.wait()
