"""GUI tests: a real offscreen Qt app, a real SQLite desk in the test's data directory and the
real checking engine (loaded once per run; each window builds its engine on it)."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


@pytest.fixture
def make_window(qtbot) -> Iterator[Callable[..., object]]:  # noqa: ANN001
    from gui_helpers import settled

    from editor.gui.mainwindow import MainWindow
    from editor.gui.settings import load_settings, save_settings
    from editor.gui.startup import default_engine_factory

    made: list[MainWindow] = []

    def make(*, demo: bool = False, user: str = "Rina", db_url: str | None = None,
             settle: bool = True) -> MainWindow:  # fmt: skip
        settings = load_settings()
        settings.user_name = user
        save_settings(settings)
        window = MainWindow(default_engine_factory)
        window.quiet = True
        qtbot.addWidget(window)
        window.open_desk(demo=demo, db_url=db_url)
        window.show()
        made.append(window)
        if settle:
            settled(qtbot, window)
        return window

    yield make
    for window in made:
        window.close()


@pytest.fixture(scope="session")
def engine():  # noqa: ANN201
    """The app's engine (bundled lexicon and rules), built once: engines are immutable."""
    from editor.gui.engine import build_engine

    return build_engine()


@pytest.fixture
def editor(qtbot, engine):  # noqa: ANN001, ANN201
    """A shown DraftEditor checking with the app's engine."""
    from editor.gui.editor import DraftEditor

    widget = DraftEditor()
    qtbot.addWidget(widget)
    widget.resize(800, 600)
    widget.show()
    widget.scheduler.set_checker(engine)
    yield widget
    widget.scheduler.wait()


from pg_server import pg_server  # noqa: E402, F401  (the team desk's login tests)
