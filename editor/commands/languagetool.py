"""``sunting languagetool serve|fetch``: run a LanguageTool server for the whole press unit."""

from __future__ import annotations

import argparse
import signal
import sys
import threading

from editor.checks import languagetool as lt
from editor.cli import UserError
from editor.languagetool import server as lts


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "languagetool",
        help="run or fetch the LanguageTool server used for English releases",
        description=(
            f"LanguageTool {lts.LT_VERSION} for English releases. 'serve' starts a server on "
            "127.0.0.1 from the cached jars (fetched from Maven Central first when missing; needs "
            "Java 17+); point `sunting check --lt-server URL` at it. 'fetch' only downloads."
        ),
    )
    actions = p.add_subparsers(dest="lt_action", metavar="ACTION", required=True)
    serve = actions.add_parser("serve", help="start a LanguageTool server on 127.0.0.1")
    serve.add_argument("--port", type=int, default=8081, help="port to listen on (default 8081)")
    serve.set_defaults(func=run_serve)
    fetch = actions.add_parser("fetch", help="download the LanguageTool jars into the cache")
    fetch.add_argument("--quiet", action="store_true", help="print nothing when all is well")
    fetch.set_defaults(func=run_fetch)


def _fetch(quiet: bool) -> None:
    if lts.jars_ready():
        return
    if not quiet:
        print(f"Mengunduh LanguageTool {lts.LT_VERSION} ke {lts.lt_home()} ...", file=sys.stderr)
    progress = None if quiet else (lambda name: print(f"  {name}", file=sys.stderr))
    try:
        lts.ensure_jars(progress=progress)
    except lt.LanguageToolError as exc:
        raise UserError(str(exc)) from None


def run_fetch(args: argparse.Namespace) -> int:
    _fetch(args.quiet)
    if not args.quiet:
        print(lts.jars_dir())
    return 0


def run_serve(args: argparse.Namespace) -> int:
    if not 0 < args.port < 65536:
        raise UserError(f"port {args.port} tidak valid (1-65535)")
    _fetch(quiet=False)
    server = lts.LocalServer(port=args.port)
    try:
        url = server.start()
    except lt.LanguageToolError as exc:
        server.stop()
        raise UserError(str(exc)) from None
    print(f"LanguageTool {lts.LT_VERSION} siap di {url}", flush=True)
    print(f"Pakai: sunting check --lt-server {url} DRAF.txt  (Ctrl+C untuk berhenti)", flush=True)
    stopped = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stopped.set())
    try:
        while not stopped.wait(0.5):
            if server.process is None or server.process.poll() is not None:
                print("sunting: server LanguageTool berhenti sendiri", file=sys.stderr)
                return 1
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    return 0
