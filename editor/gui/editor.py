"""The draft editor: rich text with wavy underlines drawn from findings, suggestions on right-click,
F7 / Shift+F7 to walk through findings, and "Perbaiki semua" as one undo step."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from editor.checks.finding import Finding, fix_shown
from editor.document.model import Document
from editor.gui import categories
from editor.gui.checking import CheckScheduler, block_by_id
from editor.gui.offsets import OffsetMap, qt_length, to_qt
from editor.gui.qt import (
    QAction,
    QColor,
    QContextMenuEvent,
    QCoreApplication,
    QDropEvent,
    QKeySequence,
    QMenu,
    QMimeData,
    QPlainTextEdit,
    QPoint,
    Qt,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextEdit,
    QTimer,
    QWidget,
    Signal,
)
from editor.gui.textdoc import iter_blocks, load_document, to_document

DRAFT_SUFFIXES = frozenset({".txt", ".md", ".docx"})
REDRAW_MARGIN = 120  # blocks above and below the visible part drawn in a big draft

translate = QCoreApplication.translate


@dataclass(frozen=True)
class Placed:
    """A finding in the editor: paragraph version id, block number when drawn, the finding
    (paragraph-relative, Python offsets), its absolute start and end in the checked text
    (Python offsets, as the engine and the services count) and the same span in Qt's UTF-16
    document positions (for cursors)."""

    pid: int
    block: int
    finding: Finding
    start: int
    end: int
    qt_start: int = -1
    qt_end: int = -1


@dataclass(frozen=True)
class Change:
    """One replacement a batch fix would make, shown in the preview before it is applied."""

    placed: Placed
    before: str  # the sentence part around the change, as it is
    after: str  # the same with the fix applied


class DraftEditor(QPlainTextEdit):
    """A plain-text editor with formats: QPlainTextEdit lays out a 5 MB draft per block (a key
    costs well under a millisecond, where QTextEdit relayouts ~100 ms); italic and bold runs are
    kept as character formats."""

    findingsChanged = Signal()
    currentFindingChanged = Signal(object)  # Placed | None
    dismissRequested = Signal(object, str)  # Placed, "once" | "article"
    addWordRequested = Signal(str)
    fixAllRequested = Signal(str)  # rule id: the window previews the batch fix
    filesDropped = Signal(list)  # paths of draft files dropped on the text

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draftEditor")
        self.setTabChangesFocus(False)
        self.document().setDocumentMargin(24)
        font = self.font()
        font.setPointSize(12)
        self.setFont(font)
        self.base: Document | None = None
        self.hidden: Callable[[Placed], bool] = lambda placed: False
        self.placed: list[Placed] = []
        self.comment_ranges: list[tuple[int, int, str]] = []  # start, end, quote (Python)
        self._anchors: list[tuple[QTextCursor, str]] = []  # comments, moved by Qt on edits
        self._text_cache: tuple[int, str, OffsetMap | None] = (-1, "", None)
        self._edits = 0
        self._word_cache: dict[int, int] = {}
        self._astral = False  # the text holds characters outside the BMP (emoji)
        self.document().contentsChange.connect(self._count_edit)
        self.document().contentsChange.connect(self._note_astral)
        self.scheduler = CheckScheduler(self.document(), self.visible_blocks, self)
        self.scheduler.updated.connect(self.redraw)
        self._scrolled = QTimer(self, singleShot=True, interval=80)
        self._scrolled.timeout.connect(self.redraw)
        self.verticalScrollBar().valueChanged.connect(
            lambda _v: self._scrolled.start() if self.scheduler.big else None
        )
        self._add_shortcuts()

    # -- document ---------------------------------------------------------------------------
    def set_draft(self, document: Document) -> None:
        self.base = document
        self.scheduler.base = document
        self.scheduler.findings.clear()
        load_document(self.document(), document)
        self._astral = qt_length(document.text) != len(document.text)
        self.set_comments(self.comment_ranges, redraw=False)
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
            self._text_cache = (rev, text, None)
        return self._text_cache[1]

    def first_line(self) -> str:
        """The first non-empty paragraph (the title), as it is now."""
        for block in iter_blocks(self.document()):
            text = block.text().strip()
            if text:
                return text
        return ""

    def word_count(self, count: Callable[[str], int]) -> int:
        """Words in the draft; each paragraph is counted once per version (a 5 MB draft is
        not counted again on every key)."""
        cache, total = self._word_cache, 0
        fresh: dict[int, int] = {}
        for block in iter_blocks(self.document()):
            pid = block.userState()
            n = cache.get(pid) if pid >= 0 else None
            if n is None:
                n = count(block.text())
            fresh[pid] = n
            total += n
        self._word_cache = fresh
        return total

    def offsets(self) -> OffsetMap:
        """Python <-> UTF-16 offsets of the whole text (cached with :meth:`plain_text`)."""
        text = self.plain_text()
        rev, _, omap = self._text_cache
        if omap is None:
            omap = OffsetMap(text)
            self._text_cache = (rev, text, omap)
        return omap

    def cursor_between(self, start: int, end: int) -> QTextCursor:
        """A cursor selecting Python offsets ``start``..``end`` of the checked text."""
        omap = self.offsets()
        cursor = QTextCursor(self.document())
        cursor.setPosition(omap.to_qt(start))
        cursor.setPosition(omap.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def selection_range(self) -> tuple[int, int]:
        """The selection in Python offsets of the checked text."""
        cursor, omap = self.textCursor(), self.offsets()
        return omap.to_py(cursor.selectionStart()), omap.to_py(cursor.selectionEnd())

    def visible_blocks(self) -> tuple[int, int]:
        top = self.firstVisibleBlock()
        bottom_right = QPoint(self.viewport().width() - 1, self.viewport().height() - 1)
        return top.blockNumber(), self.cursorForPosition(bottom_right).blockNumber()

    # -- drops and pastes -------------------------------------------------------------------
    def dropped_drafts(self, source: QMimeData) -> list[Path]:
        """Local draft files (.txt, .md, .docx) in a drop: they are opened, not inserted."""
        if not source.hasUrls():
            return []
        paths = [Path(u.toLocalFile()) for u in source.urls() if u.isLocalFile()]
        return [p for p in paths if p.is_dir() or p.suffix.lower() in DRAFT_SUFFIXES]

    def canInsertFromMimeData(self, source: QMimeData) -> bool:  # noqa: N802 - Qt override
        return bool(self.dropped_drafts(source)) or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 - Qt override
        drafts = self.dropped_drafts(source)
        if drafts:
            self.filesDropped.emit(drafts)
            return
        if source.hasUrls() and not source.hasText():
            return  # other files: never their file:/// address in a release
        self.textCursor().insertText(source.text().replace("\r\n", "\n"))

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        drafts = self.dropped_drafts(event.mimeData())
        if drafts:
            event.acceptProposedAction()
            self.filesDropped.emit(drafts)
            return
        super().dropEvent(event)

    # -- comments ---------------------------------------------------------------------------
    def set_comments(self, ranges: list[tuple[int, int, str]], redraw: bool = True) -> None:
        """Reviewer comments (Python offsets); their anchors then move with every edit."""
        self.comment_ranges = list(ranges)
        self._anchors = []
        text = self.plain_text()
        for start, end, quote in ranges:
            if end <= start or text[start:end] != quote:
                continue
            self._anchors.append((self.cursor_between(start, end), quote))
        if redraw:
            self.redraw()

    def comment_spans(self) -> list[tuple[int, int]]:
        """Where each anchored comment is now (Python offsets)."""
        omap = self.offsets()
        return [(omap.to_py(c.selectionStart()), omap.to_py(c.selectionEnd()))
                for c, _ in self._anchors]  # fmt: skip

    # -- underlines -------------------------------------------------------------------------
    def redraw(self) -> None:
        """Underlines for the current findings. A big draft draws the blocks around the visible
        part only (and again when scrolled), so a 5 MB text never makes the UI wait."""
        placed: list[Placed] = []
        selections = []
        found = self.scheduler.findings
        doc = self.document()
        if self.scheduler.big:
            lo, hi = self.visible_blocks()
            first = doc.findBlockByNumber(max(0, lo - REDRAW_MARGIN))
            last = hi + REDRAW_MARGIN
            py_base = self._py_position(first)
        else:
            first, last, py_base = doc.begin(), doc.blockCount(), 0
        block = first
        while block.isValid() and block.blockNumber() <= last:
            text = block.text()
            items = found.get(block.userState())
            if items:
                qt_base = block.position()
                for f in items:
                    if text[f.start : f.end] != f.text:
                        continue
                    p = Placed(block.userState(), block.blockNumber(), f, py_base + f.start,
                               py_base + f.end, qt_base + to_qt(text, f.start),
                               qt_base + to_qt(text, f.end))  # fmt: skip
                    if self.hidden(p):
                        continue
                    placed.append(p)
                    selections.append(self._selection(p))
            py_base += len(text) + 1
            block = block.next()
        self.placed = placed
        self.setExtraSelections(self._comment_selections() + selections)
        self.findingsChanged.emit()

    def _py_position(self, block: QTextBlock) -> int:
        """Python offset of ``block`` in the checked text: its Qt position unless the text
        holds characters outside the BMP (then counted exactly)."""
        if not self._astral:
            return block.position()
        return self.offsets().to_py(block.position())

    def _note_astral(self, position: int, removed: int, added: int) -> None:
        if self._astral or not added:
            return
        block, last = (
            self.document().findBlock(position),
            self.document().findBlock(position + added),
        )
        while block.isValid():
            if qt_length(block.text()) != len(block.text()):
                self._astral = True
                return
            if block == last:
                return
            block = block.next()

    def _comment_selections(self) -> list[QTextEdit.ExtraSelection]:
        """Reviewer comments: a light yellow background where the anchored text is."""
        out = []
        for cursor, _quote in self._anchors:
            if not cursor.hasSelection():
                continue  # the commented text was deleted
            sel = QTextEdit.ExtraSelection()
            fmt = QTextCharFormat()
            fmt.setBackground(QColor("#fff3b0"))
            sel.format = fmt
            sel.cursor = QTextCursor(cursor)
            out.append(sel)
        return out

    def _selection(self, p: Placed) -> QTextEdit.ExtraSelection:
        sel = QTextEdit.ExtraSelection()
        fmt = QTextCharFormat()
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        fmt.setUnderlineColor(QColor(categories.colour(p.finding.category)))
        if not p.finding.text.strip():  # a flagged space: shaded, so it can be seen and hit
            fmt.setBackground(QColor(categories.colour(p.finding.category)).lighter(185))
        sel.format = fmt
        cursor = QTextCursor(self.document())
        cursor.setPosition(p.qt_start)
        cursor.setPosition(p.qt_end, QTextCursor.MoveMode.KeepAnchor)
        sel.cursor = cursor
        return sel

    # -- acting on findings -----------------------------------------------------------------
    def locate(self, p: Placed) -> tuple[int, int] | None:
        """Where ``p`` is now in Qt document positions, or None when its paragraph was edited
        since it was checked."""
        block = block_by_id(self.document(), p.pid, p.block)
        if block is None:
            return None
        text, f = block.text(), p.finding
        if text[f.start : f.end] != f.text:
            return None
        return block.position() + to_qt(text, f.start), block.position() + to_qt(text, f.end)

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

    def batch_changes(self, rule: str) -> list[Change]:
        """What "Perbaiki semua" would change for ``rule``: only findings the engine marked
        safe for a batch fix (``Finding.batch_safe``), each with its context for the preview."""
        out = []
        for p in self.placed:
            f = p.finding
            if f.rule != rule or not f.batch_safe or not f.suggestions:
                continue
            block = block_by_id(self.document(), p.pid, p.block)
            if block is None or block.text()[f.start : f.end] != f.text:
                continue
            before, after = change_context(block.text(), f.start, f.end, f.suggestions[0])
            out.append(Change(p, before, after))
        return out

    def apply_changes(self, changes: list[Change]) -> int:
        """Apply the first suggestion of each change, as one undoable step."""
        spots = sorted(
            ((w, c.placed) for c in changes if (w := self.locate(c.placed)) is not None),
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

    def fix_all(self, rule: str) -> int:
        """Every batch-safe finding of ``rule`` fixed at once, without a preview (the window
        asks first; see :class:`editor.gui.batchfix.BatchFixDialog`)."""
        return self.apply_changes(self.batch_changes(rule))

    def finding_at(self, position: int) -> Placed | None:
        """The finding under Qt position ``position``; a flagged space (or a place where a
        space is missing) is also hit from the characters on either side of it."""
        for p in self.placed:
            if p.qt_start <= position < p.qt_end or (p.qt_start == position == p.qt_end):
                return p
        for p in self.placed:
            if not p.finding.text.strip() and p.qt_start - 1 <= position <= p.qt_end:
                return p
        return None

    def step(self, forward: bool) -> Placed | None:
        """F7 / Shift+F7: select the next (previous) finding after (before) the cursor."""
        if not self.placed:
            return None
        cursor = self.textCursor()
        if forward:
            pos = cursor.selectionEnd() if cursor.hasSelection() else cursor.position()
            nxt = next((p for p in self.placed if p.qt_start >= pos), self.placed[0])
        else:
            pos = cursor.selectionStart()
            before = [p for p in self.placed if p.qt_start < pos]
            nxt = before[-1] if before else self.placed[-1]
        self.select_finding(nxt)
        return nxt

    def _add_shortcuts(self) -> None:
        """F7 / Shift+F7 live here once; the window puts these same actions in its menu
        (two actions with one key would make Qt refuse both: "Ambiguous shortcut")."""
        self.next_action = QAction(self, objectName="nextFindingAction")
        self.prev_action = QAction(self, objectName="prevFindingAction")
        for action, key, forward in ((self.next_action, "F7", True),
                                     (self.prev_action, "Shift+F7", False)):  # fmt: skip
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda checked=False, f=forward: self._step_focus(f))
            self.addAction(action)

    def _step_focus(self, forward: bool) -> None:
        self.setFocus()
        self.step(forward)

    # -- context menu -----------------------------------------------------------------------
    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt override
        pos = self.cursorForPosition(event.pos()).position()
        p = self.finding_at(pos)
        menu = self.build_menu(p) if p else self.createStandardContextMenu()
        menu.exec(event.globalPos())

    def suggestion_label(self, p: Placed, suggestion: str) -> str:
        """What a menu, the findings list and its buttons show for a suggestion: the word it
        makes when the finding is only a space or a deletion ("Sukses nya" -> "Suksesnya"),
        else the suggestion itself; "hapus «…»" only where no text is left to show."""
        f = p.finding
        block = block_by_id(self.document(), p.pid, p.block)
        shown = fix_shown(block.text() if block is not None else "", f, suggestion)
        if shown:
            return shown
        return translate("DraftEditor", "hapus «{text}»").format(text=f.text.strip() or "␣")

    def build_menu(self, p: Placed) -> QMenu:
        menu = QMenu(self)
        menu.setObjectName("findingMenu")
        head = menu.addAction(p.finding.message)
        head.setEnabled(False)
        menu.addSeparator()
        for i, sugg in enumerate(p.finding.suggestions[:6]):
            act = menu.addAction(self.suggestion_label(p, sugg))
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
        same = sum(
            1 for q in self.placed if q.finding.rule == p.finding.rule and q.finding.batch_safe
        )
        if same > 1 and p.finding.batch_safe and p.finding.suggestions:
            menu.addAction(
                translate("DraftEditor", "Perbaiki semua yang serupa ({n})…").format(n=same),
                lambda: self.fixAllRequested.emit(p.finding.rule),
            )
        menu.addSeparator()
        self._add_edit_actions(menu)
        return menu

    def _add_edit_actions(self, menu: QMenu) -> None:
        """Cut, Copy, Paste as in any text editor (Indonesian labels, standard keys)."""
        has_sel = self.textCursor().hasSelection()
        for text, key, slot, enabled in (
            (translate("DraftEditor", "Potong"), QKeySequence.StandardKey.Cut, self.cut,
             has_sel and not self.isReadOnly()),
            (translate("DraftEditor", "Salin"), QKeySequence.StandardKey.Copy, self.copy, has_sel),
            (translate("DraftEditor", "Tempel"), QKeySequence.StandardKey.Paste, self.paste,
             self.canPaste()),
        ):  # fmt: skip
            act = menu.addAction(text, slot)
            act.setShortcut(QKeySequence(key))
            act.setEnabled(enabled)


def change_context(text: str, start: int, end: int, replacement: str,
                   words: int = 3) -> tuple[str, str]:  # fmt: skip
    """The ``words`` words around ``text[start:end]`` before and after the replacement, for
    previews: ("Sukses nya pilkada", "Suksesnya pilkada")."""
    left = start
    for _ in range(words):
        left = text.rfind(" ", 0, max(0, left - 1)) + 1 if left > 0 else 0
    right = end
    for _ in range(words):
        nxt = text.find(" ", right + 1) if right < len(text) else -1
        right = len(text) if nxt < 0 else nxt
    if words == 1:  # only the word(s) the change touches
        left = text.rfind(" ", 0, start) + 1
        space = text.find(" ", end)
        right = len(text) if space < 0 else space
    before = text[left:right]
    after = text[left:start] + replacement + text[end:right]
    return before, after
