"""Repository functions for what happens around an article: history, decisions, comments,
the house dictionary, exports, the audit log and statistics."""

from __future__ import annotations

from datetime import datetime
from typing import Any, cast

from sqlalchemy import CursorResult, delete, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from db import records as r
from db.models import (
    Article,
    AuditEvent,
    Comment,
    DictionaryEntry,
    ExportRecord,
    FindingCount,
    FindingDecision,
    ImportSource,
    Revision,
    StatusChange,
    utcnow,
)
from db.repository import _name, aware, get_article, get_revision


def add_audit(
    s: Session, action: str, user_id: int | None, article_id: int | None = None, /,
    **detail: Any,
) -> None:  # fmt: skip
    s.add(AuditEvent(article_id=article_id, action=action, detail=detail, user_id=user_id,
                     created_at=utcnow()))  # fmt: skip
    s.flush()


def _audit(s: Session, e: AuditEvent) -> r.AuditRecord:
    return r.AuditRecord(e.id, e.article_id, e.action, dict(e.detail or {}), _name(s, e.user_id),
                         aware(e.created_at))  # fmt: skip


def list_audit(s: Session, article_id: int | None = None, limit: int = 200) -> list[r.AuditRecord]:
    stmt = select(AuditEvent).order_by(AuditEvent.id.desc()).limit(limit)
    if article_id is not None:
        stmt = stmt.where(AuditEvent.article_id == article_id)
    return [_audit(s, e) for e in s.scalars(stmt)]


# -- decisions on findings -------------------------------------------------------------------


def _decision(s: Session, d: FindingDecision) -> r.DecisionRecord:
    return r.DecisionRecord(d.id, d.article_id, d.revision_id, d.rule, d.text, d.context, d.scope,
                            _name(s, d.user_id) or "", aware(d.created_at))  # fmt: skip


def add_decision(
    s: Session, *, article_id: int, revision_id: int | None, rule: str, text: str, context: str,
    scope: str, user_id: int,
) -> r.DecisionRecord:  # fmt: skip
    d = FindingDecision(article_id=article_id, revision_id=revision_id, rule=rule, text=text,
                        context=context, scope=scope, user_id=user_id, created_at=utcnow())  # fmt: skip
    s.add(d)
    s.flush()
    return _decision(s, d)


def list_decisions(s: Session, article_id: int) -> list[r.DecisionRecord]:
    stmt = select(FindingDecision).where(FindingDecision.article_id == article_id)
    return [_decision(s, d) for d in s.scalars(stmt.order_by(FindingDecision.id))]


# -- comments --------------------------------------------------------------------------------


def _comment(s: Session, c: Comment) -> r.CommentRecord:
    return r.CommentRecord(
        c.id, c.article_id, c.revision_id, c.start, c.end, c.quote, c.body,
        _name(s, c.user_id) or "", aware(c.created_at), c.resolved, _name(s, c.resolved_by_id),
        aware(c.resolved_at),
    )  # fmt: skip


def add_comment(
    s: Session, *, article_id: int, revision_id: int, start: int, end: int, quote: str,
    body: str, user_id: int,
) -> r.CommentRecord:  # fmt: skip
    c = Comment(article_id=article_id, revision_id=revision_id, start=start, end=end,
                quote=quote, body=body, user_id=user_id, created_at=utcnow(), resolved=False)  # fmt: skip
    s.add(c)
    s.flush()
    return _comment(s, c)


def resolve_comment(
    s: Session, comment_id: int, user_id: int, resolved: bool
) -> r.CommentRecord | None:
    c = s.get(Comment, comment_id)
    if c is None:
        return None
    c.resolved = resolved
    c.resolved_by_id = user_id if resolved else None
    c.resolved_at = utcnow() if resolved else None
    s.flush()
    return _comment(s, c)


def move_comment(
    s: Session, comment_id: int, *, revision_id: int, start: int, end: int, quote: str
) -> None:
    """Carry a comment's anchor to a new revision (issue 14: anchors follow the diff)."""
    c = s.get(Comment, comment_id)
    if c is not None:
        c.revision_id, c.start, c.end, c.quote = revision_id, start, end, quote
        s.flush()


def list_comments(s: Session, article_id: int) -> list[r.CommentRecord]:
    stmt = select(Comment).where(Comment.article_id == article_id).order_by(Comment.id)
    return [_comment(s, c) for c in s.scalars(stmt)]


# -- house dictionary ------------------------------------------------------------------------


def _entry(s: Session, e: DictionaryEntry) -> r.DictionaryEntryRecord:
    return r.DictionaryEntryRecord(e.id, e.word, e.action, e.replacement, e.note,
                                   _name(s, e.user_id) or "", aware(e.created_at))  # fmt: skip


def upsert_entry(
    s: Session, *, word: str, action: str, replacement: str | None, note: str | None,
    user_id: int,
) -> r.DictionaryEntryRecord:  # fmt: skip
    e = s.scalar(select(DictionaryEntry).where(DictionaryEntry.word == word))
    if e is None:
        e = DictionaryEntry(word=word)
        s.add(e)
    e.action, e.replacement, e.note = action, replacement, note
    e.user_id, e.created_at = user_id, utcnow()
    s.flush()
    return _entry(s, e)


def remove_entry(s: Session, word: str) -> bool:
    res = s.execute(delete(DictionaryEntry).where(DictionaryEntry.word == word))
    return cast(CursorResult[Any], res).rowcount > 0


def list_entries(s: Session) -> list[r.DictionaryEntryRecord]:
    return [_entry(s, e) for e in s.scalars(select(DictionaryEntry).order_by(DictionaryEntry.word))]


# -- exports ---------------------------------------------------------------------------------


def _export(s: Session, x: ExportRecord) -> r.ExportRecordInfo:
    return r.ExportRecordInfo(x.id, x.article_id, x.revision_id, x.file_name, x.sha256,
                              _name(s, x.user_id) or "", aware(x.created_at), x.format)  # fmt: skip


def add_export(
    s: Session, *, article_id: int, revision_id: int, file_name: str, sha256: str, user_id: int,
    format: str = "docx",
) -> r.ExportRecordInfo:  # fmt: skip
    x = ExportRecord(article_id=article_id, revision_id=revision_id, file_name=file_name,
                     sha256=sha256, user_id=user_id, created_at=utcnow(), format=format)  # fmt: skip
    s.add(x)
    s.flush()
    return _export(s, x)


def list_exports(s: Session, article_id: int) -> list[r.ExportRecordInfo]:
    stmt = select(ExportRecord).where(ExportRecord.article_id == article_id)
    return [_export(s, x) for x in s.scalars(stmt.order_by(ExportRecord.id))]


def approved_not_exported(s: Session, limit: int = 500, format: str | None = None) -> list[int]:
    """Ids of approved articles whose approved revision has no export record yet; with
    ``format``, no export in that format (releases already exported in another one included)."""
    exported = select(ExportRecord.id).where(
        ExportRecord.article_id == Article.id,
        ExportRecord.revision_id == Article.approved_revision_id,
    )
    statuses = ["approved"]
    if format is not None:
        exported = exported.where(ExportRecord.format == format)
        statuses.append("exported")
    stmt = (
        select(Article.id)
        .where(Article.status.in_(statuses), ~exported.exists())
        .order_by(Article.updated_at.desc(), Article.id.desc())
        .limit(limit)
    )
    return list(s.scalars(stmt))


# -- history and statistics -----------------------------------------------------------------


def article_history(s: Session, article_id: int) -> r.ArticleHistory | None:
    article = get_article(s, article_id)
    if article is None:
        return None
    current = get_revision(s, article.current_revision_id) if article.current_revision_id else None
    revs = s.execute(
        select(
            Revision.id,
            Revision.number,
            Revision.author_id,
            Revision.created_at,
            Revision.conflict,
            Revision.plain_text,
        )  # fmt: skip
        .where(Revision.article_id == article_id)
        .order_by(Revision.number)
    )
    revisions = tuple(
        r.RevisionInfo(i, n, _name(s, a) or "", aware(at), c, len(t)) for i, n, a, at, c, t in revs
    )
    changes = tuple(
        r.StatusChangeRecord(
            c.id,
            c.from_status,
            c.to_status,
            _name(s, c.user_id) or "",
            aware(c.created_at),
            c.comment,
            c.revision_id,
        )  # fmt: skip
        for c in s.scalars(
            select(StatusChange)
            .where(StatusChange.article_id == article_id)
            .order_by(StatusChange.id)
        )
    )
    return r.ArticleHistory(
        article, current, revisions, changes, tuple(list_decisions(s, article_id)),
        tuple(list_comments(s, article_id)), tuple(list_exports(s, article_id)),
        tuple(reversed(list_audit(s, article_id))),
    )  # fmt: skip


def finding_count_rows(
    s: Session, since: datetime | None = None
) -> list[tuple[int, datetime, str, int]]:
    """(author_id, revision time, category, count) for each article's current revision."""
    stmt = (
        select(Article.author_id, Revision.created_at, FindingCount.category, FindingCount.count)
        .join(Revision, Revision.id == Article.current_revision_id)
        .join(FindingCount, FindingCount.revision_id == Revision.id)
    )
    if since is not None:
        stmt = stmt.where(Revision.created_at >= since)
    return [(a, aware(at), c, n) for a, at, c, n in s.execute(stmt)]  # type: ignore[misc]


def clear_reviewer(s: Session, article_id: int) -> None:
    s.execute(update(Article).where(Article.id == article_id).values(reviewer_id=None))


# -- imported sources ---------------------------------------------------------------------------


def imported_article(s: Session, sha256: str) -> int | None:
    """The article imported from content with this SHA-256, if any."""
    return s.scalar(select(ImportSource.article_id).where(ImportSource.sha256 == sha256))


def add_import_source(
    s: Session, sha256: str, article_id: int, source_name: str | None, user_id: int
) -> bool:
    """Record the content hash of an import; False when another importer recorded it first
    (on PostgreSQL the insert waits for that importer's commit, then meets the key)."""
    try:
        with s.begin_nested():
            s.add(ImportSource(sha256=sha256, article_id=article_id, source_name=source_name,
                               user_id=user_id, created_at=utcnow()))  # fmt: skip
            s.flush()
    except IntegrityError:
        return False
    return True
