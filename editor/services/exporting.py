"""Export use cases: one approved release, every approved-not-exported release, review reports.

Formats: DOCX on the letterhead, the same rendered to PDF, text for WhatsApp groups and clean
HTML for the office website (as files, or copied to the clipboard). Only the approved revision is
exported (``NotApproved`` otherwise); each export is written atomically, never over an existing
file unless ``force``, and recorded (revision, format, file name, SHA-256, who and when).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from db.database import Database
from db.records import ArticleRecord
from editor.document.model import Document
from editor.export.channels import release_html, whatsapp_text
from editor.export.docx_writer import TemplateError, release_bytes
from editor.export.files import ExportExists, atomic_write, release_file_name, sha256
from editor.export.pdf import RendererMissing, RenderFailed, render_pdfs
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
from editor.services.errors import DeskError, NotApproved, NotFound, ServiceError
from editor.services.review import run_check
from editor.services.settings import get_office_profile
from editor.services.users import current_user
from editor.states import EXPORT_FORMATS

FORMATS = EXPORT_FORMATS
SUFFIXES = {"docx": ".docx", "pdf": ".pdf", "whatsapp": ".txt", "html": ".html"}
# an export record for a copy to the clipboard names no file
CLIPBOARD = {"whatsapp": "papan klip", "html": "papan klip"}

if TYPE_CHECKING:
    from editor.checks.engine import Checker


@dataclass(frozen=True, slots=True)
class ExportOutcome:
    article_id: int
    revision_number: int
    path: Path
    sha256: str
    format: str = "docx"
    warnings: tuple[str, ...] = ()
    recovered: bool = False  # the file was written by an export that stopped before recording


@dataclass(frozen=True, slots=True)
class CopyOutcome:
    """A release copied for pasting (WhatsApp group, the website's CMS), recorded like a file."""

    article_id: int
    revision_number: int
    format: str
    text: str
    sha256: str
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class BatchOutcome:
    exported: tuple[ExportOutcome, ...]
    failed: tuple[tuple[int, str], ...]  # (article id, message)


@dataclass(frozen=True, slots=True)
class _Prepared:
    """One approved release made ready to write in one format."""

    article_id: int
    revision_id: int
    revision_number: int
    file_name: str
    data: bytes
    warnings: tuple[str, ...] = ()


def parse_formats(raw: str) -> tuple[str, ...]:
    """``"pdf,whatsapp"`` -> ``("pdf", "whatsapp")``; ``ServiceError`` names an unknown one."""
    names = tuple(dict.fromkeys(part.strip().lower() for part in raw.split(",") if part.strip()))
    unknown = [name for name in names if name not in FORMATS]
    if unknown or not names:
        raise ServiceError(
            f"Format ekspor {', '.join(unknown) or '(kosong)'} tidak dikenal; "
            f"pilih dari {', '.join(FORMATS)}."
        )
    return names


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


def _check_format(format: str) -> None:
    if format not in FORMATS:
        raise ServiceError(
            f"Format ekspor {format} tidak dikenal; pilih dari {', '.join(FORMATS)}."
        )


def _prepare(
    db: Database, article_id: int, format: str, *, template: Path | None, user: str | None,
    day: dt.date, revision: int | None, file_name: str | None = None,
) -> _Prepared:  # fmt: skip
    """The bytes of the approved revision in ``format`` (PDF: the DOCX, rendered later)."""
    _check_format(format)
    release = workflow.approved_document(db, article_id)
    if revision is not None and revision != release.revision.number:
        raise NotApproved(
            f"Revisi {revision} artikel #{article_id} bukan revisi yang disetujui "
            f"(revisi {release.revision.number}); hanya revisi yang disetujui yang diekspor."
        )
    profile = office_profile(db)
    article = assign_release_number(db, release.article, profile, day)
    info = release_info(article, release.revision.number, profile, day, user)
    suffix = SUFFIXES[format]
    if file_name:  # the name the user chose, with the format's own extension
        chosen = Path(file_name).name
        name = chosen if chosen.lower().endswith(suffix) else f"{chosen}{suffix}"
    else:
        name = release_file_name(day, release.document.title or article.title, suffix_ext=suffix)
    warnings: tuple[str, ...] = ()
    if format in ("docx", "pdf"):
        try:
            data = release_bytes(release.document, profile, info, template=template)
        except TemplateError as exc:
            raise ServiceError(str(exc)) from None
    else:
        build = whatsapp_text if format == "whatsapp" else release_html
        channel = build(release.document, profile, info)
        data, warnings = channel.text.encode("utf-8"), channel.warnings
    return _Prepared(article_id, release.revision.id, release.revision.number, name, data,
                     warnings)  # fmt: skip


def _rendered(prepared: list[_Prepared]) -> list[_Prepared]:
    """The DOCX bytes of each prepared release replaced by its PDF, in one LibreOffice run."""
    try:
        pdfs = render_pdfs([p.data for p in prepared])
    except (RendererMissing, RenderFailed) as exc:
        raise ServiceError(str(exc)) from None
    return [replace(p, data=pdf) for p, pdf in zip(prepared, pdfs, strict=True)]


def _save(
    db: Database, prepared: _Prepared, out: Path, format: str, *, force: bool, user: str | None,
    taken: set[str] | None = None,
) -> ExportOutcome:  # fmt: skip
    """Write and record one prepared export.

    The intent (file name and SHA-256) is journalled before the file is written, so a file an
    interrupted export wrote but did not record is recognised and recorded by the next run
    instead of being refused as a stranger. ``taken``: names already written in this run (a
    batch); a release whose name is taken gets its id appended, even with ``force``."""
    name = prepared.file_name
    if taken is not None and name in taken:
        stem, dot, suffix = name.rpartition(".")
        name = f"{stem}-{prepared.article_id}{dot}{suffix}"
    path = out / name
    recovered = _recover(db, prepared.article_id, prepared.revision_id, path, user, format)
    if recovered is not None:
        if taken is not None:
            taken.add(name)
        return ExportOutcome(prepared.article_id, prepared.revision_number, path, recovered,
                             format, prepared.warnings, recovered=True)  # fmt: skip
    digest = sha256(prepared.data)
    if not force and path.exists():
        _write(path, prepared.data, force)  # refused: the message names the file
    workflow.note_export_intent(db, prepared.article_id, prepared.revision_id, path.name, digest,
                                user=user)  # fmt: skip
    _write(path, prepared.data, force)
    try:
        workflow.record_export(db, prepared.article_id, prepared.revision_id, path.name, digest,
                               user=user, format=format)  # fmt: skip
    except DeskError:
        path.unlink(missing_ok=True)
        raise
    if taken is not None:
        taken.add(name)
    return ExportOutcome(prepared.article_id, prepared.revision_number, path, digest, format,
                         prepared.warnings)  # fmt: skip


def _recover(
    db: Database, article_id: int, revision_id: int, path: Path, user: str | None, format: str
) -> str | None:
    """The SHA-256 of ``path`` if an earlier export of this revision wrote it and stopped
    before recording it (now recorded); None otherwise."""
    if not path.is_file():
        return None
    intents = workflow.export_intents(db, article_id, revision_id)
    if path.name not in {name for name, _ in intents}:
        return None
    try:
        digest = sha256(path.read_bytes())
    except OSError:
        return None
    if (path.name, digest) not in intents:
        return None
    workflow.record_export(db, article_id, revision_id, path.name, digest, user=user,
                           format=format)  # fmt: skip
    return digest


def export_release(
    db: Database, article_id: int, out_dir: Path, *, format: str = "docx",
    template: Path | None = None, force: bool = False, user: str | None = None,
    day: dt.date | None = None, revision: int | None = None, file_name: str | None = None,
) -> ExportOutcome:  # fmt: skip
    """Write the approved revision of ``article_id`` in ``format`` into ``out_dir``, record it.

    ``revision``, when given, must be the approved revision's number (else ``NotApproved``).
    """
    current_user(db, user).require("export")
    out = _output_dir(out_dir)
    prepared = _prepare(db, article_id, format, template=template, user=user,
                        day=day or dt.date.today(), revision=revision,
                        file_name=file_name)  # fmt: skip
    if format == "pdf":
        (prepared,) = _rendered([prepared])
    return _save(db, prepared, out, format, force=force, user=user)


def copy_release(
    db: Database, article_id: int, format: str, *, user: str | None = None,
    day: dt.date | None = None,
) -> CopyOutcome:  # fmt: skip
    """The approved revision as WhatsApp text or HTML for the clipboard, recorded as an export."""
    if format not in CLIPBOARD:
        raise ServiceError(f"Hanya WhatsApp dan HTML yang dapat disalin, bukan {format}.")
    current_user(db, user).require("export")
    prepared = _prepare(db, article_id, format, template=None, user=user,
                        day=day or dt.date.today(), revision=None)  # fmt: skip
    digest = sha256(prepared.data)
    workflow.record_export(db, article_id, prepared.revision_id, CLIPBOARD[format], digest,
                           user=user, format=format)  # fmt: skip
    return CopyOutcome(article_id, prepared.revision_number, format,
                       prepared.data.decode("utf-8"), digest, prepared.warnings)  # fmt: skip


def export_approved(
    db: Database, out_dir: Path, *, formats: tuple[str, ...] = ("docx",),
    template: Path | None = None, force: bool = False, user: str | None = None,
    day: dt.date | None = None,
) -> BatchOutcome:  # fmt: skip
    """Every approved release not exported yet in each format; one failure stops no other.

    PDFs of the whole batch are rendered by one LibreOffice run (it is slow to start).
    """
    out = _output_dir(out_dir)
    current_user(db, user).require("export")
    day = day or dt.date.today()
    done: list[ExportOutcome] = []
    failed: list[tuple[int, str]] = []
    taken: set[str] = set()  # no file of this run is overwritten by another release of it
    for format in formats:
        _check_format(format)
        ready: list[_Prepared] = []
        for summary in workflow.approved_not_exported(db, format=format):
            try:
                ready.append(_prepare(db, summary.id, format, template=template, user=user,
                                      day=day, revision=None))  # fmt: skip
            except DeskError as exc:
                failed.append((summary.id, str(exc)))
        if format == "pdf" and ready:
            try:
                ready = _rendered(ready)
            except DeskError as exc:
                failed.extend((p.article_id, str(exc)) for p in ready)
                ready = []
        for prepared in ready:
            try:
                done.append(_save(db, prepared, out, format, force=force, user=user,
                                  taken=taken))  # fmt: skip
            except DeskError as exc:
                failed.append((prepared.article_id, str(exc)))
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
