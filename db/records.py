"""Plain, frozen dataclasses that repository functions return (no ORM objects leave db/)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


@dataclass(frozen=True, slots=True)
class UserRecord:
    id: int
    name: str
    role: str
    active: bool


@dataclass(frozen=True, slots=True)
class ArticleSummary:
    """One row of the article list."""

    id: int
    title: str
    language: str
    status: str
    author: str
    reviewer: str | None
    version: int
    revision_number: int | None
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True, slots=True)
class ArticleRecord:
    id: int
    title: str
    language: str
    status: str
    author: str
    author_id: int
    reviewer: str | None
    release_number: str | None
    dateline_place: str | None
    contact_person: str | None
    source_name: str | None
    current_revision_id: int | None
    approved_revision_id: int | None
    version: int
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True, slots=True)
class RevisionRecord:
    id: int
    article_id: int
    number: int
    content: str  # JSON, see editor.services.content
    plain_text: str
    author: str
    created_at: datetime
    conflict: bool
    based_on_id: int | None
    checked_at: datetime | None
    finding_counts: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class RevisionInfo:
    """A revision without its text, for history lists."""

    id: int
    number: int
    author: str
    created_at: datetime
    conflict: bool
    chars: int


@dataclass(frozen=True, slots=True)
class StatusChangeRecord:
    id: int
    from_status: str | None
    to_status: str
    user: str
    created_at: datetime
    comment: str | None
    revision_id: int | None


@dataclass(frozen=True, slots=True)
class DecisionRecord:
    id: int
    article_id: int
    revision_id: int | None
    rule: str
    text: str
    context: str
    scope: str
    user: str
    created_at: datetime


@dataclass(frozen=True, slots=True)
class CommentRecord:
    id: int
    article_id: int
    revision_id: int
    start: int
    end: int
    quote: str
    body: str
    user: str
    created_at: datetime
    resolved: bool
    resolved_by: str | None
    resolved_at: datetime | None


@dataclass(frozen=True, slots=True)
class DictionaryEntryRecord:
    id: int
    word: str
    action: str
    replacement: str | None
    note: str | None
    user: str
    created_at: datetime


@dataclass(frozen=True, slots=True)
class ExportRecordInfo:
    id: int
    article_id: int
    revision_id: int
    file_name: str
    sha256: str
    user: str
    created_at: datetime
    format: str = "docx"


@dataclass(frozen=True, slots=True)
class AuditRecord:
    id: int
    article_id: int | None
    action: str
    detail: dict[str, Any]
    user: str | None
    created_at: datetime


@dataclass(frozen=True, slots=True)
class ArticleHistory:
    """An article with its current revision and everything that happened to it."""

    article: ArticleRecord
    current: RevisionRecord | None
    revisions: tuple[RevisionInfo, ...]
    status_changes: tuple[StatusChangeRecord, ...]
    decisions: tuple[DecisionRecord, ...]
    comments: tuple[CommentRecord, ...]
    exports: tuple[ExportRecordInfo, ...]
    audit: tuple[AuditRecord, ...]


@dataclass(frozen=True, slots=True)
class PositionRecord:
    id: int
    title: str
    since: str | None
    source_article_id: int | None
    source: str


@dataclass(frozen=True, slots=True)
class MentionRecord:
    article_id: int
    revision_id: int
    title: str
    written: str


@dataclass(frozen=True, slots=True)
class PersonRecord:
    """One person of the officials registry (issue 17)."""

    id: int
    name: str
    honorific: str
    degrees: tuple[str, ...]
    rank: str
    confirmed: bool
    source_article_id: int | None
    source: str
    positions: tuple[PositionRecord, ...] = ()
    short_forms: tuple[str, ...] = ()
    mentions: int = 0
    merged_into_id: int | None = None
