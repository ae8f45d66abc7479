"""The review desk's main window: article list, draft editor, findings panel, history, workflow.

Layout and wiring live here; what happens to articles (open, save, workflow, import, export) is in
:mod:`editor.gui.session`, the dialogs in their own modules.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from editor.document.model import Document
from editor.gui.articlelist import ArticleListModel, ArticleListPane
from editor.gui.comments import CommentsPanel
from editor.gui.editor import DraftEditor
from editor.gui.findings import FindingsPanel
from editor.gui.habits import HabitsMixin
from editor.gui.history import HistoryPanel
from editor.gui.labels import STATUS_COLOURS, status_label
from editor.gui.ltstart import LanguageToolStarter
from editor.gui.qt import (
    QAction,
    QCloseEvent,
    QCoreApplication,
    QEvent,
    QHBoxLayout,
    QIcon,
    QKeySequence,
    QLabel,
    QMessageBox,
    QSplitter,
    Qt,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)
from editor.gui.review_docx import review_docx_dialog
from editor.gui.session import SessionMixin
from editor.gui.settings import load_settings
from editor.gui.tasks import TaskRunner

translate = QCoreApplication.translate

log = logging.getLogger(__name__)
EngineFactory = Callable[[Any], object]


class MainWindow(HabitsMixin, SessionMixin):
    def __init__(self, engine_factory: EngineFactory | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.resize(1440, 900)
        from editor.paths import resource

        self.setWindowIcon(QIcon(str(resource("icons", "sunting.svg"))))
        self.settings = load_settings()
        self.tasks = TaskRunner(self, on_unhandled=self.show_error)
        self.db_tasks = TaskRunner(self, serial=True, on_unhandled=self.show_error)
        self.engine_factory = engine_factory
        self.engine_ready = False
        self.engine_failed = False  # nothing will be checked; the user was told why
        self.base_checker: Any = None
        self.quiet = False  # tests and the screenshot mode: no modal message boxes
        self.lt = LanguageToolStarter(self)
        self.article = None
        self._build()
        self.init_session()
        self.init_habits()
        self.retranslate()
        self.editor.hidden = self.is_hidden

    # -- layout -----------------------------------------------------------------------------
    def _build(self) -> None:
        self.editor = DraftEditor()
        self.findings = FindingsPanel()
        self.findings.label_for = self.editor.suggestion_label
        self.history_panel = HistoryPanel()
        self.list_model = ArticleListModel(self.db_tasks)
        self.article_pane = ArticleListPane(self.list_model)
        self.comments_panel = CommentsPanel()
        self.title_label = QLabel(objectName="articleTitle")
        self.title_label.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.title_label.setWordWrap(True)
        self.meta_label = QLabel(objectName="articleMeta")
        self.meta_label.setStyleSheet("color: #555;")
        self.status_badge = QLabel(objectName="statusBadge")
        self.status_badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.set_status_badge(None)
        head = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.title_label)
        titles.addWidget(self.meta_label)
        head.addLayout(titles, 1)
        head.addWidget(self.status_badge, 0, Qt.AlignmentFlag.AlignTop)
        centre = QWidget(objectName="editorPane")
        cl = QVBoxLayout(centre)
        cl.setContentsMargins(8, 8, 8, 0)
        cl.addLayout(head)
        cl.addWidget(self.editor, 1)
        self.side_tabs = QTabWidget(objectName="sideTabs")
        self.side_tabs.addTab(self.findings, "")
        self.side_tabs.addTab(self.history_panel, "")
        self.side_tabs.addTab(self.comments_panel, "")
        self.splitter = QSplitter(Qt.Orientation.Horizontal, objectName="mainSplitter")
        self.splitter.addWidget(self.article_pane)
        self.splitter.addWidget(centre)
        self.splitter.addWidget(self.side_tabs)
        self.splitter.setSizes([400, 620, 420])
        self.splitter.setStretchFactor(1, 1)
        self.setCentralWidget(self.splitter)
        self.toolbar = QToolBar(objectName="mainToolbar")
        self.workflow_bar = QToolBar(objectName="workflowToolbar")
        self.toolbars = (self.toolbar, self.workflow_bar)
        for bar in self.toolbars:
            bar.setMovable(False)
            bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self.addToolBar(bar)
        self._actions()
        self._wire()
        self.statusBar().showMessage(translate("MainWindow", "Memuat kamus dan aturan…"))

    def _action(self, name: str, slot: Callable[[], object],
                shortcut: str | None = None) -> QAction:  # fmt: skip
        action = QAction(self, objectName=name)  # its text comes from retranslate()
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda checked=False: slot())
        self.addAction(action)
        return action

    def _actions(self) -> None:
        a = self._action
        self.open_action = a("openAction", self.open_files_dialog, "Ctrl+O")
        self.paste_action = a("pasteDraftAction", self.paste_as_draft)
        self.folder_action = a("importFolderAction", self.import_folder_dialog)
        self.save_action = a("saveAction", self.save_now, "Ctrl+S")
        self.next_action = self.editor.next_action  # F7 / Shift+F7: one action per key
        self.prev_action = self.editor.prev_action
        self.recheck_action = a("recheckAction", self.editor.scheduler.recheck_all)
        self.submit_action = a("submitButton", lambda: self.workflow("submit"))
        self.request_action = a("requestChangesButton", lambda: self.workflow("request_changes"))
        self.approve_action = a("approveButton", lambda: self.workflow("approve"))
        self.archive_action = a("archiveButton", lambda: self.workflow("archive"))
        self.export_action = a("exportButton", self.export_docx_dialog)
        self.pdf_action = a("exportPdfAction", self.export_pdf_dialog)
        self.whatsapp_action = a("copyWhatsAppAction", lambda: self.copy_release("whatsapp"))
        self.html_action = a("copyHtmlAction", lambda: self.copy_release("html"))
        self.report_action = a("reportButton", self.export_report_dialog)
        self.batch_action = a("batchExportAction", self.batch_export_dialog)
        self.review_docx_action = a("reviewDocxAction", lambda: review_docx_dialog(self))
        self.comment_action = a("commentAction", self.comment_dialog)
        self.settings_action = a("settingsAction", self.settings_dialog)
        self.dictionary_action = a("dictionaryAction", self.dictionary_dialog)
        self.people_action = a("peopleAction", self.people_dialog)
        self.find_action = a("findAction", lambda: self.find_replace(False), "Ctrl+F")
        self.replace_action = a("replaceAction", lambda: self.find_replace(True), "Ctrl+H")
        self.print_action = a("printAction", self.print_dialog, "Ctrl+P")
        self.print_pdf_action = a("printPdfAction", self.save_as_pdf_dialog)
        self.quit_action = a("quitAction", self.close, "Ctrl+Q")
        self.stats_action = a("statsAction", self.statistics_dialog)
        for bar, acts in (
            (self.toolbar, (self.open_action, self.save_action, None, self.recheck_action,
                            self.next_action, None, self.export_action, self.report_action)),
            (self.workflow_bar, (self.submit_action, self.request_action, self.approve_action,
                                 self.archive_action)),
        ):  # fmt: skip
            for act in acts:
                if act is None:
                    bar.addSeparator()
                else:
                    bar.addAction(act)
        self.approve_btn = self.workflow_bar.widgetForAction(self.approve_action)
        self.approve_btn.setObjectName("approveButton")
        self.workflow_bar.widgetForAction(self.submit_action).setObjectName("submitButton")
        menu = self.menuBar()
        self.files_menu = menu.addMenu("")
        self.files_menu.addActions(
            [self.open_action, self.folder_action, self.paste_action, self.save_action]
        )
        self.recent_menu = self.files_menu.addMenu("")
        self.files_menu.addSeparator()
        self.files_menu.addActions([self.export_action, self.pdf_action, self.whatsapp_action,
                                    self.html_action, self.report_action, self.batch_action])  # fmt: skip
        self.files_menu.addAction(self.review_docx_action)
        self.files_menu.addSeparator()
        self.files_menu.addActions([self.print_action, self.print_pdf_action])
        self.files_menu.addSeparator()
        self.files_menu.addAction(self.quit_action)
        self.edit_menu = menu.addMenu("")
        self.edit_menu.addActions([self.find_action, self.replace_action])
        self.review_menu = menu.addMenu("")
        self.review_menu.addActions([self.next_action, self.prev_action, self.recheck_action,
                                     self.comment_action])  # fmt: skip
        self.review_menu.addSeparator()
        self.review_menu.addActions([self.submit_action, self.request_action,
                                     self.approve_action, self.archive_action])  # fmt: skip
        self.tools_menu = menu.addMenu("")
        self.tools_menu.addActions([self.stats_action, self.dictionary_action,
                                    self.people_action, self.settings_action])  # fmt: skip
        self.update_recent_menu()

    def retranslate(self) -> None:
        """Every text of the window in the current language (at start and on a language change)."""
        self.setWindowTitle(translate("MainWindow", "Sunting — Meja Redaksi"))
        if self.article is None and not self.editor.first_line():
            self.title_label.setText(
                translate("MainWindow", "Pilih rilis di daftar, atau buka berkas")
            )
        self.toolbar.setWindowTitle(translate("MainWindow", "Utama"))
        for action, text in (
            (self.open_action, translate("MainWindow", "Buka berkas…")),
            (self.paste_action, translate("MainWindow", "Tempel sebagai draf")),
            (self.folder_action, translate("MainWindow", "Impor folder…")),
            (self.save_action, translate("MainWindow", "Simpan")),
            (self.next_action, translate("MainWindow", "Temuan berikutnya")),
            (self.prev_action, translate("MainWindow", "Temuan sebelumnya")),
            (self.recheck_action, translate("MainWindow", "Periksa ulang")),
            (self.submit_action, translate("MainWindow", "Kirim untuk ditinjau")),
            (self.request_action, translate("MainWindow", "Minta revisi")),
            (self.approve_action, translate("MainWindow", "Setujui")),
            (self.archive_action, translate("MainWindow", "Arsipkan")),
            (self.export_action, translate("MainWindow", "Ekspor DOCX…")),
            (self.pdf_action, translate("MainWindow", "Ekspor PDF…")),
            (self.whatsapp_action, translate("MainWindow", "Salin untuk WhatsApp")),
            (self.html_action, translate("MainWindow", "Salin HTML")),
            (self.report_action, translate("MainWindow", "Laporan tinjauan…")),
            (self.batch_action, translate("MainWindow", "Ekspor massal…")),
            (self.review_docx_action, translate("MainWindow", "Tinjau berkas Word penulis…")),
            (self.comment_action, translate("MainWindow", "Komentar pada pilihan…")),
            (self.settings_action, translate("MainWindow", "Pengaturan")),
            (self.dictionary_action, translate("MainWindow", "Kamus kantor")),
            (self.people_action, translate("MainWindow", "Tokoh")),
            (self.find_action, translate("MainWindow", "Cari…")),
            (self.replace_action, translate("MainWindow", "Cari dan ganti…")),
            (self.print_action, translate("MainWindow", "Cetak…")),
            (self.print_pdf_action, translate("MainWindow", "Simpan sebagai PDF…")),
            (self.quit_action, translate("MainWindow", "Keluar")),
            (self.stats_action, translate("MainWindow", "Statistik temuan")),
        ):
            action.setText(text)
        self.edit_menu.setTitle(translate("MainWindow", "&Sunting"))
        self.workflow_bar.setWindowTitle(translate("MainWindow", "Alur kerja"))
        if self.find_dialog is not None:
            self.find_dialog.retranslate()
        self.update_word_count()
        self.update_meta()
        if self.article is not None:
            self.update_title_line()
        self.files_menu.setTitle(translate("MainWindow", "&Berkas"))
        self.recent_menu.setTitle(translate("MainWindow", "Berkas terakhir"))
        self.review_menu.setTitle(translate("MainWindow", "&Tinjau"))
        self.tools_menu.setTitle(translate("MainWindow", "&Alat"))
        self.side_tabs.setTabText(0, translate("MainWindow", "Temuan"))
        self.side_tabs.setTabText(1, translate("MainWindow", "Riwayat"))
        self.update_comment_tab()
        self.comments_panel.retranslate()
        self.findings.retranslate()
        self.article_pane.retranslate()
        self.history_panel.retranslate()
        if getattr(self, "history", None) is not None:
            self.history_panel.show_history(self.history)
        self.set_status_badge(self.article.status if self.article is not None else None)

    def update_comment_tab(self) -> None:
        n = self.comments_panel.open_count
        label = translate("MainWindow", "Komentar")
        self.side_tabs.setTabText(2, f"{label} ({n})" if n else label)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _wire(self) -> None:
        ed, fp = self.editor, self.findings
        ed.findingsChanged.connect(lambda: fp.set_findings(ed.placed))
        ed.currentFindingChanged.connect(fp.select)
        ed.dismissRequested.connect(self.dismiss)
        ed.addWordRequested.connect(self.add_word)
        ed.scheduler.failed.connect(
            lambda msg: self.show_error(
                translate("MainWindow", "Pemeriksaan gagal: {msg}").format(msg=msg)
            )
        )
        ed.scheduler.idle.connect(self._checked)
        ed.document().contentsChanged.connect(self.on_edited)
        fp.activated.connect(ed.select_finding)
        fp.applyRequested.connect(lambda p, i: ed.apply(p, i))
        fp.dismissRequested.connect(self.dismiss)
        fp.addWordRequested.connect(self.add_word)
        fp.fixAllRequested.connect(self.preview_fix_all)
        ed.fixAllRequested.connect(self.preview_fix_all)
        ed.filesDropped.connect(self.import_files)
        self.article_pane.articleChosen.connect(self.open_article)
        self.history_panel.compareRequested.connect(self.compare_revisions)
        self.comments_panel.resolveRequested.connect(self.resolve_comment)
        self.comments_panel.activated.connect(self.select_range)

    def set_status_badge(self, status: str | None) -> None:
        self.status_badge.setVisible(status is not None)
        if status is None:
            return
        self.status_badge.setText(status_label(status))
        self.status_badge.setProperty("status", status)
        colour = STATUS_COLOURS.get(status, "#607d8b")
        self.status_badge.setStyleSheet(
            f"background: {colour}; color: white; border-radius: 9px; padding: 3px 12px;"
            "font-weight: 600;"
        )

    # -- engine -----------------------------------------------------------------------------
    def load_engine(self) -> None:
        """Build the checking engine off the UI thread; checking starts when it is ready."""
        if self.engine_factory is None:
            return
        factory, desk = self.engine_factory, self.desk
        self.engine_ready = self.engine_failed = False
        self.tasks.run(lambda: factory(desk), self._engine_ready, self._engine_failed)

    def _engine_ready(self, engine: Any) -> None:
        if hasattr(engine, "with_backend"):
            engine = engine.with_backend(self.lt.backend)
        self.base_checker = engine
        self.engine_ready = True
        self.statusBar().showMessage(translate("MainWindow", "Siap"), 3000)
        self.editor.scheduler.set_checker(self.checker_for_article())
        self.lt.configure(self.settings.lt_mode, self.settings.lt_url)

    def attach_languagetool(self, backend: Any) -> None:
        """LanguageTool is ready (or turned off): English releases are checked again with it."""
        base = self.base_checker
        if base is None or not hasattr(base, "with_backend"):
            return
        self.base_checker = base.with_backend(backend)
        if self.base_checker is not base:
            self.editor.scheduler.set_checker(self.checker_for_article())

    def checker_for_article(self) -> Any:
        """The base checker in the open article's language (English goes to LanguageTool)."""
        base = self.base_checker
        if base is None or self.article is None or not hasattr(base, "for_language"):
            return base
        return base.for_language(self.article.language)

    def _engine_failed(self, exc: BaseException) -> None:
        self.engine_failed = True
        self.show_error(
            translate("MainWindow", "Pemeriksa tidak dapat dimuat: {msg}").format(msg=exc)
        )

    def _checked(self) -> None:
        n = len(self.editor.placed)
        self.statusBar().showMessage(
            translate("MainWindow", "Pemeriksaan selesai: {n} temuan").format(n=n), 4000
        )

    def is_settled(self) -> bool:
        """Desk open, engine loaded, no article loading and nothing left to check."""
        return (
            self.desk_ready
            and (self.engine_ready or self.engine_failed)
            and not self.loading_article
            and not self.editor.scheduler.busy
            and not self.db_tasks.busy
        )

    def select_range(self, start: int, end: int) -> None:
        """Select Python offsets ``start``..``end`` of the text (a comment's anchor)."""
        self.editor.setTextCursor(self.editor.cursor_between(start, end))
        self.editor.setFocus()

    def preview_fix_all(self, rule: str) -> None:
        """ "Perbaiki semua": the batch-safe changes of ``rule`` in a preview; the ticked ones
        are applied as one undo step when the user confirms."""
        from editor.gui.batchfix import BatchFixDialog

        changes = self.editor.batch_changes(rule)
        if not changes:
            self.statusBar().showMessage(
                translate("MainWindow", "Tidak ada temuan yang aman diperbaiki sekaligus."), 5000
            )
            return
        dialog = BatchFixDialog(changes, self)
        self.batch_dialog = dialog

        def done(result: int) -> None:
            if result == BatchFixDialog.DialogCode.Accepted:
                n = self.editor.apply_changes(dialog.chosen())
                self.statusBar().showMessage(
                    translate("MainWindow", "{n} perbaikan diterapkan").format(n=n), 5000
                )

        dialog.finished.connect(done)
        dialog.open()

    def step(self, forward: bool) -> None:
        self.editor.setFocus()
        self.editor.step(forward)

    def show_draft(self, document: Document, status: str | None = "draft") -> None:
        self.title_label.setText(document.title or translate("MainWindow", "(tanpa judul)"))
        self.set_status_badge(status)
        self.editor.set_draft(document)

    # -- errors -----------------------------------------------------------------------------
    def show_error(self, message: object) -> None:
        text = str(message) or type(message).__name__
        log.warning("user-visible error: %s", text)
        self.statusBar().showMessage(text, 10000)
        self.last_error = text
        if self.isVisible() and not self.quiet:
            QMessageBox.warning(self, translate("MainWindow", "Sunting"), text)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        """Unsaved text: Simpan / Jangan simpan / Batal, as in any word processor. Then the
        running check is cancelled, so the process ends at once."""
        choice = "save" if self.quiet else self.confirm_close()
        if choice == "cancel":
            event.ignore()
            return
        if choice == "discard":
            self.editor.document().setModified(False)
            self.clear_recovery()
        self.leave_article()
        self.editor.scheduler.cancel()
        if self.find_dialog is not None:
            self.find_dialog.close()
        self.tasks.wait()
        self.db_tasks.wait()
        QCoreApplication.processEvents()
        self.lt.stop()
        self.tasks.wait()
        self.close_desk()
        super().closeEvent(event)

    def statistics_dialog(self) -> None:
        from editor.gui.stats import StatisticsDialog

        if self.desk is None:
            return
        dialog = StatisticsDialog(self)
        self.open_dialog = dialog
        desk = self.desk
        self.db_tasks.run(desk.statistics, dialog.show_statistics, self.show_error)
        dialog.open()
