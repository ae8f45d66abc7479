"""Articles: import drafts, list/search, open with history, save revisions (conflict-safe)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from db import access, journal
from db import repository as repo
from db.database import Database
from db.errors import AccessDenied, DeskError, StorageError
from db.records import ArticleHistory, ArticleRecord, ArticleSummary, RevisionRecord
from editor.document.importers import (
    SUPPORTED_SUFFIXES,
    DraftError,
    load_bytes,
    load_text,
    read_path,
)
from editor.document.model import Document
from editor.services.content import (
    clean_document,
    clean_line,
    document_from_json,
    document_to_json,
)
from editor.services.errors import Conflict, InvalidTransition, NotFound, ServiceError
from editor.services.users import actor, is_postgres
from editor.states import STATUSES

LANGUAGES = ("id", "en")


@dataclass(frozen=True, slots=True)
class ImportOutcome:
    """One imported source: ``article`` saved (and committed), or ``error``. ``skipped``: the
    same content was imported before (``article`` is that earlier article)."""

    source: str
    article: ArticleRecord | None
    error: str | None
    skipped: bool = False


@dataclass(frozen=True, slots=True)
class SaveResult:
    article: ArticleRecord
    revision: RevisionRecord
    changed: bool  # False: the content equals the current revision, nothing was written


def _title_of(document: Document, fallback: str) -> str:
    title = (document.title or "").strip() or fallback.strip() or "Tanpa judul"
    return title[:500]


def _metadata(document: Document) -> dict[str, str | None]:
    meta = dict(document.metadata)
    return {
        "release_number": meta.get("release_number"),
        "dateline_place": meta.get("dateline_place") or document.dateline,
        "contact_person": meta.get("contact_person"),
    }


def import_document(
    db: Database, document: Document, *, title: str | None = None, language: str = "id",
    source_name: str | None = None, user: str | None = None, content_hash: str | None = None,
) -> ArticleRecord:  # fmt: skip
    """A new article in ``draft`` with ``document`` as its first revision.

    With ``content_hash`` (the SHA-256 of the source bytes) the hash is recorded in the same
    transaction; content already imported raises :class:`AlreadyImported` instead, also when
    another importer commits the same content at the same moment."""
    if language not in LANGUAGES:
        raise ServiceError(f"Bahasa tidak dikenal: {language!r} (pilih id atau en).")
    document = clean_document(document)
    try:
        with db.session() as s:
            who = actor(s, user)
            who.require("write")
            if content_hash is not None:
                earlier = journal.imported_article(s, content_hash)
                if earlier is not None:
                    raise AlreadyImported(earlier)
            article, revision = repo.create_article(
                s, title=clean_line(title or _title_of(document, Path(source_name or "").stem)),
                language=language, author_id=who.id, content=document_to_json(document),
                plain_text=document.text, metadata=_metadata(document),
                source_name=clean_line(source_name) if source_name else None,
            )  # fmt: skip
            journal.add_audit(s, "article.import", who.id, article.id, source=source_name,
                              revision=revision.number, sha256=content_hash)  # fmt: skip
            _keep_file_comments(s, document, article.id, revision.id, who.id)
            if content_hash is not None and not journal.add_import_source(
                s, content_hash, article.id, source_name, who.id
            ):
                raise AlreadyImported(None)  # a concurrent importer won: nothing of ours stays
            return article
    except AlreadyImported as exc:
        if exc.article_id is None and content_hash is not None:
            with db.reader() as s:
                exc.article_id = journal.imported_article(s, content_hash)
        raise


class AlreadyImported(ServiceError):
    def __init__(self, article_id: int | None) -> None:
        super().__init__(f"isinya sudah diimpor sebagai artikel #{article_id}")
        self.article_id = article_id


def _keep_file_comments(s, document: Document, article_id: int, revision_id: int,
                        user_id: int) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    """Comments the imported file carried (Word comments) become comments of the revision, with
    the name of whoever wrote them in the file."""
    text = document.text
    for c in document.comments:
        start, end = max(0, min(c.start, len(text))), max(0, min(c.end, len(text)))
        body = f"{c.author}: {c.text}" if c.author else c.text
        journal.add_comment(s, article_id=article_id, revision_id=revision_id, start=start,
                            end=max(start, end), quote=text[start:end], body=body[:4000],
                            user_id=user_id)  # fmt: skip


def import_text(
    db: Database, text: str, *, title: str | None = None, language: str = "id",
    user: str | None = None,
) -> ArticleRecord:  # fmt: skip
    """Pasted text becomes an article."""
    if not text.strip():
        raise ServiceError("Teks kosong; tidak ada yang diimpor.")
    document = load_text(text, name="<tempel>")
    return import_document(db, document, title=title, language=language, user=user)


def import_bytes(
    db: Database, data: bytes, *, name: str = "<stdin>", title: str | None = None,
    language: str = "id", user: str | None = None, again: bool = False,
) -> ImportOutcome:  # fmt: skip
    """Text read from standard input: the same decoder, size limit and binary check as files."""
    try:
        document = load_bytes(data, name, ".txt")
    except DraftError as exc:
        return ImportOutcome(name, None, str(exc))
    if not document.text.strip():
        return ImportOutcome(name, None, "Teks kosong; tidak ada yang diimpor.")
    return _import_one(db, name, document, hashlib.sha256(data).hexdigest(), title=title,
                       language=language, user=user, again=again)  # fmt: skip


def _import_one(
    db: Database, source: str, document: Document, digest: str, *, title: str | None = None,
    language: str, user: str | None, again: bool, source_name: str | None = None,
) -> ImportOutcome:  # fmt: skip
    try:
        article = import_document(db, document, title=title, language=language, user=user,
                                  source_name=source_name,
                                  content_hash=None if again else digest)  # fmt: skip
    except AlreadyImported as exc:
        earlier = None
        if exc.article_id is not None:
            with db.reader() as s:
                earlier = repo.get_article(s, exc.article_id)
        return ImportOutcome(source, earlier, None, skipped=True)
    return ImportOutcome(source, article, None)


def expand_sources(paths: list[Path]) -> list[Path]:
    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            out.extend(
                sorted(
                    p
                    for p in path.rglob("*")
                    if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES
                )  # fmt: skip
            )
        else:
            out.append(path)
    return out


def import_paths(
    db: Database, paths: list[Path], *, language: str = "id", user: str | None = None,
    again: bool = False,
) -> list[ImportOutcome]:  # fmt: skip
    return list(iter_import(db, paths, language=language, user=user, again=again))


def iter_import(
    db: Database, paths: list[Path], *, language: str = "id", user: str | None = None,
    again: bool = False,
) -> Iterator[ImportOutcome]:  # fmt: skip
    """Files and folders (every .txt/.md/.docx inside), one committed transaction per file,
    yielded as each is saved. An unreadable file does not stop the rest; a database that
    fails (full disk, gone, corrupt, locked) stops the run and every file not imported is
    yielded with the reason. Content imported before is skipped unless ``again``."""
    sources = expand_sources(paths)
    for index, path in enumerate(sources):
        try:
            data = read_path(path)
            document = load_bytes(data, path.name, path.suffix)
        except DraftError as exc:
            yield ImportOutcome(str(path), None, str(exc))
            continue
        try:
            yield _import_one(db, str(path), document, hashlib.sha256(data).hexdigest(),
                              language=language, user=user, again=again,
                              source_name=path.name)  # fmt: skip
        except DeskError as exc:
            if not isinstance(exc, StorageError | AccessDenied):
                yield ImportOutcome(str(path), None, str(exc))
                continue
            yield ImportOutcome(str(path), None, str(exc))
            for rest in sources[index + 1 :]:
                yield ImportOutcome(str(rest), None, f"tidak diimpor: {exc}")
            return


def list_articles(
    db: Database, *, status: str | None = None, author: str | None = None,
    since: datetime | None = None, until: datetime | None = None, search: str | None = None,
    limit: int = 50, before: tuple[datetime, int] | None = None,
) -> list[ArticleSummary]:  # fmt: skip
    """Newest first. ``before`` = (updated_at, id) of the last row shown, for the next page."""
    if status is not None and status not in STATUSES:
        raise ServiceError(f"Status tidak dikenal: {status!r} (pilih {', '.join(STATUSES)}).")
    with db.reader() as s:
        author_id = None
        if author:
            found = repo.user_by_name(s, author)
            if found is None:
                return []
            author_id = found.id
        return repo.list_articles(
            s, status=status, author_id=author_id, since=since, until=until,
            text=(search or "").strip() or None, limit=max(1, min(limit, 1000)), before=before,
        )  # fmt: skip


def get_article(db: Database, article_id: int) -> ArticleHistory:
    """The article with its current revision and its whole history."""
    with db.reader() as s:
        history = journal.article_history(s, article_id)
    if history is None:
        raise NotFound(f"Artikel #{article_id} tidak ada.")
    return history


def get_document(db: Database, revision_id: int) -> Document:
    with db.reader() as s:
        revision = repo.get_revision(s, revision_id)
    if revision is None:
        raise NotFound(f"Revisi #{revision_id} tidak ada.")
    return document_from_json(revision.content)


def save_revision(
    db: Database, article_id: int, document: Document, *, base_version: int,
    user: str | None = None,
) -> SaveResult:  # fmt: skip
    """Store ``document`` as a new revision if it differs from the current one.

    ``base_version`` is the article version the editor started from. If someone saved since,
    the text is kept as a revision marked ``conflict`` and :class:`Conflict` is raised. Saving an
    approved or exported release sends it back to ``in_review`` (approval belongs to a revision).
    """
    document = clean_document(document)
    content, plain = document_to_json(document), document.text
    with db.session() as s:
        who = actor(s, user)
        who.require("write")
        article = repo.get_article(s, article_id)
        if article is None:
            raise NotFound(f"Artikel #{article_id} tidak ada.")
        if article.status == "archived":
            raise InvalidTransition("Rilis ini diarsipkan; pulihkan dulu sebelum menyunting.")
        current = repo.get_revision(s, article.current_revision_id or -1)
        if current is not None and current.content == content:
            return SaveResult(article, current, changed=False)
        values: dict[str, object] = {}
        back_to_review = article.status in ("approved", "exported")
        postgres = is_postgres(s)  # there the state change goes through the database's step
        if back_to_review and not postgres:
            values = {"status": "in_review", "approved_revision_id": None}
        if repo.bump_article(s, article_id, base_version, **values):
            revision = repo.add_revision(
                s, article_id=article_id, content=content, plain_text=plain, author_id=who.id,
                based_on_id=article.current_revision_id, conflict=False,
            )  # fmt: skip
            repo.set_article_fields(s, article_id, current_revision_id=revision.id,
                                    title=_title_of(document, article.title))  # fmt: skip
            if current is not None:
                _carry_comments(s, article_id, current.plain_text, plain, revision.id)
            if back_to_review and postgres:
                access.run_step(s, article_id, "reopen", "Disunting setelah disetujui",
                                base_version + 1)  # fmt: skip
            elif back_to_review:
                repo.add_status_change(s, article_id, article.status, "in_review", who.id,
                                       "Disunting setelah disetujui", revision.id)  # fmt: skip
            saved = repo.get_article(s, article_id)
            assert saved is not None
            return SaveResult(saved, revision, changed=True)
        loser = repo.add_revision(
            s, article_id=article_id, content=content, plain_text=plain, author_id=who.id,
            based_on_id=None, conflict=True,
        )  # fmt: skip
        journal.add_audit(s, "revision.conflict", who.id, article_id, revision=loser.number,
                          base_version=base_version)  # fmt: skip
        latest = repo.get_article(s, article_id)
        assert latest is not None
        theirs = repo.get_revision(s, latest.current_revision_id or -1)
    raise Conflict(article_id, theirs.plain_text if theirs else "", plain, loser.id,
                   latest.version)  # fmt: skip


def _carry_comments(s, article_id: int, old: str, new: str, revision_id: int) -> None:  # noqa: ANN001
    """Open comments move with the text: each anchor is mapped through the diff of the old and
    the new revision; a comment whose text was deleted keeps its quote with an empty span."""
    comments = [c for c in journal.list_comments(s, article_id) if not c.resolved]
    if not comments:
        return
    from editor.services.anchors import diff_opcodes, map_span

    ops = diff_opcodes(old, new)
    for c in comments:
        start, end = map_span(old, new, c.start, c.end, ops)
        quote = new[start:end] if end > start else c.quote
        journal.move_comment(s, c.id, revision_id=revision_id, start=start, end=end, quote=quote)


def update_details(
    db: Database, article_id: int, *, base_version: int, user: str | None = None,
    **fields: str | None,
) -> ArticleRecord:  # fmt: skip
    """Title, language and office metadata (release number, dateline place, contact person)."""
    allowed = {"title", "language", "release_number", "dateline_place", "contact_person"}
    unknown = set(fields) - allowed
    if unknown:
        raise ServiceError(f"Kolom tidak dikenal: {', '.join(sorted(unknown))}")
    if fields.get("title"):
        fields["title"] = clean_line(fields["title"] or "")
    if "title" in fields and not (fields["title"] or "").strip():
        raise ServiceError("Judul tidak boleh kosong.")
    if "language" in fields and fields["language"] not in LANGUAGES:
        raise ServiceError("Bahasa harus id atau en.")
    with db.session() as s:
        who = actor(s, user)
        who.require("write")
        if repo.get_article(s, article_id) is None:
            raise NotFound(f"Artikel #{article_id} tidak ada.")
        if not repo.bump_article(s, article_id, base_version, **fields):
            raise ServiceError(
                f"Artikel #{article_id} sudah diubah orang lain; muat ulang lalu coba lagi."
            )
        journal.add_audit(s, "article.details", who.id, article_id, **fields)
        saved = repo.get_article(s, article_id)
        assert saved is not None
        return saved
