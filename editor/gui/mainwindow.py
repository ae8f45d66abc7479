"""The review desk's main window: article list, draft editor, findings panel, history, workflow."""

from __future__ import annotations

import logging
from collections.abc import Callable

from editor.checks.finding import Finding
from editor.document.model import Document
from editor.gui.editor import DraftEditor, Placed
from editor.gui.findings import FindingsPanel
from editor.gui.qt import (
    QAction,
    QCloseEvent,
    QCoreApplication,
    QHBoxLayout,
    QKeySequence,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    Qt,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)
from editor.gui.tasks import TaskRunner

log = logging.getLogger(__name__)

STATUS_LABELS = {
    "draft": "Draf",
    "in_review": "Ditinjau",
    "changes_requested": "Perlu revisi",
    "approved": "Disetujui",
    "exported": "Diekspor",
    "archived": "Diarsipkan",
}
STATUS_COLOURS = {
    "draft": "#607d8b",
    "in_review": "#1565c0",
    "changes_requested": "#ef6c00",
    "approved": "#2e7d32",
    "exported": "#00695c",
    "archived": "#9e9e9e",
}


def _t(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def status_label(status: str) -> str:
    return QCoreApplication.translate("Status", STATUS_LABELS.get(status, status))


class MainWindow(QMainWindow):
    def __init__(self, engine_factory: Callable[[frozenset[str]], object] | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle(_t("Sunting — Meja Redaksi"))
        self.resize(1400, 860)
        self.tasks = TaskRunner(self, on_unhandled=self.show_error)
        self.engine_factory = engine_factory
        self.house_words: set[str] = set()
        self.ignored_once: set[tuple[int, str, str]] = set()
        self.ignored_article: set[tuple[str, str]] = set()
        self._build()
        self.editor.hidden = self._is_hidden

    # -- layout -----------------------------------------------------------------------------
    def _build(self) -> None:
        self.editor = DraftEditor()
        self.findings = FindingsPanel()
        self.title_label = QLabel(objectName="articleTitle")
        self.title_label.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.title_label.setWordWrap(True)
        self.status_badge = QLabel(objectName="statusBadge")
        self.status_badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.set_status_badge("draft")
        head = QHBoxLayout()
        head.addWidget(self.title_label, 1)
        head.addWidget(self.status_badge, 0, Qt.AlignmentFlag.AlignTop)
        centre = QWidget(objectName="editorPane")
        cl = QVBoxLayout(centre)
        cl.setContentsMargins(8, 8, 8, 0)
        cl.addLayout(head)
        cl.addWidget(self.editor, 1)
        self.side_tabs = QTabWidget(objectName="sideTabs")
        self.side_tabs.addTab(self.findings, _t("Temuan"))
        self.splitter = QSplitter(Qt.Orientation.Horizontal, objectName="mainSplitter")
        self.left = QWidget(objectName="articlePane")
        QVBoxLayout(self.left).setContentsMargins(0, 0, 0, 0)
        self.splitter.addWidget(self.left)
        self.splitter.addWidget(centre)
        self.splitter.addWidget(self.side_tabs)
        self.splitter.setSizes([380, 640, 380])
        self.setCentralWidget(self.splitter)
        self.toolbar = QToolBar(_t("Utama"), objectName="mainToolbar")
        self.toolbar.setMovable(False)
        self.addToolBar(self.toolbar)
        self._actions()
        self._wire()
        self.statusBar().showMessage(_t("Memuat kamus dan aturan…"))

    def _actions(self) -> None:
        self.next_action = QAction(_t("Temuan berikutnya"), self, objectName="nextFindingAction")
        self.next_action.setShortcut(QKeySequence("F7"))
        self.next_action.triggered.connect(lambda: self.step(True))
        self.prev_action = QAction(_t("Temuan sebelumnya"), self, objectName="prevFindingAction")
        self.prev_action.setShortcut(QKeySequence("Shift+F7"))
        self.prev_action.triggered.connect(lambda: self.step(False))
        self.recheck_action = QAction(_t("Periksa ulang"), self, objectName="recheckAction")
        self.recheck_action.triggered.connect(self.editor.scheduler.recheck_all)
        self.addActions([self.next_action, self.prev_action])

    def _wire(self) -> None:
        ed, fp = self.editor, self.findings
        ed.findingsChanged.connect(lambda: fp.set_findings(ed.placed))
        ed.currentFindingChanged.connect(fp.select)
        ed.dismissRequested.connect(self.dismiss)
        ed.addWordRequested.connect(self.add_word)
        ed.scheduler.failed.connect(
            lambda msg: self.show_error(_t("Pemeriksaan gagal: {msg}").format(msg=msg))
        )
        ed.scheduler.idle.connect(self._checked)
        fp.activated.connect(ed.select_finding)
        fp.applyRequested.connect(lambda p, i: ed.apply(p, i))
        fp.dismissRequested.connect(self.dismiss)
        fp.addWordRequested.connect(self.add_word)
        fp.fixAllRequested.connect(ed.fix_all)

    def set_status_badge(self, status: str) -> None:
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
        factory, words = self.engine_factory, frozenset(self.house_words)
        self.tasks.run(lambda: factory(words), self._engine_ready, self._engine_failed)

    def _engine_ready(self, engine: object) -> None:
        self.statusBar().showMessage(_t("Siap"), 3000)
        self.editor.scheduler.set_checker(engine)  # type: ignore[arg-type]

    def _engine_failed(self, exc: BaseException) -> None:
        self.show_error(_t("Pemeriksa tidak dapat dimuat: {msg}").format(msg=exc))

    def _checked(self) -> None:
        n = len(self.editor.placed)
        self.statusBar().showMessage(_t("Pemeriksaan selesai: {n} temuan").format(n=n), 4000)

    # -- findings ---------------------------------------------------------------------------
    def _is_hidden(self, p: Placed) -> bool:
        f = p.finding
        if (p.pid, f.rule, f.text) in self.ignored_once:
            return True
        if (f.rule, f.text) in self.ignored_article:
            return True
        return f.category == "spelling" and f.text in self.house_words

    def step(self, forward: bool) -> None:
        self.editor.setFocus()
        self.editor.step(forward)

    def dismiss(self, p: Placed, scope: str) -> None:
        if scope == "once":
            self.ignored_once.add((p.pid, p.finding.rule, p.finding.text))
        else:
            self.ignored_article.add((p.finding.rule, p.finding.text))
            self.store_dismissal(p.finding, self.editor.toPlainText())
        self.editor.redraw()

    def store_dismissal(self, finding: Finding, text: str) -> None:
        """Persist "Abaikan di artikel ini"; the desk (storage) overrides this."""

    def add_word(self, word: str) -> None:
        self.house_words.add(word)
        self.editor.redraw()
        self.load_engine()

    # -- documents --------------------------------------------------------------------------
    def show_draft(self, document: Document, status: str = "draft") -> None:
        self.ignored_once.clear()
        self.title_label.setText(document.title or _t("(tanpa judul)"))
        self.set_status_badge(status)
        self.editor.set_draft(document)

    # -- errors -----------------------------------------------------------------------------
    def show_error(self, message: object) -> None:
        text = str(message)
        log.warning("user-visible error: %s", text)
        self.statusBar().showMessage(text, 8000)
        if self.isVisible() and not QCoreApplication.instance().property("sunting_quiet"):
            QMessageBox.warning(self, _t("Sunting"), text)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.editor.scheduler.wait()
        self.tasks.wait()
        super().closeEvent(event)
