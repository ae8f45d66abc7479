"""The findings panel: findings grouped by category with counts, and the selected finding's
message, rule, reference and action buttons (suggestions, Abaikan, Tambahkan ke kamus, ...)."""

from __future__ import annotations

from collections.abc import Callable

from editor.gui import categories
from editor.gui.editor import Placed
from editor.gui.qt import (
    QBrush,
    QColor,
    QCoreApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    Qt,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    Signal,
)

translate = QCoreApplication.translate

ROLE = Qt.ItemDataRole.UserRole


class FindingsPanel(QWidget):
    activated = Signal(object)  # Placed: select it in the editor
    applyRequested = Signal(object, int)  # Placed, suggestion index
    dismissRequested = Signal(object, str)  # Placed, "once" | "article"
    addWordRequested = Signal(str)
    fixAllRequested = Signal(str)  # rule id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findingsPanel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel(
            translate("FindingsPanel", "Belum diperiksa"), objectName="findingsSummary"
        )
        layout.addWidget(self.summary)
        self.tree = QTreeWidget(objectName="findingsList")
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.itemClicked.connect(self._clicked)
        self.tree.currentItemChanged.connect(lambda cur, _prev: self._show(cur))
        layout.addWidget(self.tree, 3)
        self.detail = QWidget(objectName="findingDetail")
        dl = QVBoxLayout(self.detail)
        dl.setContentsMargins(6, 6, 6, 6)
        self.message = QLabel(objectName="findingMessage", wordWrap=True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.meta = QLabel(objectName="findingMeta", wordWrap=True)
        self.meta.setStyleSheet("color: #555;")
        self.suggestion_row = QHBoxLayout()
        self.suggestion_row.setSpacing(4)
        actions = QHBoxLayout()
        self.ignore_btn = QPushButton(
            translate("FindingsPanel", "Abaikan"), objectName="ignoreButton"
        )
        self.ignore_article_btn = QPushButton(
            translate("FindingsPanel", "Abaikan di artikel ini"), objectName="ignoreArticleButton"
        )
        self.add_word_btn = QPushButton(
            translate("FindingsPanel", "Tambahkan ke kamus"), objectName="addWordButton"
        )
        self.fix_all_btn = QPushButton(
            translate("FindingsPanel", "Perbaiki semua"), objectName="fixAllButton"
        )
        for b in (self.ignore_btn, self.ignore_article_btn, self.add_word_btn):
            actions.addWidget(b)
        self.ignore_btn.clicked.connect(lambda: self._emit_dismiss("once"))
        self.ignore_article_btn.clicked.connect(lambda: self._emit_dismiss("article"))
        self.add_word_btn.clicked.connect(self._emit_add_word)
        self.fix_all_btn.clicked.connect(self._emit_fix_all)
        dl.addWidget(self.message)
        dl.addWidget(self.meta)
        dl.addLayout(self.suggestion_row)
        dl.addLayout(actions)
        dl.addWidget(self.fix_all_btn)
        layout.addWidget(self.detail, 0)
        self.current: Placed | None = None
        self.label_for: Callable[[Placed, str], str] | None = None
        self._buttons: list[QPushButton] = []
        self._show(None)

    # -- contents ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Texts in the current interface language (the list is drawn again)."""
        self.ignore_btn.setText(translate("FindingsPanel", "Abaikan"))
        self.ignore_article_btn.setText(translate("FindingsPanel", "Abaikan di artikel ini"))
        self.add_word_btn.setText(translate("FindingsPanel", "Tambahkan ke kamus"))
        self.fix_all_btn.setText(translate("FindingsPanel", "Perbaiki semua"))
        placed = getattr(self, "_placed", None)
        if placed is None:
            self.summary.setText(translate("FindingsPanel", "Belum diperiksa"))
            self._show(None)
        else:
            self.set_findings(placed)

    def set_findings(self, placed: list[Placed]) -> None:
        self._placed = list(placed)
        keep = self._key(self.current) if self.current else None
        self.tree.blockSignals(True)
        self.tree.clear()
        groups: dict[str, list[Placed]] = {}
        for p in placed:
            groups.setdefault(p.finding.category, []).append(p)
        restore = None
        for cat in sorted(groups, key=lambda c: categories.ORDER.get(c, 99)):
            items = groups[cat]
            head = QTreeWidgetItem([f"{categories.label(cat)} ({len(items)})"])
            head.setForeground(0, QBrush(QColor(categories.colour(cat))))
            font = head.font(0)
            font.setBold(True)
            head.setFont(0, font)
            head.setData(0, ROLE, cat)
            self.tree.addTopLevelItem(head)
            for p in items:
                child = QTreeWidgetItem([self._line(p)])
                child.setData(0, ROLE, p)
                child.setToolTip(0, p.finding.message)
                head.addChild(child)
                if keep and self._key(p) == keep:
                    restore = child
            head.setExpanded(True)
        self.tree.blockSignals(False)
        n = len(placed)
        errors = sum(1 for p in placed if p.finding.severity == "error")
        self.summary.setText(
            translate("FindingsPanel", "Tidak ada temuan")
            if not n
            else translate("FindingsPanel", "{n} temuan, {e} kesalahan").format(n=n, e=errors)
        )
        if restore is not None:
            self.tree.setCurrentItem(restore)
        else:
            self._show(None)

    @staticmethod
    def _key(p: Placed) -> tuple:
        return (p.finding.rule, p.finding.text, p.start)

    def label(self, p: Placed, suggestion: str) -> str:
        """A suggestion as the user sees it: the window lets the editor show what the fix
        makes (``label_for``, the editor's suggestion_label); alone, the suggestion itself."""
        if self.label_for is not None:
            return self.label_for(p, suggestion)
        if suggestion:
            return suggestion
        return translate("FindingsPanel", "hapus «{text}»").format(text=p.finding.text.strip())

    def _line(self, p: Placed) -> str:
        f = p.finding
        fix = f" → {self.label(p, f.suggestions[0])}" if f.suggestions else ""
        shown = f.text if f.text.strip() else "␣" * len(f.text)  # a flagged space stays visible
        return f"{shown}{fix} — {f.message}"

    def items(self) -> list[QTreeWidgetItem]:
        out = []
        for i in range(self.tree.topLevelItemCount()):
            head = self.tree.topLevelItem(i)
            out.extend(head.child(j) for j in range(head.childCount()))
        return out

    def select(self, p: Placed | None) -> None:
        if p is None:
            return
        for item in self.items():
            q = item.data(0, ROLE)
            if q.pid == p.pid and q.finding == p.finding:
                self.tree.blockSignals(True)
                self.tree.setCurrentItem(item)
                self.tree.blockSignals(False)
                self._show(item)
                return

    # -- detail -----------------------------------------------------------------------------
    def _clicked(self, item: QTreeWidgetItem) -> None:
        p = item.data(0, ROLE)
        if isinstance(p, Placed):
            self.activated.emit(p)

    def _show(self, item: QTreeWidgetItem | None) -> None:
        p = item.data(0, ROLE) if item is not None else None
        p = p if isinstance(p, Placed) else None
        self.current = p
        for b in self._buttons:
            self.suggestion_row.removeWidget(b)
            b.deleteLater()
        self._buttons = []
        self.detail.setEnabled(p is not None)
        if p is None:
            self.message.setText(
                translate("FindingsPanel", "Pilih temuan untuk melihat penjelasan dan sarannya.")
            )
            self.meta.setText("")
            self.add_word_btn.setVisible(False)
            self.fix_all_btn.setVisible(False)
            return
        f = p.finding
        self.message.setText(f.message)
        ref = f" · {f.reference}" if f.reference else ""
        self.meta.setText(f"{categories.severity_label(f.severity)} · {f.rule}{ref}")
        for i, sugg in enumerate(f.suggestions[:5]):
            b = QPushButton(self.label(p, sugg), objectName=f"suggestionButton{i}")
            b.clicked.connect(lambda checked=False, i=i, p=p: self.applyRequested.emit(p, i))
            self.suggestion_row.addWidget(b)
            self._buttons.append(b)
        self.add_word_btn.setVisible(f.category == "spelling")
        same = sum(1 for it in self.items() if it.data(0, ROLE).finding.rule == f.rule)
        self.fix_all_btn.setVisible(bool(f.suggestions) and same > 1)
        self.fix_all_btn.setText(translate("FindingsPanel", "Perbaiki semua ({n})").format(n=same))

    def _emit_dismiss(self, scope: str) -> None:
        if self.current is not None:
            self.dismissRequested.emit(self.current, scope)

    def _emit_add_word(self) -> None:
        if self.current is not None:
            self.addWordRequested.emit(self.current.finding.text)

    def _emit_fix_all(self) -> None:
        if self.current is not None:
            self.fixAllRequested.emit(self.current.finding.rule)
