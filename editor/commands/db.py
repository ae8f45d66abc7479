"""``sunting db upgrade|backup PATH``: schema migrations and SQLite backups."""

from __future__ import annotations

import argparse
from pathlib import Path

from editor.commands.desk import desk_command


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("db", help="database maintenance (upgrade, backup)")
    actions = p.add_subparsers(dest="db_action", metavar="ACTION", required=True)
    up = actions.add_parser("upgrade", help="create the database or bring its schema up to date")
    up.add_argument("--db", metavar="URL")
    up.set_defaults(func=run_upgrade)
    bk = actions.add_parser("backup", help="copy an SQLite database consistently to PATH")
    bk.add_argument("path", metavar="PATH")
    bk.add_argument("--db", metavar="URL")
    bk.set_defaults(func=run_backup)


@desk_command
def run_upgrade(args: argparse.Namespace) -> int:
    from db import open_database
    from db.migrate import current_revision, head_revision

    db = open_database(args.db, create=True)
    with db.engine.connect() as conn:
        rev = current_revision(conn)
    print(f"Skema basis data mutakhir ({rev}; terbaru {head_revision()}).")
    return 0


@desk_command
def run_backup(args: argparse.Namespace) -> int:
    from db import open_database

    dest = open_database(args.db).backup(Path(args.path))
    print(f"Cadangan tersimpan: {dest}")
    return 0
