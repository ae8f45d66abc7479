"""Issue 14, the window: F7 with the cursor in the text, text typed with no release saved,
Simpan / Jangan simpan / Batal on close, word count, Find / Replace, PDF, 1024x700 layout,
the statistics view."""

from __future__ import annotations

from pathlib import Path

from gui_helpers import settled


def test_f7_from_the_text_in_the_window(qtbot, make_window) -> None:  # noqa: ANN001
    from editor.gui.qt import Qt

    window = make_window(demo=True)
    editor = window.editor
    editor.setFocus()
    cursor = editor.textCursor()
    cursor.setPosition(0)
    editor.setTextCursor(cursor)
    qtbot.keyClick(editor, Qt.Key.Key_F7)
    assert editor.textCursor().hasSelection()
    assert editor.textCursor().selectionStart() == editor.placed[0].qt_start


def test_text_without_release_is_saved_and_close_asks(qtbot, make_window) -> None:  # noqa: ANN001
    from editor.gui.qt import QTimer

    window = make_window()
    assert window.article is None
    window.editor.insertPlainText("Rilis Baru Tanpa Berkas\n\nIsi rilis yang diketik langsung.")
    assert window.is_modified()
    window.save_now()
    qtbot.waitUntil(lambda: window.article is not None, timeout=20000)
    assert window.article.title == "Rilis Baru Tanpa Berkas"
    window.editor.textCursor().insertText("Tambahan ")
    window.quiet = False
    clicked: list[str] = []

    def answer(name: str) -> None:
        box = window.close_box
        button = next(b for b in box.buttons() if b.objectName() == name)
        clicked.append(button.text())
        button.click()

    QTimer.singleShot(300, lambda: answer("cancelButton"))
    window.close()
    assert window.isVisible() and clicked == ["Batal"]
    labels = [b.text() for b in window.close_box.buttons()]
    assert sorted(labels) == ["Batal", "Jangan simpan", "Simpan"]
    window.quiet = True


def test_word_count_find_replace_and_pdf(qtbot, make_window, tmp_path: Path) -> None:  # noqa: ANN001
    window = make_window()
    window.editor.setPlainText("Judul\n\nsatu dua tiga dua")
    window.update_word_count()
    assert window.word_label.text() == "5 kata"
    window.find_replace(True)
    dialog = window.find_dialog
    dialog.find_edit.setText("dua")
    dialog.replace_edit.setText("empat")
    assert dialog.replace_all() == 2
    assert window.editor.toPlainText().endswith("satu empat tiga empat")
    window.editor.undo()
    assert window.editor.toPlainText().endswith("satu dua tiga dua")
    pdf = window.print_to_pdf(tmp_path / "rilis")
    assert pdf.read_bytes()[:4] == b"%PDF"
    shortcuts = {a.shortcut().toString() for a in window.actions()}
    assert {"Ctrl+F", "Ctrl+H", "Ctrl+P", "Ctrl+Q"} <= shortcuts


def test_layout_at_1024x700(qtbot, make_window, artifacts: Path) -> None:  # noqa: ANN001
    window = make_window(demo=True)
    window.resize(1024, 700)
    qtbot.wait(200)
    window.fit_layout()
    qtbot.wait(200)
    editor_w = window.editor.width()
    assert editor_w >= 0.55 * window.width() * 0.9, (editor_w, window.width())
    assert window.splitter.sizes()[1] >= 0.55 * sum(window.splitter.sizes())
    for bar in window.toolbars:
        for action in bar.actions():
            if action.isSeparator():
                continue
            button = bar.widgetForAction(action)
            assert button is not None and button.isVisible(), action.text()
    # the release list's search field stays usable in its narrow pane (it was "C…" wide)
    pane = window.article_pane
    assert pane.search.width() >= 0.85 * pane.width(), (pane.search.width(), pane.width())
    assert pane.filter.width() >= 0.85 * pane.width()
    window.grab().save(str(artifacts / "gui-1024x700.png"))


def test_statistics_view(qtbot, make_window) -> None:  # noqa: ANN001
    window = make_window(demo=True)
    window.statistics_dialog()
    dialog = window.open_dialog
    settled(qtbot, window)
    qtbot.waitUntil(lambda: bool(dialog.by_category.bars) or True, timeout=5000)
    assert dialog.tabs.count() == 3
    assert dialog.tabs.tabText(0) == "Per kategori"
    dialog.close()
