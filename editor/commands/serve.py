"""``sunting serve``: Sunting behind LanguageTool's HTTP API, for LibreOffice, the browser add-on
and every LanguageTool client; ``sunting serve key add|list|revoke`` manages the API keys."""

from __future__ import annotations

import argparse
import ipaddress
import logging
import os
import socket
import sys
from pathlib import Path

from editor.cli import UserError

DEFAULT_PORT = 8081


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "serve",
        help="serve Sunting's checks over LanguageTool's HTTP API (LibreOffice, browser add-on)",
        description=(
            "Answer GET /v2/languages and POST /v2/check like a LanguageTool server: Indonesian "
            "(id, id-ID, auto) with Sunting's rules, English passed to LanguageTool. Point "
            "clients at http://HOST:PORT/v2. Localhost only by default; on any other address "
            "every check needs an API key (username + apiKey), see `sunting serve key`."
        ),
    )
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=DEFAULT_PORT, help="port (default 8081; 0: any)")
    p.add_argument(
        "--workers",
        type=int,
        default=max(1, os.cpu_count() or 1),
        help="worker processes that run the checks (default: one per core)",
    )
    p.add_argument(
        "--db",
        metavar="URL",
        help="desk database whose house dictionary (and house_style setting) the checks apply",
    )
    p.add_argument("--style", metavar="FILE", help="house-style YAML (overrides the desk's)")
    p.add_argument(
        "--allow-origin",
        metavar="ORIGIN",
        nargs="?",
        const="*",
        action="append",
        help="send CORS headers for ORIGIN (repeatable; without a value: any origin)",
    )
    p.add_argument(
        "--lt",
        choices=("auto", "off", "local", "server"),
        default="auto",
        help="LanguageTool for English: a server (--lt-server), a local one from the cached "
        "jars, or off (default auto: the URL when given, else local when the jars are there)",
    )
    p.add_argument(
        "--lt-server",
        metavar="URL",
        default=os.environ.get("SUNTING_LT_SERVER"),
        help="LanguageTool server URL for English, e.g. http://127.0.0.1:8010/v2",
    )
    p.add_argument("--keys", metavar="FILE", help="API key file (default: in the data folder)")
    p.add_argument("--require-key", action="store_true", help="ask for an API key on localhost too")
    p.add_argument("--max-chars", type=int, default=100_000, help="characters per check")
    p.add_argument("--max-body-kb", type=int, default=1000, help="request size limit in KB")
    p.add_argument("--timeout", type=float, default=10.0, help="seconds one check may take")
    p.add_argument("--max-pending", type=int, default=64, help="checks waiting before 503")
    p.add_argument("--verbose", action="store_true", help="log every request")
    p.set_defaults(func=run_serve)

    actions = p.add_subparsers(dest="serve_action", metavar="key")
    key = actions.add_parser("key", help="manage API keys: add NAME, list, revoke NAME")
    key.add_argument("action", choices=("add", "list", "revoke"))
    key.add_argument("username", nargs="?")
    key.add_argument("--keys", metavar="FILE", dest="key_file", help="API key file")
    key.set_defaults(func=run_key)


def _store(path: str | None):  # type: ignore[no-untyped-def]
    from editor.server.keys import KeyStore

    return KeyStore(Path(path) if path else None)


def run_key(args: argparse.Namespace) -> int:
    from editor.server.keys import KeyStoreError

    store = _store(args.key_file or args.keys)
    try:
        if args.action == "list":
            keys = store.list()
            for k in keys:
                print(f"{k.username}\t{k.hint}…\t{k.created}")
            if not keys:
                print(f"Belum ada kunci API ({store.path}).", file=sys.stderr)
            return 0
        if not args.username:
            raise UserError(f"sunting serve key {args.action} butuh NAMA pengguna")
        if args.action == "add":
            key = store.add(args.username)
            print(key)
            print(
                f"Kunci untuk {args.username} dibuat (hanya ditampilkan sekali). Di LibreOffice: "
                "Alat > Opsi > Setelan Bahasa > LanguageTool, isi Username dan API key.",
                file=sys.stderr,
            )
            return 0
        if not store.revoke(args.username):
            raise UserError(f"{args.username} tidak punya kunci API")
        print(f"Kunci {args.username} dicabut.", file=sys.stderr)
        return 0
    except KeyStoreError as exc:
        raise UserError(str(exc)) from None


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def engine_config(db_url: str | None, style: str | None):  # type: ignore[no-untyped-def]
    """The engine settings of the desk database and house-style file (checked here, once)."""
    from editor.checks.house_style import HouseStyleError
    from editor.server.engine import EngineConfig, _house_style

    accepted: frozenset[str] = frozenset()
    rejected: frozenset[str] = frozenset()
    replacements: tuple[tuple[str, str], ...] = ()
    style_data = None
    if db_url:
        from editor.services import DeskError, open_database
        from editor.services.dictionary import house_dictionary
        from editor.services.settings import get_setting

        try:
            db = open_database(db_url, upgrade=False)
            house = house_dictionary(db)
            style_data = get_setting(db, "house_style")
        except DeskError as exc:
            raise UserError(str(exc)) from None
        accepted, rejected = frozenset(house.accepted), frozenset(house.rejected)
        replacements = tuple(sorted(house.replacements.items()))
        if style_data is not None and not isinstance(style_data, dict):
            raise UserError("setelan house_style di basis data bukan pemetaan (key: nilai)")
    config = EngineConfig(style, style_data, accepted, rejected, replacements)
    try:
        _house_style(config)
    except HouseStyleError as exc:
        raise UserError(str(exc)) from None
    return config


def _english(args: argparse.Namespace) -> tuple[str | None, object, object]:
    """(URL, start, stop) of the LanguageTool server English goes to; start/stop for a local
    server started in the background (its process is the desk's usual local LanguageTool)."""
    mode = args.lt
    if mode == "auto":
        from editor.languagetool import server as lts

        mode = "server" if args.lt_server else ("local" if lts.jars_ready() else "off")
    if mode == "off":
        return None, None, None
    if mode == "server":
        if not args.lt_server:
            raise UserError("--lt server butuh --lt-server URL")
        url = args.lt_server.rstrip("/")
        return (url if url.endswith("/v2") else url + "/v2"), None, None
    from editor.languagetool import server as lts

    server = lts.LocalServer()

    def start() -> str:
        lts.ensure_jars()
        return server.start()

    return None, start, server.stop


def _bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        raise UserError(f"tidak dapat mendengarkan di {host}:{port} ({exc.strerror})") from None
    sock.listen(2048)
    return sock


def run_serve(args: argparse.Namespace) -> int:
    if not 0 <= args.port < 65536:
        raise UserError(f"port {args.port} tidak valid (1-65535)")
    if args.workers < 1:
        raise UserError("--workers minimal 1")
    keys = None
    if args.require_key or not _is_loopback(args.host):
        from editor.server.keys import KeyStoreError

        keys = _store(args.keys)
        try:
            has_keys = keys.has_keys()
        except KeyStoreError as exc:
            raise UserError(str(exc)) from None
        if not has_keys:
            raise UserError(
                f"server di {args.host} butuh kunci API, tetapi belum ada satu pun di "
                f"{keys.path}; buat dengan: sunting serve key add NAMA"
            )
    engine = engine_config(args.db, args.style)
    lt_url, lt_start, lt_stop = _english(args)

    import uvicorn

    from editor.server.app import ServerConfig, create_app

    sock = _bind(args.host, args.port)
    port = sock.getsockname()[1]
    shown = f"[{args.host}]" if ":" in args.host else args.host
    url = f"http://{shown}:{port}/v2"

    def ready(workers: int) -> None:
        print(f"Sunting siap di {url} ({workers} proses pemeriksa)", flush=True)
        print(
            "LibreOffice: Alat > Opsi > Setelan Bahasa > LanguageTool, Base URL " + url,
            flush=True,
        )

    config = ServerConfig(
        host=args.host,
        port=port,
        workers=args.workers,
        engine=engine,
        max_body_bytes=args.max_body_kb * 1000,
        max_chars=args.max_chars,
        timeout=args.timeout,
        max_pending=args.max_pending,
        allow_origins=tuple(args.allow_origin or ()),
        keys=keys,
        lt_url=lt_url,
        lt_start=lt_start,  # type: ignore[arg-type]
        lt_stop=lt_stop,  # type: ignore[arg-type]
        on_ready=ready,
    )
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="sunting serve: %(message)s", stream=sys.stderr)  # fmt: skip
    server = uvicorn.Server(
        uvicorn.Config(
            create_app(config),
            log_level="info" if args.verbose else "warning",
            access_log=args.verbose,
            timeout_keep_alive=30,
            lifespan="on",
        )
    )
    try:
        server.run(sockets=[sock])
    finally:
        sock.close()
    return 0 if server.started else 1
