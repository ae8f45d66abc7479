#!/usr/bin/env python3
"""Build the LibreOffice extension that puts Sunting under Writer's cursor (a .oxt file).

    python3 scripts/build_oxt.py [--url http://127.0.0.1:8081/v2] [-o sunting-languagetool.oxt]
        [--username NAME --api-key KEY]

A configuration-only extension (scripts/office/oxt/): it turns on LibreOffice's built-in
LanguageTool checker, points it at `sunting serve` and adds id-ID to its languages. Install it
with Tools > Extension Manager > Add (or `unopkg add FILE`), start `sunting serve`, and Writer
underlines Indonesian text (Format > Character > Language: Indonesian). --username/--api-key
write a team server's key into the extension: only for extensions handed to that one person.
"""

from __future__ import annotations

import argparse
import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "office" / "oxt"
LOCALES = ("id-ID", "en-US", "en-GB", "en-AU", "en-CA", "en-NZ", "en-ZA")


def version() -> str:
    sys.path.insert(0, str(HERE.parent))
    from editor import __version__

    return __version__


def build(out: Path, url: str, username: str = "", api_key: str = "") -> Path:
    credentials = ""
    if username and api_key:
        credentials = "".join(
            f'\n      <prop oor:name="{name}" oor:op="fuse"><value>{escape(value)}</value></prop>'
            for name, value in (("Username", username), ("ApiKey", api_key))
        )
    values = {
        "@BASE_URL@": escape(url.rstrip("/")),
        "@CREDENTIALS@": credentials,
        "@LOCALES@": " ".join(LOCALES),
        "@VERSION@": version(),
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as oxt:
        for path in sorted(SOURCE.rglob("*")):
            if not path.is_file():
                continue
            text = path.read_text(encoding="utf-8")
            for key, value in values.items():
                text = text.replace(key, value)
            oxt.writestr(path.relative_to(SOURCE).as_posix(), text)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("--url", default="http://127.0.0.1:8081/v2", help="sunting serve's URL")
    parser.add_argument("-o", "--output", type=Path, default=Path("sunting-languagetool.oxt"))
    parser.add_argument("--username", default="")
    parser.add_argument("--api-key", default="")
    args = parser.parse_args()
    if not args.url.rstrip("/").endswith("/v2"):
        parser.error("--url must end in /v2, e.g. http://127.0.0.1:8081/v2")
    if bool(args.username) != bool(args.api_key):
        parser.error("--username and --api-key go together")
    print(build(args.output, args.url, args.username, args.api_key))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
