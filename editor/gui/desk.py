"""The desk's link to storage: one object holding the open database and the acting user, with
plain-data methods that call editor.services. No Qt here; the window calls these through its
serial TaskRunner so database work stays off the UI thread and in order."""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from db.database import Database, open_database
from db.records import ArticleHistory, ArticleSummary
from editor.document.model import Document
from editor.paths import resource
from editor.services import (
    articles,
    dictionary,
    exporting,
    people,
    review,
    settings,
    users,
    workflow,
)

DEMO_PROFILE = {
    "institution_lines": ["PEMERINTAH KABUPATEN CONTOH", "DINAS KOMUNIKASI DAN INFORMATIKA"],
    "address": "Jalan Merdeka No. 1, Kota Contoh",
    "telephone": "(0711) 123456",
    "email": "humas@contoh.go.id",
    "website": "contoh.go.id",
    "place": "Kota Contoh",
}


@dataclass(frozen=True)
class Opened:
    """An article ready for the editor: its history and the current revision's document."""

    history: ArticleHistory
    document: Document


class Desk:
    def __init__(self, db: Database, user: str, temp_dir: Path | None = None) -> None:
        self.db = db
        self.user = user
        self.temp_dir = temp_dir
        self.first_id: int | None = None  # demo: the first sample, opened at start

    @classmethod
    def open(cls, url: str | None, user: str, password: str | None = None) -> Desk:
        """``password``: typed in the login prompt for a server desk (kept in memory only)."""
        return cls(open_database(url or None, password=password), user)

    @classmethod
    def demo(cls, user: str) -> Desk:
        """A temporary database filled with the bundled sample drafts."""
        tmp = Path(tempfile.mkdtemp(prefix="sunting-demo-"))
        db = open_database(f"sqlite:///{tmp / 'demo.sqlite'}", create=True)
        desk = cls(db, user, tmp)
        settings.save_office_profile(db, DEMO_PROFILE, user=user)
        samples = sorted(resource("samples").glob("*.*"))
        drafts = [p for p in samples if p.is_file() and p.suffix in (".txt", ".md", ".docx")]
        imported = articles.import_paths(db, drafts, user=user)
        desk.first_id = next((o.article.id for o in imported if o.article is not None), None)
        return desk

    def close(self) -> None:
        self.db.dispose()
        if self.temp_dir is not None:
            shutil.rmtree(self.temp_dir, ignore_errors=True)

    # -- articles ---------------------------------------------------------------------------
    def page(self, status: str | None, search: str | None, before: tuple | None,
             limit: int = 200) -> list[ArticleSummary]:  # fmt: skip
        return articles.list_articles(self.db, status=status, search=search, before=before,
                                      limit=limit)  # fmt: skip

    def open_article(self, article_id: int) -> Opened:
        history = articles.get_article(self.db, article_id)
        if history.current is None:
            return Opened(history, Document(()))
        return Opened(history, articles.get_document(self.db, history.current.id))

    def history(self, article_id: int) -> ArticleHistory:
        return articles.get_article(self.db, article_id)

    def save(self, article_id: int, document: Document, base_version: int) -> articles.SaveResult:
        return articles.save_revision(self.db, article_id, document, base_version=base_version,
                                      user=self.user)  # fmt: skip

    def import_paths(self, paths: list[Path]) -> list[articles.ImportOutcome]:
        return articles.import_paths(self.db, paths, user=self.user)

    def import_text(self, text: str) -> int:
        return articles.import_text(self.db, text, user=self.user).id

    def import_document(self, document: Document) -> int:
        """Text typed in the app with no release open: a new draft release."""
        return articles.import_document(self.db, document, user=self.user).id

    @property
    def key(self) -> str:
        """Which database this is, for remembering which release a recent file became."""
        from db.database import shown_url

        url = str(getattr(self.db, "url", ""))
        return shown_url(url) if url else "default"

    def document_of(self, revision_id: int) -> Document:
        return articles.get_document(self.db, revision_id)

    # -- people and review --------------------------------------------------------------------
    def whoami(self) -> tuple[bool, str, int]:
        """(team mode, role, user id) of the acting user. On a PostgreSQL desk that is the
        session's login role, whatever name the app's settings hold: the desk then acts and
        shows itself as that person."""
        who = users.current_user(self.db, self.user)
        self.user = who.name
        return who.team_mode, who.user.role, who.user.id

    def dismiss(self, article_id: int, finding, text: str, scope: str) -> None:  # noqa: ANN001
        review.dismiss_finding(self.db, article_id, finding, text, scope=scope, user=self.user)

    def change_status(self, article_id: int, step: str, comment: str | None) -> None:
        workflow.change_status(self.db, article_id, step, comment=comment, user=self.user)

    def add_comment(self, article_id: int, start: int, end: int, body: str) -> None:
        review.add_comment(self.db, article_id, start, end, body, user=self.user)

    def resolve_comment(self, comment_id: int, resolved: bool = True) -> None:
        review.resolve_comment(self.db, comment_id, resolved=resolved, user=self.user)

    # -- house dictionary ---------------------------------------------------------------------
    def words(self) -> list:
        return dictionary.list_words(self.db)

    def add_word(self, word: str, note: str | None = None) -> None:
        dictionary.add_word(self.db, word, note=note, user=self.user)

    def remove_word(self, word: str) -> None:
        dictionary.remove_word(self.db, word, user=self.user)

    def house(self):  # noqa: ANN201 - the engine's HouseDictionary
        return dictionary.house_dictionary(self.db)

    # -- officials registry (Tokoh) ----------------------------------------------------------
    def people(self) -> list:
        return people.list_people(self.db)

    def edit_person(self, person_id: int, **values) -> None:  # noqa: ANN003
        people.edit_person(self.db, person_id, user=self.user, **values)

    def confirm_person(self, person_id: int) -> None:
        people.confirm_person(self.db, person_id, user=self.user)

    def merge_people(self, keep_id: int, other_id: int) -> None:
        people.merge_people(self.db, keep_id, other_id, user=self.user)

    # -- export and settings --------------------------------------------------------------------
    def export_release(
        self, article_id: int, out_dir: Path, format: str = "docx", file_name: str | None = None
    ) -> exporting.ExportOutcome:
        """``file_name``: the name the user chose in the save dialog (it may replace a file)."""
        return exporting.export_release(self.db, article_id, out_dir, format=format,
                                        user=self.user, file_name=file_name,
                                        force=file_name is not None)  # fmt: skip

    def copy_release(self, article_id: int, format: str) -> exporting.CopyOutcome:
        return exporting.copy_release(self.db, article_id, format, user=self.user)

    def export_report(self, article_id: int, out_dir: Path, checker=None) -> Path:  # noqa: ANN001
        return exporting.export_report(self.db, article_id, out_dir, checker=checker)

    def approved_waiting(self) -> list[ArticleSummary]:
        return workflow.approved_not_exported(self.db)

    def statistics(self):  # noqa: ANN201 - services.stats.DeskStatistics
        from editor.services import stats

        return stats.statistics(self.db)

    def office_profile(self) -> dict:
        return settings.get_office_profile(self.db)

    def save_office_profile(self, profile: dict) -> None:
        settings.save_office_profile(self.db, profile, user=self.user)
