"""The history panel: revisions, status changes, dismissals, comments and exports of one article,
and a word diff between two revisions."""

from __future__ import annotations

import difflib
import html
import re
from datetime import datetime
from typing import TYPE_CHECKING

from editor.gui.labels import status_label
from editor.gui.qt import (
    QComboBox,
    QCoreApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
    Signal,
)
from editor.states import EXPORT_FORMAT_LABELS

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from db.records import ArticleHistory

_WORDS = re.compile(r"\s+|[^\s]+")


def _when(moment: datetime) -> str:
    return moment.astimezone().strftime("%d-%m-%Y %H:%M")


def history_lines(h: ArticleHistory) -> list[tuple[datetime, str]]:
    """Everything that happened to the article, newest first, as readable lines."""
    events: list[tuple[datetime, str]] = []
    for r in h.revisions:
        mark = translate("HistoryPanel", " (konflik)") if r.conflict else ""
        events.append((r.created_at, translate("HistoryPanel", "Revisi {n} oleh {who}{mark}").format(
            n=r.number, who=r.author, mark=mark)))  # fmt: skip
    for c in h.status_changes:
        text = translate("HistoryPanel", "{who}: {a} → {b}").format(
            who=c.user, a=status_label(c.from_status) if c.from_status else "—",
            b=status_label(c.to_status))  # fmt: skip
        if c.comment:
            text += f" — “{c.comment}”"
        events.append((c.created_at, text))
    for d in h.decisions:
        events.append((d.created_at, translate("HistoryPanel", "{who} mengabaikan “{text}” ({rule}, {scope})").format(
            who=d.user, text=d.text, rule=d.rule, scope=d.scope)))  # fmt: skip
    for c in h.comments:
        events.append((c.created_at, translate("HistoryPanel", "{who} berkomentar pada “{quote}”: {body}").format(
            who=c.user, quote=c.quote[:40], body=c.body)))  # fmt: skip
        if c.resolved and c.resolved_at is not None:
            events.append((c.resolved_at, translate("HistoryPanel", "{who} menandai komentar pada “{quote}” selesai").format(
                who=c.resolved_by or "—", quote=c.quote[:40])))  # fmt: skip
    for e in h.exports:
        events.append((e.created_at, translate("HistoryPanel", "{who} mengekspor {format} ke {file}").format(
            who=e.user, format=EXPORT_FORMAT_LABELS.get(e.format, e.format), file=e.file_name)))  # fmt: skip
    events.sort(key=lambda item: item[0], reverse=True)
    return [(at, f"{_when(at)}  {text}") for at, text in events]


def diff_html(old: str, new: str) -> str:
    """A word diff: deletions struck through in red, insertions underlined in green."""
    a, b = _WORDS.findall(old), _WORDS.findall(new)
    out: list[str] = []
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            out.append(html.escape("".join(a[i1:i2])))
            continue
        if op in ("delete", "replace"):
            out.append('<span style="background:#fdd;color:#b71c1c;text-decoration:line-through">'
                       f"{html.escape(''.join(a[i1:i2]))}</span>")  # fmt: skip
        if op in ("insert", "replace"):
            out.append('<span style="background:#dfd;color:#1b5e20;text-decoration:underline">'
                       f"{html.escape(''.join(b[j1:j2]))}</span>")  # fmt: skip
    return "<div style='white-space: pre-wrap'>" + "".join(out).replace("\n", "<br>") + "</div>"


class HistoryPanel(QWidget):
    compareRequested = Signal(int, int)  # old revision id, new revision id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyPanel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.events = QListWidget(objectName="historyList")
        self.events.setWordWrap(True)
        self.heading = QLabel(translate("HistoryPanel", "Riwayat rilis"))
        layout.addWidget(self.heading)
        layout.addWidget(self.events, 2)
        row = QHBoxLayout()
        self.old_rev = QComboBox(objectName="diffOld")
        self.new_rev = QComboBox(objectName="diffNew")
        self.compare_btn = QPushButton(
            translate("HistoryPanel", "Bandingkan"), objectName="compareButton"
        )
        self.compare_btn.clicked.connect(self._compare)
        row.addWidget(self.old_rev, 1)
        row.addWidget(QLabel("→"))
        row.addWidget(self.new_rev, 1)
        row.addWidget(self.compare_btn)
        layout.addLayout(row)
        self.diff = QTextBrowser(objectName="diffView")
        layout.addWidget(self.diff, 3)

    def show_history(self, history: ArticleHistory) -> None:
        self.events.clear()
        for _at, line in history_lines(history):
            self.events.addItem(line)
        for combo in (self.old_rev, self.new_rev):
            combo.clear()
            for r in history.revisions:
                combo.addItem(translate("HistoryPanel", "Revisi {n}").format(n=r.number), r.id)
        n = len(history.revisions)
        self.old_rev.setCurrentIndex(max(0, n - 2))
        self.new_rev.setCurrentIndex(max(0, n - 1))
        self.compare_btn.setEnabled(n > 1)
        self.diff.clear()

    def _compare(self) -> None:
        old, new = self.old_rev.currentData(), self.new_rev.currentData()
        if old is not None and new is not None:
            self.compareRequested.emit(int(old), int(new))

    def show_diff(self, old: str, new: str) -> None:
        self.diff.setHtml(diff_html(old, new))

    def retranslate(self) -> None:
        self.heading.setText(translate("HistoryPanel", "Riwayat rilis"))
        self.compare_btn.setText(translate("HistoryPanel", "Bandingkan"))
