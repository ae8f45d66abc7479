"""SQLAlchemy 2 typed models of the review desk. ORM objects never leave the db package.

Schema changes go through Alembic migrations (db/migrations/versions); a test checks that these
models and the migrated schema agree.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


Timestamp = DateTime(timezone=True)


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    role: Mapped[str] = mapped_column(String(16))  # writer | editor | admin
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(Timestamp, default=utcnow)


class Article(Base):
    __tablename__ = "articles"
    __table_args__ = (
        Index("ix_articles_status_updated", "status", "updated_at", "id"),
        Index("ix_articles_updated", "updated_at", "id"),
        Index("ix_articles_author_updated", "author_id", "updated_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(500))
    language: Mapped[str] = mapped_column(String(8), default="id")
    status: Mapped[str] = mapped_column(String(24), default="draft")
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    reviewer_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    release_number: Mapped[str | None] = mapped_column(String(120))
    dateline_place: Mapped[str | None] = mapped_column(String(120))
    contact_person: Mapped[str | None] = mapped_column(String(200))
    source_name: Mapped[str | None] = mapped_column(String(500))
    current_revision_id: Mapped[int | None] = mapped_column(
        ForeignKey("revisions.id", use_alter=True)
    )
    approved_revision_id: Mapped[int | None] = mapped_column(
        ForeignKey("revisions.id", use_alter=True)
    )
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(Timestamp, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(Timestamp, default=utcnow)


class Revision(Base):
    """Immutable: a revision is written once and never updated (except its check summary)."""

    __tablename__ = "revisions"
    __table_args__ = (UniqueConstraint("article_id", "number"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    content: Mapped[str] = mapped_column(Text)  # JSON of paragraphs with inline spans
    plain_text: Mapped[str] = mapped_column(Text)
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(Timestamp, default=utcnow)
    conflict: Mapped[bool] = mapped_column(Boolean, default=False)
    based_on_id: Mapped[int | None] = mapped_column(ForeignKey("revisions.id"))
    checked_at: Mapped[datetime | None] = mapped_column(Timestamp)


class FindingCount(Base):
    """The stored check summary of a revision: how many findings per category."""

    __tablename__ = "finding_counts"

    revision_id: Mapped[int] = mapped_column(
        ForeignKey("revisions.id", ondelete="CASCADE"), primary_key=True
    )
    category: Mapped[str] = mapped_column(String(32), primary_key=True)
    count: Mapped[int] = mapped_column(Integer)


class FindingDecision(Base):
    """A dismissed finding, keyed by rule + flagged text (+ context) so it survives edits."""

    __tablename__ = "finding_decisions"
    __table_args__ = (Index("ix_finding_decisions_article", "article_id", "rule"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    revision_id: Mapped[int | None] = mapped_column(ForeignKey("revisions.id"))
    rule: Mapped[str] = mapped_column(String(120))
    text: Mapped[str] = mapped_column(String(500))
    context: Mapped[str] = mapped_column(String(500), default="")
    scope: Mapped[str] = mapped_column(String(16))  # once | article | dictionary
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(Timestamp, default=utcnow)


class Comment(Base):
    __tablename__ = "comments"
    __table_args__ = (Index("ix_comments_article", "article_id", "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    revision_id: Mapped[int] = mapped_column(ForeignKey("revisions.id"))
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    quote: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(Timestamp, default=utcnow)
    resolved: Mapped[bool] = mapped_column(Boolean, default=False)
    resolved_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    resolved_at: Mapped[datetime | None] = mapped_column(Timestamp)


class StatusChange(Base):
    """Append-only: every change of state with from, to, who, when and the comment."""

    __tablename__ = "status_changes"
    __table_args__ = (Index("ix_status_changes_article", "article_id", "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    revision_id: Mapped[int | None] = mapped_column(ForeignKey("revisions.id"))
    from_status: Mapped[str | None] = mapped_column(String(24))
    to_status: Mapped[str] = mapped_column(String(24))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(Timestamp, default=utcnow)
    comment: Mapped[str | None] = mapped_column(Text)


class AuditEvent(Base):
    """Append-only log of everything else: dismissals, dictionary changes, exports, users."""

    __tablename__ = "audit_events"
    __table_args__ = (Index("ix_audit_events_article", "article_id", "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int | None] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    action: Mapped[str] = mapped_column(String(48))
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(Timestamp, default=utcnow)


class DictionaryEntry(Base):
    __tablename__ = "dictionary_entries"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    word: Mapped[str] = mapped_column(String(200), unique=True)
    action: Mapped[str] = mapped_column(String(16))  # accept | reject | replace
    replacement: Mapped[str | None] = mapped_column(String(200))
    note: Mapped[str | None] = mapped_column(Text)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(Timestamp, default=utcnow)


class ExportRecord(Base):
    __tablename__ = "export_records"
    __table_args__ = (Index("ix_export_records_article", "article_id", "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    revision_id: Mapped[int] = mapped_column(ForeignKey("revisions.id"))
    file_name: Mapped[str] = mapped_column(String(1000))
    sha256: Mapped[str] = mapped_column(String(64))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(Timestamp, default=utcnow)
    # docx | pdf | whatsapp | html; a copy to the clipboard has no file (file_name says so)
    format: Mapped[str] = mapped_column(String(16), default="docx", server_default="docx")


class Setting(Base):
    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(120), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)


class ImportSource(Base):
    """The SHA-256 of each imported draft's bytes: a re-run (or a second importer) skips it."""

    __tablename__ = "import_sources"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    source_name: Mapped[str | None] = mapped_column(String(500))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(Timestamp, default=utcnow)


class ReleaseSequence(Base):
    """Issue 14: the last release number given out per office and year (SIARAN PERS Nomor
    001/SP/XII/2026, then 002), so numbers follow exports, not database ids."""

    __tablename__ = "release_sequences"

    office: Mapped[str] = mapped_column(String(200), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last: Mapped[int] = mapped_column(Integer, default=0)


class Person(Base):
    """Issue 17: one person of the officials registry, in the official form. A record joined
    into another by an editor keeps its row (``merged_into_id``) so nothing needs deleting."""

    __tablename__ = "people"
    __table_args__ = (Index("ix_people_name_key", "name_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))  # without honorific or degrees
    name_key: Mapped[str] = mapped_column(String(200))  # casefolded, spaces collapsed
    honorific: Mapped[str] = mapped_column(String(40), default="")
    degrees: Mapped[list[str]] = mapped_column(JSON, default=list)  # official forms, in order
    rank: Mapped[str] = mapped_column(String(60), default="")
    confirmed: Mapped[bool] = mapped_column(Boolean, default=False)
    source_article_id: Mapped[int | None] = mapped_column(
        ForeignKey("articles.id", ondelete="SET NULL")
    )
    source: Mapped[str] = mapped_column(String(600), default="")  # "#12 Judul rilis"
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    created_at: Mapped[datetime] = mapped_column(Timestamp, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(Timestamp, default=utcnow)


class PersonPosition(Base):
    """An office a person holds or held, from the release that first named it."""

    __tablename__ = "person_positions"
    __table_args__ = (Index("ix_person_positions_person", "person_id", "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"))
    title: Mapped[str] = mapped_column(String(300))
    since: Mapped[str | None] = mapped_column(String(10))  # ISO date
    source_article_id: Mapped[int | None] = mapped_column(
        ForeignKey("articles.id", ondelete="SET NULL")
    )
    source: Mapped[str] = mapped_column(String(600), default="")
    created_at: Mapped[datetime] = mapped_column(Timestamp, default=utcnow)


class PersonShortForm(Base):
    """A known short form of a person's name ("Hani S. Rustam")."""

    __tablename__ = "person_short_forms"
    __table_args__ = (UniqueConstraint("person_id", "form"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"))
    form: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(Timestamp, default=utcnow)


class PersonMention(Base):
    """An approved revision of a release that names a person."""

    __tablename__ = "person_mentions"
    __table_args__ = (
        UniqueConstraint("person_id", "revision_id"),
        Index("ix_person_mentions_article", "article_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"))
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    revision_id: Mapped[int] = mapped_column(ForeignKey("revisions.id", ondelete="CASCADE"))
    written: Mapped[str] = mapped_column(String(300), default="")  # the mention as written
    created_at: Mapped[datetime] = mapped_column(Timestamp, default=utcnow)
