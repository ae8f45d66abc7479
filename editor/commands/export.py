"""``sunting export ID|--approved [--format docx,pdf,whatsapp,html] [--out DIR] [--template F]
[--report] [--force]``."""

from __future__ import annotations

import argparse
from pathlib import Path

from editor.cli import UserError
from editor.commands.desk import add_common, desk_command, open_db
from editor.commands.textio import safe
from editor.states import EXPORT_FORMAT_LABELS


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "export",
        help="export approved releases: DOCX or PDF on the letterhead, WhatsApp text, HTML",
        description=(
            "Write the approved revision of a release (or, with --approved, of every approved "
            "release not exported yet in that format) as a .docx or .pdf on the office "
            "letterhead, as text for WhatsApp groups (.txt) or as clean HTML for the website "
            "(.html), and record each export. With --report, write the current revision with a "
            "Word comment at each open finding and reviewer comment instead, for sending back "
            "to the writer."
        ),
    )
    p.add_argument("id", nargs="?", type=int, help="article id")
    p.add_argument("--approved", action="store_true", help="every approved, not yet exported")
    p.add_argument(
        "--format", default="docx", metavar="F[,F]",
        help="docx (default), pdf, whatsapp, html; several separated by commas",
    )  # fmt: skip
    p.add_argument("--revision", type=int, metavar="N", help="refuse unless N is the approved one")
    p.add_argument("--out", default=".", metavar="DIR", help="folder for the files (default: .)")
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


def _report(done) -> None:  # noqa: ANN001  (an ExportOutcome)
    label = EXPORT_FORMAT_LABELS[done.format]
    note = " (sudah tertulis oleh ekspor yang terhenti; kini dicatat)" if done.recovered else ""
    print(f"#{done.article_id} revisi {done.revision_number} ({label}): {safe(done.path)} "
          f"({done.sha256[:12]}){note}")  # fmt: skip
    for warning in done.warnings:
        print(f"#{done.article_id}: peringatan: {safe(warning)}")


@desk_command
def run(args: argparse.Namespace) -> int:
    from editor.services import exporting

    if (args.id is None) == (not args.approved):
        raise UserError("sebutkan satu ID artikel atau --approved (tidak keduanya)")
    if args.approved and args.report:
        raise UserError("--report berlaku untuk satu artikel, bukan --approved")
    if args.approved and args.revision is not None:
        raise UserError("--revision berlaku untuk satu artikel, bukan --approved")
    try:
        formats = exporting.parse_formats(args.format)
    except exporting.ServiceError as exc:
        raise UserError(str(exc)) from None
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
            for fmt in formats:
                done = exporting.export_release(db, args.id, out, format=fmt, template=template,
                                                force=args.force, user=args.user,
                                                revision=args.revision)  # fmt: skip
                _report(done)
            return 0
        batch = exporting.export_approved(
            db, out, formats=formats, template=template, force=args.force, user=args.user
        )
    finally:
        db.dispose()
    for done in batch.exported:
        _report(done)
    for article_id, message in batch.failed:
        print(f"#{article_id}: gagal: {safe(message)}")
    if not batch.exported and not batch.failed:
        print("Tidak ada rilis disetujui yang belum diekspor.")
    return 2 if batch.failed else 0
