"""The engine's compiled regular expressions, kept in the cache folder between runs.

Compiling a pattern with ``regex`` parses it in Python: about 1 ms for a rule's pattern, and the
engine's modules and rule packs compile a few hundred at start, a third of a one-line
``sunting check``. A compiled ``regex`` pattern pickles as its compiled code (the module
registers ``_regex.compile`` with copyreg) and unpickles without parsing, some 50x faster.

``restore()`` (run when ``editor.checks`` is first imported) puts the patterns an earlier run
compiled back into ``regex``'s own in-process cache, so the ``regex.compile`` calls of every
module find them as if this process had compiled them; at exit, ``save()`` writes the cache
again when this process compiled patterns the file lacked. The file is keyed by the versions of
``regex`` and Python (a pattern's code belongs to one ``regex`` build), written atomically; an
unreadable, stale or foreign file is ignored and replaced. Only patterns without named lists
and without locale dependence are kept: the entries are exactly those ``regex`` made itself in
the same version, so a restored pattern is the pattern compiling would give.
"""

from __future__ import annotations

import atexit
import hashlib
import sys
import threading
from pathlib import Path
from typing import Any

FORMAT = 1  # bump when the file's layout changes
_MAX_KEPT = 450  # below regex's own cache size (500), which it shrinks at random when full

_lock = threading.Lock()
_restored: frozenset[Any] = frozenset()
_installed = False


def _main() -> Any:
    """``regex._main`` when it has the cache this module knows, else None."""
    try:
        from regex import _main
    except ImportError:
        return None
    names = ("_cache", "_named_args", "_locale_sensitive", "_cache_lock")
    if not all(hasattr(_main, n) for n in names) or not isinstance(_main._cache, dict):
        return None
    return _main


def cache_path() -> Path:
    import regex

    from editor.paths import cache_dir

    stamp = hashlib.sha256(f"{FORMAT}\0{regex.__version__}\0{sys.version}".encode())
    return cache_dir() / f"regex-{stamp.hexdigest()[:20]}.pickle"


def _plain(key: Any) -> bool:
    """A cache key of a str pattern without named lists nor locale (pattern, type, flags,
    named lists, default version, locale)."""
    return (
        isinstance(key, tuple)
        and len(key) == 6
        and isinstance(key[0], str)
        and key[1] is str
        and key[3] == frozenset()
        and key[5] is None
    )


def restore() -> None:
    """Load the kept patterns into ``regex``'s cache (once per process) and save at exit."""
    global _installed, _restored
    with _lock:
        if _installed:
            return
        _installed = True
    main = _main()
    if main is None:
        return
    from editor.checks.disk_cache import read_pickle

    try:
        kept = read_pickle(cache_path(), dict)
    except Exception:  # noqa: BLE001 - no cache folder to read: patterns are compiled as usual
        return
    entries = kept.get("patterns") if kept else None
    if isinstance(entries, dict):
        with main._cache_lock:
            for key, pattern in entries.items():
                if _plain(key) and key not in main._cache:
                    main._cache[key] = pattern
                    main._named_args.setdefault(key[:3], frozenset())
                    main._locale_sensitive.setdefault((str, key[0]), False)
        _restored = frozenset(entries)
    atexit.register(save)


def save() -> None:
    """Write the patterns in ``regex``'s cache when the file lacks some of them."""
    main = _main()
    if main is None:
        return
    with main._cache_lock:
        current = {
            key: pattern
            for key, pattern in main._cache.items()
            if _plain(key) and main._locale_sensitive.get((str, key[0])) is False
        }
    if set(current) <= _restored:
        return
    from editor.checks.disk_cache import read_pickle, write_pickle

    try:
        path = cache_path()
    except Exception:  # noqa: BLE001 - no cache folder: nothing kept
        return
    kept = read_pickle(path, dict) or {}
    merged = dict(kept.get("patterns") or {}) if isinstance(kept.get("patterns"), dict) else {}
    merged.update(current)
    if len(merged) > _MAX_KEPT:
        merged = current  # the patterns of this run, not an ever-growing union
    write_pickle(path, {"patterns": merged}, stale="regex-*.pickle")
