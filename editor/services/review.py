"""Checking a revision and the reviewer's actions on it: stored summaries, dismissals, comments."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from db import journal
from db import repository as repo
from db.database import Database
from db.records import CommentRecord, DecisionRecord
from editor.checks.finding import Finding
from editor.services.content import document_from_json
from editor.services.errors import NotFound, ServiceError
from editor.services.users import actor

SCOPES = ("once", "article", "dictionary")
CONTEXT_CHARS = 20


if TYPE_CHECKING:
    from editor.checks.engine import Checker  # the one Checker protocol


@dataclass(frozen=True, slots=True)
class CheckOutcome:
    revision_id: int
    findings: tuple[Finding, ...]  # what is left after the article's dismissals
    dismissed: int
    counts: dict[str, int]  # per category, as stored with the revision


def default_checker(db: Database, language: str = "id") -> Checker:
    """The bundled engine with the desk's dictionary merged in (the services' one builder)."""
    from editor.services.checking import build_engine

    return build_engine(db=db, language=language)


def finding_context(text: str, start: int, end: int) -> str:
    """Up to three words either side of a finding within its paragraph, whitespace-normalised:
    the key of a one-off dismissal, so it survives edits elsewhere in the text."""
    # only the CONTEXT_CHARS either side are searched: a long paragraph costs no more
    window_start = max(0, start - CONTEXT_CHARS)
    line_start = text.rfind("\n", window_start, start) + 1 or window_start
    line_end = text.find("\n", end, end + CONTEXT_CHARS)
    line_end = end + CONTEXT_CHARS if line_end < 0 else line_end
    before = text[max(line_start, window_start) : start].split()[-3:]
    after = text[end : min(line_end, end + CONTEXT_CHARS)].split()[:3]
    return f"{' '.join(before)}\u2026{' '.join(after)}"


def is_dismissed(finding: Finding, text: str, decisions: Iterable[DecisionRecord]) -> bool:
    context = None
    for d in decisions:
        if d.rule != finding.rule or d.text != finding.text:
            continue
        if d.scope in ("article", "dictionary"):
            return True
        if context is None:
            context = finding_context(text, finding.start, finding.end)
        if d.context == context:
            return True
    return False


def run_check(
    db: Database, article_id: int, *, checker: Checker | None = None,
    make_checker: Callable[[Database, str], Checker] = default_checker,
) -> CheckOutcome:  # fmt: skip
    """Check the current revision, drop dismissed findings, store counts per category."""
    with db.reader() as s:
        article = repo.get_article(s, article_id)
        if article is None or article.current_revision_id is None:
            raise NotFound(f"Artikel #{article_id} tidak ada.")
        revision = repo.get_revision(s, article.current_revision_id)
        decisions = journal.list_decisions(s, article_id)
    assert revision is not None
    document = document_from_json(revision.content)
    engine = checker or make_checker(db, article.language)
    found = engine.check(document)
    text = document.text
    kept = tuple(f for f in found if not is_dismissed(f, text, decisions))
    counts = dict(Counter(f.category for f in kept))
    with db.session() as s:
        repo.store_finding_counts(s, revision.id, counts)
    return CheckOutcome(revision.id, kept, len(found) - len(kept), counts)


def dismiss_finding(
    db: Database, article_id: int, finding: Finding, text: str, *, scope: str = "once",
    user: str | None = None,
) -> DecisionRecord:  # fmt: skip
    """Dismiss ``finding`` (found in ``text``): once at this place, for the whole article, or by
    adding the flagged word to the house dictionary (an admin's step in team mode)."""
    if scope not in SCOPES:
        raise ServiceError(f"Cakupan tidak dikenal: {scope!r} (once, article, dictionary).")
    if text[finding.start : finding.end] != finding.text:
        raise ServiceError("Temuan tidak cocok dengan teksnya; periksa ulang dokumen.")
    with db.session() as s:
        who = actor(s, user)
        who.require("dictionary" if scope == "dictionary" else "dismiss")
        article = repo.get_article(s, article_id)
        if article is None:
            raise NotFound(f"Artikel #{article_id} tidak ada.")
        decision = journal.add_decision(
            s, article_id=article_id, revision_id=article.current_revision_id, rule=finding.rule,
            text=finding.text, context=finding_context(text, finding.start, finding.end),
            scope=scope, user_id=who.id,
        )  # fmt: skip
        if scope == "dictionary":
            journal.upsert_entry(s, word=finding.text, action="accept", replacement=None,
                                 note=f"dari artikel #{article_id}", user_id=who.id)  # fmt: skip
        journal.add_audit(s, "finding.dismiss", who.id, article_id, rule=finding.rule,
                          text=finding.text, scope=scope)  # fmt: skip
        return decision


def add_comment(
    db: Database, article_id: int, start: int, end: int, body: str, *,
    user: str | None = None,
) -> CommentRecord:  # fmt: skip
    """A comment on the span ``start:end`` of the article's current revision."""
    if not body.strip():
        raise ServiceError("Komentar tidak boleh kosong.")
    with db.session() as s:
        who = actor(s, user)
        who.require("comment")
        article = repo.get_article(s, article_id)
        if article is None or article.current_revision_id is None:
            raise NotFound(f"Artikel #{article_id} tidak ada.")
        revision = repo.get_revision(s, article.current_revision_id)
        assert revision is not None
        if not 0 <= start <= end <= len(revision.plain_text):
            raise ServiceError("Rentang komentar di luar teks.")
        return journal.add_comment(
            s, article_id=article_id, revision_id=revision.id, start=start, end=end,
            quote=revision.plain_text[start:end], body=body.strip(), user_id=who.id,
        )  # fmt: skip


def resolve_comment(
    db: Database, comment_id: int, *, resolved: bool = True, user: str | None = None
) -> CommentRecord:
    with db.session() as s:
        who = actor(s, user)
        who.require("comment")
        comment = journal.resolve_comment(s, comment_id, who.id, resolved)
        if comment is None:
            raise NotFound(f"Komentar #{comment_id} tidak ada.")
        return comment


def audit_log(db: Database, article_id: int | None = None, limit: int = 200) -> list[Any]:
    with db.reader() as s:
        return journal.list_audit(s, article_id, limit)
