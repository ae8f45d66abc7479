"""The article list: a table model that fetches pages from the services on demand (keyset
pagination, newest first), so it stays smooth with 100,000 articles; plus status filter and search."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from editor.gui.qt import (
    QAbstractItemView,
    QAbstractTableModel,
    QComboBox,
    QCoreApplication,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTableView,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)
from editor.gui.tasks import TaskRunner

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from db.records import ArticleSummary

PAGE = 200
Fetch = Callable[[str | None, str | None, tuple | None, int], list["ArticleSummary"]]
Index = QModelIndex | QPersistentModelIndex


class ArticleListModel(QAbstractTableModel):
    loaded = Signal()

    def __init__(self, runner: TaskRunner, fetch: Fetch | None = None) -> None:
        super().__init__()
        self.runner = runner
        self.fetch = fetch
        self.rows: list[ArticleSummary] = []
        self.status: str | None = None
        self.search: str | None = None
        self._exhausted = True
        self._loading = False
        self._generation = 0

    def headers(self) -> list[str]:
        return [
            translate("ArticleList", "Judul"),
            translate("ArticleList", "Status"),
            translate("ArticleList", "Penulis"),
            translate("ArticleList", "Diperbarui"),
        ]

    # -- Qt model API -------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            from editor.gui.labels import status_label

            col = index.column()
            if col == 0:
                return row.title
            if col == 1:
                return status_label(row.status)
            if col == 2:
                return row.author
            return row.updated_at.astimezone().strftime("%d-%m-%Y %H:%M")
        if role == Qt.ItemDataRole.UserRole:
            return row
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            return row.title
        return None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802, B008
        if self.canFetchMore(parent):
            self._load()

    # -- loading --------------------------------------------------------------------------------
    def reload(self, status: str | None = None, search: str | None = None) -> None:
        self.status, self.search = status, (search or None)
        self._generation += 1
        self.beginResetModel()
        self.rows = []
        self.endResetModel()
        self._exhausted = self.fetch is None
        self._loading = False
        if self.fetch is not None:
            self._load()

    def _load(self) -> None:
        fetch, gen = self.fetch, self._generation
        assert fetch is not None
        before = (self.rows[-1].updated_at, self.rows[-1].id) if self.rows else None
        status, search = self.status, self.search
        self._loading = True
        self.runner.run(lambda: fetch(status, search, before, PAGE),
                        lambda page: self._arrived(gen, page), self._failed)  # fmt: skip

    def _arrived(self, generation: int, page: list[ArticleSummary]) -> None:
        if generation != self._generation:
            return  # a newer filter or search replaced this request
        self._loading = False
        self._exhausted = len(page) < PAGE
        if page:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(page) - 1)
            self.rows.extend(page)
            self.endInsertRows()
        self.loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        self._loading = False
        self._exhausted = True
        if self.runner.on_unhandled:
            self.runner.on_unhandled(exc)

    def update_row(self, summary_id: int, status: str, title: str | None = None) -> None:
        for i, row in enumerate(self.rows):
            if row.id == summary_id:
                from dataclasses import replace

                self.rows[i] = replace(row, status=status, title=title or row.title)
                self.dataChanged.emit(self.index(i, 0), self.index(i, 3))


class ArticleListPane(QWidget):
    articleChosen = Signal(int)

    def __init__(self, model: ArticleListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 0)
        row = QHBoxLayout()
        self.search = QLineEdit(objectName="articleSearch")
        self.search.setPlaceholderText(translate("ArticleList", "Cari judul atau isi…"))
        self.search.setClearButtonEnabled(True)
        self.filter = QComboBox(objectName="statusFilter")
        from editor.gui.labels import STATUS_LABELS, status_label

        self.filter.addItem(translate("ArticleList", "Semua status"), None)
        for key in STATUS_LABELS:
            self.filter.addItem(status_label(key), key)
        # search above the status filter: side by side, the narrow pane of a 1024 px window
        # left the search field a few pixels wide ("C…")
        row.addWidget(self.filter, 1)
        self.filter_keys = [None, *STATUS_LABELS]
        layout.addWidget(self.search)
        layout.addLayout(row)
        self.view = QTableView(objectName="articleList")
        self.view.setModel(model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(24)
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        hh = self.view.horizontalHeader()
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            hh.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.view, 1)
        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _text: self._debounce.start())
        self.filter.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.view.clicked.connect(self._chosen)
        self.view.activated.connect(self._chosen)

    def apply_filter(self) -> None:
        self.model.reload(self.filter.currentData(), self.search.text().strip())

    def _chosen(self, index: QModelIndex) -> None:
        row = self.model.data(index, Qt.ItemDataRole.UserRole)
        if row is not None:
            self.articleChosen.emit(row.id)

    def select_id(self, article_id: int) -> None:
        for i, row in enumerate(self.model.rows):
            if row.id == article_id:
                self.view.selectRow(i)
                return

    def retranslate(self) -> None:
        from editor.gui.labels import status_label

        self.search.setPlaceholderText(translate("ArticleList", "Cari judul atau isi…"))
        for i, key in enumerate(self.filter_keys):
            text = translate("ArticleList", "Semua status") if key is None else status_label(key)
            self.filter.setItemText(i, text)
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 3)
