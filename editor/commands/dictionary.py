"""``sunting dictionary add|remove|list``: the office's house dictionary."""

from __future__ import annotations

import argparse

from editor.commands.desk import add_common, desk_command, open_db


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("dictionary", help="the house dictionary (accepted/rejected words)")
    actions = p.add_subparsers(dest="dict_action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="accept a word, or --reject it, or --replace-with X")
    add.add_argument("word")
    group = add.add_mutually_exclusive_group()
    group.add_argument("--reject", action="store_true", help="always flag this word")
    group.add_argument("--replace-with", metavar="WORD", help="flag it and suggest WORD")
    add.add_argument("--note")
    add_common(add)
    add.set_defaults(func=run_add)
    rm = actions.add_parser("remove", help="remove a word from the house dictionary")
    rm.add_argument("word")
    add_common(rm)
    rm.set_defaults(func=run_remove)
    ls = actions.add_parser("list", help="list the house dictionary")
    add_common(ls)
    ls.set_defaults(func=run_list)


@desk_command
def run_add(args: argparse.Namespace) -> int:
    from editor.services import dictionary

    action = "replace" if args.replace_with else "reject" if args.reject else "accept"
    entry = dictionary.add_word(open_db(args), args.word, action=action,
                                replacement=args.replace_with, note=args.note, user=args.user)  # fmt: skip
    print(_line(entry))
    return 0


@desk_command
def run_remove(args: argparse.Namespace) -> int:
    from editor.services import dictionary

    dictionary.remove_word(open_db(args), args.word, user=args.user)
    print(f"{args.word} dihapus dari kamus kantor")
    return 0


@desk_command
def run_list(args: argparse.Namespace) -> int:
    from editor.services import dictionary

    entries = dictionary.list_words(open_db(args))
    if not entries:
        print("Kamus kantor kosong.")
    for entry in entries:
        print(_line(entry))
    return 0


def _line(entry) -> str:  # type: ignore[no-untyped-def]
    target = f" -> {entry.replacement}" if entry.replacement else ""
    note = f"\t{entry.note}" if entry.note else ""
    return f"{entry.word}\t{entry.action}{target}{note}"
