"""Writer, on screen, underlining an Indonesian draft through `sunting serve` (for docs/).

Run by scripts/office/screenshot.sh inside its Xvfb display, under the system Python with
``uno``: installs the extension (which points Writer's LanguageTool client at the server) in a
throwaway profile, opens a visible Writer window with the draft tagged Indonesian, waits for
the window (xdotool) and for the background check to underline (the screen stops changing),
puts the cursor on the last span the server flags and opens the context menu there (Shift+F10), and
saves the screen with ImageMagick's ``import``. Every wait has a deadline; exit code 2 with a
message when something does not come.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import uno  # noqa: E402, F401  (makes the com.sun.star modules importable)
from com.sun.star.lang import Locale  # noqa: E402
from proofread import Office, install, set_config  # noqa: E402


def fail(message: str) -> SystemExit:
    print(f"screenshot: {message}", file=sys.stderr)
    return SystemExit(2)


def run(*cmd: str, timeout: float = 10.0) -> str:
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        return ""
    return done.stdout.strip() if done.returncode == 0 else ""


def wait_for_window(title: str, timeout: float) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = run("xdotool", "search", "--onlyvisible", "--name", title).split()
        if found:
            return found[-1]
        time.sleep(0.5)
    raise fail(f"no visible window named {title!r} after {timeout:g} s")


def screen_hash() -> str:
    raw = subprocess.run(
        ["import", "-silent", "-window", "root", "rgb:-"], capture_output=True, timeout=20,
        check=False,
    ).stdout  # fmt: skip
    return hashlib.sha1(raw).hexdigest()


def wait_until_still(timeout: float, quiet: float = 3.0) -> None:
    """Until the screen has not changed for ``quiet`` seconds (the underlines are drawn)."""
    deadline = time.monotonic() + timeout
    last, since = screen_hash(), time.monotonic()
    while time.monotonic() < deadline:
        time.sleep(0.7)
        now = screen_hash()
        if now != last:
            last, since = now, time.monotonic()
        elif time.monotonic() - since >= quiet:
            return


def flagged(server: str, text: str) -> list[dict]:
    form = urllib.parse.urlencode({"text": text, "language": "id-ID"}).encode()
    with urllib.request.urlopen(server + "/check", data=form, timeout=10) as answer:  # noqa: S310
        return list(json.load(answer)["matches"])


def no_speller(office: Office, locale: Locale) -> None:
    """No Hunspell for ``locale`` (as unticking it in Tools > Options > Writing Aids does)."""
    manager = office.service("com.sun.star.linguistic2.LinguServiceManager")
    manager.setConfiguredServices("com.sun.star.linguistic2.SpellChecker", locale, ())


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--profile", required=True, type=Path)
    parser.add_argument("--install", required=True, type=Path)
    parser.add_argument("--server", required=True, help="sunting serve's URL ending in /v2")
    parser.add_argument("--draft", required=True, type=Path)
    parser.add_argument("--paragraphs", type=int, default=4)
    parser.add_argument("--wait", type=float, default=40.0)
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--height", type=int, default=860)
    parser.add_argument("out", type=Path)
    args = parser.parse_args()
    paragraphs = [p for p in args.draft.read_text(encoding="utf-8").split("\n") if p.strip()]
    paragraphs = paragraphs[: args.paragraphs]
    office = Office(args.profile)
    office.start()
    install(office, args.install)
    office.stop()
    office.start(headless=False)
    try:
        set_config(office, "/org.openoffice.Office.Common/Misc", {"ShowTipOfTheDay": False})
        # only the grammar checker's lines (Sunting's, through the LanguageTool client): no
        # Hunspell for Indonesian, whose red lines and menu would hide Sunting's
        no_speller(office, Locale("id", "ID", ""))
        desktop = office.service("com.sun.star.frame.Desktop")
        doc = desktop.loadComponentFromURL("private:factory/swriter", "_blank", 0, ())
        frame = doc.getCurrentController().getFrame()
        frame.getContainerWindow().setPosSize(0, 0, args.width, args.height, 15)
        body = doc.getText()
        cursor = body.createTextCursor()
        body.insertString(cursor, "\r".join(paragraphs), False)
        cursor.gotoStart(False)
        cursor.gotoEnd(True)
        cursor.setPropertyValue("CharLocale", Locale("id", "ID", ""))
        cursor.setPropertyValue("CharHeight", 12.0)
        window = wait_for_window("LibreOffice Writer", 60)
        run("xdotool", "windowfocus", "--sync", window)
        view = doc.getCurrentController().getViewCursor()
        view.gotoStart(False)
        # the automatic check starts when the document is idle; wait until it has drawn
        wait_until_still(args.wait)
        # the last span the server flags with a suggestion: its menu opens below the text
        # and hides the fewest underlines
        target = None
        for number, paragraph in enumerate(paragraphs):
            for match in flagged(args.server, paragraph):
                if match["replacements"]:
                    target = (number, match)
        if target is not None:
            number, match = target
            para = body.createEnumeration()
            for _ in range(number + 1):
                current = para.nextElement()
            text_cursor = body.createTextCursorByRange(current.getStart())
            # offsets are UTF-16 units; the draft's first paragraphs are in the BMP
            text_cursor.goRight(match["offset"] + 1, False)
            view.gotoRange(text_cursor, False)
            time.sleep(1.0)
            run("xdotool", "key", "--window", window, "shift+F10")
            time.sleep(2.0)
        args.out.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(["import", "-silent", "-window", "root", str(args.out)], timeout=30,
                       check=True)  # fmt: skip
        print(json.dumps({"out": str(args.out), "menu_on": target[1]["context"]["text"] if target else None},
                         ensure_ascii=False))  # fmt: skip
        doc.setModified(False)
        return 0
    finally:
        office.stop()


if __name__ == "__main__":
    raise SystemExit(main())
