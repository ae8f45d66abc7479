"""The team desk's login prompt, against a real PostgreSQL server with passworded login roles:
the person the desk's address names types their password; a wrong one is said so and may be
typed again; Batal leaves the desk closed; the password is never written to disk."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from gui_helpers import settled
from pg_server import PgServer, drop_pg_database, new_pg_database

PASSWORD = "alice-Rahasia-7731"
WRONG = "alice-keliru-0042"


@pytest.fixture
def team_desk(pg_server: PgServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
              ) -> Iterator[str]:  # fmt: skip
    """A team desk with alice (writer, passworded); her URL; no .pgpass and no PGPASSWORD."""
    from db import open_database
    from editor.services import users

    name = new_pg_database(pg_server)
    owner = open_database(pg_server.url(name))
    try:
        users.set_team_mode(owner, True)
        users.add_user(owner, "alice", "writer", password=PASSWORD)
    finally:
        owner.dispose()
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))
    yield pg_server.url(name, user="alice")
    drop_pg_database(pg_server, name)


def _login_prompt(qtbot, window, previous=None):  # noqa: ANN001, ANN202
    qtbot.waitUntil(lambda: window.login_dialog not in (None, previous)
                    and window.login_dialog.isVisible(), timeout=30_000)  # fmt: skip
    return window.login_dialog


def _files_hold(folder: Path, secret: str) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file() and secret.encode() in p.read_bytes()]


def test_right_password_after_a_wrong_one_opens_the_desk_as_that_person(
    make_window, qtbot, team_desk: str, caplog, _fresh_data_dir: Path
) -> None:  # noqa: ANN001
    from editor.gui.qt import QLineEdit, Qt
    from editor.gui.settings import settings_path

    caplog.set_level(logging.DEBUG)  # every log record of the run, the background tasks' too
    window = make_window(db_url=team_desk, settle=False)  # the settings say "Rina"
    dialog = _login_prompt(qtbot, window)
    assert dialog.windowTitle() == "Masuk ke meja tim"
    assert dialog.user.text() == "alice" and dialog.user.isReadOnly()
    assert dialog.password_edit.echoMode() == QLineEdit.EchoMode.Password
    assert "meminta kata sandi alice" in dialog.problem.text()
    assert (dialog.ok_button.text(), dialog.cancel_button.text()) == ("Masuk", "Batal")
    assert window.desk is None and not window.is_settled()

    qtbot.keyClicks(dialog.password_edit, WRONG)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    again = _login_prompt(qtbot, window, dialog)
    assert "salah" in again.problem.text() and "alice" in again.problem.text()
    assert again.password_edit.text() == ""  # nothing typed is kept
    assert window.desk is None

    qtbot.keyClicks(again.password_edit, PASSWORD)
    qtbot.mouseClick(again.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.desk is not None, timeout=30_000)
    settled(qtbot, window)
    assert window.login_dialog is None
    assert (window.desk.user, window.role, window.team_mode) == ("alice", "writer", True)
    assert window.who_label.text() == "alice (Penulis)"  # the status bar says who acts
    # she acts as herself, not as the "Rina" of the app's settings
    article = window.desk.import_text("Jembatan Baru Diresmikan\nBupati meresmikan jembatan.")
    assert window.desk.history(article).article.author == "alice"

    # the settings show who acts and cannot change it; saving them stores no password
    from editor.gui.dialogs import SettingsDialog

    dialog = SettingsDialog(window)
    assert dialog.user_name.text() == "alice" and not dialog.user_name.isEnabled()
    assert dialog.role.currentData() == "writer" and not dialog.role.isEnabled()
    dialog.save()
    window.close()
    assert Path(settings_path()).is_file()
    assert not _files_hold(_fresh_data_dir, PASSWORD)  # settings, recent files, recovery
    assert not _files_hold(_fresh_data_dir, WRONG)
    assert PASSWORD not in caplog.text and WRONG not in caplog.text


def test_batal_leaves_the_desk_closed_without_an_error(make_window, qtbot, team_desk: str) -> None:  # noqa: ANN001
    from editor.gui.qt import Qt

    window = make_window(db_url=team_desk, settle=False)
    dialog = _login_prompt(qtbot, window)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(window.is_settled, timeout=60_000)
    assert window.desk is None and window.login_dialog is None
    assert not window.last_error
    assert window.who_label.text() == "Belum masuk"
    assert "Tidak masuk" in window.who_label.toolTip()


def test_password_from_pgpass_needs_no_prompt(
    make_window, qtbot, team_desk: str, pg_server: PgServer, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip  # noqa: ANN001
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(f"{pg_server.host}:{pg_server.port}:*:alice:{PASSWORD}\n")
    pgpass.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    window = make_window(db_url=team_desk)
    assert window.login_dialog is None and window.desk.user == "alice"


def test_an_unreachable_server_is_said_plainly(make_window, qtbot) -> None:  # noqa: ANN001
    window = make_window(db_url="postgresql://alice@127.0.0.1:1/desk", settle=False)
    qtbot.waitUntil(window.is_settled, timeout=60_000)
    assert window.login_dialog is None and window.desk is None
    assert "Tidak dapat terhubung ke server basis data 127.0.0.1:1" in window.last_error
    assert "servernya menyala" in window.last_error
