"""The web side of ``sunting serve``: a Starlette application on uvicorn.

``GET /v2/languages`` and ``POST /v2/check`` (also ``GET /v2/check?text=...``, as LanguageTool
allows) speak LanguageTool's API (:mod:`editor.server.protocol`). Indonesian is checked by
Sunting's engine in a pool of worker processes (:mod:`editor.server.worker`); English is passed,
form and all, to a LanguageTool server and its answer returned as it is.

What a client can get wrong is answered in JSON (``{"status", "error", "software"}``) with the
right status, never with a traceback: 400 (no text, unknown language, a malformed form),
401 (missing or wrong API key), 404/405, 413 (a body or text over the limits), 503 (too many
checks waiting, a check over its time limit, LanguageTool down or still starting).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import multiprocessing
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import AsyncIterator, Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from typing import Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from editor.server import protocol, worker
from editor.server.engine import EngineConfig
from editor.server.keys import KeyStore

log = logging.getLogger("sunting.server")

LOOPBACK = ("127.0.0.1", "localhost", "::1")
DRAIN_LIMIT = 64 * 1024 * 1024  # bytes of an over-large body read (and dropped) before a 413
ENGLISH_FALLBACK = (
    {"name": "English", "code": "en", "longCode": "en"},
    {"name": "English (US)", "code": "en", "longCode": "en-US"},
    {"name": "English (GB)", "code": "en", "longCode": "en-GB"},
)


@dataclass
class ServerConfig:
    host: str = "127.0.0.1"
    port: int = 8081
    workers: int = 2
    engine: EngineConfig = field(default_factory=EngineConfig)
    max_body_bytes: int = 1_000_000
    max_chars: int = 100_000
    timeout: float = 10.0  # seconds for one check
    max_pending: int = 64  # checks in flight or waiting before 503
    allow_origins: tuple[str, ...] = ()
    keys: KeyStore | None = None  # None: no key asked for (localhost)
    # English: a LanguageTool server URL (…/v2), or a callable starting one and returning it
    lt_url: str | None = None
    lt_start: Callable[[], str] | None = None
    lt_stop: Callable[[], None] | None = None
    on_ready: Callable[[int], None] | None = None  # called with the number of workers


def json_error(status: int, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse(protocol.error_body(status, message), status_code=status, headers=headers)


class Overloaded(Exception):
    pass


class Checks:
    """The pool of worker processes, with a bound on waiting checks and a time limit each."""

    def __init__(self, config: ServerConfig) -> None:
        self.config = config
        self.pending = 0
        self.pool = self._new_pool()
        self.served = 0

    def _new_pool(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=self.config.workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=worker.init,
            initargs=(self.config.engine,),
        )

    async def warm_up(self) -> list[dict[str, Any]]:
        """Start every worker (each builds its engine) and return their pids and memory."""
        loop = asyncio.get_running_loop()
        text, rules = worker.WARM_UP_TEXT, protocol.RuleFilter()
        await asyncio.gather(  # as many checks at once as workers, so that every one starts
            *(
                loop.run_in_executor(self.pool, worker.check, text, "id", rules)
                for _ in range(self.config.workers)
            )
        )
        return await self.workers_info()

    async def workers_info(self) -> list[dict[str, Any]]:
        loop = asyncio.get_running_loop()
        infos = await asyncio.gather(
            *(loop.run_in_executor(self.pool, worker.ping) for _ in range(self.config.workers * 2))
        )
        return list({i["pid"]: i for i in infos}.values())

    async def answer(self, fields: dict[str, str]) -> tuple[str, bytes | None]:
        """(language, JSON answer) of an Indonesian or "auto" check (worker.answer)."""
        sent = {k: v for k, v in fields.items() if k not in ("username", "apiKey")}
        result: tuple[str, bytes | None] = await self._run(
            worker.answer, sent, self.config.max_chars
        )
        return result

    async def _run(self, fn: Callable[..., Any], *args: Any) -> Any:
        if self.pending >= self.config.max_pending:
            raise Overloaded
        self.pending += 1
        try:
            loop = asyncio.get_running_loop()
            future = loop.run_in_executor(self.pool, fn, *args)
            try:
                result = await asyncio.wait_for(future, self.config.timeout)
            except BrokenProcessPool:
                log.error("a worker process died; starting a new pool")
                self.pool.shutdown(wait=False, cancel_futures=True)
                self.pool = self._new_pool()
                raise
            self.served += 1
            return result
        finally:
            self.pending -= 1

    def close(self) -> None:
        self.pool.shutdown(wait=False, cancel_futures=True)


class English:
    """The LanguageTool server English goes to (started in the background when local)."""

    def __init__(self, config: ServerConfig) -> None:
        self.config = config
        self.url = config.lt_url
        self.error: str | None = None
        self.languages: list[dict[str, str]] = []
        self._ready = threading.Event()
        if self.url:
            self._ready.set()

    @property
    def configured(self) -> bool:
        return bool(self.config.lt_url or self.config.lt_start)

    def start(self) -> None:
        if self.config.lt_start is None or self.url:
            return

        def run() -> None:
            try:
                assert self.config.lt_start is not None
                self.url = self.config.lt_start()
                log.warning("LanguageTool for English ready at %s", self.url)
            except Exception as exc:  # noqa: BLE001 - reported to clients as 503
                self.error = str(exc)
                log.error("LanguageTool for English not available: %s", exc)
            finally:
                self._ready.set()

        threading.Thread(target=run, name="languagetool-start", daemon=True).start()

    @property
    def status(self) -> str:
        if not self.configured:
            return "off"
        if not self._ready.is_set():
            return "starting"
        return "ready" if self.url else f"unavailable: {self.error}"

    def stop(self) -> None:
        if self.config.lt_stop is not None:
            self.config.lt_stop()

    def language_list(self) -> list[dict[str, str]]:
        if not self.configured:
            return []
        if not self.languages and self.url:
            try:
                status, body = _http(self.url + "/languages", None, 5.0)
                if status == 200:
                    self.languages = [
                        lang
                        for lang in json.loads(body)
                        if protocol.is_english(str(lang.get("longCode", "")))
                    ]
            except (OSError, ValueError):
                pass
        return self.languages or [dict(lang) for lang in ENGLISH_FALLBACK]

    def forward(self, fields: dict[str, str], language: str, timeout: float) -> Response:
        """The request passed to LanguageTool; its answer as it is (or a 503)."""
        if not self._ready.is_set():
            return json_error(
                503, "LanguageTool untuk bahasa Inggris masih dimulai; coba lagi sebentar lagi.",
                {"Retry-After": "5"},
            )  # fmt: skip
        if not self.url:
            return json_error(
                503, f"LanguageTool untuk bahasa Inggris tidak tersedia: {self.error}"
            )
        sent = {k: v for k, v in fields.items() if k not in ("username", "apiKey")}
        sent["language"] = language
        try:
            status, body = _http(self.url + "/check", sent, timeout)
        except (OSError, TimeoutError) as exc:
            return json_error(503, f"LanguageTool tidak menjawab ({exc}).")
        if status != 200:
            text = body.decode("utf-8", "replace").strip()[:300]
            return json_error(status if status < 500 else 503, f"LanguageTool: {text}")
        return Response(body, media_type="application/json")


def _http(url: str, form: dict[str, str] | None, timeout: float) -> tuple[int, bytes]:
    data = urllib.parse.urlencode(form).encode() if form is not None else None
    request = urllib.request.Request(url, data=data)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as answer:  # noqa: S310
            return answer.status, answer.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


async def read_body(request: Request, limit: int) -> bytes:
    """The request body; RequestError(413) past ``limit`` bytes (the rest is read and dropped,
    up to DRAIN_LIMIT, so the client gets the answer instead of a reset connection)."""
    declared = request.headers.get("content-length")
    if declared is not None:
        try:
            size = int(declared)
        except ValueError:
            raise protocol.RequestError(400, "Header Content-Length tidak sah.") from None
        if size > DRAIN_LIMIT:
            raise protocol.RequestError(413, _too_large(limit))
    chunks: list[bytes] = []
    total = 0
    async for chunk in request.stream():
        total += len(chunk)
        if total <= limit:
            chunks.append(chunk)
        elif total > DRAIN_LIMIT:
            break
    if total > limit:
        raise protocol.RequestError(413, _too_large(limit))
    return b"".join(chunks)


def _too_large(limit: int) -> str:
    return f"Permintaan terlalu besar; batasnya {limit // 1000:,} KB.".replace(",", ".")


def create_app(config: ServerConfig) -> Starlette:
    state: dict[str, Any] = {}

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        checks = Checks(config)
        english = English(config)
        state["checks"], state["english"] = checks, english
        english.start()
        started = time.monotonic()
        info = await checks.warm_up()
        log.info("%d workers ready in %.1f s", len(info), time.monotonic() - started)
        if config.on_ready is not None:
            config.on_ready(config.workers)
        try:
            yield
        finally:
            checks.close()
            english.stop()

    async def languages(request: Request) -> Response:
        english: English = state["english"]
        listed = await asyncio.to_thread(english.language_list)
        return JSONResponse(protocol.languages(listed))

    async def check(request: Request) -> Response:
        try:
            fields = dict(request.query_params)
            if request.method == "POST":
                kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
                body = await read_body(request, config.max_body_bytes)
                if kind not in ("", "application/x-www-form-urlencoded"):
                    raise protocol.RequestError(
                        400,
                        f"Jenis isi {kind!r} tidak didukung; kirim formulir "
                        "application/x-www-form-urlencoded.",
                    )
                fields.update(protocol.parse_form(body))
            english: English = state["english"]
            parsed = protocol.parse_check(
                fields, max_chars=config.max_chars, english=english.configured
            )
            if config.keys is not None and not config.keys.verify(parsed.username, parsed.api_key):
                raise protocol.RequestError(
                    401,
                    "Kunci API salah atau tidak dikirim: isi username dan apiKey "
                    "(kunci dibuat dengan `sunting serve key add NAMA`).",
                )
            if parsed.wants_english:
                return await asyncio.to_thread(
                    english.forward, fields, parsed.language, config.timeout
                )
            checks: Checks = state["checks"]
            _, encoded = await checks.answer(fields)
            if encoded is None:  # auto found English
                if english.configured:
                    return await asyncio.to_thread(english.forward, fields, "en-US", config.timeout)
                answer = protocol.check_answer(parsed, [])
                answer["language"] = protocol.language_block("en-US", "English (US)", "en-US")
                return JSONResponse(answer)
            return Response(encoded, media_type="application/json")
        except protocol.RequestError as exc:
            return json_error(exc.status, exc.message)
        except Overloaded:
            return json_error(
                503, "Server sedang penuh; coba lagi sebentar lagi.", {"Retry-After": "1"}
            )
        except TimeoutError:
            return json_error(
                503, f"Pemeriksaan melebihi batas waktu {config.timeout:g} detik; coba teks "
                "yang lebih pendek.",
            )  # fmt: skip
        except BrokenProcessPool:
            return json_error(503, "Proses pemeriksa berhenti; server memulainya lagi.")

    async def health(request: Request) -> Response:
        checks: Checks = state["checks"]
        return JSONResponse(
            {
                "status": "ok",
                "pending": checks.pending,
                "served": checks.served,
                "english": state["english"].status,
                "workers": await checks.workers_info(),
            }
        )

    async def http_error(request: Request, exc: Exception) -> Response:
        status = exc.status_code if isinstance(exc, HTTPException) else 500
        messages = {
            404: "Alamat tidak dikenal; yang ada: GET /v2/languages dan POST /v2/check.",
            405: "Metode tidak diizinkan di alamat ini.",
        }
        return json_error(status, messages.get(status, "Permintaan tidak dapat dilayani."))

    async def server_error(request: Request, exc: Exception) -> Response:
        log.exception("unexpected error", exc_info=exc)
        return json_error(500, f"Kesalahan tak terduga di server ({type(exc).__name__}).")

    middleware = []
    if config.allow_origins:
        middleware.append(
            Middleware(
                CORSMiddleware,
                allow_origins=list(config.allow_origins),
                allow_methods=["GET", "POST", "OPTIONS"],
                allow_headers=["*"],
                max_age=3600,
            )
        )
    return Starlette(
        routes=[
            Route("/v2/languages", languages, methods=["GET"]),
            Route("/v2/check", check, methods=["GET", "POST"]),
            Route("/v2/health", health, methods=["GET"]),
        ],
        middleware=middleware,
        lifespan=lifespan,
        exception_handlers={HTTPException: http_error, Exception: server_error},
    )
