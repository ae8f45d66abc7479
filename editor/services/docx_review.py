"""Use case: review a writer's .docx into a new file (tracked changes and comments).

The writer's file is only read; the review is written atomically next to nothing it could
replace (never over the source, never over an existing file unless ``force``).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from editor.document.errors import DraftError
from editor.export.files import ExportExists, atomic_write
from editor.review.checking import Checker
from editor.review.tracked import ReviewOptions, ReviewOutcome, review_docx
from editor.services.errors import ServiceError

MAX_REVIEW_BYTES = 60 * 1024 * 1024  # a Word file with photos is larger than a text draft


class ReviewFailed(ServiceError):
    """The file could not be reviewed; the message says why (Indonesian)."""


def read_source(path: Path) -> bytes:
    path = Path(path)
    if path.suffix.lower() == ".doc":
        raise ReviewFailed(
            f"{path.name}: berkas Word 97-2003 (.doc); buka di Word dan simpan sebagai .docx dahulu"
        )
    if not path.exists():
        raise ReviewFailed(f"{path}: berkas tidak ditemukan")
    if not path.is_file():
        raise ReviewFailed(f"{path}: bukan berkas")
    try:
        if path.stat().st_size > MAX_REVIEW_BYTES:
            raise ReviewFailed(f"{path.name}: lebih dari 60 MB, terlalu besar untuk ditinjau")
        return path.read_bytes()
    except OSError as exc:
        raise ReviewFailed(f"{path}: tidak dapat dibaca ({exc.strerror})") from None


def review_bytes(data: bytes, name: str, checker: Checker, reviewer: str, *, fixes: str = "safe",
                 when: dt.datetime | None = None) -> ReviewOutcome:  # fmt: skip
    try:
        return review_docx(data, name, checker, ReviewOptions(reviewer, fixes, when))
    except DraftError as exc:
        raise ReviewFailed(str(exc)) from None


def write_review(target: Path, outcome: ReviewOutcome, *, force: bool = False) -> None:
    try:
        atomic_write(target, outcome.data, overwrite=force)
    except ExportExists:
        raise ReviewFailed(f"{target} sudah ada; tidak ditimpa (pakai --force)") from None
    except OSError as exc:
        raise ReviewFailed(f"{target} tidak dapat ditulis ({exc.strerror})") from None


def review_file(source: Path, target: Path, checker: Checker, reviewer: str, *,
                fixes: str = "safe", force: bool = False,
                when: dt.datetime | None = None) -> ReviewOutcome:  # fmt: skip
    """Review ``source`` into ``target``; the source is never written."""
    if Path(target).resolve() == Path(source).resolve():
        raise ReviewFailed(f"{target}: berkas penulis tidak boleh ditimpa; pilih folder lain")
    data = read_source(source)
    outcome = review_bytes(data, Path(source).name, checker, reviewer, fixes=fixes, when=when)
    write_review(target, outcome, force=force)
    return outcome
