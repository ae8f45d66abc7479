"""Background work has one door: run a plain function off the UI thread, get its result back on it.

``TaskRunner.run(fn, on_done, on_error)`` queues ``fn`` on a thread pool; its return value (plain
data only, never ORM objects) or its exception is delivered to the callbacks on the main thread
through a queued signal. ``serial=True`` uses a one-thread pool so database work stays ordered.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

from editor.gui.qt import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)

Callback = Callable[[Any], None]
ErrorCallback = Callable[[BaseException], None]


class _Relay(QObject):
    """Lives on the main thread; its signal carries results across threads."""

    finished = Signal(object, object, object)  # callback, value, task id


class _Job(QRunnable):
    def __init__(
        self,
        runner: TaskRunner,
        task_id: int,
        fn: Callable[[], Any],
        on_done: Callback | None,
        on_error: ErrorCallback | None,
    ) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self.runner, self.task_id, self.fn = runner, task_id, fn
        self.on_done, self.on_error = on_done, on_error

    def run(self) -> None:
        try:
            value = self.fn()
        except BaseException as exc:  # delivered to the UI as a message, never re-raised here
            log.debug("background task failed:\n%s", traceback.format_exc())
            self.runner._relay.finished.emit(self.on_error, exc, self.task_id)
            return
        self.runner._relay.finished.emit(self.on_done, value, self.task_id)


class TaskRunner(QObject):
    """Runs functions on a thread pool and calls back on the main thread."""

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        serial: bool = False,
        on_unhandled: ErrorCallback | None = None,
    ) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1 if serial else 2)
        self._relay = _Relay(self)
        self._relay.finished.connect(self._deliver)
        self._next_id = 0
        self._pending: set[int] = set()
        self.on_unhandled = on_unhandled

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callback | None = None,
        on_error: ErrorCallback | None = None,
    ) -> int:
        self._next_id += 1
        self._pending.add(self._next_id)
        self._pool.start(_Job(self, self._next_id, fn, on_done, on_error or self.on_unhandled))
        return self._next_id

    def _deliver(self, callback: Callable[[Any], None] | None, value: Any, task_id: int) -> None:
        self._pending.discard(task_id)
        if callback is not None:
            callback(value)
        elif isinstance(value, BaseException):
            log.error("unhandled background error: %s", value)

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def wait(self, msecs: int = 30000) -> bool:
        """Block until every queued function has run (teardown, tests); callbacks still queue."""
        return self._pool.waitForDone(msecs)
