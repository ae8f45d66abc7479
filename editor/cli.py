"""The ``sunting`` command line. ``sunting`` alone opens the desktop app.

Each subcommand lives in ``editor/commands/<name>.py`` with ``register(subparsers)``; the handler
it sets as ``func`` returns the exit code. Handlers print messages, never tracebacks: anything a
user can cause is turned into a one-line message and exit code 2.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from editor import __version__, cli_lang

COMMAND_MODULES = (
    "editor.commands.check",
    "editor.commands.fix",
    "editor.commands.languagetool",
    "editor.commands.desk",
    "editor.commands.dictionary",
    "editor.commands.people",
    "editor.commands.db",
    "editor.commands.user",
    "editor.commands.export",
    "editor.commands.office",
    "editor.commands.review",
    "editor.commands.serve",
)


# `sunting` with no command opens the app; these options go to it (editor/gui/app.py)
APP_OPTIONS = frozenset({"--demo", "--screenshot", "--db", "--lang", "--smoke-test"})


class UserError(Exception):
    """A problem the user can fix (bad input, missing file); printed without a traceback."""


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """Every subcommand's parser, its help in the interface language (editor/cli_lang.py).

    With ``command`` whose module is ``editor.commands.<command>``, only that module's parser:
    ``sunting check`` then imports the checker alone, not the desk's database layer, the
    server and the exporters (a third of a one-line check's start)."""
    parser = cli_lang.ArgumentParser(
        prog="sunting",
        description=(
            "Sunting: the review desk for Indonesian press releases. "
            "Without a command, opens the desktop app."
        ),
    )
    parser.add_argument("--version", action="version", version=f"sunting {__version__}")
    parser.add_argument(
        "--lang", choices=cli_lang.LANGUAGES,
        help="language of help and messages (default Indonesian; English under an English locale)",
    )  # fmt: skip
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    own = f"editor.commands.{command}"
    for name in (own,) if own in COMMAND_MODULES else COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def _without_lang(args: list[str]) -> list[str]:
    """The arguments without the interface-language option (which any position may carry)."""
    out, skip = [], False
    for index, arg in enumerate(args):
        if skip:
            skip = False
        elif arg == "--lang" and index + 1 < len(args) and args[index + 1] in cli_lang.LANGUAGES:
            skip = True
        elif not (arg.startswith("--lang=") and arg[7:] in cli_lang.LANGUAGES):
            out.append(arg)
    return out


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    cli_lang.set_language(cli_lang.choose(args_list))
    rest = _without_lang(args_list)
    if not rest or rest[0].split("=")[0] in APP_OPTIONS:
        return _open_app(args_list)
    parser = build_parser(rest[0])
    args = parser.parse_args(rest)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args))
    except UserError as exc:
        print(f"sunting: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(cli_lang.say("sunting: dihentikan"), file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # the last door: a message, not a traceback (SUNTING_DEBUG=1 shows it)
        # a broken rule pack or house-style file: which and where (a RuleError can only come
        # from the checker's modules, which a command imports when it needs them)
        rules = sys.modules.get("editor.checks.kinds.base")
        if rules is not None and isinstance(exc, rules.RuleError):
            print(f"sunting: {exc}", file=sys.stderr)
            return 2
        if os.environ.get("SUNTING_DEBUG"):
            raise
        print(
            cli_lang.say(
                "sunting: kesalahan tak terduga ({kind}: {exc}); "
                "jalankan lagi dengan SUNTING_DEBUG=1 untuk rinciannya",
                kind=type(exc).__name__, exc=exc,
            ),
            file=sys.stderr,
        )  # fmt: skip
        return 3


def _open_app(args_list: list[str]) -> int:
    try:
        gui_main = importlib.import_module("editor.gui.app").main
    except ImportError as exc:
        print(
            cli_lang.say("sunting: aplikasi desktop tidak dapat dimulai ({exc}); coba `sunting --help`",
                         exc=exc),
            file=sys.stderr,
        )  # fmt: skip
        return 2
    return int(gui_main(args_list))


if __name__ == "__main__":
    raise SystemExit(main())
