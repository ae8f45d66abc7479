"""What the window does with articles: open the desk, open and save articles (autosave, crash
recovery, conflicts), dismissals and the house dictionary, and the review workflow."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from editor.gui.editor import Placed
from editor.gui.qt import QCoreApplication, QInputDialog, QLabel, QMessageBox, QTimer
from editor.gui.transfer import TransferMixin
from editor.paths import data_dir

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from db.records import ArticleHistory, ArticleRecord, DecisionRecord
    from editor.gui.desk import Desk, Opened

RECOVERY_MS = 1500


def desk_server(url: str | None) -> str:
    """host:port/database of a server desk's address, for the login prompt (no password)."""
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(url or "")
        return f"{parts.hostname or 'localhost'}:{parts.port or 5432}{parts.path}"
    except ValueError:
        return ""


def recovery_path() -> Path:
    return data_dir() / "recovery.json"


class SessionMixin(TransferMixin):
    def init_session(self) -> None:
        self.desk: Desk | None = None
        self.desk_ready = False
        self.login_dialog: Any = None  # the team desk's login prompt while it is shown
        self._desk_request: tuple[bool, str | None] = (False, None)
        self.loading_article = False
        self.article: ArticleRecord | None = None
        self.history: ArticleHistory | None = None
        self.decisions: tuple[DecisionRecord, ...] = ()
        self.team_mode = False
        self.role = "admin"
        self.user_id = -1
        self.last_error = ""
        self._edit_gen = 0
        self._loading_text = False
        self._autosave = QTimer(self, interval=max(5, self.settings.autosave_seconds) * 1000)
        self._autosave.timeout.connect(self.save_now)
        self._autosave.start()
        self._recovery = QTimer(self, singleShot=True, interval=RECOVERY_MS)
        self._recovery.timeout.connect(self.write_recovery)
        self.setAcceptDrops(True)
        self.update_actions()

    # -- the desk ---------------------------------------------------------------------------
    def open_desk(
        self, *, demo: bool = False, db_url: str | None = None, password: str | None = None
    ) -> None:
        """Open the desk off the UI thread. A team desk that asks for a password (or refuses
        the one given) brings up the login prompt; ``password`` is what was typed there."""
        user, url = self.settings.user_name, db_url or self.settings.db_url
        self.desk_ready = False
        self._desk_request = (demo, db_url)

        def work() -> tuple[Desk, int | None, Any]:
            from editor.gui.desk import Desk  # SQLAlchemy loads on the worker, not at start-up

            desk = Desk.demo(user) if demo else Desk.open(url, user, password)
            return desk, desk.first_id, desk.whoami()

        logging_in = password is not None
        self.db_tasks.run(work, self._desk_opened,
                          lambda exc: self._desk_failed(exc, logging_in))  # fmt: skip

    def _desk_opened(self, result: tuple[Desk, int | None, Any]) -> None:
        self.desk, first, who = result
        self.team_mode, self.role, self.user_id = who
        self.desk_ready = True
        self.login_dialog = None
        self.list_model.fetch = self.desk.page
        self.article_pane.apply_filter()
        self.load_engine()
        from editor.gui.labels import role_label

        role = role_label(self.role)
        who_text = translate("Session", "Masuk sebagai {user} ({role})").format(
            user=self.desk.user, role=role
        )
        self.statusBar().showMessage(who_text, 5000)
        self.show_who(f"{self.desk.user} ({role})")
        if first is not None:
            self.open_article(first)
        else:
            self.offer_recovery()

    def _desk_failed(self, exc: BaseException, logging_in: bool = False) -> None:
        from db.errors import LoginNeeded, ServerUnreachable

        if isinstance(exc, LoginNeeded) or (logging_in and isinstance(exc, ServerUnreachable)):
            self.ask_login(exc)
            return
        self.login_dialog = None
        self.desk_ready = True
        self.load_engine()
        self.show_error(
            translate("Session", "Basis data tidak dapat dibuka: {msg}").format(msg=exc)
        )

    def ask_login(self, exc: BaseException) -> None:
        """The login prompt for the person the desk's address names; Masuk tries again with
        the typed password, Batal leaves the desk closed."""
        from db.errors import LoginNeeded
        from editor.gui.login import LoginDialog, login_problem

        url = self._desk_request[1] or self.settings.db_url
        user = exc.user if isinstance(exc, LoginNeeded) else getattr(self, "_login_user", "")
        self._login_user = user
        dialog = LoginDialog(user, desk_server(url), login_problem(exc), self)
        self.login_dialog = dialog

        def accepted() -> None:
            password = dialog.take_password()
            self.statusBar().showMessage(
                translate("Session", "Masuk sebagai {user}…").format(user=user)
            )
            self.open_desk(db_url=self._desk_request[1], password=password)

        dialog.accepted.connect(accepted)
        dialog.rejected.connect(self._login_cancelled)
        dialog.open()

    def _login_cancelled(self) -> None:
        self.login_dialog = None
        self.desk_ready = True
        self.load_engine()
        self.show_who(translate("Session", "Belum masuk"))
        self.who_label.setToolTip(translate(
            "Session", "Tidak masuk: meja tim belum dibuka. Buka lagi Sunting untuk masuk, atau "
            "pilih basis data lain di Pengaturan."
        ))  # fmt: skip

    def show_who(self, text: str) -> None:
        """Who acts on the desk (or that nobody has logged in), always in the status bar."""
        if getattr(self, "who_label", None) is None:
            self.who_label = QLabel(objectName="whoLabel")
            self.statusBar().addPermanentWidget(self.who_label)
        self.who_label.setText(text)
        self.who_label.setToolTip("")

    def close_desk(self) -> None:
        if self.desk is not None:
            self.desk.close()
            self.desk = None

    # -- opening and saving -----------------------------------------------------------------
    def open_article(self, article_id: int, then: Any = None) -> None:
        if self.desk is None:
            return
        if self.article is not None and self.article.id == article_id and then is None:
            return
        self.leave_article(wait=False)
        desk = self.desk
        self.loading_article = True
        self.db_tasks.run(lambda: desk.open_article(article_id),
                          lambda opened: self._article_opened(opened, then),
                          self._open_failed)  # fmt: skip

    def _open_failed(self, exc: BaseException) -> None:
        self.loading_article = False
        self.show_error(exc)

    def _article_opened(self, opened: Opened, then: Any = None) -> None:
        self.loading_article = False
        self.set_history(opened.history)
        self.editor.scheduler.checker = self.checker_for_article()
        self._loading_text = True
        self.show_draft(opened.document, opened.history.article.status)
        self._loading_text = False
        self.article_pane.select_id(opened.history.article.id)
        if then is not None:
            then()

    def set_history(self, history: ArticleHistory) -> None:
        self.history = history
        self.article = history.article
        self.decisions = history.decisions
        self.history_panel.show_history(history)
        self.editor.set_comments(
            [(c.start, c.end, c.quote) for c in history.comments if not c.resolved]
        )
        self.comments_panel.show_comments(history.comments)
        self.update_comment_tab()
        self.set_status_badge(history.article.status)
        self.update_meta()
        self.update_actions()
        self.editor.redraw()

    def update_meta(self) -> None:
        """The line under the title: id, writer, revision (in the current language)."""
        history = self.history
        if history is None:
            self.meta_label.setText("")
            return
        a = history.article
        rev = history.current.number if history.current else 0
        self.meta_label.setText(
            translate("Session", "#{id} · oleh {author} · revisi {rev}").format(
                id=a.id, author=a.author, rev=rev
            )
        )
        self.list_model.update_row(a.id, a.status, a.title)

    def refresh_history(self) -> None:
        if self.desk is None or self.article is None:
            return
        desk, aid = self.desk, self.article.id
        self.db_tasks.run(lambda: desk.history(aid), self.set_history)

    def on_edited(self) -> None:
        if self._loading_text:
            return
        self._edit_gen += 1
        if self.article is not None:
            self._recovery.start()

    def is_modified(self) -> bool:
        """Unsaved text: edits to the open release, or text typed with no release open."""
        if not self.editor.document().isModified():
            return False
        return self.article is not None or bool(self.editor.first_line())

    def save_now(self, then: Any = None) -> None:
        """Store the editor's text as a new revision (autosave, Ctrl+S, leaving the article);
        text typed with no release open becomes a new release."""
        if self.desk is None or not self.is_modified():
            if then is not None:
                then()
            return
        if self.article is None:
            self.save_new(then)
            return
        desk, art, gen = self.desk, self.article, self._edit_gen
        assert art is not None
        document = self.editor.draft()

        def done(result: Any) -> None:
            if self.article is not None and self.article.id == art.id:
                if gen == self._edit_gen:
                    self.editor.document().setModified(False)
                    self.clear_recovery()
                self.refresh_history()
            self.statusBar().showMessage(translate("Session", "Tersimpan"), 2000)
            if then is not None:
                then()

        self.db_tasks.run(lambda: desk.save(art.id, document, art.version), done, self._save_failed)

    def save_new(self, then: Any = None) -> None:
        """The text in the editor, typed with no release open, stored as a new draft release;
        the editor keeps the text (and its undo history) and now shows that release."""
        if self.desk is None:
            return
        desk, document, gen = self.desk, self.editor.draft(), self._edit_gen

        def done(history: ArticleHistory) -> None:
            if gen == self._edit_gen:
                self.editor.document().setModified(False)
            self.set_history(history)
            self.article_pane.apply_filter()
            self.statusBar().showMessage(
                translate("Session", "Disimpan sebagai rilis baru #{id}").format(
                    id=history.article.id), 4000)  # fmt: skip
            if then is not None:
                then()

        self.db_tasks.run(lambda: desk.history(desk.import_document(document)), done,
                          self._save_failed)  # fmt: skip

    def _save_failed(self, exc: BaseException) -> None:
        from editor.services.errors import Conflict

        if isinstance(exc, Conflict):
            from editor.gui.dialogs import ConflictDialog

            self.editor.document().setModified(False)
            self.clear_recovery()
            dialog = ConflictDialog(exc.theirs, exc.yours, self)
            self.conflict_dialog = dialog
            if not self.quiet:
                dialog.show()
            self.refresh_history()
            self.last_error = str(exc)
            self.statusBar().showMessage(str(exc), 10000)
            return
        self.show_error(exc)

    def leave_article(self, wait: bool = True) -> None:
        if self.is_modified():
            self.save_now()
            if wait:
                self.db_tasks.wait()
                QCoreApplication.processEvents()
                self.db_tasks.wait()  # a new release: its history is read after the save
                QCoreApplication.processEvents()

    # -- crash recovery ---------------------------------------------------------------------
    def write_recovery(self) -> None:
        if not self.is_modified() or self.article is None:
            return
        from editor.services.content import document_to_json

        data = {"article_id": self.article.id, "saved_at": time.time(),
                "document": document_to_json(self.editor.draft())}  # fmt: skip
        path = recovery_path()
        tmp = path.with_suffix(".tmp")
        try:
            tmp.write_text(json.dumps(data), encoding="utf-8")
            tmp.replace(path)
        except OSError as exc:
            self.statusBar().showMessage(
                translate("Session", "Salinan pemulihan gagal ditulis: {e}").format(e=exc)
            )

    def clear_recovery(self) -> None:
        recovery_path().unlink(missing_ok=True)

    def offer_recovery(self) -> None:
        path = recovery_path()
        if not path.is_file() or self.desk is None:
            return
        try:
            from editor.services.content import document_from_json

            data = json.loads(path.read_text(encoding="utf-8"))
            document = document_from_json(data["document"])
            article_id = int(data["article_id"])
        except (OSError, ValueError, KeyError, TypeError):
            path.unlink(missing_ok=True)
            return
        if not self.ask(translate("Session", "Pulihkan teks?"), translate("Session",
            "Sunting ditutup sebelum teks rilis #{id} tersimpan. Pulihkan teks yang belum "
            "tersimpan?").format(id=article_id)):  # fmt: skip
            path.unlink(missing_ok=True)
            return

        def restore() -> None:
            self.editor.set_draft(document)
            self.editor.document().setModified(True)
            self.statusBar().showMessage(
                translate("Session", "Teks yang belum tersimpan dipulihkan"), 5000
            )

        self.open_article(article_id, then=restore)

    def ask(self, title: str, text: str) -> bool:
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        return QMessageBox.question(self, title, text, buttons) == QMessageBox.StandardButton.Yes

    # -- findings: dismissals and the house dictionary --------------------------------------
    def is_hidden(self, p: Placed) -> bool:
        if not self.decisions:
            return False
        from editor.services.review import is_dismissed

        text = self.editor.plain_text()
        f = p.finding
        if text[p.start : p.end] != f.text:
            return False
        absolute = f.shifted(p.start - f.start)
        return is_dismissed(absolute, text, self.decisions)

    def dismiss(self, p: Placed, scope: str) -> None:
        if self.desk is None or self.article is None:
            return
        where = self.editor.locate(p)
        if where is None:
            return
        desk, aid = self.desk, self.article.id
        finding = p.finding.shifted(self.editor.offsets().to_py(where[0]) - p.finding.start)
        text = self.editor.plain_text()
        self.db_tasks.run(lambda: (desk.dismiss(aid, finding, text, scope), desk.history(aid)),
                          lambda result: self._dismissed(result[1], scope))  # fmt: skip

    def _dismissed(self, history: ArticleHistory, scope: str) -> None:
        self.set_history(history)
        if scope == "dictionary":
            self.load_engine()

    def add_word(self, word: str) -> None:
        p = self.findings.current
        match = next((q for q in self.editor.placed if q.finding.text == word), None)
        target = p if p is not None and p.finding.text == word else match
        if target is not None:
            self.dismiss(target, "dictionary")

    # -- workflow ---------------------------------------------------------------------------
    def update_actions(self) -> None:
        art = self.article
        if art is None:
            for action in (self.submit_action, self.request_action, self.approve_action,
                           self.archive_action, self.export_action, self.report_action,
                           self.save_action, self.comment_action, self.pdf_action,
                           self.whatsapp_action, self.html_action):  # fmt: skip
                action.setEnabled(False)
            return
        from editor.services.users import PERMISSIONS
        from editor.services.workflow import STEPS

        for name, action in (("submit", self.submit_action),
                             ("request_changes", self.request_action),
                             ("approve", self.approve_action), ("archive", self.archive_action)):  # fmt: skip
            step = STEPS[name]
            ok = art is not None and art.status in step.sources
            if ok and self.team_mode:
                ok = step.permission in PERMISSIONS.get(self.role, ())
                if name == "archive" and art is not None and art.author_id == self.user_id:
                    ok = True
                if name == "approve" and art is not None and art.author_id == self.user_id:
                    ok = False
            action.setEnabled(ok)
        approved = art is not None and art.status in ("approved", "exported")
        for action in (self.export_action, self.pdf_action, self.whatsapp_action,
                       self.html_action):  # fmt: skip
            action.setEnabled(approved)
        self.report_action.setEnabled(art is not None)
        self.save_action.setEnabled(art is not None)
        self.comment_action.setEnabled(art is not None)

    def workflow(self, step: str) -> None:
        if self.desk is None or self.article is None:
            return
        comment = None
        if step == "request_changes":
            comment = self.ask_text(
                translate("Session", "Minta revisi"),
                translate("Session", "Apa yang perlu diperbaiki penulis?"),
            )
            if comment is None:
                return
            if not comment.strip():
                self.show_error(translate("Session", "Permintaan revisi perlu komentar."))
                return
        if step == "approve" and not self.confirm_open_errors():
            return
        desk, aid = self.desk, self.article.id
        self.save_now(then=lambda: self.db_tasks.run(
            lambda: (desk.change_status(aid, step, comment), desk.history(aid)),
            lambda result: self._step_done(step, result[1]),
        ))  # fmt: skip

    def _step_done(self, step: str, history: Any) -> None:
        self.set_history(history)
        if step == "approve":  # the officials registry learned from it: the engine reads it
            self.load_engine()

    def confirm_open_errors(self) -> bool:
        errors = [p for p in self.editor.placed if p.finding.severity == "error"]
        if not errors:
            return True
        listing = "\n".join(f"• {p.finding.text}: {p.finding.message}" for p in errors[:15])
        more = len(errors) - 15
        if more > 0:
            listing += "\n" + translate("Session", "…dan {n} lainnya").format(n=more)
        return self.ask(translate("Session", "Setujui dengan kesalahan terbuka?"), translate("Session",
            "Masih ada {n} kesalahan yang belum diperbaiki:\n\n{list}\n\nTetap setujui?"
        ).format(n=len(errors), list=listing))  # fmt: skip

    def ask_text(self, title: str, label: str) -> str | None:
        text, ok = QInputDialog.getMultiLineText(self, title, label)
        return text if ok else None
