"""File names and safe writes for exports."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import tempfile
import unicodedata
from pathlib import Path

MAX_SLUG = 70


class ExportExists(FileExistsError):
    """The target file exists and overwriting was not asked for."""


def slugify(text: str, limit: int = MAX_SLUG) -> str:
    """ASCII, lower case, words joined by '-', cut at a word boundary."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    words = re.findall(r"[a-z0-9]+", folded.lower())
    slug = ""
    for word in words:
        candidate = f"{slug}-{word}" if slug else word
        if len(candidate) > limit:
            break
        slug = candidate
    return slug or "siaran-pers"


def release_file_name(
    day: dt.date, headline: str | None, suffix: str = "", suffix_ext: str = ".docx"
) -> str:
    """``2024-06-11-pj-bupati-banyuasin-siap-sukseskan-....docx`` (or ``.pdf``, ...)."""
    tail = f"-{suffix}" if suffix else ""
    return f"{day.isoformat()}-{slugify(headline or '')}{tail}{suffix_ext}"


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def atomic_write(path: Path, data: bytes, *, overwrite: bool = False) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder, then rename.

    Without ``overwrite`` an existing file is never replaced (:class:`ExportExists`), even when
    it appears between the check and the rename (hard link, where the file system has them).
    """
    path = Path(path)
    if not overwrite and path.exists():
        raise ExportExists(path)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)
        if overwrite:
            os.replace(tmp, path)
        else:
            _link_no_clobber(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def _link_no_clobber(tmp: Path, path: Path) -> None:
    try:
        os.link(tmp, path)
    except FileExistsError:
        raise ExportExists(path) from None
    except OSError:  # no hard links here (FAT, some network shares): check, then rename
        if path.exists():
            raise ExportExists(path) from None
        os.replace(tmp, path)
