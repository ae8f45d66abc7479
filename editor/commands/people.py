"""``sunting people list|show|add|edit|confirm|merge``: the desk's officials registry.

The registry learns people from approved releases (unconfirmed, citing the release); editors
confirm or correct them here or on the app's Tokoh page. Every change goes into the audit log.
"""

from __future__ import annotations

import argparse

from editor.cli import UserError
from editor.cli_lang import say
from editor.commands.desk import add_common, desk_command, open_db
from editor.commands.textio import safe


def _person_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--honorific", metavar="H.", help="honorific before the name: H., Hj., Dr., Ir.")
    p.add_argument(
        "--degree", action="append", metavar="DEGREE",
        help="a degree in its official form, e.g. S.H. (repeatable, in order)",
    )  # fmt: skip
    p.add_argument("--rank", help="police or military rank, e.g. AKBP")
    p.add_argument("--position", help="a position held, e.g. 'Pj. Bupati Banyuasin'")
    p.add_argument("--since", metavar="YYYY-MM-DD", help="since when the position is held")
    p.add_argument(
        "--short-form", action="append", metavar="NAME",
        help="a known short form of the name, e.g. 'Hani S. Rustam' (repeatable)",
    )  # fmt: skip


def _person_id(value: str) -> int:
    try:
        return int(value.lstrip("#"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"bukan nomor tokoh: {value!r}") from None


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "people", help="the officials registry: people learned from approved releases",
        description="The desk's officials registry: names, honorifics, degrees, ranks and "
        "positions learned from approved releases, confirmed or corrected by editors.",
    )  # fmt: skip
    actions = p.add_subparsers(dest="people_action", metavar="ACTION", required=True)

    ls = actions.add_parser("list", help="list the registered people")
    ls.add_argument("--search", metavar="TEXT", help="only names containing TEXT")
    ls.add_argument("--unconfirmed", action="store_true", help="only people not yet confirmed")
    add_common(ls)
    ls.set_defaults(func=run_list)

    show = actions.add_parser("show", help="show one person with positions and releases")
    show.add_argument("id", type=_person_id, metavar="ID")
    add_common(show)
    show.set_defaults(func=run_show)

    add = actions.add_parser("add", help="register a person by hand (confirmed)")
    add.add_argument("name", metavar="NAME", help="the full name without honorific or degrees")
    _person_options(add)
    add_common(add)
    add.set_defaults(func=run_add)

    edit = actions.add_parser("edit", help="correct a person (the correction confirms them)")
    edit.add_argument("id", type=_person_id, metavar="ID")
    edit.add_argument("--name", help="the corrected full name")
    _person_options(edit)
    edit.add_argument("--no-degrees", action="store_true", help="remove every degree")
    add_common(edit)
    edit.set_defaults(func=run_edit)

    confirm = actions.add_parser("confirm", help="confirm what the registry learned")
    confirm.add_argument("ids", type=_person_id, nargs="+", metavar="ID")
    add_common(confirm)
    confirm.set_defaults(func=run_confirm)

    merge = actions.add_parser(
        "merge", help="join the second person into the first (positions, releases, audit kept)"
    )
    merge.add_argument("keep", type=_person_id, metavar="KEEP")
    merge.add_argument("other", type=_person_id, metavar="OTHER")
    add_common(merge)
    merge.set_defaults(func=run_merge)


def _state(confirmed: bool) -> str:
    return say("terkonfirmasi") if confirmed else say("belum dikonfirmasi")


def _line(person) -> str:  # type: ignore[no-untyped-def]
    from editor.services.people import written_form

    position = person.positions[-1].title if person.positions else "-"
    source = person.source or "-"
    fields = (f"#{person.id}", written_form(person), position, _state(person.confirmed), source)
    return "\t".join(safe(field) for field in fields)


@desk_command
def run_list(args: argparse.Namespace) -> int:
    from editor.services import people

    found = people.list_people(open_db(args), args.search)
    if args.unconfirmed:
        found = [p for p in found if not p.confirmed]
    if not found:
        print(say("Daftar tokoh kosong."))
    for person in found:
        print(_line(person))
    return 0


@desk_command
def run_show(args: argparse.Namespace) -> int:
    from editor.services import people

    detail = people.show_person(open_db(args), args.id)
    person = detail.person
    print(safe(f"#{person.id} {people.written_form(person)}"))
    print(say("Nama: {name}", name=safe(person.name)))
    print(say("Sapaan: {value}", value=person.honorific or "-"))
    print(say("Gelar: {value}", value=safe(", ".join(person.degrees)) or "-"))
    print(say("Pangkat: {value}", value=safe(person.rank) or "-"))
    print(say("Status: {state}", state=_state(person.confirmed)))
    print(say("Sumber: {source}", source=safe(person.source) or "-"))
    for form in person.short_forms:
        print(say("Bentuk singkat: {form}", form=safe(form)))
    for position in person.positions:
        since = say(" sejak {date}", date=position.since) if position.since else ""
        print(say("Jabatan: {title}{since} ({source})", title=safe(position.title), since=since,
                  source=safe(position.source) or "-"))  # fmt: skip
    for mention in detail.mentions:
        print(say("Disebut di #{id} {title}: {written}", id=mention.article_id,
                  title=safe(mention.title), written=safe(mention.written)))  # fmt: skip
    return 0


@desk_command
def run_add(args: argparse.Namespace) -> int:
    from editor.services import people

    person = people.add_person(
        open_db(args), args.name, honorific=args.honorific, degrees=args.degree,
        rank=args.rank, position=args.position, since=args.since,
        short_forms=args.short_form, user=args.user,
    )  # fmt: skip
    print(_line(person))
    return 0


@desk_command
def run_edit(args: argparse.Namespace) -> int:
    from editor.services import people

    if args.no_degrees and args.degree:
        raise UserError("--no-degrees dan --degree tidak dapat dipakai bersama")
    degrees = [] if args.no_degrees else args.degree
    person = people.edit_person(
        open_db(args), args.id, name=args.name, honorific=args.honorific, degrees=degrees,
        rank=args.rank, position=args.position, since=args.since,
        short_forms=args.short_form, user=args.user,
    )  # fmt: skip
    print(_line(person))
    return 0


@desk_command
def run_confirm(args: argparse.Namespace) -> int:
    from editor.services import people

    db = open_db(args)
    for person_id in args.ids:
        print(_line(people.confirm_person(db, person_id, user=args.user)))
    return 0


@desk_command
def run_merge(args: argparse.Namespace) -> int:
    from editor.services import people

    person = people.merge_people(open_db(args), args.keep, args.other, user=args.user)
    print(say("#{other} digabung ke #{keep}", other=args.other, keep=args.keep))
    print(_line(person))
    return 0
