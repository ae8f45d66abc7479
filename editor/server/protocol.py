"""LanguageTool's HTTP API (v2) as plain functions: the request in, the JSON answer out.

Nothing here knows about sockets or the web framework, so every rule of the protocol can be
read (and tested) on its own:

* a check request is a form (``text`` or ``data``, ``language``, ``enabledRules``,
  ``disabledRules``, ``enabledCategories``, ``disabledCategories``, ``enabledOnly``, ``level``,
  ``username``, ``apiKey``), parsed by :func:`parse_form` and :func:`parse_check`;
* ``data`` is LanguageTool's annotated text (``{"annotation": [{"text": ...}, {"markup": ...,
  "interpretAs": ...}]}``): the plain text (text parts and interpretations) is checked and every
  span is mapped back onto the original (text parts and markup), as LanguageTool does;
* a match's ``offset`` and ``length`` count UTF-16 code units of the client's text, as Java and
  LibreOffice strings do (an emoji is two), see :func:`matches`;
* Sunting's categories become LanguageTool's category ids (resources/server/languagetool.yaml),
  the rule's reference becomes ``rule.urls``, at most ten replacements are sent.
"""

from __future__ import annotations

import json
import urllib.parse
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from editor import __version__
from editor.checks.finding import CATEGORIES, Finding
from editor.checks.languagetool import index_to_utf16
from editor.checks.rules import read_yaml
from editor.paths import resource

MAX_REPLACEMENTS = 10  # LibreOffice shows at most ten; LanguageTool's server sends at most 15
CONTEXT_CHARS = 40  # characters of context each side of a match, like LanguageTool's server
INDONESIAN = ("id", "id-ID")
ENGLISH_PREFIX = "en"
LEVELS = ("default", "picky")
TRUE = ("true", "1", "yes", "on")


class RequestError(Exception):
    """A request the server refuses: ``status`` and an Indonesian ``message`` for the client."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


# --- Mapping data ------------------------------------------------------------------------------


@dataclass(frozen=True)
class LtCategory:
    id: str
    issue: str
    name: str


@dataclass(frozen=True)
class Mapping_:
    categories: Mapping[str, LtCategory]
    references: tuple[tuple[str, str], ...]
    languages: tuple[Mapping[str, str], ...]

    def sunting_categories(self, names: Iterable[str]) -> frozenset[str]:
        """Sunting categories named by LanguageTool category ids or by Sunting's own names."""
        wanted = {n.strip() for n in names if n.strip()}
        return frozenset(
            cat
            for cat, lt in self.categories.items()
            if cat in wanted or lt.id in wanted or lt.id.lower() in wanted
        )

    def urls(self, reference: str | None) -> list[dict[str, str]]:
        found: list[str] = []
        for part in (reference or "").split(";"):
            part = part.strip()
            for prefix, url in self.references:
                if part.startswith(prefix) and url not in found:
                    found.append(url)
                    break
        return [{"value": url} for url in found]


@cache
def mapping() -> Mapping_:
    data = read_yaml(resource("server", "languagetool.yaml"))
    categories = {
        name: LtCategory(str(v["id"]), str(v["issue"]), str(v["name"]))
        for name, v in data["categories"].items()
    }
    missing = set(CATEGORIES) - set(categories)
    if missing:
        raise ValueError(f"resources/server/languagetool.yaml: no mapping for {sorted(missing)}")
    references = tuple((str(r["prefix"]), str(r["url"])) for r in data["references"])
    languages = tuple({k: str(v) for k, v in lang.items()} for lang in data["languages"])
    return Mapping_(categories, references, languages)


# --- Requests ----------------------------------------------------------------------------------


def parse_form(body: bytes) -> dict[str, str]:
    """The fields of a form-encoded body (``a=1&b=2``); a repeated field keeps its last value.

    RequestError(400) for a body that is not UTF-8 or whose percent-escapes are not.
    """
    try:
        raw = body.decode("utf-8")
    except UnicodeDecodeError:
        raise RequestError(400, "Isi permintaan bukan teks UTF-8 yang sah.") from None
    try:
        pairs = urllib.parse.parse_qsl(raw, keep_blank_values=True, errors="strict")
    except (UnicodeDecodeError, ValueError):
        raise RequestError(
            400, "Formulir permintaan rusak: kode persen (%XX) tidak membentuk teks UTF-8."
        ) from None
    return dict(pairs)


@dataclass(frozen=True)
class RuleFilter:
    """Which of Sunting's rules a request wants (picklable: it goes to the worker processes)."""

    disabled_rules: frozenset[str] = frozenset()
    disabled_categories: frozenset[str] = frozenset()
    enabled_rules: frozenset[str] = frozenset()
    enabled_categories: frozenset[str] = frozenset()
    enabled_only: bool = False


@dataclass(frozen=True)
class CheckRequest:
    text: str  # the plain text to check
    original: str  # the client's text (equal to ``text`` unless ``data`` was sent)
    to_original: Callable[[int, int], tuple[int, int]]  # plain span -> span in ``original``
    language: str  # as asked: "id", "id-ID", "auto", "en-US", ...
    rules: RuleFilter = field(default_factory=RuleFilter)
    level: str = "default"
    username: str = ""
    api_key: str = ""

    @property
    def wants_english(self) -> bool:
        return is_english(self.language)


def is_english(language: str) -> bool:
    return language == ENGLISH_PREFIX or language.startswith(ENGLISH_PREFIX + "-")


def _ids(value: str | None) -> frozenset[str]:
    return frozenset(p.strip() for p in (value or "").split(",") if p.strip())


def parse_check(fields: Mapping[str, str], *, max_chars: int, english: bool) -> CheckRequest:
    """A check request from its form fields; RequestError for what the server cannot answer.

    ``english``: whether English can be passed on to LanguageTool (else "en" is refused).
    """
    if "text" in fields:
        text = fields["text"]
        original, to_original = text, _same_span
    elif "data" in fields:
        text, original, to_original = parse_annotation(fields["data"])
    else:
        raise RequestError(400, "Parameter 'text' atau 'data' wajib diisi.")
    if len(original) > max_chars:
        raise RequestError(
            413,
            f"Teks terlalu panjang: {len(original):,} karakter; batasnya {max_chars:,} "
            "karakter per permintaan.".replace(",", "."),
        )
    language = fields.get("language", "").strip()
    if not language:
        raise RequestError(400, "Parameter 'language' wajib diisi (id-ID, id, auto atau en-US).")
    if language not in (*INDONESIAN, "auto") and not (english and is_english(language)):
        known = "id-ID, id, auto" + (", en-US, en-GB, ..." if english else "")
        raise RequestError(400, f"Bahasa {language!r} tidak didukung server ini ({known}).")
    level = fields.get("level", "default") or "default"
    if level not in LEVELS:
        raise RequestError(400, f"Level {level!r} tidak dikenal (default atau picky).")
    m = mapping()
    rules = RuleFilter(
        disabled_rules=_ids(fields.get("disabledRules")),
        disabled_categories=m.sunting_categories(_ids(fields.get("disabledCategories"))),
        enabled_rules=_ids(fields.get("enabledRules")),
        enabled_categories=m.sunting_categories(_ids(fields.get("enabledCategories"))),
        enabled_only=fields.get("enabledOnly", "").lower() in TRUE,
    )
    if rules.enabled_only and not (rules.enabled_rules or rules.enabled_categories):
        raise RequestError(400, "enabledOnly=true butuh enabledRules atau enabledCategories.")
    return CheckRequest(
        text=text,
        original=original,
        to_original=to_original,
        language=language,
        rules=rules,
        level=level,
        username=fields.get("username", ""),
        api_key=fields.get("apiKey", ""),
    )


def _same_span(start: int, end: int) -> tuple[int, int]:
    return start, end


def parse_annotation(data: str) -> tuple[str, str, Callable[[int, int], tuple[int, int]]]:
    """LanguageTool's annotated text: (plain text, original text, plain span -> original span).

    A span inside a text part maps character for character; a span that starts or ends inside
    an interpretation of markup stretches to the whole markup.
    """
    try:
        parsed = json.loads(data)
    except ValueError:
        raise RequestError(400, "Parameter 'data' bukan JSON yang sah.") from None
    items = parsed.get("annotation") if isinstance(parsed, dict) else None
    if not isinstance(items, list):
        raise RequestError(400, "Parameter 'data' harus berisi {\"annotation\": [...]}.")
    plain_parts: list[str] = []
    original_parts: list[str] = []
    # for each plain character, the span of the original it stands for
    origin_start: list[int] = []
    origin_end: list[int] = []
    pos = 0
    for item in items:
        if not isinstance(item, dict):
            raise RequestError(400, "Setiap butir 'annotation' harus berupa objek JSON.")
        if isinstance(item.get("text"), str):
            kept = item["text"]
            plain_parts.append(kept)
            origin_start.extend(range(pos, pos + len(kept)))
            origin_end.extend(range(pos + 1, pos + len(kept) + 1))
        elif isinstance(item.get("markup"), str):
            kept = item["markup"]
            shown = item.get("interpretAs") or ""
            if not isinstance(shown, str):
                raise RequestError(400, "'interpretAs' harus berupa teks.")
            plain_parts.append(shown)
            origin_start.extend([pos] * len(shown))
            origin_end.extend([pos + len(kept)] * len(shown))
        else:
            raise RequestError(400, "Butir 'annotation' butuh 'text' atau 'markup'.")
        original_parts.append(kept)
        pos += len(kept)

    def to_original(start: int, end: int) -> tuple[int, int]:
        new_start = origin_start[start]
        return new_start, max(origin_end[end - 1], new_start + 1)

    return "".join(plain_parts), "".join(original_parts), to_original


# --- Answers -----------------------------------------------------------------------------------


def software() -> dict[str, Any]:
    return {
        "name": "Sunting",
        "version": __version__,
        "buildDate": None,
        "apiVersion": 1,
        "premium": False,
        "status": "",
    }


def languages(english: Sequence[Mapping[str, str]] = ()) -> list[dict[str, str]]:
    """``GET /v2/languages``: Indonesian, and the English variants LanguageTool offers."""
    return [dict(lang) for lang in mapping().languages] + [dict(lang) for lang in english]


def language_block(code: str, name: str, detected: str | None = None) -> dict[str, Any]:
    detected_code = detected or code
    detected_name = "Indonesian" if detected_code.startswith("id") else "English"
    return {
        "name": name,
        "code": code,
        "detectedLanguage": {"name": detected_name, "code": detected_code, "confidence": 1.0},
    }


def check_answer(request: CheckRequest, findings: Sequence[Finding]) -> dict[str, Any]:
    """The answer to an Indonesian check (or an "auto" check that found Indonesian)."""
    return {
        "software": software(),
        "warnings": {"incompleteResults": False},
        "language": language_block("id-ID", "Indonesian", "id-ID"),
        "matches": matches(request, findings),
    }


def matches(request: CheckRequest, findings: Sequence[Finding]) -> list[dict[str, Any]]:
    """Sunting's findings on ``request.text`` as LanguageTool matches on the client's text."""
    original = request.original
    utf16 = index_to_utf16(original)
    m = mapping()
    out = []
    for f in findings:
        start, end = request.to_original(f.start, f.end)
        category = m.categories[f.category]
        ctx_start = max(0, start - CONTEXT_CHARS)
        ctx_end = min(len(original), end + CONTEXT_CHARS)
        context = original[ctx_start:ctx_end]
        ctx_utf16 = index_to_utf16(context)
        sentence_start = original.rfind("\n", 0, start) + 1
        sentence_end = original.find("\n", end)
        sentence = original[sentence_start : sentence_end if sentence_end >= 0 else None]
        out.append(
            {
                "message": f.message,
                "shortMessage": category.name,
                "replacements": [{"value": s} for s in f.suggestions[:MAX_REPLACEMENTS]],
                "offset": utf16(start),
                "length": utf16(end) - utf16(start),
                "context": {
                    "text": context,
                    "offset": ctx_utf16(start - ctx_start),
                    "length": ctx_utf16(end - ctx_start) - ctx_utf16(start - ctx_start),
                },
                "sentence": sentence,
                "type": {"typeName": _type_name(f, category)},
                "rule": {
                    "id": f.rule,
                    "description": f.message,
                    "issueType": category.issue,
                    "category": {"id": category.id, "name": category.name},
                    "urls": m.urls(f.reference),
                },
                "ignoreForIncompleteSentence": False,
                "contextForSureMatch": 0,
                # Sunting's own view of the finding; LanguageTool clients ignore unknown keys
                "sunting": {
                    "category": f.category,
                    "severity": f.severity,
                    "reference": f.reference,
                    "batchSafe": f.batch_safe,
                },
            }
        )
    return out


def _type_name(f: Finding, category: LtCategory) -> str:
    if f.severity == "suggestion":
        return "Hint"
    return "UnknownWord" if category.issue == "misspelling" else "Other"


def encode(answer: Any) -> bytes:
    """An answer as the JSON bytes sent (UTF-8, compact, as Starlette's JSONResponse writes)."""
    return json.dumps(answer, ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode()


def error_body(status: int, message: str) -> dict[str, Any]:
    return {"status": status, "error": message, "software": software()}
