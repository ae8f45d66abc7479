"""The reviewers' comments on one article: open ones first, resolved ones greyed and struck
through; a button marks the chosen comment resolved (or opens it again)."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from editor.gui.qt import (
    QBrush,
    QColor,
    QCoreApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from db.records import CommentRecord

ID_ROLE = Qt.ItemDataRole.UserRole
RESOLVED_ROLE = Qt.ItemDataRole.UserRole + 1
SPAN_ROLE = Qt.ItemDataRole.UserRole + 2


def _when(moment: datetime | None) -> str:
    return moment.astimezone().strftime("%d-%m-%Y %H:%M") if moment else ""


def comment_text(c: CommentRecord) -> str:
    quote = c.quote if len(c.quote) <= 60 else c.quote[:57] + "…"
    text = translate("CommentsPanel", "“{quote}”\n{body}\n— {who}, {when}").format(
        quote=quote, body=c.body, who=c.user, when=_when(c.created_at)
    )
    if c.resolved:
        text += "\n" + translate("CommentsPanel", "✓ Selesai ({who}, {when})").format(
            who=c.resolved_by or "—", when=_when(c.resolved_at)
        )
    return text


class CommentsPanel(QWidget):
    resolveRequested = Signal(int, bool)  # comment id, resolved
    activated = Signal(int, int)  # start, end of the commented text

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("commentsPanel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.heading = QLabel(objectName="commentsHeading")
        self.list = QListWidget(objectName="commentsList")
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        self.list.currentItemChanged.connect(lambda *_: self._update_button())
        self.list.itemClicked.connect(self._clicked)
        self.resolve_btn = QPushButton(objectName="resolveCommentButton")
        self.resolve_btn.clicked.connect(self._toggle)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.resolve_btn)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        self.open_count = 0
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(
            translate("CommentsPanel", "Komentar peninjau: {n} terbuka").format(n=self.open_count)
        )
        self._update_button()

    def show_comments(self, comments: tuple[CommentRecord, ...] | list[CommentRecord]) -> None:
        chosen = self.current_id()
        self.list.clear()
        ordered = sorted(comments, key=lambda c: (c.resolved, c.start, c.created_at))
        for c in ordered:
            item = QListWidgetItem(comment_text(c))
            item.setData(ID_ROLE, c.id)
            item.setData(RESOLVED_ROLE, c.resolved)
            item.setData(SPAN_ROLE, (c.start, c.end))
            font = item.font()
            font.setStrikeOut(c.resolved)
            item.setFont(font)
            colour = "#8a8a8a" if c.resolved else "#202020"
            item.setForeground(QBrush(QColor(colour)))
            item.setBackground(QBrush(QColor("#f1f1f1" if c.resolved else "#fff8d6")))
            self.list.addItem(item)
            if c.id == chosen:
                self.list.setCurrentItem(item)
        self.open_count = sum(1 for c in comments if not c.resolved)
        self.retranslate()

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else int(item.data(ID_ROLE))

    def item_for(self, comment_id: int) -> QListWidgetItem | None:
        for i in range(self.list.count()):
            if self.list.item(i).data(ID_ROLE) == comment_id:
                return self.list.item(i)
        return None

    def _update_button(self) -> None:
        item = self.list.currentItem()
        resolved = item is not None and bool(item.data(RESOLVED_ROLE))
        self.resolve_btn.setEnabled(item is not None)
        self.resolve_btn.setText(
            translate("CommentsPanel", "Buka lagi")
            if resolved
            else translate("CommentsPanel", "Tandai selesai")
        )

    def _toggle(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.resolveRequested.emit(int(item.data(ID_ROLE)), not bool(item.data(RESOLVED_ROLE)))

    def _clicked(self, item: QListWidgetItem) -> None:
        start, end = item.data(SPAN_ROLE)
        if not item.data(RESOLVED_ROLE):
            self.activated.emit(int(start), int(end))
