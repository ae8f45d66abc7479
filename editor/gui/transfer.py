"""Import (files, folders, drag and drop, paste, recent files), export (DOCX, review report,
batch), comments, revision diffs and the entry points of the dialogs."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from editor.gui.qt import (
    QApplication,
    QCoreApplication,
    QDragEnterEvent,
    QDropEvent,
    QFileDialog,
    QMainWindow,
    QProgressDialog,
    Qt,
)
from editor.gui.settings import remember_file

translate = QCoreApplication.translate


class TransferMixin(QMainWindow):
    # -- import ---------------------------------------------------------------------------------
    def open_files_dialog(self) -> None:
        from editor.gui.habits import file_dialog_options

        paths, _ = QFileDialog.getOpenFileNames(
            self,
            translate("Transfer", "Buka draf"),
            "",
            translate("Transfer", "Draf (*.txt *.md *.docx);;Semua berkas (*)"),
            options=file_dialog_options(),
        )
        if paths:
            self.import_files([Path(p) for p in paths])

    def import_folder_dialog(self) -> None:
        from editor.gui.habits import file_dialog_options

        folder = QFileDialog.getExistingDirectory(
            self, translate("Transfer", "Impor folder draf"), "",
            file_dialog_options() | QFileDialog.Option.ShowDirsOnly,
        )  # fmt: skip
        if folder:
            self.import_files([Path(folder)])

    def import_files(
        self, paths: list[Path], on_done: Callable[[list], None] | None = None
    ) -> None:
        """Import each file as a new draft, with a progress dialog that can cancel."""
        if self.desk is None:
            return
        from editor.services.articles import expand_sources

        files = expand_sources(paths)
        if not files:
            self.show_error(
                translate("Transfer", "Tidak ada draf (.txt, .md, .docx) untuk diimpor.")
            )
            return
        progress = self.progress(translate("Transfer", "Mengimpor draf…"), len(files))
        outcomes: list[Any] = []
        desk = self.desk

        def next_file(i: int) -> None:
            if i >= len(files) or progress.wasCanceled():
                progress.close()
                self._imported(outcomes, on_done)
                return
            progress.setValue(i)
            progress.setLabelText(
                translate("Transfer", "Mengimpor {name}…").format(name=files[i].name)
            )
            self.db_tasks.run(lambda: desk.import_paths([files[i]]),
                              lambda out: (outcomes.extend(out), next_file(i + 1)),
                              lambda exc: (self.show_error(exc), next_file(i + 1)))  # fmt: skip

        next_file(0)

    def _imported(self, outcomes: list, on_done: Callable[[list], None] | None) -> None:
        failed = [o for o in outcomes if o.error]
        done = [o for o in outcomes if o.article is not None]
        for o in done:
            remember_file(o.source, article_id=o.article.id, database=self.desk.key)
        self.update_recent_menu()
        self.article_pane.apply_filter()
        if failed:
            self.show_error("\n".join(o.error for o in failed))
        if done:
            self.statusBar().showMessage(
                translate("Transfer", "{n} draf diimpor").format(n=len(done)), 5000
            )
            self.open_article(done[0].article.id)
        if on_done is not None:
            on_done(outcomes)

    def paste_as_draft(self, text: str | None = None) -> None:
        if self.desk is None:
            return
        text = QApplication.clipboard().text() if text is None else text
        if not text.strip():
            self.show_error(
                translate("Transfer", "Papan klip kosong; salin teks rilis terlebih dahulu.")
            )
            return
        desk = self.desk
        self.db_tasks.run(
            lambda: desk.import_text(text),
            lambda aid: (self.article_pane.apply_filter(), self.open_article(aid)),
        )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_files(paths)

    def update_recent_menu(self) -> None:
        from editor.gui.settings import load_settings

        self.recent_menu.clear()
        recent = load_settings().recent_files
        for path in recent:
            self.recent_menu.addAction(path, lambda p=path: self.open_recent(p))
        self.recent_menu.setEnabled(bool(recent))

    def open_recent(self, path: str) -> None:
        """A recent file opens the release it became; only a file never imported into this
        database (or whose release is gone) is imported again."""
        if self.desk is None:
            return
        from editor.gui.settings import recent_article

        desk = self.desk
        known = recent_article(path, desk.key)
        if known is None:
            self.import_files([Path(path)])
            return

        def gone(exc: BaseException) -> None:
            self.import_files([Path(path)])

        self.db_tasks.run(lambda: desk.history(known), lambda h: self.open_article(h.article.id),
                          gone)  # fmt: skip

    def progress(self, label: str, total: int, *, at_once: bool = False) -> QProgressDialog:
        """A modal progress dialog with "Batal"; shown after 400 ms, or at once for work the
        user knows is long (batch export)."""
        dialog = QProgressDialog(label, translate("Transfer", "Batal"), 0, total, self)
        dialog.setObjectName("progressDialog")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0 if at_once else 400)
        self.progress_dialog = dialog
        return dialog

    # -- export ---------------------------------------------------------------------------------
    def _folder(self, title: str) -> Path | None:
        from editor.gui.habits import file_dialog_options

        folder = QFileDialog.getExistingDirectory(
            self, title, "", file_dialog_options() | QFileDialog.Option.ShowDirsOnly
        )
        return Path(folder) if folder else None

    def export_docx_dialog(self) -> None:
        from editor.gui.habits import file_dialog_options

        path, _ = QFileDialog.getSaveFileName(
            self, translate("Transfer", "Ekspor rilis sebagai DOCX"), self.suggested_name(".docx"),
            translate("Transfer", "Dokumen Word (*.docx)"), options=file_dialog_options(),
        )  # fmt: skip
        if path:
            self.export_docx(Path(path).parent, file_name=Path(path).name)

    def export_pdf_dialog(self) -> None:
        """The release on the letterhead as PDF (LibreOffice renders the letterhead DOCX)."""
        from editor.gui.habits import file_dialog_options

        path, _ = QFileDialog.getSaveFileName(
            self, translate("Transfer", "Ekspor rilis sebagai PDF berkop surat"),
            self.suggested_name(".pdf"), translate("Transfer", "Dokumen PDF (*.pdf)"),
            options=file_dialog_options(),
        )  # fmt: skip
        if path:
            self.export_docx(Path(path).parent, file_name=Path(path).name, format="pdf")

    def copy_release(self, format: str, on_done: Callable[[Any], None] | None = None) -> None:
        """The approved revision as WhatsApp text or HTML on the clipboard, recorded as an export."""
        if self.desk is None or self.article is None:
            return
        desk, aid = self.desk, self.article.id

        def done(outcome: Any) -> None:
            QApplication.clipboard().setText(outcome.text)
            label = {"whatsapp": translate("Transfer", "Teks WhatsApp disalin ke papan klip"),
                     "html": translate("Transfer", "HTML disalin ke papan klip")}[format]  # fmt: skip
            for warning in outcome.warnings:
                self.show_error(warning)
            self.statusBar().showMessage(label, 8000)
            self.refresh_history()
            if on_done is not None:
                on_done(outcome)

        self.save_now(then=lambda: self.db_tasks.run(lambda: desk.copy_release(aid, format), done))

    def export_docx(
        self, folder: Path, on_done: Callable[[Any], None] | None = None,
        file_name: str | None = None, format: str = "docx",
    ) -> None:  # fmt: skip
        if self.desk is None or self.article is None:
            return
        desk, aid = self.desk, self.article.id

        def done(outcome: Any) -> None:
            self.statusBar().showMessage(
                translate("Transfer", "Diekspor ke {path}").format(path=outcome.path), 8000
            )
            self.refresh_history()
            if on_done is not None:
                on_done(outcome)

        self.save_now(then=lambda: self.db_tasks.run(
            lambda: desk.export_release(aid, folder, format, file_name), done))  # fmt: skip

    def export_report_dialog(self) -> None:
        folder = self._folder(translate("Transfer", "Simpan laporan tinjauan ke folder"))
        if folder is not None:
            self.export_report(folder)

    def export_report(self, folder: Path, on_done: Callable[[Path], None] | None = None) -> None:
        """The review report: the current text with a Word comment at each finding and note."""
        if self.desk is None or self.article is None:
            return
        desk, aid, checker = self.desk, self.article.id, self.editor.scheduler.checker

        def done(path: Path) -> None:
            self.statusBar().showMessage(
                translate("Transfer", "Laporan disimpan di {path}").format(path=path), 8000
            )
            if on_done is not None:
                on_done(path)

        self.save_now(
            then=lambda: self.db_tasks.run(lambda: desk.export_report(aid, folder, checker), done)
        )

    def batch_export_dialog(self) -> None:
        folder = self._folder(translate("Transfer", "Ekspor semua rilis yang disetujui ke folder"))
        if folder is not None:
            self.batch_export(folder)

    def batch_export(self, folder: Path, on_done: Callable[[list], None] | None = None) -> None:
        if self.desk is None:
            return
        desk = self.desk

        def start(waiting: list) -> None:
            if not waiting:
                self.show_error(
                    translate("Transfer", "Tidak ada rilis disetujui yang menunggu ekspor.")
                )
                if on_done is not None:
                    on_done([])
                return
            progress = self.progress(
                translate("Transfer", "Mengekspor rilis…"), len(waiting), at_once=True
            )
            results: list[Any] = []

            def one(i: int) -> None:
                if i >= len(waiting) or progress.wasCanceled():
                    stopped = i < len(waiting)
                    progress.close()
                    self.article_pane.apply_filter()
                    self.refresh_history()
                    message = (translate("Transfer", "Ekspor dibatalkan: {n} dari {total} rilis diekspor")
                               if stopped else translate("Transfer", "{n} rilis diekspor"))  # fmt: skip
                    self.statusBar().showMessage(message.format(n=len(results), total=len(waiting)), 8000)  # fmt: skip
                    if on_done is not None:
                        on_done(results)
                    return
                progress.setValue(i)
                progress.setLabelText(translate("Transfer", "Mengekspor {title}…").format(
                    title=waiting[i].title))  # fmt: skip
                aid = waiting[i].id
                self.db_tasks.run(lambda: desk.export_release(aid, folder),
                                  lambda out: (results.append(out), one(i + 1)),
                                  lambda exc: (self.show_error(exc), one(i + 1)))  # fmt: skip

            one(0)

        self.db_tasks.run(desk.approved_waiting, start)

    # -- comments and diffs ---------------------------------------------------------------------
    def comment_dialog(self) -> None:
        if not self.editor.textCursor().hasSelection():
            self.show_error(
                translate("Transfer", "Pilih teks yang ingin diberi komentar terlebih dahulu.")
            )
            return
        body = self.ask_text(
            translate("Transfer", "Komentar"),
            translate("Transfer", "Komentar untuk teks yang dipilih:"),
        )
        if body:
            self.add_comment(*self.editor.selection_range(), body)

    def add_comment(self, start: int, end: int, body: str) -> None:
        if self.desk is None or self.article is None:
            return
        desk, aid = self.desk, self.article.id
        self.save_now(then=lambda: self.db_tasks.run(
            lambda: (desk.add_comment(aid, start, end, body), desk.history(aid)),
            lambda result: self.set_history(result[1]),
        ))  # fmt: skip

    def resolve_comment(self, comment_id: int, resolved: bool = True) -> None:
        """Mark a reviewer comment resolved (or open it again); the panel and editor follow."""
        if self.desk is None or self.article is None:
            return
        desk, aid = self.desk, self.article.id
        self.db_tasks.run(
            lambda: (desk.resolve_comment(comment_id, resolved), desk.history(aid)),
            lambda result: self.set_history(result[1]),
        )

    def compare_revisions(self, old: int, new: int) -> None:
        if self.desk is None:
            return
        desk = self.desk
        self.db_tasks.run(
            lambda: (desk.document_of(old).text, desk.document_of(new).text),
            lambda texts: self.history_panel.show_diff(*texts),
        )

    # -- dialogs --------------------------------------------------------------------------------
    def settings_dialog(self) -> None:
        from editor.gui.dialogs import SettingsDialog

        dialog = SettingsDialog(self)
        self.open_dialog = dialog
        dialog.open()

    def people_dialog(self) -> None:
        from editor.gui.people import PeopleDialog

        dialog = PeopleDialog(self)
        self.open_dialog = dialog
        dialog.open()

    def dictionary_dialog(self) -> None:
        from editor.gui.dialogs import DictionaryDialog

        dialog = DictionaryDialog(self)
        self.open_dialog = dialog
        dialog.open()
