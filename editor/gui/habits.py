"""What a writer expects from any word processor (issue 14): word count in the status bar,
Find / Replace, Print / PDF, Quit, "Save / Don't save / Cancel" on close, saving text typed with
no release open, recent files that reopen their release, and a layout that fits 1024x700."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from editor.gui.qt import (
    QCoreApplication,
    QFileDialog,
    QLabel,
    QMessageBox,
    QResizeEvent,
    QTimer,
)

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from editor.gui.mainwindow import MainWindow

_WORD = re.compile(r"\w+(?:[-'’]\w+)*")
EDITOR_SHARE = 0.58  # the editor's part of the width when the window is narrow


def count_words(text: str) -> int:
    return sum(1 for _ in _WORD.finditer(text))


class HabitsMixin:
    """Mixed into :class:`MainWindow`; ``self`` is the window."""

    def init_habits(self: MainWindow) -> None:
        self.word_label = QLabel(objectName="wordCount")
        self.statusBar().addPermanentWidget(self.word_label)
        self._words_timer = QTimer(self, singleShot=True, interval=400)
        self._words_timer.timeout.connect(self.update_word_count)
        self.editor.document().contentsChanged.connect(self._words_timer.start)
        self.editor.document().contentsChanged.connect(self.update_title_line)
        self.find_dialog: Any = None
        self.update_word_count()

    # -- status bar and title ---------------------------------------------------------------
    def update_word_count(self: MainWindow) -> None:
        n = self.editor.word_count(count_words)
        self.word_count = n
        self.word_label.setText(
            translate("Habits", "{n} kata").format(n=f"{n:,}".replace(",", "."))
        )

    def update_title_line(self: MainWindow) -> None:
        """The heading above the text follows the first line of the draft as it is typed."""
        if self._loading_text:
            return
        title = self.editor.first_line()
        if title:
            self.title_label.setText(title)
        elif self.article is None:
            self.title_label.setText(
                translate("MainWindow", "Pilih rilis di daftar, atau buka berkas")
            )
        else:
            self.title_label.setText(translate("MainWindow", "(tanpa judul)"))

    # -- find, print, quit ------------------------------------------------------------------
    def find_replace(self: MainWindow, replace: bool = False) -> None:
        from editor.gui.findreplace import FindReplaceDialog

        if self.find_dialog is None:
            self.find_dialog = FindReplaceDialog(self.editor, self)
        self.find_dialog.show_mode(replace)

    def print_dialog(self: MainWindow) -> None:
        from editor.gui.qt import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(translate("Habits", "Cetak rilis"))
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.editor.document().print_(printer)

    def save_as_pdf_dialog(self: MainWindow) -> None:
        """The editor's text printed to a PDF file (as Word's "Save as PDF"); the letterhead PDF
        is Ekspor PDF."""
        path, _ = QFileDialog.getSaveFileName(
            self, translate("Habits", "Simpan sebagai PDF"), self.suggested_name(".pdf"),
            translate("Habits", "Dokumen PDF (*.pdf)"), options=file_dialog_options(),
        )  # fmt: skip
        if path:
            self.print_to_pdf(Path(path))

    def print_to_pdf(self: MainWindow, path: Path) -> Path:
        from editor.gui.qt import QPrinter

        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        self.editor.document().print_(printer)
        self.statusBar().showMessage(translate("Habits", "PDF disimpan di {path}").format(
            path=path), 8000)  # fmt: skip
        return path

    def suggested_name(self: MainWindow, suffix: str) -> str:
        import datetime as dt

        from editor.export.files import release_file_name

        title = self.editor.first_line() or (self.article.title if self.article else "rilis")
        return release_file_name(dt.date.today(), title).removesuffix(".docx") + suffix

    # -- closing ----------------------------------------------------------------------------
    def confirm_close(self: MainWindow) -> str:
        """ "save", "discard" or "cancel": asked only when there is unsaved text."""
        if not self.is_modified():
            return "discard"
        box = QMessageBox(self)
        box.setObjectName("closeQuestion")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(translate("Habits", "Simpan perubahan?"))
        box.setText(translate("Habits", "Simpan perubahan pada “{title}” sebelum menutup?").format(
            title=self.editor.first_line() or translate("MainWindow", "(tanpa judul)")))  # fmt: skip
        save = box.addButton(translate("Habits", "Simpan"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(
            translate("Habits", "Jangan simpan"), QMessageBox.ButtonRole.DestructiveRole
        )
        cancel = box.addButton(translate("Habits", "Batal"), QMessageBox.ButtonRole.RejectRole)
        for button, name in ((save, "saveButton"), (discard, "discardButton"),
                             (cancel, "cancelButton")):  # fmt: skip
            button.setObjectName(name)
        box.setDefaultButton(save)
        box.setEscapeButton(cancel)
        self.close_box = box
        box.exec()
        clicked = box.clickedButton()
        return "save" if clicked is save else "discard" if clicked is discard else "cancel"

    # -- layout -----------------------------------------------------------------------------
    def resizeEvent(self: MainWindow, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)  # type: ignore[misc]
        self.fit_layout()

    def fit_layout(self: MainWindow) -> None:
        """Narrow windows: the side panes give way before the text (>= 55% for the editor), and
        the workflow buttons take a second toolbar row rather than hiding behind ">>"."""
        width = self.width()
        sizes = self.splitter.sizes()
        if sum(sizes) and sizes[1] < 0.55 * sum(sizes):
            total = sum(sizes)
            editor = int(total * EDITOR_SHARE)
            side = (total - editor) // 2
            self.splitter.setSizes([side, editor, total - editor - side])
        needed = sum(bar.sizeHint().width() for bar in self.toolbars) + 16
        broken = self.toolBarBreak(self.workflow_bar)
        if needed > width and not broken:
            self.insertToolBarBreak(self.workflow_bar)
        elif needed <= width and broken:
            self.removeToolBarBreak(self.workflow_bar)


def file_dialog_options() -> QFileDialog.Option:
    """Qt's own file dialog: it speaks the interface language (the system's may not)."""
    return QFileDialog.Option.DontUseNativeDialog
