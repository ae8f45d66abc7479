"""No English in the Indonesian interface, no Indonesian in the English one: a walk over the
main window (menus, toolbars, tooltips, tabs, headers, status bar), the editor's and lists'
context menus, and every dialog the app opens, Qt's own included (message boxes with standard
buttons, the file dialogs in Qt's non-native mode with their context menu, input and print
dialogs). The word rule is in ui_strings.py; the offenders are printed."""

from __future__ import annotations

import pytest
from ui_strings import foreign_words, offenders, words

from editor.gui.qt import (
    QAction,
    QApplication,
    QDialog,
    QFileDialog,
    QInputDialog,
    QMessageBox,
    QPoint,
    QTabWidget,
    QTimer,
    QToolBar,
    QTreeWidget,
    QWidget,
)


def test_word_rule() -> None:
    assert foreign_words("&Save", "id") == ["Save"]
    assert foreign_words("Look in:", "id") == ["Look", "in"]
    assert foreign_words("Simpan perubahan pada berkas PDF?", "id") == []
    assert foreign_words("Simpan perubahan", "en") == ["Simpan", "perubahan"]
    assert foreign_words("Save changes to the DOCX file?", "en") == []


class _Catcher:
    """Collects the strings of every modal dialog and popup menu as it appears, then closes
    it, so dialogs that block in exec() can be walked too."""

    def __init__(self, lang: str, found: list[str], seen: set, content: frozenset[str]) -> None:
        self.lang, self.found, self.seen, self.content = lang, found, seen, content
        self.walked: list[str] = []
        self.timer = QTimer(interval=100)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def tick(self) -> None:
        app = QApplication.instance()
        widget = app.activePopupWidget() or app.activeModalWidget()
        if widget is None:
            return
        self.walk(widget)
        if isinstance(widget, QFileDialog) and not widget.property("menuWalked"):
            widget.setProperty("menuWalked", True)
            view = widget.findChild(QWidget, "listView")
            view.customContextMenuRequested.emit(QPoint(2, 2))  # its menu; the timer closes it
        if isinstance(widget, QDialog):
            widget.reject()
        else:
            widget.close()

    def walk(self, widget: QWidget) -> None:
        self.walked.append(type(widget).__name__)
        self.found.extend(offenders(widget, self.lang, self.seen, self.content))


def _dialogs_of_window(window, qtbot, catcher: _Catcher) -> None:  # noqa: ANN001
    """Every action of the menus and toolbars, with what each one opens."""
    skip = {window.quit_action}
    actions: list[QAction] = []
    todo = list(window.menuBar().actions())
    for bar in window.findChildren(QToolBar):
        todo += bar.actions()
    while todo:
        action = todo.pop(0)
        if action.menu() is not None:
            todo += action.menu().actions()
        elif action not in actions and not action.isSeparator():
            actions.append(action)
    for action in actions:
        if action in skip or action.menu() is not None or not action.isEnabled():
            continue
        before = set(QApplication.topLevelWidgets())
        action.trigger()
        qtbot.wait(150)
        for widget in set(QApplication.topLevelWidgets()) - before:
            if widget.isVisible():
                catcher.walk(widget)
                widget.close()
        qtbot.waitUntil(lambda: not window.db_tasks.busy, timeout=20_000)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_visible_string_is_in_the_interface_language(
    lang,
    make_window,
    qtbot,
    artifacts,  # noqa: ANN001
) -> None:
    from editor.gui.i18n import install_translator

    app = QApplication.instance()
    assert install_translator(app, lang) == lang
    found: list[str] = []
    seen: set = set()
    try:
        window = make_window(demo=True)
        window.resize(1280, 800)
        assert window.article is not None and window.editor.placed
        window.grab().save(str(artifacts / f"gui-strings-{lang}.png"))
        # In English the draft and the checker's messages stay Indonesian: they are content.
        content: frozenset[str] = frozenset()
        if lang == "en":
            shown = [window.editor.plain_text()]
            for p in window.editor.placed:
                shown += [p.finding.message, *p.finding.suggestions]
            content = frozenset(words(" ".join(shown)))
        found += offenders(window, lang, seen, content)
        catcher = _Catcher(lang, found, seen, content)
        # the editor's menus: on a finding and on plain text; the findings list's items
        placed = window.editor.placed[0]
        catcher.walk(window.editor.build_menu(placed))
        catcher.walk(window.editor.createStandardContextMenu())
        catcher.walk(window.article_pane.search.createStandardContextMenu())
        for tree in window.findChildren(QTreeWidget):
            catcher.walk(tree)
        _dialogs_of_window(window, qtbot, catcher)
        # Qt's own dialogs as the app calls them
        window.ask("Sunting", "?")
        QMessageBox.warning(window, "Sunting", "")
        QInputDialog.getMultiLineText(window, "", "")
        window.editor.document().setModified(True)
        window.confirm_close()
        window.editor.document().setModified(False)
        catcher.timer.stop()
        for needed in ("QFileDialog", "QMessageBox", "QInputDialog", "QMenu", "QPrintDialog"):
            assert needed in catcher.walked, f"{needed} was never opened: {catcher.walked}"
    finally:
        install_translator(app, "id")
    print("\n".join(found))
    assert not found, f"{len(found)} strings not in the interface language:\n" + "\n".join(found)


def test_qt_buttons_follow_the_language_switch(qtbot) -> None:  # noqa: ANN001
    """An open dialog's standard buttons change language with the interface, no restart."""
    from editor.gui.i18n import install_translator
    from editor.gui.qt import QDialogButtonBox

    app = QApplication.instance()
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    qtbot.addWidget(box)
    save, cancel = (box.button(b) for b in (QDialogButtonBox.StandardButton.Save,
                                            QDialogButtonBox.StandardButton.Cancel))  # fmt: skip
    try:
        install_translator(app, "id")
        qtbot.waitUntil(lambda: (save.text(), cancel.text()) == ("Simpan", "Batal"))
        install_translator(app, "en")
        qtbot.waitUntil(lambda: (save.text(), cancel.text()) == ("Save", "Cancel"))
    finally:
        install_translator(app, "id")
    qtbot.waitUntil(lambda: cancel.text() == "Batal")


def test_file_dialog_sizes_and_types_follow_the_language() -> None:
    """The file dialog's Size and Type columns: Indonesian decimal comma and file-type names
    in the Indonesian interface ("Dokumen Microsoft Word"), English in the English one."""
    from editor.gui.i18n import install_translator
    from editor.gui.qt import QLocale, QMimeDatabase

    app = QApplication.instance()
    docx = QMimeDatabase().mimeTypeForFile("rilis.docx")
    try:
        install_translator(app, "en")
        english = docx.comment()
        assert QLocale().formattedDataSize(4200) == "4.10 KiB"
        install_translator(app, "id")
        assert QLocale().formattedDataSize(4200) == "4,10 KiB"
        assert docx.comment() != english and not foreign_words(docx.comment(), "id"), english
    finally:
        install_translator(app, "id")


def test_settings_use_the_desk_term_for_house_style(make_window) -> None:  # noqa: ANN001
    """An Indonesian newsroom calls its house style "gaya selingkung", not "gaya rumah"."""
    window = make_window()
    window.settings_dialog()
    tabs = window.open_dialog.findChild(QTabWidget)
    names = [tabs.tabText(i) for i in range(tabs.count())]
    window.open_dialog.close()
    assert names == ["Umum", "Profil kantor", "Gaya selingkung"]
