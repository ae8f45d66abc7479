"""Writer, on screen, underlining an Indonesian draft through `sunting serve` (for docs/).

Run by scripts/office/screenshot.sh inside Xvfb, under the system Python with ``uno``:
installs the extension in a throwaway profile, opens the draft in a visible Writer window
tagged Indonesian, waits for the background check, then runs the grab command given.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from com.sun.star.lang import Locale  # noqa: E402
from proofread import Office, install, set_config  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--profile", required=True, type=Path)
    parser.add_argument("--install", required=True, type=Path)
    parser.add_argument("--draft", required=True, type=Path)
    parser.add_argument("--paragraphs", type=int, default=5)
    parser.add_argument("--wait", type=float, default=12.0)
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--height", type=int, default=860)
    parser.add_argument("grab", nargs=argparse.REMAINDER, help="command that saves the screen")
    args = parser.parse_args()
    office = Office(args.profile)
    office.start()
    install(office, args.install)
    office.stop()
    office.start(headless=False)
    try:
        set_config(office, "/org.openoffice.Office.Common/Misc", {"ShowTipOfTheDay": False})
        paragraphs = [p for p in args.draft.read_text(encoding="utf-8").split("\n") if p.strip()][
            : args.paragraphs
        ]
        desktop = office.service("com.sun.star.frame.Desktop")
        doc = desktop.loadComponentFromURL("private:factory/swriter", "_blank", 0, ())
        window = doc.getCurrentController().getFrame().getContainerWindow()
        window.setPosSize(0, 0, args.width, args.height, 15)
        body = doc.getText()
        cursor = body.createTextCursor()
        body.insertString(cursor, "\n".join(paragraphs).replace("\n", "\r"), False)
        cursor.gotoStart(False)
        cursor.gotoEnd(True)
        cursor.setPropertyValue("CharLocale", Locale("id", "ID", ""))
        cursor.setPropertyValue("CharHeight", 12.0)
        view = doc.getCurrentController().getViewCursor()
        view.gotoStart(False)
        time.sleep(args.wait)  # Writer checks paragraphs in the background
        return subprocess.run(args.grab, check=False).returncode
    finally:
        office.stop()


if __name__ == "__main__":
    raise SystemExit(main())
