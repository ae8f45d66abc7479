"""``sunting`` (no arguments), ``sunting --demo`` and ``sunting --demo --screenshot PATH``."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path

STARTED = time.perf_counter()


def parse_args(args_list: Sequence[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="sunting", description="Sunting: meja redaksi (aplikasi)")
    p.add_argument("--demo", action="store_true", help="open on a temporary database of samples")
    p.add_argument("--screenshot", metavar="PATH", help="with --demo: save the window as PNG, exit")
    p.add_argument("--db", metavar="URL", help="database (SQLite path or SQLAlchemy URL)")
    p.add_argument("--lang", choices=("id", "en"), help="language of the interface")
    args = p.parse_args(list(args_list))
    if args.screenshot and not args.demo:
        p.error("--screenshot needs --demo")
    return args


def main(args_list: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if args_list is None else args_list)
    from editor.gui.qt import QApplication

    if args.screenshot:
        from os import environ

        environ.setdefault("QT_QPA_PLATFORM", "offscreen")
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
    if args.screenshot:
        from editor.gui.startup import take_screenshot

        return take_screenshot(window, Path(args.screenshot))
    window.show()
    return int(app.exec())
