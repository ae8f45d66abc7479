"""``sunting user add|list|remove|team``: users and roles (team mode)."""

from __future__ import annotations

import argparse

from editor.commands.desk import add_common, desk_command, open_db


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("user", help="users, roles and team mode")
    actions = p.add_subparsers(dest="user_action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="add a user (or change their role)")
    add.add_argument("name")
    add.add_argument("--role", choices=("writer", "editor", "admin"), required=True)
    add_common(add)
    add.set_defaults(func=run_add)
    rm = actions.add_parser("remove", help="deactivate a user")
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


@desk_command
def run_add(args: argparse.Namespace) -> int:
    from editor.services import users

    user = users.add_user(open_db(args), args.name, args.role, by=args.user)
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
    mode = "tim" if users.team_mode(db) else "satu pengguna"
    print(f"Mode: {mode}")
    for user in users.list_users(db):
        state = "" if user.active else "\t(nonaktif)"
        print(f"{user.name}\t{user.role}{state}")
    return 0


@desk_command
def run_team(args: argparse.Namespace) -> int:
    from editor.services import users

    users.set_team_mode(open_db(args), args.state == "on", by=args.user)
    print("Mode tim menyala" if args.state == "on" else "Mode tim mati (satu pengguna)")
    return 0
