"""Export use cases: one approved release, every approved-not-exported release, review reports.

Only the approved revision is exported (``NotApproved`` otherwise); each export is written
atomically, never over an existing file unless ``force``, and recorded (revision, SHA-256).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from db.database import Database
from db.records import ArticleRecord
from editor.document.model import Document
from editor.export.docx_writer import TemplateError, release_bytes
from editor.export.files import ExportExists, atomic_write, release_file_name, sha256
from editor.export.profile import (
    Contact,
    OfficeProfile,
    ReleaseInfo,
    profile_from_dict,
    release_number,
)
from editor.export.report import ReportNote, report_bytes
from editor.services import workflow
from editor.services.articles import get_article
from editor.services.content import document_from_json
from editor.services.errors import DeskError, NotFound, ServiceError
from editor.services.review import Checker, run_check
from editor.services.settings import get_office_profile
from editor.services.users import current_user


@dataclass(frozen=True, slots=True)
class ExportOutcome:
    article_id: int
    revision_number: int
    path: Path
    sha256: str


@dataclass(frozen=True, slots=True)
class BatchOutcome:
    exported: tuple[ExportOutcome, ...]
    failed: tuple[tuple[int, str], ...]  # (article id, message)


def office_profile(db: Database) -> OfficeProfile:
    try:
        return profile_from_dict(get_office_profile(db))
    except ValueError as exc:
        raise ServiceError(
            f"{exc} Isi profil kantor di Pengaturan (atau `sunting office set FILE`) dahulu."
        ) from None


def release_info(article: ArticleRecord, revision_number: int, profile: OfficeProfile,
                 day: dt.date, user: str | None) -> ReleaseInfo:  # fmt: skip
    number = article.release_number or release_number(profile.numbering, article.id, day)
    contact = profile.contact
    if article.contact_person and (contact is None or contact.name != article.contact_person):
        contact = Contact(article.contact_person)
    place = article.dateline_place or profile.place
    return ReleaseInfo(number, day, revision_number, contact, author=user or "", place=place)


def assign_release_number(db: Database, article: ArticleRecord, profile: OfficeProfile,
                          day: dt.date) -> ArticleRecord:  # fmt: skip
    """Give the release its number from the office's sequence for the year (001, 002, ...)
    at its first export; it keeps that number when exported again."""
    if article.release_number:
        return article
    from dataclasses import replace

    from db import repository as repo
    from db.sequences import next_value

    with db.session() as s:
        seq = next_value(s, profile.institution or "-", day.year)
        number = release_number(profile.numbering, seq, day)
        repo.set_article_fields(s, article.id, release_number=number)
    return replace(article, release_number=number)


def _output_dir(out_dir: Path) -> Path:
    out = Path(out_dir)
    if not out.is_dir():
        raise ServiceError(f"Folder tujuan {out} tidak ada.")
    return out


def _write(path: Path, data: bytes, force: bool) -> None:
    try:
        atomic_write(path, data, overwrite=force)
    except ExportExists:
        raise ServiceError(
            f"{path} sudah ada; tidak ditimpa (pakai --force untuk menimpa)."
        ) from None
    except OSError as exc:
        raise ServiceError(f"{path} tidak dapat ditulis ({exc.strerror}).") from None


def export_release(
    db: Database, article_id: int, out_dir: Path, *, template: Path | None = None,
    force: bool = False, user: str | None = None, day: dt.date | None = None,
    file_name: str | None = None,
) -> ExportOutcome:  # fmt: skip
    """Write the approved revision of ``article_id`` as DOCX into ``out_dir`` (named
    ``file_name``, else from the date and title) and record it."""
    current_user(db, user).require("export")
    out = _output_dir(out_dir)
    release = workflow.approved_document(db, article_id)
    profile = office_profile(db)
    day = day or dt.date.today()
    article = assign_release_number(db, release.article, profile, day)
    info = release_info(article, release.revision.number, profile, day, user)
    try:
        data = release_bytes(release.document, profile, info, template=template)
    except TemplateError as exc:
        raise ServiceError(str(exc)) from None
    if file_name:
        name = Path(file_name).name
        path = out / (name if name.lower().endswith(".docx") else f"{name}.docx")
    else:
        path = out / release_file_name(day, release.document.title or release.article.title)
    _write(path, data, force)
    digest = sha256(data)
    try:
        workflow.record_export(db, article_id, release.revision.id, path.name, digest, user=user)
    except DeskError:
        path.unlink(missing_ok=True)
        raise
    return ExportOutcome(article_id, release.revision.number, path, digest)


def export_approved(db: Database, out_dir: Path, **kwargs) -> BatchOutcome:
    """Every approved release not exported yet; one failure does not stop the others."""
    _output_dir(out_dir)
    done, failed = [], []
    for summary in workflow.approved_not_exported(db):
        try:
            done.append(export_release(db, summary.id, out_dir, **kwargs))
        except DeskError as exc:
            failed.append((summary.id, str(exc)))
    return BatchOutcome(tuple(done), tuple(failed))


def report_notes(document: Document, comments) -> list[ReportNote]:  # type: ignore[no-untyped-def]
    """Open reviewer comments whose quoted text is where their anchor says (anchors follow the
    text from revision to revision, see :mod:`editor.services.anchors`)."""
    text = document.text
    notes = []
    for c in comments:
        if c.resolved or c.end <= c.start or text[c.start : c.end] != c.quote:
            continue
        notes.append(ReportNote(c.start, c.end, c.body, c.user))
    return notes


def comment_summary(document: Document, comments) -> str:  # type: ignore[no-untyped-def]
    """The state of every reviewer comment, for the report's head line."""
    if not comments:
        return "Komentar peninjau: tidak ada"
    anchored = len(report_notes(document, comments))
    resolved = sum(1 for c in comments if c.resolved)
    lost = len(comments) - resolved - anchored
    parts = [f"{anchored} terbuka", f"{resolved} selesai"]
    if lost:
        parts.append(f"{lost} teksnya sudah dihapus")
    return f"Komentar peninjau ({len(comments)}): " + ", ".join(parts)


def export_report(
    db: Database, article_id: int, out_dir: Path, *, checker: Checker | None = None,
    force: bool = False, template: Path | None = None, day: dt.date | None = None,
) -> Path:  # fmt: skip
    """The current revision with a Word comment at each open finding and reviewer comment."""
    out = _output_dir(out_dir)
    history = get_article(db, article_id)
    if history.current is None:
        raise NotFound(f"Artikel #{article_id} belum punya revisi.")
    document = document_from_json(history.current.content)
    outcome = run_check(db, article_id, checker=checker)
    notes = report_notes(document, history.comments)
    day = day or dt.date.today()
    try:
        data = report_bytes(document, outcome.findings, notes, revision=history.current.number,
                            day=day, template=template,
                            comment_summary=comment_summary(document, history.comments))  # fmt: skip
    except TemplateError as exc:
        raise ServiceError(str(exc)) from None
    path = out / release_file_name(day, document.title or history.article.title, "laporan-tinjauan")
    _write(path, data, force)
    return path
