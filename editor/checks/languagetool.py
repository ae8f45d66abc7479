"""English releases through LanguageTool: the backend, the findings, and the merge.

Three modes: ``off``; ``local`` (a LanguageTool HTTP server on 127.0.0.1 started from jars that
Maven fetched from Maven Central into a cache folder, see ``editor/languagetool``; needs Java 17 or
newer); ``server`` (the URL of a self-hosted server or the public API, whose limits of 20
requests per minute and 20 KB per request are kept by chunking at paragraph boundaries and
pacing).

Every request goes through language-tool-python's client: ``LanguageTool(variant,
remote_server=URL)`` for our local server or a self-hosted one, ``LanguageToolPublicAPI`` for
api.languagetool.org. Its ``Match`` objects become Findings; ``CheckEngine`` merges them with
Sunting's own (the backend is the engine's ``grammar``). Paragraph results are cached by a
hash of the paragraph, so unchanged paragraphs are never sent again. Nothing here imports Qt,
and the library itself is imported only when a backend first talks to a server.

What the library cannot do is kept in the smallest wrappers here:

* Timeout: the client uses a class constant ``_TIMEOUT`` (300 s) for every request and tries a
  failed request twice. ``_TimedClient`` sets the constant per instance and pins one try, so a
  down server costs one timeout, not two.
* Hard deadline: ``requests``' timeout bounds each wait for the next byte, not the whole answer;
  a server that trickles bytes would hold a check forever. Each client call therefore runs on a
  short-lived daemon thread that is abandoned after ``timeout`` seconds (``_within``).
* Thread safety: ``Match`` caches the last text's non-BMP positions in class attributes, so two
  threads building matches at once (an abandoned request answering late, say) could shift each
  other's offsets. ``_TimedClient.check`` is the library's ``check`` with that step under a lock;
  the request itself is not locked, so a stuck request never holds up another.
* Exact end offsets: ``Match.offset`` is already mapped from UTF-16 code units to ``str``
  offsets, but ``error_length`` is not; the end is mapped here.
* Error detail: the library turns a non-JSON answer into ``LanguageToolError(body)`` without the
  HTTP status, and lets a JSON answer without ``matches`` fail as ``KeyError``; both become one
  Indonesian notice here, as do ``RateLimitError`` and connection failures. Rule URLs are dropped
  by ``Match``, so LanguageTool findings carry no reference link.
"""

from __future__ import annotations

import hashlib
import json
import re
import threading
import time
import urllib.parse
from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from editor.checks.finding import Finding

if TYPE_CHECKING:
    from language_tool_python import LanguageTool, Match

PUBLIC_API = "https://api.languagetool.org/v2"
PUBLIC_MAX_BYTES = 20_000  # the public API's request size limit (20 KB)
PUBLIC_MIN_INTERVAL = 3.1  # 20 requests per minute, with a little room
MODES = ("off", "local", "server")
SOURCE = "languagetool"

_CATEGORY_BY_ISSUE = {
    "misspelling": "spelling",
    "grammar": "grammar",
    "style": "style",
    "register": "style",
    "locale-violation": "style",
    "typographical": "typography",
    "whitespace": "typography",
    "duplication": "typography",
    "formatting": "typography",
    "characters": "typography",
    "numbers": "number",
    "inconsistency": "consistency",
}
_CATEGORY_BY_LT_CATEGORY = {"CASING": "capitalization", "PUNCTUATION": "punctuation"}
_SEVERITY_BY_ISSUE = {"misspelling": "error", "grammar": "error", "duplication": "error"}
_SEVERITY_BY_CATEGORY = {"style": "suggestion"}
MAX_SUGGESTIONS = 8


class LanguageToolError(Exception):
    """LanguageTool cannot be used; the message says why, in Indonesian, for the user."""


# --- Offsets and findings ---------------------------------------------------------------------


def _utf16_starts(text: str) -> list[int] | None:
    """The UTF-16 offset of each character of ``text`` (and of its end); None when every
    character is one code unit, so that both offsets are the same."""
    if all(ord(ch) < 0x10000 for ch in text):
        return None
    starts: list[int] = []
    pos = 0
    for ch in text:
        starts.append(pos)
        pos += 2 if ord(ch) >= 0x10000 else 1
    starts.append(pos)
    return starts


def utf16_to_index(text: str) -> Callable[[int], int]:
    """A function mapping a UTF-16 code-unit offset in ``text`` to a Python str offset."""
    starts = _utf16_starts(text)
    if starts is None:
        return lambda offset: offset
    return lambda offset: bisect_right(starts, offset) - 1


def index_to_utf16(text: str) -> Callable[[int], int]:
    """A function mapping a Python str offset in ``text`` to a UTF-16 code-unit offset."""
    starts = _utf16_starts(text)
    if starts is None:
        return lambda index: index
    return lambda index: starts[index]


def _category(issue: str, lt_category: str) -> str:
    if lt_category in _CATEGORY_BY_LT_CATEGORY:
        return _CATEGORY_BY_LT_CATEGORY[lt_category]
    return _CATEGORY_BY_ISSUE.get(issue, "grammar")


def match_to_finding(text: str, start: int, end: int, match: Match) -> Finding | None:
    """One language-tool-python ``Match`` (its span already mapped to ``str`` offsets in
    ``text``) as a Finding; None for an empty or impossible span."""
    if not 0 <= start < end <= len(text):
        return None
    issue = match.rule_issue_type
    category = _category(issue, match.category)
    severity = _SEVERITY_BY_ISSUE.get(issue) or _SEVERITY_BY_CATEGORY.get(category, "warning")
    flagged = text[start:end]
    if category == "spelling" and _looks_like_name(text, start, flagged):
        severity = "suggestion"  # Indonesian names and places are not in an English dictionary
    suggestions: list[str] = []
    for value in match.replacements:
        if isinstance(value, str) and value != flagged and value not in suggestions:
            suggestions.append(value)
    return Finding(
        rule=f"LT.{match.rule_id}",
        category=category,
        severity=severity,
        start=start,
        end=end,
        text=flagged,
        message=f"LanguageTool: {match.message or match.rule_id}",
        suggestions=tuple(suggestions[:MAX_SUGGESTIONS]),
        source=SOURCE,
    )


_INITIAL = re.compile(r"(?:^|\s)[A-Z]\.$")


def _looks_like_name(text: str, start: int, word: str) -> bool:
    """A capitalised word that does not open a sentence: most likely a name or a place."""
    if not word[:1].isupper():
        return False
    before = text[:start].rstrip(" \t\"'“‘(")
    if _INITIAL.search(before):
        return True  # after an initial such as "H." in "H. Hani Rustam"
    return bool(before) and before[-1] not in ".!?:"


# --- The client: language-tool-python with a timeout, a deadline and one notice ----------------

_T = TypeVar("_T")
_MATCH_LOCK = threading.Lock()  # Match keeps per-text state in class attributes


class _TimedClient:
    """Mixin for language-tool-python's clients: our timeout, one try per request."""

    def __init__(self, *args: Any, timeout: float, **kwargs: Any) -> None:
        self._TIMEOUT = timeout  # read by the library for every request it sends
        self._server = None  # read by the library's __del__, even when __init__ fails early
        super().__init__(*args, **kwargs)

    def _query_server(
        self, url: str, params: Any = None, num_tries: int = 2, method: str = "get"
    ) -> Any:
        return super()._query_server(url, params, num_tries=1, method=method)  # type: ignore[misc]

    def check(self, text: str) -> list[Match]:
        """The library's ``check``, with its ``Match`` objects built under ``_MATCH_LOCK``."""
        from language_tool_python import Match

        url = urllib.parse.urljoin(self._url, "check")  # type: ignore[attr-defined]
        params = self._create_params(text)  # type: ignore[attr-defined]
        response = self._query_server(url, params, method="post")
        with _MATCH_LOCK:
            return [Match(match, text) for match in response["matches"]]


@cache
def _client_class(public: bool) -> type[LanguageTool]:
    """language-tool-python's client (``LanguageToolPublicAPI`` for the public API), timed."""
    import language_tool_python as ltp

    base = ltp.LanguageToolPublicAPI if public else ltp.LanguageTool
    return type(f"Timed{base.__name__}", (_TimedClient, base), {})


def _within(seconds: float, call: Callable[[], _T]) -> _T:
    """``call()`` on a daemon thread; TimeoutError when it has not returned after ``seconds``
    (the thread is then abandoned; it ends whenever its request does)."""
    box: dict[str, Any] = {}
    done = threading.Event()

    def run() -> None:
        try:
            box["value"] = call()
        except BaseException as exc:  # handed to the caller below
            box["error"] = exc
        finally:
            done.set()

    threading.Thread(target=run, name="languagetool-request", daemon=True).start()
    if not done.wait(seconds):
        raise TimeoutError
    if "error" in box:
        raise box["error"]
    return box["value"]


def _explain(exc: BaseException, timeout: float) -> str:
    """What went wrong in a client call, for the user (Indonesian)."""
    import requests
    from language_tool_python import exceptions as lte

    late = f"tidak ada jawaban dalam {timeout:g} detik"
    if isinstance(exc, TimeoutError):
        return late
    if isinstance(exc, lte.RateLimitError):
        return "batas 20 permintaan per menit API publik terlampaui; coba lagi sebentar lagi"
    if isinstance(exc, lte.LanguageToolError):
        cause = exc.__cause__
        if isinstance(cause, requests.Timeout):
            return late
        if isinstance(cause, json.JSONDecodeError):
            return f"jawaban server bukan JSON ({_snippet(str(exc))})"
        if isinstance(cause, OSError):
            return f"server tidak terhubung ({_reason(cause)})"
        return f"server melaporkan galat ({_snippet(str(exc))})"
    if isinstance(exc, KeyError) and exc.args == ("matches",):
        return "jawaban server bukan jawaban LanguageTool"
    if isinstance(exc, ValueError) and "unsupported language" in str(exc):
        return "server tidak mendukung bahasa Inggris yang diminta"
    if isinstance(exc, (KeyError, TypeError, ValueError, AttributeError)):
        return "jawaban server LanguageTool tidak lengkap"
    return f"galat tak terduga ({type(exc).__name__})"


def _snippet(text: str, limit: int = 80) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _reason(exc: BaseException) -> str:
    """The short reason inside requests' long connection messages ("[Errno 111] ...")."""
    found = re.search(r"\[Errno -?\d+\][^'\")]*", str(exc))
    return found.group(0).strip() if found else _snippet(str(exc), 120)


# --- The backend ------------------------------------------------------------------------------


@dataclass
class LtResult:
    findings: list[Finding]
    notice: str | None = None  # one clear line for the user when LanguageTool could not help
    sent: int = 0  # check requests sent for this text


@dataclass
class _Unit:
    """A paragraph (or a piece of an over-long one) to send: ``text`` starts at ``offset``."""

    paragraph: int
    offset: int
    text: str


@dataclass
class _Chunk:
    units: list[_Unit] = field(default_factory=list)
    size: int = 0


class LanguageToolBackend:
    """Checks English text against a LanguageTool server (``url`` ends in ``/v2``)."""

    def __init__(
        self,
        url: str,
        *,
        variant: str = "en-US",
        timeout: float = 10.0,
        max_bytes: int | None = None,
        min_interval: float | None = None,
        cache_size: int = 5000,
    ) -> None:
        self.url = url.rstrip("/")
        if not self.url.endswith("/v2"):
            self.url += "/v2"
        self.public = _host(self.url).endswith("languagetool.org")
        self.variant = variant
        self.timeout = timeout
        self.max_bytes = max_bytes or PUBLIC_MAX_BYTES
        self.min_interval = (PUBLIC_MIN_INTERVAL if self.public else 0.0) if min_interval is None \
            else min_interval  # fmt: skip
        self.cache_size = cache_size
        self._cache: OrderedDict[str, tuple[Finding, ...]] = OrderedDict()
        self._client: LanguageTool | None = None
        self._last_request = 0.0
        self._lock = threading.Lock()
        self.requests_sent = 0

    # public API

    def check_text(self, text: str) -> LtResult:
        """Findings for ``text`` (paragraphs separated by "\\n"); never raises."""
        paragraphs = text.split("\n")
        offsets = _paragraph_offsets(paragraphs)
        found: list[Finding] = []
        todo: list[int] = []
        for i, para in enumerate(paragraphs):
            if not para.strip():
                continue
            cached = self._cache_get(para)
            if cached is None:
                todo.append(i)
            else:
                found.extend(f.shifted(offsets[i]) for f in cached)
        sent_before = self.requests_sent
        notice = None
        try:
            fresh = self._check_paragraphs(paragraphs, todo)
        except LanguageToolError as exc:
            notice = _notice(self.url, str(exc))
            fresh = {}
        for i, para_findings in fresh.items():
            self._cache_put(paragraphs[i], tuple(para_findings))
            found.extend(f.shifted(offsets[i]) for f in para_findings)
        found.sort(key=lambda f: (f.start, f.end, f.rule))
        return LtResult(found, notice, self.requests_sent - sent_before)

    def connect(self) -> str | None:
        """Reach the server once (it lists its languages); None when it answers, else the
        notice for the user. Checks connect on their own; this is for probing a server."""
        try:
            self._connected()
        except LanguageToolError as exc:
            return _notice(self.url, str(exc))
        return None

    def clear_cache(self) -> None:
        self._cache.clear()

    # cache

    def _key(self, paragraph: str) -> str:
        return hashlib.sha256(f"{self.variant}\0{paragraph}".encode()).hexdigest()

    def _cache_get(self, paragraph: str) -> tuple[Finding, ...] | None:
        key = self._key(paragraph)
        hit = self._cache.get(key)
        if hit is not None:
            self._cache.move_to_end(key)
        return hit

    def _cache_put(self, paragraph: str, findings: tuple[Finding, ...]) -> None:
        self._cache[self._key(paragraph)] = findings
        while len(self._cache) > self.cache_size:
            self._cache.popitem(last=False)

    # requests

    def _check_paragraphs(
        self, paragraphs: Sequence[str], todo: Iterable[int]
    ) -> dict[int, list[Finding]]:
        units = [u for i in todo for u in _split_paragraph(i, paragraphs[i], self._budget())]
        results: dict[int, list[Finding]] = {u.paragraph: [] for u in units}
        for chunk in self._chunks(units):
            joined, starts = _join(chunk.units)
            matches = self._check(joined)
            to_index, to_utf16 = utf16_to_index(joined), index_to_utf16(joined)
            for m in matches:
                start = m.offset  # the library maps the start to a str offset, not the length
                if not 0 <= start < len(joined):
                    continue
                end = to_index(min(to_utf16(start) + m.error_length, to_utf16(len(joined))))
                k = max(0, bisect_right(starts, start) - 1)
                unit = chunk.units[k]
                rel_start, rel_end = start - starts[k], end - starts[k]
                if rel_end > len(unit.text):
                    continue  # crosses a paragraph boundary: not a paragraph's finding
                para = paragraphs[unit.paragraph]
                finding = match_to_finding(para, unit.offset + rel_start, unit.offset + rel_end, m)
                if finding is not None:
                    results[unit.paragraph].append(finding)
        return results

    def _budget(self) -> int:
        return self.max_bytes - 200  # room for the other form fields

    def _chunks(self, units: list[_Unit]) -> Iterable[_Chunk]:
        chunk = _Chunk()
        for unit in units:
            size = _encoded_size(unit.text) + 6  # the "\n\n" between units
            if chunk.units and chunk.size + size > self._budget():
                yield chunk
                chunk = _Chunk()
            chunk.units.append(unit)
            chunk.size += size
        if chunk.units:
            yield chunk

    def _connected(self) -> LanguageTool:
        """The library's client; making one asks the server for its languages (one request)."""
        if self._client is None:
            make: Any = _client_class(self.public)  # our subclass takes a timeout
            base = self.url[: -len("v2")]  # the library appends "v2/" itself
            self._pace()
            self._client = self._call(
                lambda: make(
                    self.variant, remote_server=base, host="127.0.0.1", timeout=self.timeout
                )
            )
        return self._client

    def _check(self, text: str) -> list[Match]:
        client = self._connected()
        self._pace()
        self.requests_sent += 1
        return self._call(lambda: client.check(text))

    def _call(self, call: Callable[[], _T]) -> _T:
        try:
            return _within(self.timeout, call)
        except Exception as exc:  # noqa: BLE001 - every failure becomes the one notice
            raise LanguageToolError(_explain(exc, self.timeout)) from None

    def _pace(self) -> None:
        with self._lock:
            wait = self._last_request + self.min_interval - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            self._last_request = time.monotonic()


def _notice(url: str, reason: str) -> str:
    return (
        f"LanguageTool tidak dapat dipakai ({url}): {reason}. Pemeriksaan bahasa Inggris "
        "dilewati; pemeriksaan lain tetap berjalan."
    )


def _host(url: str) -> str:
    """The host of an http(s) URL; LanguageToolError (for the user) for anything else."""
    try:
        parts = urllib.parse.urlsplit(url)
        host = parts.hostname
    except ValueError:
        host, parts = None, None
    if parts is None or parts.scheme not in ("http", "https") or not host:
        raise LanguageToolError(
            f"alamat server LanguageTool tidak sah: {url!r} (contoh: http://127.0.0.1:8081/v2)"
        )
    return host


def _paragraph_offsets(paragraphs: Sequence[str]) -> list[int]:
    offsets, pos = [], 0
    for para in paragraphs:
        offsets.append(pos)
        pos += len(para) + 1
    return offsets


def _encoded_size(text: str) -> int:
    """Bytes of ``text`` in the form-encoded body that requests sends."""
    return len(urllib.parse.quote_plus(text))


def _split_paragraph(index: int, text: str, budget: int) -> list[_Unit]:
    """A paragraph as one unit, or, when it alone exceeds the request limit, pieces cut after
    sentence ends (or spaces)."""
    if _encoded_size(text) <= budget:
        return [_Unit(index, 0, text)]
    units, start = [], 0
    while start < len(text):
        end = len(text)
        while _encoded_size(text[start:end]) > budget:
            # halve towards the limit, then back off to a sentence end or a space
            end = start + max(1, (end - start) // 2)
        if end < len(text):
            cut = max(text.rfind(". ", start, end), text.rfind(" ", start, end))
            end = cut + 1 if cut > start else end
        units.append(_Unit(index, start, text[start:end]))
        start = end
    return units


def _join(units: Sequence[_Unit]) -> tuple[str, list[int]]:
    """Units joined with blank lines (LanguageTool's paragraph break), with each unit's start."""
    starts, pos = [], 0
    for unit in units:
        starts.append(pos)
        pos += len(unit.text) + 2
    return "\n\n".join(u.text for u in units), starts


# --- Wiring: modes and the merge with Sunting's own findings ----------------------------------


def check_document(
    engine: Any,
    document: Any,
    language: str,
    backend: LanguageToolBackend | None,
    on_notice: Callable[[str], None] | None = None,
) -> list[Finding]:
    """``engine`` with ``backend`` as its grammar checker, on ``document`` (kept for callers:
    the merge itself is the engine's, ``CheckEngine.check``)."""
    return engine.with_grammar(backend, on_notice).check(document, language=language)
