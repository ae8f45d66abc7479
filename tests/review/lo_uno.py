"""LibreOffice's own Accept All / Reject All, driven through UNO (run with the system python3 that
has python3-uno, not the venv):

    python3 lo_uno.py PROFILE_DIR JOBS.json

JOBS.json: a list of {"docx": path, "action": "accept" | "reject" | "none", "txt": path}. Each
document is opened hidden, the action dispatched, the body saved as UTF-8 text. Prints JSON: per
job the number of tracked changes and comments LibreOffice saw before the action.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import uuid
from pathlib import Path

import uno  # type: ignore[import-not-found]
from com.sun.star.beans import PropertyValue  # type: ignore[import-not-found]
from com.sun.star.connection import NoConnectException  # type: ignore[import-not-found]

ACTIONS = {"accept": ".uno:AcceptAllTrackedChanges", "reject": ".uno:RejectAllTrackedChanges"}


def prop(name: str, value):  # type: ignore[no-untyped-def]
    item = PropertyValue()
    item.Name, item.Value = name, value
    return item


def connect(pipe: str):  # type: ignore[no-untyped-def]
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", local
    )
    deadline = time.monotonic() + 90
    while True:
        try:
            return resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
        except NoConnectException:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.3)


def count_comments(doc) -> int:  # type: ignore[no-untyped-def]
    fields = doc.getTextFields().createEnumeration()
    total = 0
    while fields.hasMoreElements():
        if fields.nextElement().supportsService("com.sun.star.text.textfield.Annotation"):
            total += 1
    return total


def count_redlines(doc) -> int:  # type: ignore[no-untyped-def]
    lines = doc.getRedlines().createEnumeration()
    total = 0
    while lines.hasMoreElements():
        lines.nextElement()
        total += 1
    return total


def main() -> int:
    profile, jobs_file = Path(sys.argv[1]), Path(sys.argv[2])
    jobs = json.loads(jobs_file.read_text(encoding="utf-8"))
    pipe = f"sunting-{uuid.uuid4().hex[:12]}"
    office = subprocess.Popen(
        ["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless", "--invisible",
         "--norestore", "--nologo", f"--accept=pipe,name={pipe};urp;"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    results = []
    try:
        ctx = connect(pipe)
        smgr = ctx.ServiceManager
        desktop = smgr.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        dispatcher = smgr.createInstanceWithContext("com.sun.star.frame.DispatchHelper", ctx)
        for job in jobs:
            url = uno.systemPathToFileUrl(os.path.abspath(job["docx"]))
            doc = desktop.loadComponentFromURL(url, "_blank", 0, (prop("Hidden", True),))
            if doc is None:
                results.append({"docx": job["docx"], "error": "not opened"})
                continue
            before = {"redlines": count_redlines(doc), "comments": count_comments(doc)}
            if job["action"] in ACTIONS:
                frame = doc.getCurrentController().getFrame()
                dispatcher.executeDispatch(frame, ACTIONS[job["action"]], "", 0, ())
            after = count_redlines(doc)
            target = uno.systemPathToFileUrl(os.path.abspath(job["txt"]))
            doc.storeToURL(target, (prop("FilterName", "Text (encoded)"),
                                    prop("FilterOptions", "UTF8,LF")))  # fmt: skip
            doc.close(True)
            results.append({"docx": job["docx"], **before, "redlines_after": after})
        desktop.terminate()
    finally:
        try:
            office.wait(timeout=60)
        except subprocess.TimeoutExpired:
            office.kill()
            office.wait()
    print(json.dumps(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
