"""``sunting export ID|--approved --out DIR [--template F] [--report] [--force]``."""

from __future__ import annotations

import argparse
from pathlib import Path

from editor.cli import UserError
from editor.commands.desk import add_common, desk_command, open_db
from editor.commands.textio import safe


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "export",
        help="export approved releases as DOCX on the office letterhead",
        description=(
            "Write the approved revision of a release (or, with --approved, of every approved "
            "release not exported yet) as a .docx file on the office letterhead, and record the "
            "export. With --report, write the current revision with a Word comment at each open "
            "finding and reviewer comment instead, for sending back to the writer."
        ),
    )
    p.add_argument("id", nargs="?", type=int, help="article id")
    p.add_argument("--approved", action="store_true", help="every approved, not yet exported")
    p.add_argument("--out", required=True, metavar="DIR", help="folder for the .docx files")
    p.add_argument("--template", metavar="F", help="the office's .docx template (styles, header)")
    p.add_argument("--report", action="store_true", help="review report with Word comments")
    p.add_argument("--force", action="store_true", help="overwrite an existing file")
    add_common(p)
    p.set_defaults(func=run)


def _template(raw: str | None) -> Path | None:
    if raw is None:
        return None
    path = Path(raw)
    if not path.is_file():
        raise UserError(f"templat {raw} tidak ditemukan")
    return path


def _line(done) -> str:  # type: ignore[no-untyped-def]
    note = " (sudah tertulis oleh ekspor yang terhenti; kini dicatat)" if done.recovered else ""
    return (
        f"#{done.article_id} revisi {done.revision_number}: {safe(done.path)} "
        f"({done.sha256[:12]}){note}"
    )


@desk_command
def run(args: argparse.Namespace) -> int:
    from editor.services import exporting

    if (args.id is None) == (not args.approved):
        raise UserError("sebutkan satu ID artikel atau --approved (tidak keduanya)")
    if args.approved and args.report:
        raise UserError("--report berlaku untuk satu artikel, bukan --approved")
    out, template = Path(args.out), _template(args.template)
    if out.exists() and not out.is_dir():
        raise UserError(f"{out} bukan folder")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(f"folder tujuan {out} tidak dapat dibuat ({exc.strerror})") from None
    db = open_db(args)
    try:
        if args.report:
            path = exporting.export_report(db, args.id, out, force=args.force, template=template)
            print(f"Laporan tinjauan: {safe(path)}")
            return 0
        if args.id is not None:
            done = exporting.export_release(
                db, args.id, out, template=template, force=args.force, user=args.user
            )
            print(_line(done))
            return 0
        batch = exporting.export_approved(
            db, out, template=template, force=args.force, user=args.user
        )
    finally:
        db.dispose()
    for done in batch.exported:
        print(_line(done))
    for article_id, message in batch.failed:
        print(f"#{article_id}: gagal: {safe(message)}")
    if not batch.exported and not batch.failed:
        print("Tidak ada rilis disetujui yang belum diekspor.")
    return 2 if batch.failed else 0
