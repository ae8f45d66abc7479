"""Use case: review a writer's .docx into a new file (tracked changes and comments).

What becomes a tracked change is the fix mode's default (``fixes``) or, with ``decisions``, the
reviewer's own choice per finding: ``file_findings`` / ``article_findings`` list the findings
with their keys, and ``decisions`` maps a :class:`FindingKey` to a :class:`Decision` ("change"
with a chosen suggestion, "comment", "ignore"); the file follows them exactly (a change that
cannot be made, e.g. overlapping another, becomes a comment and a notice says so).

The writer's file is only read; the review is written atomically next to nothing it could
replace (never over the source, never over an existing file unless ``force``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from pathlib import Path

from editor.document.errors import DraftError
from editor.export.files import ExportExists, atomic_write
from editor.review.checking import Checker
from editor.review.tracked import (
    Candidate,
    Decision,
    FindingKey,
    ReviewOptions,
    ReviewOutcome,
    docx_findings,
    review_docx,
)
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


Decisions = Mapping[FindingKey, Decision]


def review_bytes(data: bytes, name: str, checker: Checker, reviewer: str, *, fixes: str = "safe",
                 when: dt.datetime | None = None,
                 decisions: Decisions | None = None) -> ReviewOutcome:  # fmt: skip
    try:
        return review_docx(data, name, checker, ReviewOptions(reviewer, fixes, when, decisions))
    except DraftError as exc:
        raise ReviewFailed(str(exc)) from None


def findings_of_bytes(data: bytes, name: str, checker: Checker, *, fixes: str = "safe"
                      ) -> list[Candidate]:  # fmt: skip
    try:
        return docx_findings(data, name, checker, fixes)
    except DraftError as exc:
        raise ReviewFailed(str(exc)) from None


def file_findings(source: Path, checker: Checker, *, fixes: str = "safe") -> list[Candidate]:
    """The findings a review of ``source`` would mark, each with its key and default."""
    return findings_of_bytes(read_source(source), Path(source).name, checker, fixes=fixes)


def write_review(target: Path, outcome: ReviewOutcome, *, force: bool = False) -> None:
    try:
        atomic_write(target, outcome.data, overwrite=force)
    except ExportExists:
        raise ReviewFailed(f"{target} sudah ada; tidak ditimpa (pakai --force)") from None
    except OSError as exc:
        raise ReviewFailed(f"{target} tidak dapat ditulis ({exc.strerror})") from None


def review_file(source: Path, target: Path, checker: Checker, reviewer: str, *,
                fixes: str = "safe", force: bool = False, when: dt.datetime | None = None,
                decisions: Decisions | None = None) -> ReviewOutcome:  # fmt: skip
    """Review ``source`` into ``target``; the source is never written."""
    if Path(target).resolve() == Path(source).resolve():
        raise ReviewFailed(f"{target}: berkas penulis tidak boleh ditimpa; pilih folder lain")
    data = read_source(source)
    outcome = review_bytes(data, Path(source).name, checker, reviewer, fixes=fixes, when=when,
                           decisions=decisions)  # fmt: skip
    write_review(target, outcome, force=force)
    return outcome


class _WithoutDismissed:
    """The engine, minus what the desk already dismissed for this article."""

    def __init__(self, checker: Checker, decisions) -> None:  # type: ignore[no-untyped-def]
        self.checker, self.decisions = checker, list(decisions)

    def check(self, document):  # type: ignore[no-untyped-def]
        from editor.services.review import is_dismissed

        text = document.text
        return [
            f for f in self.checker.check(document) if not is_dismissed(f, text, self.decisions)
        ]


def _article_source(db, article_id: int, source: Path, checker: Checker | None):  # type: ignore[no-untyped-def]
    """(the source's bytes, the revision, the engine minus the desk's dismissals) for a desk
    release whose current revision came from ``source``."""
    from db import journal
    from db import repository as repo
    from editor.document.importers import load_bytes
    from editor.services.errors import NotFound
    from editor.services.review import default_checker

    with db.reader() as s:
        article = repo.get_article(s, article_id)
        if article is None or article.current_revision_id is None:
            raise NotFound(f"Artikel #{article_id} tidak ada.")
        revision = repo.get_revision(s, article.current_revision_id)
        decisions = journal.list_decisions(s, article_id)
    assert revision is not None
    data = read_source(source)
    try:
        imported = load_bytes(data, Path(source).name, ".docx")
    except DraftError as exc:
        raise ReviewFailed(str(exc)) from None
    if imported.text != revision.plain_text:
        raise ReviewFailed(
            f"{Path(source).name} bukan berkas asal revisi {revision.number} artikel "
            f"#{article_id} (teksnya berbeda, mungkin sudah disunting di Sunting); tinjau berkas "
            "itu langsung dengan `sunting review FILE.docx` atau ekspor laporan tinjauan"
        )
    engine = _WithoutDismissed(checker or default_checker(db, article.language), decisions)
    return data, revision, engine


def article_findings(db, article_id: int, source: Path, *, checker: Checker | None = None,
                     fixes: str = "safe") -> list[Candidate]:  # type: ignore[no-untyped-def]  # fmt: skip
    """The findings ``review_article`` would mark (the desk's dismissals left out), each with
    its key and the default of ``fixes``: what the reviewer chooses from."""
    data, _, engine = _article_source(db, article_id, source, checker)
    return findings_of_bytes(data, Path(source).name, engine, fixes=fixes)


def review_article(
    db, article_id: int, source: Path, target: Path, *, checker: Checker | None = None,
    fixes: str = "safe", force: bool = False, user: str | None = None,
    when: dt.datetime | None = None, decisions: Decisions | None = None,
) -> ReviewOutcome:  # type: ignore[no-untyped-def]  # fmt: skip
    """Review the .docx a desk release's current revision came from: findings the desk
    dismissed stay out, the reviewer is the desk user, the review is recorded in the audit."""
    from db import journal
    from editor.services.users import actor

    data, revision, engine = _article_source(db, article_id, source, checker)
    with db.session() as s:
        who = actor(s, user)
        who.require("comment")
        name = who.name
    if Path(target).resolve() == Path(source).resolve():
        raise ReviewFailed(f"{target}: berkas penulis tidak boleh ditimpa; pilih folder lain")
    outcome = review_bytes(data, Path(source).name, engine, name, fixes=fixes, when=when,
                           decisions=decisions)  # fmt: skip
    write_review(target, outcome, force=force)
    with db.session() as s:
        journal.add_audit(s, "article.review_docx", who.id, article_id, file=Path(target).name,
                          revision=revision.number, changes=len(outcome.changes),
                          comments=len(outcome.comments),
                          chosen=decisions is not None)  # fmt: skip
    return outcome
