"""``sunting`` (no arguments), ``sunting --demo`` and ``sunting --demo --screenshot PATH``."""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Mapping, Sequence
from pathlib import Path

STARTED = time.perf_counter()


def parse_args(args_list: Sequence[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="sunting", description="Sunting: meja redaksi (aplikasi)")
    p.add_argument("--demo", action="store_true", help="open on a temporary database of samples")
    p.add_argument("--screenshot", metavar="PATH", help="with --demo: save the window as PNG, exit")
    p.add_argument("--db", metavar="URL", help="database (SQLite path or SQLAlchemy URL)")
    p.add_argument("--lang", choices=("id", "en"), help="language of the interface")
    # the installed bundle's self-test (scripts/bundle/build.sh): offscreen, demo desk, one check
    p.add_argument("--smoke-test", action="store_true", help=argparse.SUPPRESS)
    args = p.parse_args(list(args_list))
    if args.smoke_test:
        args.demo = True
    if args.screenshot and not args.demo:
        p.error("--screenshot needs --demo")
    return args


def no_display(environ: Mapping[str, str]) -> bool:
    """On Linux without X11 or Wayland (and no platform chosen) Qt would abort, not report."""
    return (
        sys.platform.startswith("linux")
        and not environ.get("QT_QPA_PLATFORM")
        and not environ.get("DISPLAY")
        and not environ.get("WAYLAND_DISPLAY")
    )


def main(args_list: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if args_list is None else args_list)
    from editor.gui.qt import QApplication

    environ = os.environ
    if args.screenshot or args.smoke_test:
        environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    elif no_display(environ):
        print(
            "sunting: tidak ada layar (DISPLAY/WAYLAND_DISPLAY kosong) untuk membuka aplikasi; "
            "pakai `sunting check BERKAS`, `sunting --demo --screenshot GAMBAR.png`, atau "
            "QT_QPA_PLATFORM=offscreen",
            file=sys.stderr,
        )
        return 2
    app = QApplication.instance() or QApplication(["sunting"])
    from editor.gui.i18n import install_translator
    from editor.gui.startup import open_window

    app.setApplicationName("Sunting")
    app.setOrganizationName("Sunting")
    install_translator(app, args.lang)
    try:
        window = open_window(demo=args.demo, db_url=args.db)
    except Exception as exc:  # noqa: BLE001 - shown to the user as one line, never a traceback
        print(f"sunting: aplikasi tidak dapat dibuka: {exc}", file=sys.stderr)
        return 2
    if args.smoke_test:
        from editor.gui.startup import smoke_test

        return smoke_test(window)
    if args.screenshot:
        from editor.gui.startup import take_screenshot

        return take_screenshot(window, Path(args.screenshot))
    window.show()
    return int(app.exec())
