"""The draft editor: rich text with wavy underlines drawn from findings, suggestions on right-click,
F7 / Shift+F7 to walk through findings, and "Perbaiki semua" as one undo step."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from editor.checks.finding import Finding
from editor.document.model import Document
from editor.gui import categories
from editor.gui.checking import CheckScheduler, block_by_id
from editor.gui.qt import (
    QAction,
    QColor,
    QContextMenuEvent,
    QCoreApplication,
    QKeySequence,
    QMenu,
    QMimeData,
    QPoint,
    Qt,
    QTextCharFormat,
    QTextCursor,
    QTextEdit,
    QWidget,
    Signal,
)
from editor.gui.textdoc import iter_blocks, load_document, to_document

translate = QCoreApplication.translate


@dataclass(frozen=True)
class Placed:
    """A finding in the editor: paragraph version id, block number when drawn, the finding
    (paragraph-relative) and its absolute start and end at the time it was drawn."""

    pid: int
    block: int
    finding: Finding
    start: int
    end: int


class DraftEditor(QTextEdit):
    findingsChanged = Signal()
    currentFindingChanged = Signal(object)  # Placed | None
    dismissRequested = Signal(object, str)  # Placed, "once" | "article"
    addWordRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draftEditor")
        self.setAcceptRichText(False)
        self.setTabChangesFocus(False)
        self.document().setDocumentMargin(24)
        font = self.font()
        font.setPointSize(12)
        self.setFont(font)
        self.base: Document | None = None
        self.hidden: Callable[[Placed], bool] = lambda placed: False
        self.placed: list[Placed] = []
        self.comment_ranges: list[tuple[int, int, str]] = []  # start, end, quote
        self._text_cache: tuple[int, str] = (-1, "")
        self._edits = 0
        self.document().contentsChange.connect(self._count_edit)
        self.scheduler = CheckScheduler(self.document(), self.visible_blocks, self)
        self.scheduler.updated.connect(self.redraw)
        self._add_shortcuts()

    # -- document ---------------------------------------------------------------------------
    def set_draft(self, document: Document) -> None:
        self.base = document
        self.scheduler.base = document
        self.scheduler.findings.clear()
        load_document(self.document(), document)
        self.scheduler.recheck_all()
        self.redraw()

    def draft(self) -> Document:
        return to_document(self.document(), self.base)

    def _count_edit(self, *_args: int) -> None:
        self._edits += 1

    def plain_text(self) -> str:
        """The checked text (paragraphs joined with "\\n"), cached per document revision."""
        rev = self._edits
        if self._text_cache[0] != rev:
            text = "\n".join(b.text() for b in iter_blocks(self.document()))
            self._text_cache = (rev, text)
        return self._text_cache[1]

    def visible_blocks(self) -> tuple[int, int]:
        top = self.cursorForPosition(QPoint(0, 0)).blockNumber()
        bottom_right = QPoint(self.viewport().width() - 1, self.viewport().height() - 1)
        return top, self.cursorForPosition(bottom_right).blockNumber()

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 - Qt override
        self.textCursor().insertText(source.text().replace("\r\n", "\n"))

    # -- underlines -------------------------------------------------------------------------
    def redraw(self) -> None:
        placed: list[Placed] = []
        selections = []
        found = self.scheduler.findings
        for block in iter_blocks(self.document()):
            items = found.get(block.userState())
            if not items:
                continue
            base, text = block.position(), block.text()
            for f in items:
                if text[f.start : f.end] != f.text:
                    continue
                p = Placed(block.userState(), block.blockNumber(), f, base + f.start, base + f.end)
                if self.hidden(p):
                    continue
                placed.append(p)
                selections.append(self._selection(p))
        self.placed = placed
        self.setExtraSelections(self._comment_selections() + selections)
        self.findingsChanged.emit()

    def _comment_selections(self) -> list[QTextEdit.ExtraSelection]:
        """Reviewer comments: a light yellow background where the quoted text still is."""
        out = []
        text = self.plain_text()
        for start, end, quote in self.comment_ranges:
            if end <= start or text[start:end] != quote:
                continue
            sel = QTextEdit.ExtraSelection()
            fmt = QTextCharFormat()
            fmt.setBackground(QColor("#fff3b0"))
            sel.format = fmt
            cursor = QTextCursor(self.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = cursor
            out.append(sel)
        return out

    def _selection(self, p: Placed) -> QTextEdit.ExtraSelection:
        sel = QTextEdit.ExtraSelection()
        fmt = QTextCharFormat()
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        fmt.setUnderlineColor(QColor(categories.colour(p.finding.category)))
        sel.format = fmt
        cursor = QTextCursor(self.document())
        cursor.setPosition(p.start)
        cursor.setPosition(p.end, QTextCursor.MoveMode.KeepAnchor)
        sel.cursor = cursor
        return sel

    # -- acting on findings -----------------------------------------------------------------
    def locate(self, p: Placed) -> tuple[int, int] | None:
        """Where ``p`` is now, or None when its paragraph was edited since it was checked."""
        block = block_by_id(self.document(), p.pid, p.block)
        if block is None or block.text()[p.finding.start : p.finding.end] != p.finding.text:
            return None
        return block.position() + p.finding.start, block.position() + p.finding.end

    def select_finding(self, p: Placed) -> bool:
        where = self.locate(p)
        if where is None:
            return False
        cursor = self.textCursor()
        cursor.setPosition(where[0])
        cursor.setPosition(where[1], QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        self.currentFindingChanged.emit(p)
        return True

    def apply(self, p: Placed, choice: int = 0) -> bool:
        where = self.locate(p)
        if where is None or choice >= len(p.finding.suggestions):
            return False
        cursor = QTextCursor(self.document())
        cursor.setPosition(where[0])
        cursor.setPosition(where[1], QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(p.finding.suggestions[choice])
        return True

    def fix_all(self, rule: str) -> int:
        """Apply the first suggestion of every finding of ``rule``, as one undoable step."""
        targets = [p for p in self.placed if p.finding.rule == rule and p.finding.suggestions]
        spots = sorted(
            ((w, p) for p in targets if (w := self.locate(p)) is not None),
            key=lambda item: item[0][0],
            reverse=True,
        )
        if not spots:
            return 0
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        last_start = None
        count = 0
        for (start, end), p in spots:
            if last_start is not None and end > last_start:
                continue  # overlapping spans: the later one was already replaced
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(p.finding.suggestions[0])
            last_start = start
            count += 1
        cursor.endEditBlock()
        return count

    def finding_at(self, position: int) -> Placed | None:
        for p in self.placed:
            if p.start <= position < p.end or (p.start == position == p.end):
                return p
        return None

    def step(self, forward: bool) -> Placed | None:
        """F7 / Shift+F7: select the next (previous) finding after (before) the cursor."""
        if not self.placed:
            return None
        cursor = self.textCursor()
        if forward:
            pos = cursor.selectionEnd() if cursor.hasSelection() else cursor.position()
            nxt = next((p for p in self.placed if p.start >= pos), self.placed[0])
        else:
            pos = cursor.selectionStart()
            before = [p for p in self.placed if p.start < pos]
            nxt = before[-1] if before else self.placed[-1]
        self.select_finding(nxt)
        return nxt

    def _add_shortcuts(self) -> None:
        for key, forward in (("F7", True), ("Shift+F7", False)):
            action = QAction(self)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda checked=False, f=forward: self.step(f))
            self.addAction(action)

    # -- context menu -----------------------------------------------------------------------
    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt override
        pos = self.cursorForPosition(event.pos()).position()
        p = self.finding_at(pos)
        menu = self.build_menu(p) if p else self.createStandardContextMenu()
        menu.exec(event.globalPos())

    def build_menu(self, p: Placed) -> QMenu:
        menu = QMenu(self)
        menu.setObjectName("findingMenu")
        head = menu.addAction(p.finding.message)
        head.setEnabled(False)
        menu.addSeparator()
        for i, sugg in enumerate(p.finding.suggestions[:6]):
            act = menu.addAction(sugg if sugg else translate("DraftEditor", "(hapus)"))
            font = act.font()
            font.setBold(True)
            act.setFont(font)
            act.triggered.connect(lambda checked=False, i=i: self.apply(p, i))
        if not p.finding.suggestions:
            menu.addAction(translate("DraftEditor", "Tidak ada saran")).setEnabled(False)
        menu.addSeparator()
        menu.addAction(
            translate("DraftEditor", "Abaikan"), lambda: self.dismissRequested.emit(p, "once")
        )
        menu.addAction(
            translate("DraftEditor", "Abaikan di artikel ini"),
            lambda: self.dismissRequested.emit(p, "article"),
        )
        if p.finding.category == "spelling":
            menu.addAction(
                translate("DraftEditor", "Tambahkan ke kamus"),
                lambda: self.addWordRequested.emit(p.finding.text),
            )
        if (
            sum(1 for q in self.placed if q.finding.rule == p.finding.rule) > 1
            and p.finding.suggestions
        ):
            menu.addAction(
                translate("DraftEditor", "Perbaiki semua ({rule})").format(rule=p.finding.rule),
                lambda: self.fix_all(p.finding.rule),
            )
        return menu
