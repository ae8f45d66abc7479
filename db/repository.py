"""Repository functions: queries and writes on a Session, returning db.records dataclasses.

Business rules (roles, workflow, conflicts) live in editor.services; these functions only read
and write rows. Every function takes an open Session inside a transaction.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, cast, overload

from sqlalchemy import (
    CursorResult,
    Select,
    and_,
    delete,
    func,
    literal,
    or_,
    select,
    union_all,
    update,
)
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from db import records as r
from db.models import (
    Article,
    FindingCount,
    Person,
    PersonMention,
    PersonPosition,
    PersonShortForm,
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


# -- the officials registry (issue 17) -----------------------------------------------------------


def name_key(name: str) -> str:
    """How the registry compares names: casefolded, spaces collapsed."""
    return " ".join(name.split()).casefold()


def _person_rows(s: Session, people: list[Person]) -> list[r.PersonRecord]:
    """Records of ``people`` with their positions, short forms and mention counts (three
    queries whatever the number of people)."""
    ids = [p.id for p in people]
    positions: dict[int, list[r.PositionRecord]] = {}
    forms: dict[int, list[str]] = {}
    counts: dict[int, int] = {}
    if ids:
        rows = s.execute(
            select(PersonPosition).where(PersonPosition.person_id.in_(ids))
            .order_by(PersonPosition.person_id, PersonPosition.id)
        ).scalars()  # fmt: skip
        for p in rows:
            positions.setdefault(p.person_id, []).append(
                r.PositionRecord(p.id, p.title, p.since, p.source_article_id, p.source)
            )
        for pid, form in s.execute(
            select(PersonShortForm.person_id, PersonShortForm.form)
            .where(PersonShortForm.person_id.in_(ids)).order_by(PersonShortForm.id)
        ):  # fmt: skip
            forms.setdefault(pid, []).append(form)
        counts = dict(
            s.execute(  # type: ignore[arg-type]
                select(PersonMention.person_id, func.count())
                .where(PersonMention.person_id.in_(ids)).group_by(PersonMention.person_id)
            ).all()
        )  # fmt: skip
    return [
        r.PersonRecord(
            p.id,
            p.name,
            p.honorific,
            tuple(p.degrees or ()),
            p.rank,
            p.confirmed,
            p.source_article_id,
            p.source,
            tuple(positions.get(p.id, ())),
            tuple(forms.get(p.id, ())),
            counts.get(p.id, 0),
            p.merged_into_id,
        )  # fmt: skip
        for p in people
    ]


def list_people(s: Session, text: str | None = None) -> list[r.PersonRecord]:
    """The registry's people (not those merged into another), by name."""
    stmt = select(Person).where(Person.merged_into_id.is_(None))
    if text:
        pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        stmt = stmt.where(Person.name.ilike(pattern, escape="\\"))
    return _person_rows(s, list(s.scalars(stmt.order_by(Person.name_key, Person.id))))


def get_person(s: Session, person_id: int) -> r.PersonRecord | None:
    p = s.get(Person, person_id)
    return _person_rows(s, [p])[0] if p else None


def people_by_key(s: Session, key: str) -> list[r.PersonRecord]:
    """People whose name, or one of whose short forms, is ``key`` (see :func:`name_key`)."""
    by_form = select(PersonShortForm.person_id).where(func.lower(PersonShortForm.form) == key)
    stmt = select(Person).where(
        Person.merged_into_id.is_(None), or_(Person.name_key == key, Person.id.in_(by_form))
    )
    return _person_rows(s, list(s.scalars(stmt.order_by(Person.id))))


def registry_stamp(s: Session) -> tuple[Any, ...]:
    """Changes whenever the registry changes (every write touches ``people.updated_at``)."""
    row = s.execute(select(func.count(Person.id), func.max(Person.updated_at))).one()
    return tuple(row)


def registry_rows(s: Session) -> tuple[list[Any], list[Any]]:
    """The whole registry in two queries: the people, then their positions and short forms."""
    people = s.execute(
        select(Person.id, Person.name, Person.honorific, Person.degrees, Person.rank,
               Person.confirmed, Person.source).where(Person.merged_into_id.is_(None))
        .order_by(Person.id)
    ).all()  # fmt: skip
    positions = select(
        PersonPosition.person_id, PersonPosition.id, PersonPosition.title, PersonPosition.since,
        PersonPosition.source,
    )  # fmt: skip
    forms = select(
        PersonShortForm.person_id, PersonShortForm.id, PersonShortForm.form,
        literal(None).label("since"), literal(None).label("source"),
    )  # fmt: skip
    both: Any = union_all(positions, forms).order_by("person_id", "id")
    detail = list(s.execute(both).all())  # a row is a short form when its source is None
    return list(people), list(detail)


def add_person(
    s: Session, *, name: str, honorific: str = "", degrees: tuple[str, ...] = (), rank: str = "",
    confirmed: bool = False, source_article_id: int | None = None, source: str = "",
) -> int:  # fmt: skip
    now = utcnow()
    p = Person(name=name, name_key=name_key(name), honorific=honorific, degrees=list(degrees),
               rank=rank, confirmed=confirmed, source_article_id=source_article_id,
               source=source, created_at=now, updated_at=now)  # fmt: skip
    s.add(p)
    s.flush()
    return p.id


def update_person(s: Session, person_id: int, **values: Any) -> None:
    """Set fields of a person (``degrees`` as a list); always touches ``updated_at``."""
    if "name" in values:
        values["name_key"] = name_key(values["name"])
    if "degrees" in values:
        values["degrees"] = list(values["degrees"])
    s.execute(
        update(Person).where(Person.id == person_id).values(updated_at=utcnow(), **values)
        .execution_options(synchronize_session=False)
    )  # fmt: skip


def add_position(
    s: Session, person_id: int, title: str, *, since: str | None = None,
    source_article_id: int | None = None, source: str = "",
) -> int:  # fmt: skip
    p = PersonPosition(person_id=person_id, title=title, since=since,
                       source_article_id=source_article_id, source=source, created_at=utcnow())  # fmt: skip
    s.add(p)
    s.flush()
    update_person(s, person_id)
    return p.id


def add_short_form(s: Session, person_id: int, form: str) -> bool:
    """False when the person already has that short form."""
    exists = s.scalar(
        select(PersonShortForm.id).where(
            PersonShortForm.person_id == person_id, PersonShortForm.form == form
        )
    )
    if exists is not None:
        return False
    s.add(PersonShortForm(person_id=person_id, form=form, created_at=utcnow()))
    s.flush()
    update_person(s, person_id)
    return True


def add_mention(
    s: Session, person_id: int, article_id: int, revision_id: int, written: str
) -> bool:
    """False when that revision is already recorded as naming the person."""
    exists = s.scalar(
        select(PersonMention.id).where(
            PersonMention.person_id == person_id, PersonMention.revision_id == revision_id
        )
    )
    if exists is not None:
        return False
    s.add(PersonMention(person_id=person_id, article_id=article_id, revision_id=revision_id,
                        written=written[:300], created_at=utcnow()))  # fmt: skip
    s.flush()
    return True


def list_mentions(s: Session, person_id: int) -> list[r.MentionRecord]:
    rows = s.execute(
        select(PersonMention.article_id, PersonMention.revision_id, Article.title,
               PersonMention.written)
        .join(Article, Article.id == PersonMention.article_id)
        .where(PersonMention.person_id == person_id).order_by(PersonMention.id)
    ).all()  # fmt: skip
    return [r.MentionRecord(a, v, t, w) for a, v, t, w in rows]


def merge_people(s: Session, keep_id: int, other_id: int) -> None:
    """Move ``other``'s positions, short forms and mentions to ``keep`` and mark ``other`` as
    merged into it (its row stays, so the audit's references still resolve)."""
    kept_forms = set(
        s.scalars(select(PersonShortForm.form).where(PersonShortForm.person_id == keep_id))
    )
    for sf in list(s.scalars(select(PersonShortForm).where(PersonShortForm.person_id == other_id))):
        if sf.form not in kept_forms:  # a form both have stays on the merged row (no DELETE)
            sf.person_id = keep_id
            kept_forms.add(sf.form)
    s.flush()
    s.execute(
        update(PersonPosition).where(PersonPosition.person_id == other_id)
        .values(person_id=keep_id).execution_options(synchronize_session=False)
    )  # fmt: skip
    kept_revisions = set(
        s.scalars(select(PersonMention.revision_id).where(PersonMention.person_id == keep_id))
    )
    for m in list(s.scalars(select(PersonMention).where(PersonMention.person_id == other_id))):
        if m.revision_id not in kept_revisions:
            m.person_id = keep_id
            kept_revisions.add(m.revision_id)
    s.flush()
    update_person(s, other_id, merged_into_id=keep_id)
    update_person(s, keep_id)
