"""Background checking of the draft in the editor (CONTRIBUTING.md: the highlighter formats, a worker checks).

Edits give the touched paragraphs a fresh version id and restart a short debounce timer. When it
fires, one job goes to the worker: first the changed paragraphs that are on screen, checked one by
one for the rules that look at a paragraph alone, then the whole document. Results carry the
paragraph version ids they were computed for; a paragraph edited meanwhile has a new id, so its
stale results are dropped. No check runs on the UI thread.

A big draft (more than ``BIG_CHARS``) is never checked whole: the paragraphs on screen go first,
then the rest in small jobs from the top, each job's results shown as they come; the UI thread
only ever looks at the blocks of one job, and a job stops between paragraphs when the window
closes (:meth:`CheckScheduler.cancel`), so closing never waits for a long check.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace

from editor.checks.engine import Checker
from editor.checks.finding import Finding
from editor.document.model import Document, Paragraph
from editor.gui.qt import QObject, QTextBlock, QTextDocument, QTimer, Signal
from editor.gui.tasks import TaskRunner
from editor.gui.textdoc import iter_blocks, paragraph_of

DEBOUNCE_MS = 120
BIG_CHARS = 300_000  # above this, paragraph jobs only (no whole-document pass)
JOB_CHARS = 12_000  # text per job of a big draft: a job is done (or cancelled) quickly
SWEEP_BLOCKS = 300  # blocks the UI thread looks at per job of a big draft
# Rules that need the whole document; a paragraph checked alone leaves them to the full pass.
DOCUMENT_CATEGORIES = frozenset({"structure", "consistency"})

_ids = itertools.count(1)


@dataclass(frozen=True)
class Snapshot:
    """What the worker needs: plain data only."""

    ids: tuple[int, ...]
    paragraphs: tuple[Paragraph, ...]
    first: tuple[int, ...]  # indexes of paragraphs to check alone first (changed and visible)
    base: Document | None


def split_by_paragraph(snap: Snapshot, findings: list[Finding]) -> dict[int, list[Finding]]:
    """Document-level findings -> paragraph-relative findings keyed by paragraph version id."""
    out: dict[int, list[Finding]] = {pid: [] for pid in snap.ids}
    offsets, pos = [], 0
    for para in snap.paragraphs:
        offsets.append(pos)
        pos += len(para.text) + 1
    import bisect

    for f in findings:
        i = max(0, bisect.bisect_right(offsets, f.start) - 1)
        end = min(f.end, offsets[i] + max(len(snap.paragraphs[i].text), 1))
        if end <= f.start:
            end = f.start + 1
        local = replace(  # every field kept (batch_safe included), the span made local
            f, start=f.start - offsets[i], end=end - offsets[i], text=f.text[: end - f.start]
        )
        out[snap.ids[i]].append(local)
    return out


def run_check(checker: Checker, snap: Snapshot, whole: bool,
              cancel: threading.Event | None = None) -> dict[int, list[Finding]]:  # fmt: skip
    """The worker side: paragraph-alone checks (``whole=False``) or the full document.
    Paragraph checks stop early (returning what is done) once ``cancel`` is set."""
    if not whole:
        result: dict[int, list[Finding]] = {}
        for i in snap.first:
            if cancel is not None and cancel.is_set():
                break
            para = snap.paragraphs[i]
            doc = Document((Paragraph(para.text, para.spans, "body"),))
            found = [f for f in checker.check(doc) if f.category not in DOCUMENT_CATEGORIES]
            result[snap.ids[i]] = found
        return result
    base = snap.base or Document(())
    return split_by_paragraph(snap, checker.check(base.with_paragraphs(_titled(snap.paragraphs))))


def _titled(paragraphs: tuple[Paragraph, ...]) -> list[Paragraph]:
    out, seen = [], False
    for p in paragraphs:
        kind = "body"
        if not seen and p.text.strip():
            kind, seen = "title", True
        out.append(Paragraph(p.text, p.spans, kind))
    return out


class CheckScheduler(QObject):
    """Watches a QTextDocument, sends changed paragraphs to a worker, stores fresh findings."""

    updated = Signal()  # findings changed (some paragraphs got results)
    idle = Signal()  # nothing left to check
    failed = Signal(str)

    def __init__(
        self,
        doc: QTextDocument,
        visible: Callable[[], tuple[int, int]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.doc = doc
        self.visible = visible
        self.checker: Checker | None = None
        self.base: Document | None = None
        self.findings: dict[int, list[Finding]] = {}
        self._dirty: set[int] = set()
        self._whole_pending = False
        self._running = False
        self.big = False  # a big draft: paragraph jobs, visible part first (see module doc)
        self._sweep = 0  # big draft: the next block number the sweep looks at
        self._cancel = threading.Event()
        self._runner = TaskRunner(self, serial=True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._start)
        doc.contentsChange.connect(self._on_change)

    # -- edits ------------------------------------------------------------------------------
    def _on_change(self, position: int, removed: int, added: int) -> None:
        block = self.doc.findBlock(position)
        last = self.doc.findBlock(position + added)
        if self.big:
            self._sweep = min(self._sweep, block.blockNumber())
        while block.isValid():
            pid = next(_ids)
            block.setUserState(pid)
            self._dirty.add(pid)
            if block == last:
                break
            block = block.next()
        self._whole_pending = not self.big
        self._timer.start(DEBOUNCE_MS)

    def ensure_ids(self) -> None:
        """Give every block an id (after loading a document without change signals)."""
        seen: set[int] = set()
        for block in iter_blocks(self.doc):
            if block.userState() < 0 or block.userState() in seen:
                block.setUserState(next(_ids))
                self._dirty.add(block.userState())
            seen.add(block.userState())

    def set_checker(self, checker: Checker | None) -> None:
        """A new engine (settings, house dictionary changed): everything is checked again."""
        self.checker = checker
        self.recheck_all()

    def recheck_all(self) -> None:
        self._cancel.clear()
        self.big = self.doc.characterCount() > BIG_CHARS
        if self.big:  # everything again, by the sweep (ids are given as it goes)
            self.findings.clear()
            self._dirty.clear()
            self._sweep = 0
            self._whole_pending = False
            self._timer.start(0)
            return
        self.ensure_ids()
        self._dirty.update(b.userState() for b in iter_blocks(self.doc))
        self._whole_pending = True
        self._timer.start(0)  # at once; the next edit restarts it with the debounce interval

    @property
    def busy(self) -> bool:
        sweeping = self.big and self._sweep < self.doc.blockCount()
        return self._running or self._timer.isActive() or self._whole_pending or sweeping

    # -- jobs -------------------------------------------------------------------------------
    def _snapshot(self) -> Snapshot:
        self.ensure_ids()
        lo, hi = self.visible()
        ids, paras, first = [], [], []
        for block in iter_blocks(self.doc):
            pid = block.userState()
            ids.append(pid)
            paras.append(paragraph_of(block))
            if pid in self._dirty and lo <= block.blockNumber() <= hi and block.text().strip():
                first.append(len(ids) - 1)
        return Snapshot(tuple(ids), tuple(paras), tuple(first), self.base)

    def _big_snapshot(self) -> Snapshot:
        """The next job of a big draft: unchecked paragraphs on screen, else from the sweep
        position on; only the blocks of this job are touched."""
        lo, hi = self.visible()
        picked: dict[int, QTextBlock] = {}
        chars = 0

        def take(block: QTextBlock) -> None:
            nonlocal chars
            pid = block.userState()
            if pid < 0 or pid in picked:
                pid = next(_ids)
                block.setUserState(pid)
            if pid in self.findings:
                return
            if not block.text().strip():
                self.findings[pid] = []
                return
            picked[pid] = block
            chars += len(block.text())

        block = self.doc.findBlockByNumber(max(0, lo))
        while block.isValid() and block.blockNumber() <= hi:
            take(block)
            block = block.next()
        block = self.doc.findBlockByNumber(self._sweep)
        looked = 0
        while block.isValid() and looked < SWEEP_BLOCKS and chars < JOB_CHARS:
            take(block)
            looked += 1
            block = block.next()
        self._sweep = block.blockNumber() if block.isValid() else self.doc.blockCount()
        ids = tuple(picked)
        paras = tuple(paragraph_of(b) for b in picked.values())
        return Snapshot(ids, paras, tuple(range(len(ids))), self.base)

    def _start(self) -> None:
        if self._running or self.checker is None:
            return
        if self.big:
            self._start_big()
            return
        snap = self._snapshot()
        checker = self.checker
        self._running = True
        if snap.first:
            self._dirty.difference_update(snap.ids[i] for i in snap.first)
            cancel = self._cancel
            self._runner.run(lambda: run_check(checker, snap, False, cancel),
                             lambda r: self._done(r, None), self._error)  # fmt: skip
            return
        self._dirty.clear()
        self._whole_pending = False
        self._runner.run(
            lambda: run_check(checker, snap, True), lambda r: self._done(r, snap), self._error
        )

    def _start_big(self) -> None:
        snap = self._big_snapshot()
        self._dirty.clear()  # a big draft tracks "unchecked" as "no findings for this id"
        if not snap.ids:
            if self._sweep < self.doc.blockCount():
                self._timer.start(0)  # only blank or checked blocks so far: look further
            else:
                self.idle.emit()
            return
        checker, cancel = self.checker, self._cancel
        assert checker is not None
        self._running = True
        self._runner.run(lambda: run_check(checker, snap, False, cancel),
                         lambda r: self._done_big(r), self._error)  # fmt: skip

    def _done_big(self, result: dict[int, list[Finding]]) -> None:
        self._running = False
        if self._cancel.is_set():
            return
        self.findings.update(result)  # a paragraph edited meanwhile has a new id: never shown
        self.updated.emit()
        self._continue()

    def _done(self, result: dict[int, list[Finding]], whole: Snapshot | None) -> None:
        self._running = False
        if self._cancel.is_set():
            return
        live = {b.userState() for b in iter_blocks(self.doc)}
        if whole is not None:
            for pid in list(self.findings):
                if pid not in live:
                    del self.findings[pid]
        for pid, found in result.items():
            if pid in live:  # a paragraph edited meanwhile has a new id: stale, dropped
                self.findings[pid] = found
        self.updated.emit()
        self._continue()

    def _error(self, exc: BaseException) -> None:
        self._running = False
        self._whole_pending = False
        self._dirty.clear()
        self.failed.emit(str(exc) or type(exc).__name__)
        self.idle.emit()

    def _continue(self) -> None:
        if self._timer.isActive():
            return  # the user is still typing; the timer starts the next job
        if self._dirty or self._whole_pending or (self.big and self._sweep < self.doc.blockCount()):
            self._start()
        elif self.big:
            self._start()  # the visible part may hold new paragraphs; idle when nothing is left
        else:
            self.idle.emit()

    def wait(self) -> None:
        self._timer.stop()
        self._runner.wait()

    def cancel(self) -> None:
        """The window closes: no new job, the running one stops after its paragraph."""
        self._cancel.set()
        self._timer.stop()
        self._runner.wait()


def block_by_id(doc: QTextDocument, pid: int, hint: int = -1) -> QTextBlock | None:
    if hint >= 0:
        block = doc.findBlockByNumber(hint)
        if block.isValid() and block.userState() == pid:
            return block
    for block in iter_blocks(doc):
        if block.userState() == pid:
            return block
    return None
