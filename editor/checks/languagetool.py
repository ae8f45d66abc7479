"""English releases through LanguageTool: the HTTP backend, the findings, and the merge.

Three modes: ``off``; ``local`` (a LanguageTool HTTP server on 127.0.0.1 started from jars that
Maven fetched from Maven Central into a cache folder; needs Java 17 or newer); ``server`` (the
URL of a self-hosted server or the public API, whose limits of 20 requests per minute and 20 KB
per request are kept by chunking at paragraph boundaries and pacing).

The backend speaks LanguageTool's ``/v2/check`` over plain HTTP (urllib) so that timeouts,
pacing and garbage answers stay under our control. LanguageTool reports offsets in UTF-16 code
units; they are mapped to Python ``str`` offsets here. Paragraph results are cached by a hash of
the paragraph, so unchanged paragraphs are never sent again. Java, the jars and the local
server live in ``lt_server.py``. Nothing here imports Qt.
"""

from __future__ import annotations

import hashlib
import json
import re
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from editor.checks.finding import Finding

if TYPE_CHECKING:
    from editor.checks.lt_server import LocalServer

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


def utf16_to_index(text: str) -> Callable[[int], int]:
    """A function mapping a UTF-16 code-unit offset in ``text`` to a Python str offset."""
    if all(ord(ch) < 0x10000 for ch in text):
        return lambda offset: offset
    starts: list[int] = []  # UTF-16 offset of each character
    pos = 0
    for ch in text:
        starts.append(pos)
        pos += 2 if ord(ch) >= 0x10000 else 1
    starts.append(pos)
    return lambda offset: bisect_right(starts, offset) - 1


def _category(rule: dict) -> str:
    lt_category = (rule.get("category") or {}).get("id", "")
    if lt_category in _CATEGORY_BY_LT_CATEGORY:
        return _CATEGORY_BY_LT_CATEGORY[lt_category]
    return _CATEGORY_BY_ISSUE.get(rule.get("issueType", ""), "grammar")


def match_to_finding(text: str, start: int, end: int, match: dict) -> Finding | None:
    """One LanguageTool match (already mapped to Python offsets) as a Finding."""
    if not 0 <= start < end <= len(text):
        return None
    rule = match["rule"]
    category = _category(rule)
    issue = rule.get("issueType", "")
    severity = _SEVERITY_BY_ISSUE.get(issue) or _SEVERITY_BY_CATEGORY.get(category, "warning")
    flagged = text[start:end]
    if category == "spelling" and _looks_like_name(text, start, flagged):
        severity = "suggestion"  # Indonesian names and places are not in an English dictionary
    suggestions: list[str] = []
    for rep in match.get("replacements") or ():
        value = rep.get("value") if isinstance(rep, dict) else None
        if isinstance(value, str) and value != flagged and value not in suggestions:
            suggestions.append(value)
    urls = rule.get("urls") or ()
    reference = urls[0].get("value") if urls and isinstance(urls[0], dict) else None
    message = str(match.get("message") or rule.get("description") or rule["id"])
    return Finding(
        rule=f"LT.{rule['id']}",
        category=category,
        severity=severity,
        start=start,
        end=end,
        text=flagged,
        message=f"LanguageTool: {message}",
        suggestions=tuple(suggestions[:MAX_SUGGESTIONS]),
        reference=reference,
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


def _valid_matches(payload: Any) -> list[dict]:
    if not isinstance(payload, dict) or not isinstance(payload.get("matches"), list):
        raise LanguageToolError("jawaban server bukan jawaban LanguageTool")
    for m in payload["matches"]:
        ok = (
            isinstance(m, dict)
            and isinstance(m.get("offset"), int)
            and isinstance(m.get("length"), int)
            and isinstance(m.get("rule"), dict)
            and isinstance(m["rule"].get("id"), str)
        )
        if not ok:
            raise LanguageToolError("jawaban server LanguageTool tidak lengkap")
    return payload["matches"]


# --- The backend ------------------------------------------------------------------------------


@dataclass
class LtResult:
    findings: list[Finding]
    notice: str | None = None  # one clear line for the user when LanguageTool could not help
    sent: int = 0  # requests sent for this text


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
        public = _host(self.url).endswith("languagetool.org")
        self.variant = variant
        self.timeout = timeout
        self.max_bytes = max_bytes or PUBLIC_MAX_BYTES
        self.min_interval = (PUBLIC_MIN_INTERVAL if public else 0.0) if min_interval is None \
            else min_interval  # fmt: skip
        self.cache_size = cache_size
        self._cache: OrderedDict[str, tuple[Finding, ...]] = OrderedDict()
        self._last_request = 0.0
        self._lock = threading.Lock()
        self.requests_sent = 0

    # public API

    def check_text(self, text: str) -> LtResult:
        """Findings for ``text`` (paragraphs separated by "\\n"); never raises for server trouble."""
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
            notice = (
                f"LanguageTool tidak dapat dipakai ({self.url}): {exc}. Pemeriksaan bahasa "
                "Inggris dilewati; pemeriksaan lain tetap berjalan."
            )
            fresh = {}
        for i, para_findings in fresh.items():
            self._cache_put(paragraphs[i], tuple(para_findings))
            found.extend(f.shifted(offsets[i]) for f in para_findings)
        found.sort(key=lambda f: (f.start, f.end, f.rule))
        return LtResult(found, notice, self.requests_sent - sent_before)

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
            matches = self._post(joined)
            to_index = utf16_to_index(joined)
            for m in matches:
                start = to_index(m["offset"])
                end = to_index(m["offset"] + m["length"])
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

    def _post(self, text: str) -> list[dict]:
        body = urllib.parse.urlencode(
            {"text": text, "language": self.variant, "enabledOnly": "false"}
        ).encode()
        request = urllib.request.Request(
            self.url + "/check",
            data=body,
            headers={
                "Content-Type": "application/x-www-form-urlencoded",
                "Accept": "application/json",
            },  # fmt: skip
        )
        self._pace()
        self.requests_sent += 1
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as resp:
                raw = resp.read(20_000_000)
        except urllib.error.HTTPError as exc:
            raise LanguageToolError(f"server menjawab HTTP {exc.code}") from None
        except TimeoutError:
            raise LanguageToolError(f"tidak ada jawaban dalam {self.timeout:g} detik") from None
        except ValueError as exc:  # a URL urllib cannot use
            raise LanguageToolError(f"alamat server tidak dapat dipakai ({exc})") from None
        except (urllib.error.URLError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            if isinstance(reason, TimeoutError):
                raise LanguageToolError(f"tidak ada jawaban dalam {self.timeout:g} detik") from None
            raise LanguageToolError(f"server tidak terhubung ({reason})") from None
        try:
            payload = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise LanguageToolError("jawaban server bukan JSON") from None
        return _valid_matches(payload)

    def _pace(self) -> None:
        with self._lock:
            wait = self._last_request + self.min_interval - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            self._last_request = time.monotonic()


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


class _Engine(Protocol):
    def check(self, document: Any, language: str | None = None) -> list[Finding]: ...


def start_backend(
    mode: str,
    url: str | None = None,
    *,
    variant: str = "en-US",
    timeout: float = 10.0,
    progress: Callable[[str], None] | None = None,
    cancel: threading.Event | None = None,
) -> tuple[LanguageToolBackend | None, LocalServer | None]:
    """A backend for ``mode``; for ``local`` also the server that the caller must stop.

    ``progress``/``cancel`` reach the one-time download of the jars (``lt_server.ensure_jars``).
    """
    if mode not in MODES:
        raise LanguageToolError(f"mode LanguageTool tidak dikenal: {mode!r} (off, local, server)")
    if mode == "off":
        return None, None
    if mode == "server":
        if not url:
            raise LanguageToolError("mode server butuh URL server LanguageTool")
        return LanguageToolBackend(url, variant=variant, timeout=timeout), None
    from editor.checks.lt_server import LocalServer  # imports this module: import late

    server = LocalServer(progress=progress, cancel=cancel)
    try:
        server.start()
    except LanguageToolError:
        server.stop()
        raise
    return LanguageToolBackend(server.url, variant=variant, timeout=timeout), server


def check_document(
    engine: _Engine,
    document: Any,
    language: str,
    backend: LanguageToolBackend | None,
    on_notice: Callable[[str], None] | None = None,
) -> list[Finding]:
    """Sunting's findings, plus LanguageTool's for English, merged without duplicates.

    Indonesian text never goes to LanguageTool. Where one of Sunting's own findings of the same
    category overlaps a LanguageTool match, Sunting's (with its Indonesian message) is kept.
    """
    own = engine.check(document, language=language)
    if language != "en" or backend is None:
        return own
    text = document if isinstance(document, str) else document.text
    result = backend.check_text(text)
    if result.notice and on_notice is not None:
        on_notice(result.notice)
    extra = [f for f in result.findings if not _covered(f, own)]
    from editor.checks.engine import merge_findings  # the engine loads the lexicon: import late

    return merge_findings([*own, *extra])


def _covered(finding: Finding, own: Sequence[Finding]) -> bool:
    return any(
        o.category == finding.category and o.start < finding.end and finding.start < o.end
        for o in own
    )
