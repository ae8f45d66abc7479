"""Proofread one paragraph in LibreOffice Writer through UNO, as Writer's own checking does.

Runs under the system Python that has LibreOffice's ``uno`` module (Debian: python3-uno):

    /usr/bin/python3 scripts/office/proofread.py --profile DIR [--install EXT.oxt] \
        --locale id-ID [--config BaseURL=http://127.0.0.1:8081/v2] TEXT

Starts ``soffice --headless`` on a throwaway profile, installs the extension into the profile's
user repository (through the extension manager, so no ``unopkg`` is needed), restarts it, opens
a Writer document holding TEXT tagged with the locale, asks the proofreading iterator for the
paragraph's grammar errors, and prints them as JSON (one object per error: start, length, rule,
short, full, suggestions, type). Exit code 2 with a message when LibreOffice cannot be driven.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException
from com.sun.star.lang import Locale


def _prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


class Office:
    def __init__(self, profile: Path) -> None:
        self.profile = profile
        self.pipe = f"sunting-{uuid.uuid4().hex[:12]}"
        self.proc: subprocess.Popen | None = None
        self.ctx = None

    def start(self, timeout: float = 60.0, headless: bool = True):
        soffice = shutil.which("soffice") or "/usr/lib/libreoffice/program/soffice"
        shown = ["--headless", "--invisible"] if headless else []
        self.proc = subprocess.Popen(
            [soffice, *shown, "--norestore", "--nologo", "--nodefault",
             f"-env:UserInstallation={self.profile.as_uri()}",
             f"--accept=pipe,name={self.pipe};urp;StarOffice.ComponentContext"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext(
            "com.sun.star.bridge.UnoUrlResolver", local
        )
        deadline = time.monotonic() + timeout
        while True:
            try:
                self.ctx = resolver.resolve(
                    f"uno:pipe,name={self.pipe};urp;StarOffice.ComponentContext"
                )
                return self.ctx
            except NoConnectException:
                if self.proc.poll() is not None or time.monotonic() > deadline:
                    raise SystemExit("sunting: LibreOffice (soffice) did not start") from None
                time.sleep(0.3)

    def service(self, name: str):
        return self.ctx.ServiceManager.createInstanceWithContext(name, self.ctx)

    def stop(self) -> None:
        if self.ctx is not None:
            try:
                self.service("com.sun.star.frame.Desktop").terminate()
            except Exception:  # noqa: BLE001 - the process is killed below if need be
                pass
        if self.proc is not None:
            try:
                self.proc.wait(20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.ctx = None


def install(office: Office, oxt: Path) -> None:
    """Add ``oxt`` to the profile's user extensions, approving what it asks (as unopkg does)."""
    import unohelper
    from com.sun.star.task import XInteractionHandler
    from com.sun.star.ucb import XCommandEnvironment, XProgressHandler

    class Handler(unohelper.Base, XInteractionHandler):
        def handle(self, request):
            for choice in request.getContinuations():
                if choice.queryInterface(uno.getTypeByName(
                        "com.sun.star.task.XInteractionApprove")):  # fmt: skip
                    choice.select()
                    return

    class Progress(unohelper.Base, XProgressHandler):
        def push(self, status):
            pass

        def update(self, status):
            pass

        def pop(self):
            pass

    class Env(unohelper.Base, XCommandEnvironment):
        def getInteractionHandler(self):
            return Handler()

        def getProgressHandler(self):
            return Progress()

    manager = office.ctx.getValueByName("/singletons/com.sun.star.deployment.ExtensionManager")
    env = Env()
    package = manager.addExtension(oxt.resolve().as_uri(), (), "user", None, env)
    if package is None:
        raise SystemExit(f"sunting: LibreOffice did not install {oxt.name}")
    state = package.isRegistered(None, env)  # Optional<Ambiguous<bool>>
    if not (state.IsPresent and not state.Value.IsAmbiguous and state.Value.Value):
        raise SystemExit(f"sunting: {oxt.name} was added but LibreOffice did not register it")


def set_config(office: Office, path: str, values: dict[str, object]) -> None:
    provider = office.service("com.sun.star.configuration.ConfigurationProvider")
    access = provider.createInstanceWithArguments(
        "com.sun.star.configuration.ConfigurationUpdateAccess", (_prop("nodepath", path),)
    )
    for key, value in values.items():
        access.setPropertyValue(key, value)
    access.commitChanges()


def proofread(office: Office, text: str, locale_tag: str) -> list[dict]:
    language, _, country = locale_tag.partition("-")
    locale = Locale(language, country, "")
    desktop = office.service("com.sun.star.frame.Desktop")
    doc = desktop.loadComponentFromURL(
        "private:factory/swriter", "_blank", 0, (_prop("Hidden", True),)
    )
    try:
        body = doc.getText()
        cursor = body.createTextCursor()
        body.insertString(cursor, text, False)
        cursor.gotoStart(False)
        cursor.gotoEnd(True)
        cursor.setPropertyValue("CharLocale", locale)
        from com.sun.star.text.TextMarkupType import PROOFREADING

        paragraph = doc.getFlatParagraphIterator(PROOFREADING, True).getFirstPara()
        iterator = office.service("com.sun.star.linguistic2.ProofreadingIterator")
        result = iterator.checkSentenceAtPosition(
            doc, paragraph, paragraph.getText(), locale, 0, len(paragraph.getText()), 0
        )
        errors = []
        # the iterator answers sentence by sentence; walk on until the paragraph is done
        seen = set()
        while True:
            for e in result.aErrors:
                key = (e.nErrorStart, e.nErrorLength, e.aRuleIdentifier)
                if key in seen:
                    continue
                seen.add(key)
                errors.append(
                    {
                        "start": e.nErrorStart,
                        "length": e.nErrorLength,
                        "rule": e.aRuleIdentifier,
                        "short": e.aShortComment,
                        "full": e.aFullComment,
                        "suggestions": list(e.aSuggestions),
                        "type": e.nErrorType,
                    }
                )
            nxt = result.nBehindEndOfSentencePosition
            if nxt <= result.nStartOfSentencePosition or nxt >= len(paragraph.getText()):
                break
            result = iterator.checkSentenceAtPosition(
                doc, paragraph, paragraph.getText(), locale, nxt, len(paragraph.getText()), nxt
            )
        return errors
    finally:
        doc.close(True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--profile", required=True, type=Path)
    parser.add_argument("--install", type=Path, help="extension (.oxt) to install first")
    parser.add_argument("--locale", default="id-ID")
    parser.add_argument(
        "--config", action="append", default=[], metavar="KEY=VALUE",
        help="a LanguageTool setting (BaseURL, Username, ApiKey, IsEnabled) before checking",
    )  # fmt: skip
    parser.add_argument("text")
    args = parser.parse_args()
    office = Office(args.profile)
    try:
        if args.install:
            office.start()
            install(office, args.install)
            office.stop()
        office.start()
        if args.config:
            values: dict[str, object] = {}
            for item in args.config:
                key, _, value = item.partition("=")
                values[key] = value == "true" if value in ("true", "false") else value
            set_config(office, "/org.openoffice.Office.Linguistic/GrammarChecking/LanguageTool",
                       values)  # fmt: skip
        errors = proofread(office, args.text, args.locale)
    finally:
        office.stop()
    json.dump(errors, sys.stdout, ensure_ascii=False)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("SAL_USE_VCLPLUGIN", "svp")
    raise SystemExit(main())
