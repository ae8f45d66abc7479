"""``sunting fix``: apply the batch-safe findings of drafts, after showing every change.

Only findings marked ``batch_safe`` by the severity policy (editor/checks/policy.py) are applied:
sure fixes, never a spelling guess and never a capitalised word. Without ``--apply`` the command
only lists what it would change; with it, it lists the changes, asks (unless ``--yes``) and then
writes each file in place (UTF-8). Word files are listed but never written: fix them in the app.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from editor.checks.finding import Finding
from editor.checks.policy import apply_fixes, batch_fixes
from editor.checks.spans import LineIndex
from editor.cli import UserError
from editor.commands.check import _engine, expand_paths, read_document, to_file_offsets
from editor.document.importers import DraftError

_WRITABLE = frozenset({".txt", ".md"})


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "fix",
        help="apply the sure (batch-safe) fixes to drafts, after showing them",
        description=(
            "Perbaiki semua: list every batch-safe fix (sure fixes only; never a spelling guess "
            "or a capitalised word) and, with --apply, write them into the .txt/.md drafts. "
            "Exit code 0: done (or nothing to fix); 1: fixes listed but not applied; 2: error."
        ),
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="draft files or folders")
    p.add_argument("--apply", action="store_true", help="write the fixes after listing them")
    p.add_argument("--yes", action="store_true", help="with --apply: do not ask first")
    p.add_argument("--style", metavar="FILE", help="house-style YAML")
    p.set_defaults(func=run)


def describe(path: str, lines: LineIndex, f: Finding) -> str:
    line, col = lines.line_col(f.start)
    new = f.suggestions[0]
    shown_old = f.text.replace("\n", "⏎")
    change = f"hapus “{shown_old}”" if new == "" else f"“{shown_old}” → “{new}”"
    return f"{path}:{line}:{col}: {change}  ({f.rule})"


def run(args: argparse.Namespace) -> int:
    engine = _engine(args.style)
    plans: list[tuple[Path, str, list[Finding]]] = []
    for raw in expand_paths(args.paths):
        if raw == "-":
            raise UserError("fix bekerja pada berkas, bukan masukan standar")
        try:
            document, source = read_document(raw)
        except DraftError as exc:
            raise UserError(str(exc)) from None
        findings = engine.check(document)
        text = document.text
        if source is not None:
            findings, text = to_file_offsets(findings, source), source.raw
        fixes = batch_fixes(findings)
        lines = LineIndex(text)
        for f in fixes:
            print(describe(raw, lines, f))
        if fixes:
            plans.append((Path(raw), text, fixes))
    total = sum(len(f) for _, _, f in plans)
    if not total:
        print(
            "Tidak ada perbaikan yang aman diterapkan otomatis. (nothing to fix)", file=sys.stderr
        )
        return 0
    print(f"{total} perbaikan di {len(plans)} berkas.", file=sys.stderr)
    if not args.apply:
        print("Jalankan lagi dengan --apply untuk menerapkannya.", file=sys.stderr)
        return 1
    if not args.yes and not _confirm(total):
        print("Dibatalkan; tidak ada berkas yang diubah.", file=sys.stderr)
        return 1
    for path, text, fixes in plans:
        if path.suffix.lower() not in _WRITABLE:
            print(f"{path}: berkas Word tidak ditulis; perbaiki lewat aplikasi.", file=sys.stderr)
            continue
        _write(path, apply_fixes(text, fixes))
        print(f"{path}: {len(fixes)} perbaikan diterapkan.", file=sys.stderr)
    return 0


def _confirm(total: int) -> bool:
    if not sys.stdin.isatty():
        raise UserError("tidak bisa bertanya di sini; tambahkan --yes untuk menerapkan")
    answer = input(f"Terapkan {total} perbaikan? [y/N] ").strip().lower()
    return answer in ("y", "ya", "yes")


def _write(path: Path, text: str) -> None:
    """Write through a temporary file in the same folder, so a failure loses nothing."""
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except OSError as exc:
        raise UserError(f"{path}: tidak bisa ditulis ({exc.strerror})") from None
