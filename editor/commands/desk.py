"""Review-desk subcommands: import, list, show, submit, approve, request-changes, archive,
history. Every one takes ``--db URL`` (default ``SUNTING_DB`` or the SQLite file in the data
directory) and ``--user NAME`` (default ``SUNTING_USER`` or the OS user)."""

from __future__ import annotations

import argparse
import functools
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from editor.cli import UserError
from editor.cli_lang import say
from editor.commands.textio import read_stdin, safe
from editor.states import EXPORT_FORMAT_LABELS, STATUS_LABELS

Handler = Callable[[argparse.Namespace], int]


def state(status: str) -> str:
    """A workflow state by its name on the desk (Draf, Ditinjau, ...), in the interface language."""
    return say(STATUS_LABELS.get(status, status))


def add_common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", metavar="URL", help="database URL or SQLite file (default: SUNTING_DB "
                   "or sunting.db in the data folder)")  # fmt: skip
    p.add_argument("--user", metavar="NAME", help="SQLite only: act as this user (default: "
                   "SUNTING_USER or the OS user); on PostgreSQL the login role in the URL acts")  # fmt: skip


def desk_command(func: Handler) -> Handler:
    """Turns review-desk errors into one-line messages (exit code 2)."""

    @functools.wraps(func)
    def wrapper(args: argparse.Namespace) -> int:
        from db.errors import DeskError

        try:
            return func(args)
        except DeskError as exc:
            raise UserError(str(exc)) from None

    return wrapper


def open_db(args: argparse.Namespace, *, create: bool | None = None):  # type: ignore[no-untyped-def]
    """The desk database. On PostgreSQL the login role named in the URL is who acts: ``--user``
    is refused there rather than silently ignored."""
    from db import open_database

    db = open_database(getattr(args, "db", None), create=create)
    if getattr(args, "user", None) is not None and not db.is_sqlite:
        db.dispose()
        raise UserError(
            "--user tidak berlaku di meja PostgreSQL: Anda bertindak sebagai peran login yang "
            "disebut alamat basis data (postgresql://NAMA@server/meja)."
        )
    return db


def when(at: datetime | None) -> str:
    return at.astimezone().strftime("%Y-%m-%d %H:%M") if at else "-"


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("import", help="import drafts into the review desk",
                       description="Import .txt/.md/.docx files or folders as new articles "
                       "('-' reads pasted text from standard input).")  # fmt: skip
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--language", choices=("id", "en"), default="id")
    p.add_argument("--title", help="title for text read from standard input")
    p.add_argument("--again", action="store_true",
                   help="import content that was imported before (default: skip it)")  # fmt: skip
    add_common(p)
    p.set_defaults(func=run_import)

    p = sub.add_parser("list", help="list articles on the desk, newest first")
    p.add_argument("--status", choices=_statuses())
    p.add_argument("--search", metavar="TEXT", help="text in the title or the current revision")
    p.add_argument("--author", metavar="NAME")
    p.add_argument("--limit", type=int, default=50)
    add_common(p)
    p.set_defaults(func=run_list)

    p = sub.add_parser("show", help="show an article's current revision and state")
    p.add_argument("id", type=int)
    add_common(p)
    p.set_defaults(func=run_show)

    p = sub.add_parser("history", help="show an article's revisions and audit trail")
    p.add_argument("id", type=int)
    add_common(p)
    p.set_defaults(func=run_history)

    for name, step, text in (
        ("submit", "submit", "send a draft for review"),
        ("approve", "approve", "approve the current revision"),
        ("request-changes", "request_changes", "send a release back to its writer"),
        ("archive", "archive", "archive a release"),
        ("restore", "restore", "bring an archived release back as a draft"),
    ):
        p = sub.add_parser(name, help=text)
        p.add_argument("id", type=int)
        p.add_argument("--comment", metavar="TEXT")
        add_common(p)
        p.set_defaults(func=run_step, step=step)


def _statuses() -> tuple[str, ...]:
    from editor.states import STATUSES

    return STATUSES


@desk_command
def run_import(args: argparse.Namespace) -> int:
    """Each file is committed and printed as it goes: ``#id``, ``sudah ada`` or ``error``."""
    from editor.services import articles

    if "-" in args.paths and args.paths != ["-"]:
        raise UserError("'-' (masukan standar) tidak dapat digabung dengan berkas lain")
    if args.paths == ["-"]:
        data = read_stdin("import")
        db = open_db(args)
        outcomes = [articles.import_bytes(db, data, title=args.title, language=args.language,
                                          user=args.user, again=args.again)]  # fmt: skip
    else:
        db = open_db(args)
        missing = [p for p in args.paths if not Path(p).exists()]
        for p in missing:
            print(f"{safe(p)}: error: tidak ada berkas atau folder ini", file=sys.stderr)
        present = [Path(p) for p in args.paths if Path(p).exists()]
        outcomes = articles.iter_import(db, present, language=args.language, user=args.user,
                                        again=args.again)  # fmt: skip
    failed, saved, skipped = len(missing) if args.paths != ["-"] else 0, 0, 0
    try:
        for outcome in outcomes:
            source = safe(outcome.source)
            if outcome.article is None and not outcome.skipped:
                failed += 1
                print(f"{source}: error: {safe(outcome.error)}", file=sys.stderr, flush=True)
            elif outcome.skipped:
                skipped += 1
                earlier = f"#{outcome.article.id}" if outcome.article else "artikel lain"
                print(f"{earlier}\tsudah ada\t({source}: isinya sudah diimpor; "
                      "--again untuk mengimpor lagi)", flush=True)  # fmt: skip
            else:
                saved += 1
                assert outcome.article is not None
                where = "" if args.paths == ["-"] else f"\t({source})"
                print(f"#{outcome.article.id}\t{safe(outcome.article.title)}{where}", flush=True)
    finally:
        db.dispose()
    if saved + skipped + failed > 1:
        print(f"Tersimpan {saved}, sudah ada {skipped}, gagal {failed}.", file=sys.stderr)
    return 2 if failed else 0


@desk_command
def run_list(args: argparse.Namespace) -> int:
    from editor.services import articles

    rows = articles.list_articles(open_db(args), status=args.status, search=args.search,
                                  author=args.author, limit=args.limit)  # fmt: skip
    if not rows:
        print(say("Tidak ada artikel."), file=sys.stderr)
        return 0
    for row in rows:
        print(f"#{row.id}\t{state(row.status)}\tr{row.revision_number}\t{when(row.updated_at)}\t"
              f"{safe(row.author)}\t{safe(row.title)}")  # fmt: skip
    return 0


@desk_command
def run_show(args: argparse.Namespace) -> int:
    from editor.services import articles

    h = articles.get_article(open_db(args), args.id)
    a = h.article
    print(f"#{a.id} {safe(a.title)}")
    print(say("Status: {state}  Bahasa: {language}  Versi: {version}", state=state(a.status),
              language=a.language, version=a.version))  # fmt: skip
    print(f"Penulis: {a.author}  Peninjau: {a.reviewer or '-'}")
    if h.current:
        approved = " (disetujui)" if a.approved_revision_id == h.current.id else ""
        print(f"Revisi: {h.current.number}{approved}, {when(h.current.created_at)} oleh "
              f"{h.current.author}")  # fmt: skip
        if h.current.finding_counts:
            counts = ", ".join(f"{k} {v}" for k, v in sorted(h.current.finding_counts.items()))
            print(f"Temuan: {counts}")
        print()
        print("\n".join(safe(line) for line in h.current.plain_text.split("\n")))
    return 0


@desk_command
def run_history(args: argparse.Namespace) -> int:
    from editor.services import articles

    h = articles.get_article(open_db(args), args.id)
    events: list[tuple[datetime, str]] = []
    for rev in h.revisions:
        mark = " [KONFLIK]" if rev.conflict else ""
        events.append((rev.created_at, f"revisi {rev.number}{mark} oleh {rev.author} "
                       f"({rev.chars} karakter)"))  # fmt: skip
    for c in h.status_changes:
        note = f": {c.comment}" if c.comment else ""
        if c.from_status is None:
            line = say("dibuat sebagai {state} oleh {who}", state=state(c.to_status), who=c.user)
        else:
            line = say("{old} → {new} oleh {who}", old=state(c.from_status),
                       new=state(c.to_status), who=c.user)  # fmt: skip
        events.append((c.created_at, line + note))
    for d in h.decisions:
        events.append(
            (d.created_at, f"temuan {d.rule} '{d.text}' diabaikan ({d.scope}) oleh {d.user}")
        )
    for x in h.exports:
        events.append(
            (
                x.created_at,
                f"diekspor {EXPORT_FORMAT_LABELS.get(x.format, x.format)} ke {x.file_name} "
                f"(sha256 {x.sha256[:12]}) oleh {x.user}",
            )  # fmt: skip
        )
    for c in h.comments:
        events.append((c.created_at, f"komentar {c.user} pada '{c.quote}': {c.body}"))
    print(f"#{h.article.id} {safe(h.article.title)}")
    for at, text in sorted(events, key=lambda e: e[0]):
        print(f"{when(at)}\t{safe(text)}")
    return 0


@desk_command
def run_step(args: argparse.Namespace) -> int:
    from editor.services import workflow

    article = workflow.change_status(open_db(args), args.id, args.step, comment=args.comment,
                                     user=args.user)  # fmt: skip
    print(f"#{article.id}\t{state(article.status)}\t{safe(article.title)}")
    return 0
