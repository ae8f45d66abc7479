"""Opening the main window (normal, demo) and the headless screenshot mode."""

from __future__ import annotations

import sys
from pathlib import Path

from editor.gui.mainwindow import MainWindow
from editor.gui.qt import QApplication, QElapsedTimer, QEventLoop, QTimer

SCREENSHOT_TIMEOUT_MS = 120_000


def default_engine_factory(desk: object) -> object:
    from editor.gui.engine import build_checker
    from editor.gui.settings import load_settings

    return build_checker(desk, load_settings())


def open_window(*, demo: bool = False, db_url: str | None = None) -> MainWindow:
    window = MainWindow(default_engine_factory)
    window.open_desk(demo=demo, db_url=db_url)
    return window


def wait_until_checked(window: MainWindow, timeout_ms: int = SCREENSHOT_TIMEOUT_MS) -> bool:
    """Run the event loop until the engine is loaded and the open draft has been checked."""
    loop = QEventLoop()
    clock = QElapsedTimer()
    clock.start()
    poll = QTimer()
    poll.setInterval(50)

    def check() -> None:
        if window.is_settled() or clock.elapsed() > timeout_ms:
            loop.quit()

    poll.timeout.connect(check)
    poll.start()
    loop.exec()
    poll.stop()
    return window.is_settled()


def take_screenshot(window: MainWindow, path: Path) -> int:
    window.quiet = True  # no modal message box may block a headless run
    window.resize(1440, 900)
    window.show()
    settled = wait_until_checked(window)
    if not settled or window.last_error:
        why = window.last_error or "pemeriksaan belum selesai"
        print(f"sunting: tangkapan layar dibatalkan: {why}", file=sys.stderr)
        window.close()
        return 2
    window.step(True)  # show the first finding with its suggestions, as a reviewer would
    QApplication.processEvents()
    path.parent.mkdir(parents=True, exist_ok=True)
    ok = window.grab().save(str(path), "PNG")
    window.close()
    if not ok:
        print(f"sunting: tidak dapat menyimpan {path}", file=sys.stderr)
        return 2
    print(f"sunting: tangkapan layar disimpan di {path}")
    return 0


def smoke_test(window: MainWindow) -> int:
    """The installed bundle's self-test: the demo desk open, its first release checked, exit 0.

    Prints how many findings the sample got; any error, or a check that finds nothing in a sample
    written with mistakes, is exit code 1.
    """
    window.quiet = True
    window.show()
    settled = wait_until_checked(window)
    article = window.article
    placed = list(window.editor.placed)
    window.close()
    if not settled or window.last_error or article is None:
        why = window.last_error or "pemeriksaan belum selesai"
        print(f"sunting: uji cepat gagal: {why}", file=sys.stderr)
        return 1
    if not placed:
        print(f"sunting: uji cepat gagal: tidak ada temuan pada «{article.title}»", file=sys.stderr)
        return 1
    print(f"sunting: uji cepat lulus: {len(placed)} temuan pada «{article.title}»")
    return 0
