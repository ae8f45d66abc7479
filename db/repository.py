"""Repository functions: queries and writes on a Session, returning db.records dataclasses.

Business rules (roles, workflow, conflicts) live in editor.services; these functions only read
and write rows. Every function takes an open Session inside a transaction.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, cast, overload

from sqlalchemy import CursorResult, Select, and_, delete, func, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from db import records as r
from db.models import (
    Article,
    FindingCount,
    Revision,
    Setting,
    StatusChange,
    User,
    utcnow,
)


@overload
def aware(dt: datetime) -> datetime: ...
@overload
def aware(dt: None) -> None: ...
def aware(dt: datetime | None) -> datetime | None:
    """SQLite returns naive datetimes; every stored time is UTC."""
    if dt is not None and dt.tzinfo is None:
        return dt.replace(tzinfo=UTC)
    return dt


def _names(s: Session) -> dict[int, str]:
    cache = s.info.get("user_names")
    if cache is None:
        cache = dict(s.execute(select(User.id, User.name)).all())
        s.info["user_names"] = cache
    return cache


def _name(s: Session, user_id: int | None) -> str | None:
    if user_id is None:
        return None
    names = _names(s)
    if user_id not in names:
        s.info.pop("user_names", None)
        names = _names(s)
    return names.get(user_id, f"#{user_id}")


# -- users and settings --------------------------------------------------------------------------


def _user(u: User) -> r.UserRecord:
    return r.UserRecord(u.id, u.name, u.role, u.active)


def user_by_name(s: Session, name: str) -> r.UserRecord | None:
    u = s.scalar(select(User).where(User.name == name))
    return _user(u) if u else None


def add_user(s: Session, name: str, role: str) -> r.UserRecord:
    u = User(name=name, role=role, active=True, created_at=utcnow())
    s.add(u)
    s.flush()
    s.info.pop("user_names", None)
    return _user(u)


def ensure_user(s: Session, name: str, role: str) -> r.UserRecord:
    """The user called ``name``, created with ``role`` if missing.

    Two processes may create the same first user at once (two imports started together on a
    fresh desk): the insert runs in a savepoint and, when the other one won, its row is used.
    """
    found = user_by_name(s, name)
    if found is not None:
        return found
    try:
        with s.begin_nested():
            u = User(name=name, role=role, active=True, created_at=utcnow())
            s.add(u)
            s.flush()
    except IntegrityError:
        found = user_by_name(s, name)
        if found is None:
            raise
        return found
    s.info.pop("user_names", None)
    return _user(u)


def set_user(
    s: Session, user_id: int, *, role: str | None = None, active: bool | None = None
) -> None:
    values: dict[str, Any] = {}
    if role is not None:
        values["role"] = role
    if active is not None:
        values["active"] = active
    s.execute(update(User).where(User.id == user_id).values(**values))


def session_role(s: Session) -> tuple[str, str | None]:
    from db.access import session_role as pg_session_role

    return pg_session_role(s)


def scram_verifier(s: Session, name: str, password: str) -> str:
    from db.access import scram_verifier as verifier

    return verifier(s, name, password)


def add_login_role(s: Session, name: str, role: str, verifier: str | None) -> int:
    from db.access import add_login_role as add

    uid = add(s, name, role, verifier)
    s.info.pop("user_names", None)
    return uid


def remove_login_role(s: Session, name: str) -> None:
    from db.access import remove_login_role as remove

    remove(s, name)


def revision_authors(s: Session, article_id: int, up_to_revision_id: int | None) -> set[int]:
    """Who wrote any revision of the article up to (and including) the given one."""
    if up_to_revision_id is None:
        return set()
    number = select(Revision.number).where(Revision.id == up_to_revision_id).scalar_subquery()
    stmt = select(Revision.author_id).where(
        Revision.article_id == article_id, Revision.number <= number
    )
    return set(s.scalars(stmt))


def list_users(s: Session) -> list[r.UserRecord]:
    return [_user(u) for u in s.scalars(select(User).order_by(User.name))]


def get_setting(s: Session, key: str, default: Any = None) -> Any:
    row = s.get(Setting, key)
    return default if row is None else row.value


def set_setting(s: Session, key: str, value: Any) -> None:
    row = s.get(Setting, key)
    if row is None:
        s.add(Setting(key=key, value=value))
    else:
        row.value = value
    s.flush()


# -- articles and revisions ----------------------------------------------------------------------


def _article(s: Session, a: Article) -> r.ArticleRecord:
    return r.ArticleRecord(
        a.id, a.title, a.language, a.status, _name(s, a.author_id) or "", a.author_id,
        _name(s, a.reviewer_id), a.release_number, a.dateline_place, a.contact_person,
        a.source_name, a.current_revision_id, a.approved_revision_id, a.version,
        aware(a.created_at), aware(a.updated_at),
    )  # fmt: skip


def _revision(s: Session, v: Revision) -> r.RevisionRecord:
    counts = dict(
        s.execute(
            select(FindingCount.category, FindingCount.count).where(
                FindingCount.revision_id == v.id
            )
        ).all()
    )
    return r.RevisionRecord(
        v.id, v.article_id, v.number, v.content, v.plain_text, _name(s, v.author_id) or "",
        aware(v.created_at), v.conflict, v.based_on_id, aware(v.checked_at), counts,
    )  # fmt: skip


def create_article(
    s: Session, *, title: str, language: str, author_id: int, content: str, plain_text: str,
    metadata: dict[str, str | None], source_name: str | None,
) -> tuple[r.ArticleRecord, r.RevisionRecord]:  # fmt: skip
    now = utcnow()
    a = Article(
        title=title, language=language, status="draft", author_id=author_id, version=1,
        created_at=now, updated_at=now, source_name=source_name,
        release_number=metadata.get("release_number"),
        dateline_place=metadata.get("dateline_place"),
        contact_person=metadata.get("contact_person"),
    )  # fmt: skip
    s.add(a)
    s.flush()
    v = Revision(
        article_id=a.id, number=1, content=content, plain_text=plain_text, author_id=author_id,
        created_at=now, conflict=False,
    )  # fmt: skip
    s.add(v)
    s.flush()
    a.current_revision_id = v.id
    s.add(StatusChange(article_id=a.id, revision_id=v.id, from_status=None, to_status="draft",
                       user_id=author_id, created_at=now, comment=None))  # fmt: skip
    s.flush()
    return _article(s, a), _revision(s, v)


def get_article(s: Session, article_id: int, *, for_update: bool = False) -> r.ArticleRecord | None:
    stmt = select(Article).where(Article.id == article_id)
    if for_update:
        stmt = stmt.with_for_update()
    a = s.scalar(stmt)
    return _article(s, a) if a else None


def get_revision(s: Session, revision_id: int) -> r.RevisionRecord | None:
    v = s.get(Revision, revision_id)
    return _revision(s, v) if v else None


def bump_article(s: Session, article_id: int, base_version: int, **values: Any) -> bool:
    """Optimistic update: applies ``values`` and version+1 only if the version is still
    ``base_version``. On PostgreSQL a concurrent updater waits for the row lock and then sees the
    new version, so exactly one of two racing saves wins."""
    res = s.execute(
        update(Article)
        .where(Article.id == article_id, Article.version == base_version)
        .values(version=Article.version + 1, updated_at=utcnow(), **values)
        .execution_options(synchronize_session=False)
    )
    return cast(CursorResult[Any], res).rowcount == 1


def add_revision(
    s: Session, *, article_id: int, content: str, plain_text: str, author_id: int,
    based_on_id: int | None, conflict: bool,
) -> r.RevisionRecord:  # fmt: skip
    s.execute(select(Article.id).where(Article.id == article_id).with_for_update())
    number = (
        s.scalar(select(func.max(Revision.number)).where(Revision.article_id == article_id)) or 0
    ) + 1
    v = Revision(
        article_id=article_id, number=number, content=content, plain_text=plain_text,
        author_id=author_id, created_at=utcnow(), conflict=conflict, based_on_id=based_on_id,
    )  # fmt: skip
    s.add(v)
    s.flush()
    return _revision(s, v)


def set_article_fields(s: Session, article_id: int, **values: Any) -> None:
    s.execute(
        update(Article)
        .where(Article.id == article_id)
        .values(**values)
        .execution_options(synchronize_session=False)
    )


def add_status_change(
    s: Session, article_id: int, from_status: str | None, to_status: str, user_id: int,
    comment: str | None, revision_id: int | None,
) -> None:  # fmt: skip
    s.add(StatusChange(article_id=article_id, from_status=from_status, to_status=to_status,
                       user_id=user_id, comment=comment, revision_id=revision_id,
                       created_at=utcnow()))  # fmt: skip
    s.flush()


def store_finding_counts(s: Session, revision_id: int, counts: dict[str, int]) -> None:
    s.execute(delete(FindingCount).where(FindingCount.revision_id == revision_id))
    for category, count in sorted(counts.items()):
        s.add(FindingCount(revision_id=revision_id, category=category, count=count))
    s.execute(update(Revision).where(Revision.id == revision_id).values(checked_at=utcnow()))
    s.flush()


def _list_query(
    status: str | None, author_id: int | None, since: datetime | None, until: datetime | None,
    text: str | None,
) -> Select:  # fmt: skip
    stmt = select(Article, Revision.number).outerjoin(
        Revision, Revision.id == Article.current_revision_id
    )
    if status:
        stmt = stmt.where(Article.status == status)
    if author_id is not None:
        stmt = stmt.where(Article.author_id == author_id)
    if since is not None:
        stmt = stmt.where(Article.updated_at >= since)
    if until is not None:
        stmt = stmt.where(Article.updated_at < until)
    if text:
        pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        stmt = stmt.where(
            or_(
                Article.title.ilike(pattern, escape="\\"),
                Revision.plain_text.ilike(pattern, escape="\\"),
            )
        )
    return stmt


def list_articles(
    s: Session, *, status: str | None = None, author_id: int | None = None,
    since: datetime | None = None, until: datetime | None = None, text: str | None = None,
    limit: int = 50, before: tuple[datetime, int] | None = None,
) -> list[r.ArticleSummary]:  # fmt: skip
    """Newest first (by last change); ``before`` is the keyset cursor (updated_at, id) of the
    last row of the previous page."""
    stmt = _list_query(status, author_id, since, until, text)
    if before is not None:
        at, last_id = before
        stmt = stmt.where(
            or_(Article.updated_at < at, and_(Article.updated_at == at, Article.id < last_id))
        )
    stmt = stmt.order_by(Article.updated_at.desc(), Article.id.desc()).limit(limit)
    out = []
    for a, number in s.execute(stmt):
        out.append(
            r.ArticleSummary(
                a.id,
                a.title,
                a.language,
                a.status,
                _name(s, a.author_id) or "",
                _name(s, a.reviewer_id),
                a.version,
                number,
                aware(a.created_at),
                aware(a.updated_at),
            )  # fmt: skip
        )
    return out


def count_by_status(s: Session) -> dict[str, int]:
    rows = s.execute(select(Article.status, func.count()).group_by(Article.status)).all()
    return dict(rows)
