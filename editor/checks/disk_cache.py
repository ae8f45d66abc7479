"""Pickles in the user's cache folder (editor.paths.cache_dir): the compiled lexicon, the
distance-2 index, the rule packs, the English frequencies, the compiled patterns. Written
atomically; a missing, unreadable or foreign file reads as None, and its maker rebuilds it."""

from __future__ import annotations

import gc
import os
import pickle
from pathlib import Path
from typing import Any


def write_pickle(path: Path, value: object, stale: str | None = None) -> None:
    """``value`` pickled into ``path`` atomically (a reader never sees half a file); the other
    files of its folder matching ``stale`` are removed. A read-only folder only costs the work
    of making ``value`` again next start."""
    import tempfile  # only to write (it imports random, shutil and more)

    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        for old in folder.glob(stale) if stale else ():
            if old != path:
                old.unlink(missing_ok=True)
    except Exception:  # noqa: BLE001 - a cache is optional: without it the value is made again
        pass


def read_pickle(path: Path, kind: type) -> Any:
    """The ``kind`` object pickled in ``path``, or None (missing, unreadable, another type)."""
    # an unpickled object graph holds no garbage: without the collector's passes over it (and
    # over what the process holds already) the lexicon loads in two thirds of the time
    enabled = gc.isenabled()
    gc.disable()
    try:
        with path.open("rb") as fh:
            value = pickle.load(fh)
    except Exception:  # noqa: BLE001 - a corrupt or foreign cache file is rebuilt, whatever it holds
        return None
    finally:
        if enabled:
            gc.enable()
    if not isinstance(value, kind):
        return None
    # what the caches hold lives as long as the process: kept out of the collector's later
    # passes, which would otherwise walk the whole lexicon on every full collection (frozen
    # objects are still freed by reference counting; only cycles alive now stay)
    gc.freeze()
    return value
