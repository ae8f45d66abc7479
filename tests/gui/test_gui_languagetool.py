"""LanguageTool "local" on a machine without its jars: the app shows the download with a "Batal"
button; cancelling it (or a fetch that fails) is one Indonesian message and Indonesian checks go
on. No network: the download is cancelled before Maven can fetch anything, or Maven is absent."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from gui_helpers import overlapping, settled
from required import missing


@pytest.fixture
def empty_lt_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    from editor.gui.settings import load_settings, save_settings

    home = tmp_path / "lt-home"
    home.mkdir()
    monkeypatch.setenv("SUNTING_LT_HOME", str(home))
    s = load_settings()
    s.lt_mode = "local"
    save_settings(s)
    return home


def _needs(tool: str) -> None:
    if shutil.which(tool) is None:
        missing("languagetool", f"no {tool} on this machine")


def _indonesian_checks_run(window, seed_path: Path, qtbot) -> None:  # noqa: ANN001
    window.last_error = ""
    window.import_files([seed_path])
    qtbot.waitUntil(lambda: window.article is not None, timeout=30_000)
    settled(qtbot, window)
    assert overlapping(window, "Kebangsaam")
    assert window.base_checker.backend is None


def test_cancelling_first_download(
    make_window, empty_lt_home: Path, seed_path: Path, qtbot, artifacts: Path
) -> None:  # noqa: ANN001
    from editor.gui.qt import QProgressDialog, QPushButton, Qt
    from editor.languagetool.server import jars_ready

    _needs("java")
    _needs("mvn")
    window = make_window(settle=False)
    qtbot.waitUntil(lambda: window.lt.dialog is not None and window.lt.dialog.isVisible(),
                    timeout=60_000)  # fmt: skip
    dialog = window.findChild(QProgressDialog, "languageToolDownload")
    assert dialog is window.lt.dialog
    assert "Mengunduh LanguageTool" in dialog.labelText()
    assert window.lt.busy and window.engine_ready  # the Indonesian engine did not wait
    dialog.grab().save(str(artifacts / "gui-languagetool-download.png"))
    button = dialog.findChild(QPushButton)
    assert button.text() == "Batal"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.lt.busy, timeout=15_000)
    qtbot.waitUntil(lambda: window.findChild(QProgressDialog, "languageToolDownload") is None)
    assert window.lt.dialog is None
    message = window.last_error
    assert message.startswith("Unduhan LanguageTool dibatalkan.")
    assert "Pemeriksaan bahasa Indonesia tetap berjalan" in message
    assert "Traceback" not in message
    assert message in window.statusBar().currentMessage()
    assert not jars_ready()
    version_dir = next(empty_lt_home.iterdir())
    assert not (version_dir / "jars").exists() and not (version_dir / "jars.partial").exists()
    _indonesian_checks_run(window, seed_path, qtbot)


def test_failed_fetch_is_one_message(
    make_window,
    empty_lt_home: Path,
    seed_path: Path,
    qtbot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # noqa: ANN001
    """Java is there but Maven is not on PATH: the fetch cannot run."""
    _needs("java")
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "java").symlink_to(os.path.realpath(shutil.which("java")))
    with monkeypatch.context() as env:
        env.setenv("PATH", str(bin_dir))
        window = make_window(settle=False)
        qtbot.waitUntil(lambda: window.engine_ready and not window.lt.busy
                        and window.lt.key[0] == "local", timeout=60_000)  # fmt: skip
    message = window.last_error
    assert message.startswith("LanguageTool tidak dapat dinyalakan: Maven (mvn) tidak ditemukan")
    assert "Pemeriksaan bahasa Indonesia tetap berjalan" in message
    assert window.lt.dialog is None
    _indonesian_checks_run(window, seed_path, qtbot)
    # a rebuilt engine (house dictionary changed) does not start the download again by itself
    window.load_engine()
    qtbot.waitUntil(lambda: window.engine_ready, timeout=30_000)
    assert not window.lt.busy and window.lt.dialog is None
