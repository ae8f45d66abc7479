"""``sunting user add|list|remove|team``: users and roles (team mode).

On PostgreSQL a user is a login role in the group role of their desk role (``sunting_writer``,
``sunting_editor``, ``sunting_admin``); the password is read from standard input
(``--password-stdin``) or prompted for, and sent to the server only as a SCRAM verifier. On
SQLite team mode is a trust mode for one shared PC: names are not authenticated.
"""

from __future__ import annotations

import argparse
import getpass
import sys

from editor.cli import UserError
from editor.commands.desk import add_common, desk_command, open_db

SQLITE_TRUST = (
    "Catatan: di SQLite mode tim adalah mode kepercayaan untuk satu PC bersama; nama pengguna "
    "tidak diperiksa dengan kata sandi. Untuk meja tim yang aman pakai PostgreSQL."
)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("user", help="users, roles and team mode")
    actions = p.add_subparsers(dest="user_action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="add a user (or change their role)")
    add.add_argument("name")
    add.add_argument("--role", choices=("writer", "editor", "admin"), required=True)
    add.add_argument("--password-stdin", action="store_true",
                     help="PostgreSQL: read the new user's password from standard input")  # fmt: skip
    add_common(add)
    add.set_defaults(func=run_add)
    rm = actions.add_parser("remove", help="deactivate a user (PostgreSQL: revoke the login)")
    rm.add_argument("name")
    add_common(rm)
    rm.set_defaults(func=run_remove)
    ls = actions.add_parser("list", help="list users")
    add_common(ls)
    ls.set_defaults(func=run_list)
    team = actions.add_parser("team", help="turn team mode (roles enforced) on or off")
    team.add_argument("state", choices=("on", "off"))
    add_common(team)
    team.set_defaults(func=run_team)


def _password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        if sys.stdin is None or sys.stdin.closed:
            raise UserError(
                "--password-stdin: masukan standar tertutup; kirim kata sandi lewat pipa"
            )
        line = sys.stdin.readline().rstrip("\r\n")
    elif sys.stdin is not None and sys.stdin.isatty():
        line = getpass.getpass(f"Kata sandi untuk {args.name}: ")
        if getpass.getpass("Ulangi kata sandi: ") != line:
            raise UserError("kedua kata sandi tidak sama")
    else:
        raise UserError(
            "kata sandi pengguna baru dibaca dari terminal atau dengan --password-stdin"
        )
    if len(line) < 8:
        raise UserError("kata sandi terlalu pendek (paling sedikit 8 karakter)")
    return line


@desk_command
def run_add(args: argparse.Namespace) -> int:
    from editor.services import users

    db = open_db(args)
    if db.is_sqlite and args.password_stdin:
        raise UserError("--password-stdin hanya untuk meja PostgreSQL; SQLite tidak memakai sandi")
    password = None if db.is_sqlite else _password(args)
    user = users.add_user(db, args.name, args.role, by=args.user, password=password)
    print(f"{user.name}\t{user.role}")
    return 0


@desk_command
def run_remove(args: argparse.Namespace) -> int:
    from editor.services import users

    users.deactivate_user(open_db(args), args.name, by=args.user)
    print(f"{args.name} dinonaktifkan")
    return 0


@desk_command
def run_list(args: argparse.Namespace) -> int:
    from editor.services import users

    db = open_db(args)
    team = users.team_mode(db)
    mode = "tim" if team else "satu pengguna"
    if team and db.is_sqlite:
        mode = "tim (mode kepercayaan SQLite: nama tidak diautentikasi)"
    print(f"Mode: {mode}")
    for user in users.list_users(db):
        state = "" if user.active else "\t(nonaktif)"
        print(f"{user.name}\t{user.role}{state}")
    return 0


@desk_command
def run_team(args: argparse.Namespace) -> int:
    from editor.services import users

    db = open_db(args)
    users.set_team_mode(db, args.state == "on", by=args.user)
    print("Mode tim menyala" if args.state == "on" else "Mode tim mati (satu pengguna)")
    if args.state == "on" and db.is_sqlite:
        print(SQLITE_TRUST, file=sys.stderr)
    return 0
