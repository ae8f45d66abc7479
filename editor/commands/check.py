"""``sunting check``: check drafts and print findings as text or JSON (docs/architecture.md, version 1)."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from editor.checks.engine import CheckEngine
from editor.checks.finding import SEVERITIES, Finding, fix_shown
from editor.checks.language import resolve_language
from editor.checks.spans import LineIndex
from editor.cli import UserError
from editor.cli_lang import say
from editor.document.importers import (
    SUPPORTED_SUFFIXES,
    DraftError,
    load_bytes,
    load_path_mapped,
)
from editor.document.markup import SourceMap
from editor.document.model import Document

JSON_VERSION = 1


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "check",
        help="check drafts and print findings",
        description=(
            "Check drafts (.txt, .md, .docx; a folder checks every draft in it; '-' reads standard "
            "input) and print findings like a compiler: path:line:col: severity rule: message "
            "[suggestions]. Exit code 0: no errors; 1: errors found; 2: a usage or input error."
        ),
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="draft files, folders, or - for stdin")
    p.add_argument("--format", choices=("text", "json"), default="text", help="output format")
    p.add_argument(
        "--style", metavar="FILE", help="house-style YAML (resources/house-style.example.yaml)"
    )
    p.add_argument(
        "--language",
        choices=("id", "en", "auto"),
        default="auto",
        help="language of the drafts (default: detect per draft)",
    )
    p.add_argument(
        "--lt",
        choices=("auto", "off", "local", "server"),
        default="auto",
        help="LanguageTool for English drafts: a server URL (--lt-server), a local server "
        "started from the cached jars (needs Java 17+), or off (default auto: the URL when given, "
        "else local)",
    )
    p.add_argument(
        "--lt-server",
        metavar="URL",
        default=os.environ.get("SUNTING_LT_SERVER"),
        help="LanguageTool server URL, e.g. http://127.0.0.1:8081/v2 (env SUNTING_LT_SERVER)",
    )
    p.add_argument(
        "--desk", action="store_true",
        help="check with the house style, dictionary and officials registry of the desk "
        "database (--db, else SUNTING_DB or the default desk)",
    )  # fmt: skip
    p.add_argument("--db", metavar="URL", help="the desk database for --desk")
    p.set_defaults(func=run)


class _LanguageTool:
    """The LanguageTool backend for this run, started on the first English draft, stopped at
    the end; trouble becomes one notice on stderr and the other checks still run."""

    def __init__(self, mode: str, url: str | None) -> None:
        if mode == "auto":
            mode = "server" if url else "local"
        self.mode, self.url = mode, url
        self.backend = self.server = None
        self.notices: list[str] = []
        self._started = False

    def get(self):
        if not self._started:
            self._started = True
            from editor.checks.languagetool import LanguageToolError
            from editor.languagetool import start_backend  # the process side, on first need

            try:
                self.backend, self.server = start_backend(
                    self.mode, self.url, progress=_download_progress()
                )
            except LanguageToolError as exc:
                self.notice(f"LanguageTool tidak dipakai: {exc}")
        return self.backend

    def notice(self, message: str) -> None:
        if message not in self.notices:
            self.notices.append(message)
            print(f"sunting: {message}", file=sys.stderr)

    def close(self) -> None:
        if self.server is not None:
            self.server.stop()


def _download_progress():  # type: ignore[no-untyped-def]
    """One stderr line per artifact while the first local start downloads LanguageTool."""
    announced = False

    def show(name: str) -> None:
        nonlocal announced
        if not announced:
            announced = True
            print("sunting: mengunduh LanguageTool (sekali saja) ...", file=sys.stderr)
        print(f"  {name}", file=sys.stderr)

    return show


def expand_paths(paths: list[str]) -> Iterator[str]:
    for raw in paths:
        path = Path(raw)
        if raw != "-" and path.is_dir():
            found = sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES
            )
            yield from (str(p) for p in found)
        else:
            yield raw


def finding_json(f: Finding, lines: LineIndex) -> dict:
    data = f.to_dict()
    data["line"], data["column"] = lines.line_col(f.start)
    order = (
        "rule",
        "category",
        "severity",
        "start",
        "end",
        "line",
        "column",
        "text",
        "message",
        "suggestions",
        "reference",
        "source",
        "batch_safe",
    )
    return {k: data[k] for k in order}


def totals_line(report: list[dict]) -> str:
    """ "34 temuan: 16 kesalahan, 6 peringatan, 12 saran" (in how many files, when more than one)."""
    counts = {severity: 0 for severity in SEVERITIES}
    for entry in report:
        for finding in entry.get("findings", ()):
            counts[finding["severity"]] += 1
    files = sum(1 for entry in report if "findings" in entry)
    where = say(" dalam {n} berkas", n=files) if files > 1 else ""
    return say(
        "{total} temuan{where}: {error} kesalahan, {warning} peringatan, {suggestion} saran",
        total=sum(counts.values()), where=where, **counts,
    )  # fmt: skip


def format_text(path: str, text: str, lines: LineIndex, findings: list[Finding]) -> Iterator[str]:
    for f in findings:
        line, col = lines.line_col(f.start)
        sugg = ""
        if f.suggestions:
            shown = ", ".join(
                fix_shown(text, f, s) or say("hapus «{text}»", text=f.text.strip() or "␣")
                for s in f.suggestions[:5]
            )
            sugg = f" [{shown}]"
        yield f"{path}:{line}:{col}: {f.severity} {f.rule}: {f.message}{sugg}"


def read_document(raw: str) -> tuple[Document, SourceMap | None]:
    """The draft and, for Markdown, the map from its checked text back to the raw file text."""
    if raw == "-":
        from editor.commands.textio import read_stdin

        return load_bytes(read_stdin("check"), "<stdin>", ".txt"), None
    return load_path_mapped(Path(raw))


def to_file_offsets(findings: list[Finding], source: SourceMap) -> list[Finding]:
    """Findings on a Markdown draft's plain text moved to offsets into the raw file text (the
    JSON contract); ``text`` stays the file's text at the span."""
    moved = []
    for f in findings:
        start, end = source.to_raw(f.start, f.end)
        moved.append(replace(f, start=start, end=end, text=source.raw[start:end]))
    return moved


def _engine(style: str | None, desk: bool = False, db_url: str | None = None) -> CheckEngine:
    from editor.checks.house_style import HouseStyleError
    from editor.services.checking import build_engine

    if db_url and not desk:
        raise UserError("--db hanya berlaku bersama --desk")
    try:
        if desk:
            return _desk_engine(style, db_url)
        return build_engine(style=style or None)
    except HouseStyleError as exc:
        raise UserError(str(exc)) from None


def _desk_engine(style: str | None, db_url: str | None) -> CheckEngine:
    """The desk's engine: its house style (``--style`` wins over the desk's ``house_style``
    setting), its dictionary and its officials registry, as the app checks."""
    from db.errors import DeskError
    from editor.checks.house_style import parse_house_style
    from editor.services import open_database
    from editor.services.checking import build_engine
    from editor.services.settings import get_setting

    try:
        db = open_database(db_url)
    except DeskError as exc:
        raise UserError(str(exc)) from None
    try:
        desk_style = None
        if not style:
            data = get_setting(db, "house_style")
            if data is not None and not isinstance(data, dict):
                raise UserError("setelan house_style di basis data bukan pemetaan (key: nilai)")
            if data:
                desk_style = parse_house_style(data, Path("<desk:house_style>"))
        return build_engine(style=style or desk_style, db=db)
    except DeskError as exc:
        raise UserError(str(exc)) from None
    finally:
        db.dispose()


def run(args: argparse.Namespace) -> int:
    if args.lt == "server" and not args.lt_server:
        raise UserError("--lt server butuh --lt-server URL")
    lt = _LanguageTool(args.lt, args.lt_server)
    try:
        return _run(args, lt)
    finally:
        lt.close()


def _run(args: argparse.Namespace, lt: _LanguageTool) -> int:
    engine = _engine(args.style, args.desk, args.db)
    report: list[dict] = []
    any_error = any_unreadable = False
    for raw in expand_paths(args.paths):
        try:
            document, source = read_document(raw)
        except DraftError as exc:
            any_unreadable = True
            report.append({"path": raw, "error": str(exc)})
            if args.format == "text":
                print(f"{raw}: error: {exc}", file=sys.stderr)
            continue
        text = document.text
        language = resolve_language(text, args.language)
        backend = lt.get() if language == "en" else None
        findings = engine.with_grammar(backend, lt.notice).check(document, language)
        words = len(text.split())
        if source is not None:
            findings, text = to_file_offsets(findings, source), source.raw
        any_error = any_error or any(f.severity == "error" for f in findings)
        lines = LineIndex(text)  # one pass over the text, not one per finding
        if args.format == "text":
            for line in format_text(raw, text, lines, findings):
                print(line)
        report.append(
            {
                "path": raw,
                "language": language,
                "words": words,
                "findings": [finding_json(f, lines) for f in findings],
            }
        )
    if args.format == "json":
        import json

        json.dump({"version": JSON_VERSION, "files": report}, sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
    elif not any(entry.get("findings") for entry in report) and not any_unreadable:
        print(say("Tidak ada temuan."), file=sys.stderr)
    else:
        print(totals_line(report))
    if any_unreadable:
        return 2
    return 1 if any_error else 0
