"""Use cases shared by the CLI and the GUI. No Qt here; only plain dataclasses come out.

Every function takes the opened database (``db.open_database(url=None)`` -> ``db.Database``)
and, where someone acts, ``user=None`` (None: ``SUNTING_USER`` or the OS user). Errors are
:class:`editor.services.errors.DeskError` subclasses whose message is shown as is (Indonesian):
``StorageError``/``StorageBusy`` (cannot open / locked), ``NotFound``, ``Forbidden`` (role or
four-eyes rule), ``InvalidTransition``, ``NotApproved``, ``Conflict`` (stale save; carries
``theirs``, ``yours``, ``conflict_revision_id``).

articles   import_paths(db, [Path]) -> [ImportOutcome]; import_text(db, text, title=None);
           import_document(db, Document, ...); list_articles(db, status=, author=, since=, until=,
           search=, limit=50, before=(updated_at, id)) -> [ArticleSummary];
           get_article(db, id) -> ArticleHistory (article, current revision, revisions, status
           changes, decisions, comments, exports, audit); get_document(db, revision_id) ->
           Document; save_revision(db, id, Document, base_version=) -> SaveResult (changed=False
           when nothing differs; approved/exported go back to in_review); update_details(...).
workflow   submit / approve / request_changes / archive / restore(db, id, comment=, user=);
           change_status(db, id, step); approved_document(db, id) -> ApprovedRelease (article,
           revision, document; NotApproved otherwise); record_export(db, id, revision_id,
           file_name, sha256) (moves approved -> exported); approved_not_exported(db).
review     run_check(db, id, checker=None) -> CheckOutcome (stores counts per category with the
           revision); dismiss_finding(db, id, finding, text, scope="once"|"article"|
           "dictionary"); is_dismissed(...); add_comment(db, id, start, end, body);
           resolve_comment(db, comment_id); audit_log(db, article_id=None).
dictionary add_word(db, word, action="accept"|"reject"|"replace", replacement=None, note=None);
           remove_word; list_words; house_dictionary(db) -> editor.checks.lexicon.HouseDictionary.
people     registry(db) -> PeopleRegistry (cached); list_people; show_person; add_person;
           edit_person; confirm_person; merge_people(db, keep, other); learning from an approved
           revision happens inside workflow.approve (learn_on_approval).
users      current_user(db) -> Actor; add_user(db, name, role); deactivate_user; list_users;
           set_team_mode(db, bool); team_mode(db). Roles: writer, editor, admin.
settings   get_setting / save_setting; get_office_profile(db) -> dict; save_office_profile(db, d).
stats      statistics(db, weeks=12) -> DeskStatistics (by_status, by_category, by_writer,
           by_week).
"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from db import Database, open_database
    from editor.services.errors import (
        Conflict,
        DeskError,
        Forbidden,
        InvalidTransition,
        NotApproved,
        NotFound,
        ServiceError,
        StorageBusy,
        StorageError,
    )

__all__ = [
    "Conflict",
    "Database",
    "DeskError",
    "Forbidden",
    "InvalidTransition",
    "NotApproved",
    "NotFound",
    "ServiceError",
    "StorageBusy",
    "StorageError",
    "open_database",
]


def __getattr__(name: str) -> Any:
    """The names above, imported on first use: ``editor.services.checking`` (the CLI's engine
    builder) must not pay for the database layer's import when no desk is opened."""
    if name in ("Database", "open_database"):
        import db

        return getattr(db, name)
    if name in __all__:
        from editor.services import errors

        return getattr(errors, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
