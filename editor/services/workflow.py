"""The review workflow: state changes with role checks, approval pinned to a revision, exports."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from db import access, journal
from db import repository as repo
from db.database import Database
from db.records import ArticleRecord, ArticleSummary, ExportRecordInfo, RevisionRecord
from editor.document.model import Document
from editor.services.content import document_from_json
from editor.services.errors import Forbidden, InvalidTransition, NotApproved, NotFound
from editor.services.users import Actor, actor, is_postgres
from editor.states import STATUS_LABELS, STATUSES


@dataclass(frozen=True, slots=True)
class Step:
    sources: frozenset[str]
    target: str
    permission: str
    label: str


STEPS = {
    "submit": Step(frozenset({"draft", "changes_requested"}), "in_review", "submit", "diajukan"),
    "request_changes": Step(
        frozenset({"in_review", "approved"}), "changes_requested", "review", "diminta revisi"
    ),
    "approve": Step(frozenset({"in_review"}), "approved", "approve", "disetujui"),
    "archive": Step(frozenset(STATUSES) - {"archived"}, "archived", "archive", "diarsipkan"),
    "restore": Step(frozenset({"archived"}), "draft", "archive", "dipulihkan"),
}


@dataclass(frozen=True, slots=True)
class ApprovedRelease:
    article: ArticleRecord
    revision: RevisionRecord
    document: Document


def _check_step(who: Actor, article: ArticleRecord, step: Step, name: str) -> None:
    if article.status not in step.sources:
        allowed = ", ".join(STATUS_LABELS[s] for s in sorted(step.sources))
        raise InvalidTransition(
            f"Artikel #{article.id} berstatus {STATUS_LABELS[article.status]}; langkah ini hanya "
            f"untuk status: {allowed}."
        )
    own_archive = name in ("archive", "restore") and article.author_id == who.id
    if not own_archive:
        who.require(step.permission)
    if name == "approve" and who.team_mode and article.author_id == who.id:
        raise Forbidden("Dalam mode tim, penulis tidak boleh menyetujui rilisnya sendiri.")


def _check_four_eyes(s: Session, who: Actor, article: ArticleRecord) -> None:
    """The approver wrote no text of the revision being approved (nor of any before it)."""
    if who.team_mode and who.id in repo.revision_authors(
        s, article.id, article.current_revision_id
    ):
        raise Forbidden(
            f"{who.name} ikut menulis teks revisi yang akan disetujui; penyetuju harus orang lain."
        )


def change_status(
    db: Database, article_id: int, step_name: str, *, comment: str | None = None,
    user: str | None = None,
) -> ArticleRecord:  # fmt: skip
    """Run a workflow step: submit, request_changes, approve, archive or restore."""
    step = STEPS[step_name]
    with db.session() as s:
        who = actor(s, user)
        article = repo.get_article(s, article_id, for_update=True)
        if article is None:
            raise NotFound(f"Artikel #{article_id} tidak ada.")
        _check_step(who, article, step, step_name)
        if step_name == "approve":
            _check_four_eyes(s, who, article)
        comment = (comment or "").strip() or None
        if is_postgres(s):  # the database checks again and makes the change itself
            access.run_step(s, article_id, step_name, comment, article.version)
            if step_name == "approve":
                _learn_people(s, who, article_id)
            saved = repo.get_article(s, article_id)
            assert saved is not None
            return saved
        values: dict[str, object] = {"status": step.target}
        if step_name == "approve":
            values |= {"approved_revision_id": article.current_revision_id, "reviewer_id": who.id}
        elif step_name == "request_changes":
            values |= {"approved_revision_id": None, "reviewer_id": who.id}
        if not repo.bump_article(s, article_id, article.version, **values):
            raise InvalidTransition(f"Artikel #{article_id} baru saja diubah; coba lagi.")
        repo.add_status_change(s, article_id, article.status, step.target, who.id, comment,
                               article.current_revision_id)  # fmt: skip
        if step_name == "approve":
            _learn_people(s, who, article_id)
        saved = repo.get_article(s, article_id)
        assert saved is not None
        return saved


def _learn_people(s: Session, who: Actor, article_id: int) -> None:
    """The officials registry learns from the revision just approved (never from a draft)."""
    from editor.services.people import learn_on_approval

    learn_on_approval(s, who, article_id)


def submit(db: Database, article_id: int, **kw: str | None) -> ArticleRecord:
    return change_status(db, article_id, "submit", **kw)


def approve(db: Database, article_id: int, **kw: str | None) -> ArticleRecord:
    return change_status(db, article_id, "approve", **kw)


def request_changes(db: Database, article_id: int, **kw: str | None) -> ArticleRecord:
    return change_status(db, article_id, "request_changes", **kw)


def archive(db: Database, article_id: int, **kw: str | None) -> ArticleRecord:
    return change_status(db, article_id, "archive", **kw)


def restore(db: Database, article_id: int, **kw: str | None) -> ArticleRecord:
    return change_status(db, article_id, "restore", **kw)


def _approved(s: Session, article_id: int) -> tuple[ArticleRecord, RevisionRecord]:
    article = repo.get_article(s, article_id)
    if article is None:
        raise NotFound(f"Artikel #{article_id} tidak ada.")
    if article.status not in ("approved", "exported") or article.approved_revision_id is None:
        raise NotApproved(
            f"Artikel #{article_id} berstatus {STATUS_LABELS[article.status]}; hanya rilis yang "
            "disetujui yang dapat diekspor."
        )
    revision = repo.get_revision(s, article.approved_revision_id)
    assert revision is not None
    return article, revision


def approved_document(db: Database, article_id: int) -> ApprovedRelease:
    """Exactly the approved revision's Document; :class:`NotApproved` says why not."""
    with db.reader() as s:
        article, revision = _approved(s, article_id)
    return ApprovedRelease(article, revision, document_from_json(revision.content))


def record_export(
    db: Database, article_id: int, revision_id: int, file_name: str, sha256: str, *,
    user: str | None = None, format: str = "docx",
) -> ExportRecordInfo:  # fmt: skip
    """Record an export of the approved revision and move the release to ``exported``."""
    with db.session() as s:
        who = actor(s, user)
        who.require("export")
        article, revision = _approved(s, article_id)
        if revision.id != revision_id:
            raise NotApproved(
                f"Revisi #{revision_id} bukan revisi yang disetujui untuk artikel #{article_id}; "
                "ekspor ulang dari revisi yang disetujui."
            )
        record = journal.add_export(s, article_id=article_id, revision_id=revision_id,
                                    file_name=file_name, sha256=sha256, user_id=who.id,
                                    format=format)  # fmt: skip
        journal.add_audit(s, "export", who.id, article_id, file_name=file_name, sha256=sha256,
                          revision=revision.number, format=format)  # fmt: skip
        if article.status == "approved" and is_postgres(s):
            access.run_step(s, article_id, "export", file_name, article.version)
        elif article.status == "approved":
            repo.bump_article(s, article_id, article.version, status="exported")
            repo.add_status_change(s, article_id, "approved", "exported", who.id, file_name,
                                   revision_id)  # fmt: skip
        return record


def approved_not_exported(
    db: Database, limit: int = 500, format: str | None = None
) -> list[ArticleSummary]:
    """Approved releases whose approved revision has not been exported yet (in ``format``,
    when given: then releases exported in another format count too)."""
    with db.reader() as s:
        ids = set(journal.approved_not_exported(s, limit, format))
        rows = repo.list_articles(s, status="approved", limit=limit)
        if format is not None:
            rows += repo.list_articles(s, status="exported", limit=limit)
    return [row for row in rows if row.id in ids]


EXPORT_INTENT = "export.pending"


def note_export_intent(
    db: Database, article_id: int, revision_id: int, file_name: str, sha256: str, *,
    user: str | None = None,
) -> None:  # fmt: skip
    """Journal an export about to be written (append-only audit), before the file exists."""
    with db.session() as s:
        who = actor(s, user)
        who.require("export")
        journal.add_audit(s, EXPORT_INTENT, who.id, article_id, file_name=file_name,
                          sha256=sha256, revision_id=revision_id)  # fmt: skip


def export_intents(db: Database, article_id: int, revision_id: int) -> set[tuple[str, str]]:
    """(file name, SHA-256) of exports of this revision journalled but never recorded."""
    with db.reader() as s:
        recorded = {(x.file_name, x.sha256) for x in journal.list_exports(s, article_id)}
        events = journal.list_audit(s, article_id, limit=1000)
    intents = {
        (str(e.detail.get("file_name")), str(e.detail.get("sha256")))
        for e in events
        if e.action == EXPORT_INTENT and e.detail.get("revision_id") == revision_id
    }
    return intents - recorded
