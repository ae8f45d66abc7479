"""``sunting review FILE.docx... --out DIR``: the writer's own Word file back with the fixes as
tracked changes and the other findings as comments (see :mod:`editor.review.tracked`)."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from pathlib import Path

from editor.cli import UserError
from editor.commands.desk import add_common, desk_command, open_db

SUFFIX = "-ditinjau"


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "review",
        help="review a writer's .docx: fixes as tracked changes, findings as comments",
        description=(
            "Write a copy of each .docx into DIR (NAME-ditinjau.docx) with the fixes as tracked "
            "changes by the reviewer and the other findings as Word comments, for the writer to "
            "accept or reject in Word. The writer's file is never changed. With --article, the "
            "desk release's current revision is checked and FILE is the .docx it came from."
        ),
    )
    p.add_argument("paths", nargs="+", metavar="FILE", help="the writer's .docx files")
    p.add_argument("--out", metavar="DIR", help="folder for the reviewed copies")
    p.add_argument(
        "--fixes",
        choices=("safe", "all", "none"),
        default="safe",
        help="which fixes become tracked changes: safe (batch-safe fixes, default), all (every "
        "error or warning with a suggestion; judgement calls stay comments), none (everything as comments)",
    )
    p.add_argument(
        "--reviewer",
        metavar="NAME",
        help="name on the changes and comments (default: SUNTING_USER or the login name)",
    )
    p.add_argument(
        "--list",
        action="store_true",
        help="list each finding with its key and default choice instead of writing a review",
    )
    p.add_argument(
        "--decisions",
        metavar="JSON",
        help="the choice per finding, a JSON object from key (see --list) to change, comment, "
        'ignore or {"kind": "change", "suggestion": TEXT}; findings not in it follow --fixes',
    )
    p.add_argument("--style", metavar="FILE", help="house-style YAML for the checks")
    p.add_argument("--force", action="store_true", help="overwrite an existing reviewed copy")
    p.add_argument("--format", choices=("text", "json"), default="text", help="output format")
    p.add_argument(
        "--article",
        type=int,
        metavar="ID",
        help="a desk release whose current revision came from FILE: the desk's dismissals hold, "
        "the desk user is the reviewer, the review is recorded",
    )
    add_common(p)
    p.set_defaults(func=run)


def reviewer_name(raw: str | None) -> str:
    name = (raw or os.environ.get("SUNTING_USER") or "").strip()
    if not name:
        try:
            name = getpass.getuser()
        except (KeyError, OSError):
            name = "Sunting"
    return name[:100]


def output_path(source: Path, out: Path) -> Path:
    target = out / f"{source.stem}{SUFFIX}.docx"
    if target.resolve() == source.resolve():
        raise UserError(f"{target}: berkas penulis tidak boleh ditimpa; pilih folder lain")
    return target


def run(args: argparse.Namespace) -> int:
    if args.list and args.decisions:
        raise UserError("--list dan --decisions tidak dapat dipakai bersama")
    if not args.list and not args.out:
        raise UserError("sebutkan folder tujuan dengan --out DIR (atau --list untuk daftar temuan)")
    if args.decisions and len(args.paths) != 1:
        raise UserError("--decisions berlaku untuk tepat satu berkas .docx")
    args.chosen = read_decisions(Path(args.decisions)) if args.decisions else None
    if args.article is not None:
        return _run_article(args)
    if args.list:
        return _list_files(args)
    return _run_files(args, _out_dir(Path(args.out)))


def read_decisions(path: Path):  # type: ignore[no-untyped-def]
    """A decisions file: {"KEY": "change" | "comment" | "ignore" | {"kind": ..., "suggestion":
    ...}} (keys as `--list` prints them) -> {FindingKey: Decision}."""
    from editor.review.tracked import DECISION_KINDS, Decision, FindingKey

    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise UserError(f"{path}: berkas pilihan tidak dapat dibaca ({exc.strerror})") from None
    except (ValueError, UnicodeDecodeError) as exc:
        raise UserError(f"{path}: bukan JSON yang sah ({str(exc)[:80]})") from None
    if not isinstance(raw, dict):
        raise UserError(f"{path}: isinya harus objek JSON dari kunci temuan ke pilihan")
    out = {}
    for key, value in raw.items():
        kind, suggestion = (value, None) if isinstance(value, str) else (
            (value.get("kind"), value.get("suggestion")) if isinstance(value, dict) else (None, None)
        )  # fmt: skip
        if kind not in DECISION_KINDS or not (suggestion is None or isinstance(suggestion, str)):
            raise UserError(
                f"{path}: pilihan untuk {key!r} harus change, comment, atau ignore "
                '(atau {"kind": "change", "suggestion": "..."})'
            )
        try:
            out[FindingKey.from_text(str(key))] = Decision(kind, suggestion)
        except ValueError:
            raise UserError(
                f"{path}: {key!r} bukan kunci temuan (BAGIAN:AWAL-AKHIR:ATURAN, lihat --list)"
            ) from None
    return out


KIND_NAMES = {"change": "ubah", "comment": "komentar"}


def print_candidates(path: str, candidates, fmt: str, report: list) -> None:  # type: ignore[no-untyped-def]
    rows = [{"key": c.key.as_text(), "default": c.default, "changeable": c.changeable,
             "where": c.where, "rule": c.finding.rule, "text": c.finding.text,
             "message": c.finding.message, "suggestions": list(c.finding.suggestions)}
            for c in candidates]  # fmt: skip
    if fmt == "json":
        report.append({"path": path, "findings": rows})
        return
    from editor.cli_lang import say
    from editor.commands.textio import safe

    for c, row in zip(candidates, rows, strict=True):
        deleted = say("hapus «{text}»", text=c.finding.text.strip() or "␣")
        fixes = " | ".join(safe(c.fix_shown(s) or deleted) for s in row["suggestions"])
        print(f"{row['key']}\t{KIND_NAMES[row['default']]}\t{safe(row['text'])}\t{fixes}")


def _list_files(args: argparse.Namespace) -> int:
    from editor.services.docx_review import ReviewFailed, file_findings

    checker = _checker(args.style)
    report: list = []
    failed = False
    for raw in args.paths:
        try:
            candidates = file_findings(Path(raw), checker, fixes=args.fixes)
        except ReviewFailed as exc:
            failed = True
            report.append({"path": raw, "error": str(exc)})
            if args.format == "text":
                print(f"{raw}: galat: {exc}", file=sys.stderr)
            continue
        print_candidates(raw, candidates, args.format, report)
    if args.format == "json":
        json.dump({"version": 1, "files": report}, sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
    return 2 if failed else 0


def _out_dir(out: Path) -> Path:
    if out.exists() and not out.is_dir():
        raise UserError(f"{out} bukan folder")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(f"folder tujuan {out} tidak dapat dibuat ({exc.strerror})") from None
    return out


@desk_command
def _run_article(args: argparse.Namespace) -> int:
    from editor.services.docx_review import review_article

    out = _out_dir(Path(args.out)) if not args.list else Path()
    if len(args.paths) != 1:
        raise UserError("--article butuh tepat satu berkas .docx asal revisinya")
    source = Path(args.paths[0])
    db = open_db(args)
    try:
        if args.list:
            from editor.services.docx_review import article_findings

            report: list = []
            found = article_findings(db, args.article, source, fixes=args.fixes)
            print_candidates(str(source), found, args.format, report)
            if args.format == "json":
                json.dump({"version": 1, "files": report}, sys.stdout, ensure_ascii=False)
                sys.stdout.write("\n")
            return 0
        target = output_path(source, out)
        done = review_article(db, args.article, source, target, fixes=args.fixes,
                              force=args.force, user=args.user,
                              decisions=args.chosen)  # fmt: skip
    finally:
        db.dispose()
    for notice in done.notices:
        print(f"{source}: {notice}", file=sys.stderr)
    print(f"#{args.article}: {target}: {len(done.changes)} perubahan terlacak, "
          f"{len(done.comments)} komentar")  # fmt: skip
    return 0


def _run_files(args: argparse.Namespace, out: Path) -> int:
    from editor.services.docx_review import ReviewFailed, review_file

    checker = _checker(args.style)
    reviewer = reviewer_name(args.reviewer)
    report, failed = [], False
    for raw in args.paths:
        source = Path(raw)
        try:
            target = output_path(source, out)
            done = review_file(source, target, checker, reviewer, fixes=args.fixes,
                               force=args.force, decisions=args.chosen)  # fmt: skip
        except (ReviewFailed, UserError) as exc:
            failed = True
            report.append({"path": raw, "error": str(exc)})
            if args.format == "text":
                print(f"{raw}: galat: {exc}", file=sys.stderr)
            continue
        report.append({"path": raw, "output": str(target), "changes": len(done.changes),
                       "comments": len(done.comments), "notices": list(done.notices)})  # fmt: skip
        if args.format == "text":
            for notice in done.notices:
                print(f"{raw}: {notice}", file=sys.stderr)
            print(
                f"{raw} -> {target}: {len(done.changes)} perubahan terlacak, "
                f"{len(done.comments)} komentar"
            )
    if args.format == "json":
        json.dump({"version": 1, "files": report}, sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
    return 2 if failed else 0


def _checker(style: str | None):  # type: ignore[no-untyped-def]
    from editor.review.checking import default_checker

    if not style:
        return default_checker()
    from editor.checks.house_style import HouseStyleError

    try:
        return default_checker(style)
    except HouseStyleError as exc:
        raise UserError(str(exc)) from None
