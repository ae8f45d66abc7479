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
    p.add_argument("--out", required=True, metavar="DIR", help="folder for the reviewed copies")
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
    if args.article is not None:
        return _run_article(args)
    return _run_files(args, _out_dir(Path(args.out)))


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

    out = _out_dir(Path(args.out))
    if len(args.paths) != 1:
        raise UserError("--article butuh tepat satu berkas .docx asal revisinya")
    source = Path(args.paths[0])
    target = output_path(source, out)
    db = open_db(args)
    try:
        done = review_article(db, args.article, source, target, fixes=args.fixes,
                              force=args.force, user=args.user)  # fmt: skip
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
                               force=args.force)  # fmt: skip
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
