"""The officials registry (issue 17): the people the desk learns from approved releases.

Approving a release runs its approved revision's text through the engine's ``extract_people``
and records new people, positions, degrees, ranks, short forms and the mention, unconfirmed and
citing that release; editors confirm or correct them (``sunting people``, the app's Tokoh page).
Nothing is learned from a draft that was never approved. Every change goes into the audit log.

``registry(db)`` is the registry as the engine reads it (``HouseStyle.people``), loaded in a few
queries and cached per database until the registry changes.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.orm import Session

from db import journal
from db import repository as repo
from db.database import Database
from db.records import ArticleRecord, MentionRecord, PersonRecord, RevisionRecord
from editor.checks.people import PeopleRegistry, Person, PersonMention, Position, extract_people
from editor.services.errors import NotFound, ServiceError
from editor.services.users import Actor, actor

HONORIFICS = ("H.", "Hj.", "Dr.", "Ir.", "Drs.", "Dra.", "Prof.", "dr.")
SOURCE_LENGTH = 600
MAX_NAME = 200


@dataclass(frozen=True, slots=True)
class PersonDetail:
    """One person with the releases that mention them."""

    person: PersonRecord
    mentions: tuple[MentionRecord, ...]


# -- reading ---------------------------------------------------------------------------------

_cache: dict[str, tuple[tuple[Any, ...], PeopleRegistry]] = {}
_cache_lock = threading.Lock()


def registry(db: Database) -> PeopleRegistry:
    """The desk's registry for the engine. One cheap query tells whether the cached registry is
    still current; otherwise two queries load it whole."""
    key = str(db.url)
    with db.reader() as s:
        stamp = repo.registry_stamp(s)
        with _cache_lock:
            cached = _cache.get(key)
        if cached is not None and cached[0] == stamp:
            return cached[1]
        people, detail = repo.registry_rows(s)
    loaded = _build_registry(people, detail)
    with _cache_lock:
        _cache[key] = (stamp, loaded)
    return loaded


def _build_registry(people: list[Any], detail: list[Any]) -> PeopleRegistry:
    positions: dict[int, list[Position]] = {}
    forms: dict[int, list[str]] = {}
    for person_id, _id, title, since, source in detail:
        if source is None:
            forms.setdefault(person_id, []).append(title)
        else:
            positions.setdefault(person_id, []).append(Position(title, since, source))
    return PeopleRegistry(
        tuple(
            Person(
                name=name,
                honorific=honorific or "",
                degrees=tuple(degrees or ()),
                rank=rank or "",
                positions=tuple(positions.get(pid, ())),
                short_forms=tuple(forms.get(pid, ())),
                source=source or "",
                confirmed=bool(confirmed),
                id=pid,
            )  # fmt: skip
            for pid, name, honorific, degrees, rank, confirmed, source in people
        )
    )


def list_people(db: Database, search: str | None = None) -> list[PersonRecord]:
    with db.reader() as s:
        return repo.list_people(s, (search or "").strip() or None)


def show_person(db: Database, person_id: int) -> PersonDetail:
    with db.reader() as s:
        person = repo.get_person(s, person_id)
        if person is None:
            raise NotFound(f"Tokoh #{person_id} tidak ada di daftar tokoh.")
        return PersonDetail(person, tuple(repo.list_mentions(s, person_id)))


# -- learning from an approved release ---------------------------------------------------------


def source_label(article: ArticleRecord) -> str:
    """How a user sees the release the registry learned from: "#12 Judul rilis"."""
    return f"#{article.id} {article.title}"[:SOURCE_LENGTH]


def official_degrees(written: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """Degrees in their official form ("SH" -> "S.H.", "SE.,M.SI" -> "S.E.", "M.Si."); a
    degree the engine does not know stays as written."""
    from editor.checks.people import official_degrees as official

    tokens = [token for raw in written for token in raw.replace(",", " ").split()]
    out: list[str] = []
    for form in official(tokens):
        if form not in out:
            out.append(form)
    return tuple(out)


def _initial_of(short: str, full: str) -> bool:
    """``short`` is ``full`` or its initial ("S", "S.")."""
    if short.casefold() == full.casefold():
        return True
    bare = short.rstrip(".")
    return len(bare) == 1 and full[:1].casefold() == bare.casefold()


def is_short_form(short: str, full: str) -> bool:
    """ "Hani S. Rustam" is a short form of "Hani Syopiar Rustam": the same words, some given
    by their initial (at least one, and the last name written out)."""
    a, b = short.split(), full.split()
    if len(a) != len(b) or len(a) < 2 or a == b or a[-1].casefold() != b[-1].casefold():
        return False
    return all(_initial_of(x, y) for x, y in zip(a, b, strict=True))


def _find(s: Session, name: str) -> tuple[PersonRecord | None, bool]:
    """(the registered person ``name`` names, whether it names them by a new short form)."""
    found = repo.people_by_key(s, repo.name_key(name))
    if found:
        return found[0], False
    last = name.split()[-1] if name.split() else ""
    for person in repo.list_people(s, last) if last else ():
        if is_short_form(name, person.name):
            return person, True
    return None, False


def learn_from_release(
    s: Session, who: Actor, article: ArticleRecord, revision: RevisionRecord,
    on: datetime | None = None,
) -> list[dict[str, Any]]:  # fmt: skip
    """Record what the approved ``revision`` says about people; the changes made (also in the
    audit log, as one ``people.learn`` event)."""
    mentions = extract_people(revision.plain_text)
    day = (on or datetime.now(UTC)).date().isoformat()
    source = source_label(article)
    changes: list[dict[str, Any]] = []
    for m in mentions:
        change = _learn_one(s, m, article, revision, day, source, revision.plain_text)
        if change:
            changes.append(change)
    if changes:
        journal.add_audit(s, "people.learn", who.id, article.id, revision=revision.number,
                          people=changes)  # fmt: skip
    return changes


def _learn_one(
    s: Session, m: PersonMention, article: ArticleRecord, revision: RevisionRecord, day: str,
    source: str, text: str,
) -> dict[str, Any] | None:  # fmt: skip
    name = " ".join(m.name.split())
    if not name or len(name) > MAX_NAME:
        return None
    degrees = official_degrees(m.degrees)
    written = text[m.start : m.end]
    person, new_form = _find(s, name)
    added: list[str] = []
    if person is None:
        pid = repo.add_person(s, name=name, honorific=m.honorific, degrees=degrees,
                              rank=m.rank, source_article_id=article.id, source=source)  # fmt: skip
        added.append("person")
        if m.position:
            repo.add_position(s, pid, m.position, since=day, source_article_id=article.id,
                              source=source)  # fmt: skip
            added.append("position")
        repo.add_mention(s, pid, article.id, revision.id, written)
        return {"id": pid, "name": name, "added": added}
    values: dict[str, Any] = {}
    if degrees and not person.degrees:
        values["degrees"] = degrees
    if m.rank and not person.rank:
        values["rank"] = m.rank
    if m.honorific and not person.honorific:
        values["honorific"] = m.honorific
    if values:
        repo.update_person(s, person.id, **values)
        added.extend(sorted(values))
    if new_form and repo.add_short_form(s, person.id, name):
        added.append("short_form")
    titles = {p.title.casefold() for p in person.positions}
    if m.position and m.position.casefold() not in titles:
        repo.add_position(s, person.id, m.position, since=day, source_article_id=article.id,
                          source=source)  # fmt: skip
        added.append("position")
    if repo.add_mention(s, person.id, article.id, revision.id, written):
        added.append("mention")
    if not added:
        return None
    return {"id": person.id, "name": person.name, "added": added}


def learn_on_approval(s: Session, who: Actor, article_id: int) -> None:
    """Called in the approval's transaction, after the release became approved: learn from
    exactly the approved revision. A failure to learn never undoes the approval: it is rolled
    back to a savepoint and noted in the audit log."""
    article = repo.get_article(s, article_id)
    if article is None or article.status != "approved" or article.approved_revision_id is None:
        return
    revision = repo.get_revision(s, article.approved_revision_id)
    if revision is None:
        return
    try:
        with s.begin_nested():
            learn_from_release(s, who, article, revision)
    except Exception as exc:  # noqa: BLE001 - the approval stands; the audit says what failed
        journal.add_audit(s, "people.learn_failed", who.id, article_id,
                          error=f"{type(exc).__name__}: {exc}"[:500])  # fmt: skip


# -- editors' changes --------------------------------------------------------------------------


def _clean_name(name: str) -> str:
    name = " ".join((name or "").split())
    if not name or len(name) > MAX_NAME:
        raise ServiceError(f"Nama tokoh harus berisi 1 sampai {MAX_NAME} karakter.")
    return name


def _clean_honorific(honorific: str | None) -> str:
    value = (honorific or "").strip()
    if value and value not in HONORIFICS:
        raise ServiceError(
            f"Sapaan {value!r} tidak dikenal (yang dikenal: {', '.join(HONORIFICS)})"
        )
    return value


def _person(s: Session, person_id: int) -> PersonRecord:
    person = repo.get_person(s, person_id)
    if person is None or person.merged_into_id is not None:
        where = (
            f" (sudah digabung ke #{person.merged_into_id})"
            if person is not None and person.merged_into_id
            else ""
        )
        raise NotFound(f"Tokoh #{person_id} tidak ada di daftar tokoh{where}.")
    return person


def add_person(
    db: Database, name: str, *, honorific: str | None = None, degrees: list[str] | None = None,
    rank: str | None = None, position: str | None = None, since: str | None = None,
    short_forms: list[str] | None = None, user: str | None = None,
) -> PersonRecord:  # fmt: skip
    """A person entered by hand: confirmed at once (an editor vouches for it)."""
    name = _clean_name(name)
    honorific_value = _clean_honorific(honorific)
    official = official_degrees(degrees or [])
    since = _clean_date(since)
    with db.session() as s:
        who = actor(s, user)
        who.require("people")
        if repo.people_by_key(s, repo.name_key(name)):
            raise ServiceError(
                f"{name} sudah ada di daftar tokoh; ubah dengan `sunting people edit`."
            )
        pid = repo.add_person(s, name=name, honorific=honorific_value, degrees=official,
                              rank=(rank or "").strip(), confirmed=True,
                              source=f"dimasukkan oleh {who.name}")  # fmt: skip
        if position and position.strip():
            repo.add_position(s, pid, " ".join(position.split()), since=since,
                              source=f"dimasukkan oleh {who.name}")  # fmt: skip
        for form in short_forms or ():
            if form.strip():
                repo.add_short_form(s, pid, _clean_name(form))
        journal.add_audit(s, "people.add", who.id, id=pid, name=name, degrees=list(official),
                          rank=(rank or "").strip(), position=position or "")  # fmt: skip
        return _person(s, pid)


def _clean_date(value: str | None) -> str | None:
    if not value:
        return None
    try:
        return datetime.strptime(value.strip(), "%Y-%m-%d").date().isoformat()
    except ValueError:
        raise ServiceError(f"Tanggal {value!r} tidak valid; tulis TTTT-BB-HH.") from None


def edit_person(
    db: Database, person_id: int, *, name: str | None = None, honorific: str | None = None,
    degrees: list[str] | None = None, rank: str | None = None, position: str | None = None,
    since: str | None = None, short_forms: list[str] | None = None, confirm: bool = True,
    user: str | None = None,
) -> PersonRecord:  # fmt: skip
    """Correct a person; what is not given stays. An editor's correction confirms the record
    (``confirm=False`` leaves it as it was)."""
    since = _clean_date(since)
    with db.session() as s:
        who = actor(s, user)
        who.require("people")
        before = _person(s, person_id)
        values: dict[str, Any] = {}
        if name is not None and _clean_name(name) != before.name:
            values["name"] = _clean_name(name)
            others = [p for p in repo.people_by_key(s, repo.name_key(values["name"]))
                      if p.id != person_id]  # fmt: skip
            if others:
                raise ServiceError(
                    f"{values['name']} sudah terdaftar sebagai tokoh #{others[0].id}; "
                    f"gabungkan dengan `sunting people merge {others[0].id} {person_id}`."
                )
        if honorific is not None:
            values["honorific"] = _clean_honorific(honorific)
        if degrees is not None:
            values["degrees"] = official_degrees(degrees)
        if rank is not None:
            values["rank"] = rank.strip()
        if confirm and not before.confirmed:
            values["confirmed"] = True
        changed = {k: list(v) if isinstance(v, tuple) else v for k, v in values.items()}
        repo.update_person(s, person_id, **values)
        if position and position.strip():
            title = " ".join(position.split())
            if title.casefold() not in {p.title.casefold() for p in before.positions}:
                repo.add_position(s, person_id, title, since=since,
                                  source=f"dimasukkan oleh {who.name}")  # fmt: skip
                changed["position"] = title
        for form in short_forms or ():
            if form.strip() and repo.add_short_form(s, person_id, _clean_name(form)):
                changed.setdefault("short_forms", []).append(_clean_name(form))
        journal.add_audit(s, "people.edit", who.id, id=person_id, name=before.name,
                          changes=changed)  # fmt: skip
        return _person(s, person_id)


def confirm_person(db: Database, person_id: int, *, user: str | None = None) -> PersonRecord:
    with db.session() as s:
        who = actor(s, user)
        who.require("people")
        before = _person(s, person_id)
        if not before.confirmed:
            repo.update_person(s, person_id, confirmed=True)
            journal.add_audit(s, "people.confirm", who.id, id=person_id, name=before.name)
        return _person(s, person_id)


def merge_people(
    db: Database, keep_id: int, other_id: int, *, user: str | None = None
) -> PersonRecord:
    """Join ``other`` into ``keep``: its positions, mentions and short forms move over and its
    name becomes a short form of ``keep`` (a short form learned as a separate person, say).
    The joined record stays, marked as merged, so the audit log's references still resolve."""
    if keep_id == other_id:
        raise ServiceError("Tokoh tidak dapat digabung dengan dirinya sendiri.")
    with db.session() as s:
        who = actor(s, user)
        who.require("people")
        keep, other = _person(s, keep_id), _person(s, other_id)
        repo.merge_people(s, keep_id, other_id)
        if repo.name_key(other.name) != repo.name_key(keep.name):
            repo.add_short_form(s, keep_id, other.name)
        values: dict[str, Any] = {}
        if not keep.degrees and other.degrees:
            values["degrees"] = other.degrees
        if not keep.rank and other.rank:
            values["rank"] = other.rank
        if not keep.honorific and other.honorific:
            values["honorific"] = other.honorific
        if values:
            repo.update_person(s, keep_id, **values)
        journal.add_audit(s, "people.merge", who.id, id=keep_id, name=keep.name,
                          merged_id=other_id, merged_name=other.name)  # fmt: skip
        return _person(s, keep_id)


def written_form(person: PersonRecord | Person) -> str:
    """ "H. Hani Syopiar Rustam, S.H." as a release writes it."""
    parts = [person.honorific, person.name] if person.honorific else [person.name]
    text = " ".join(parts)
    if person.rank:
        text = f"{person.rank} {text}"
    if person.degrees:
        text += ", " + ", ".join(person.degrees)
    return text
