"""The rules' compiled regular expressions, kept in the cache folder between processes.

A rule's pattern is compiled when a check first needs it (kinds/pattern.py, kinds/existence.py).
The ``regex`` module parses a pattern in pure Python, about half a millisecond each: the patterns
that one day's copy wakes cost a fresh process ~100 ms on its first checks. A compiled pattern
pickles as its compiled code (``regex`` registers that with copyreg), and reading it back costs
microseconds. So every pattern compiled through ``compile`` is remembered, written to one file in
the cache folder (at exit, and along the way when many are new), and read back whole by the next
process at its first compile. The file is named by the ``regex`` version; a pattern it lacks is
simply compiled, so a missing, stale or unreadable file only costs the compiling.
"""

from __future__ import annotations

import atexit
import hashlib
import threading
from pathlib import Path
from typing import Any

import regex

from editor.checks.lexicon import read_pickle, write_pickle
from editor.paths import cache_dir

_FORMAT = 1  # bump when the stored value changes
_WRITE_AFTER = 64  # patterns new since the last write that make a write before exit
_MOST = 20_000  # a store this large is started afresh (rules changed many times)


class _Store:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._patterns: dict[tuple[str, int], Any] | None = None
        self._path: Path | None = None
        self._new = 0

    def compile(self, pattern: str, flags: int = 0) -> Any:  # noqa: ANN401 - regex.Pattern
        patterns = self._patterns if self._patterns is not None else self._load()
        key = (pattern, int(flags))
        found = patterns.get(key)
        if found is None:
            found = regex.compile(pattern, flags)  # a bad pattern raises here, never stored
            with self._lock:
                patterns[key] = found
                self._new += 1
                due = self._new >= _WRITE_AFTER
            if due:
                self.save()
        return found

    def _load(self) -> dict[tuple[str, int], Any]:
        with self._lock:
            if self._patterns is None:
                stamp = hashlib.sha256(f"{_FORMAT}:{regex.__version__}".encode()).hexdigest()
                self._path = cache_dir() / f"regex-{stamp[:16]}.pickle"
                stored = read_pickle(self._path, dict)
                if stored is None or len(stored) > _MOST:
                    stored = {}
                self._patterns = stored
            return self._patterns

    def save(self) -> None:
        """Write the patterns when some are new (into an existing cache folder only)."""
        with self._lock:
            if not self._new or self._patterns is None or self._path is None:
                return
            if not self._path.parent.is_dir():
                return
            patterns, self._new = dict(self._patterns), 0
        write_pickle(self._path, patterns, stale="regex-*.pickle")


_STORE = _Store()
atexit.register(_STORE.save)


def compile(pattern: str, flags: int = 0) -> Any:  # noqa: A001, ANN401 - regex.compile's name
    """``regex.compile(pattern, flags)``, from the store when a process compiled it before."""
    return _STORE.compile(pattern, flags)
