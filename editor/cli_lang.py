"""The command line's language: Indonesian by default, English with ``--lang en`` or an English
locale (LC_ALL, LC_MESSAGES, LANG).

Help texts are written in English in the command modules; ``resources/i18n/cli-id.yaml`` holds
their Indonesian, and :func:`localize` puts it into the parser tree once it is built, together
with argparse's own words (usage, option groups, its error messages). The command's fixed output
lines (totals, states, history) are Indonesian in the code; :func:`say` gives their English from
``resources/i18n/cli-en.yaml`` when the English interface is chosen.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Iterator, Sequence
from functools import cache
from typing import NoReturn

from editor.paths import resource

LANGUAGES = ("id", "en")
_current = "id"

# argparse's own error messages (CPython 3.11-3.13), as patterns, with their Indonesian
_ARGPARSE_ERRORS = (
    (r"the following arguments are required: (.*)", r"argumen berikut wajib diisi: \1"),
    (r"unrecognized arguments: (.*)", r"argumen tidak dikenal: \1"),
    (r"argument (.*?): invalid choice: (.*?) \(choose from (.*)\)",
     r"argumen \1: pilihan \2 tidak sah (pilih dari \3)"),
    (r"argument (.*?): expected one argument", r"argumen \1: butuh satu nilai"),
    (r"argument (.*?): expected at least one argument", r"argumen \1: butuh paling sedikit satu nilai"),
    (r"argument (.*?): invalid (\w+) value: (.*)", r"argumen \1: nilai \3 bukan \2 yang sah"),
    (r"argument (.*?): not allowed with argument (.*)", r"argumen \1 tidak boleh bersama \2"),
    (r"argument (.*?): ignored explicit argument (.*)", r"argumen \1: nilai \2 tidak dipakai"),
    (r"ambiguous option: (.*?) could match (.*)", r"opsi \1 taksa: bisa \2"),
    (r"one of the arguments (.*) is required", r"salah satu argumen \1 wajib diisi"),
)  # fmt: skip
_ARGPARSE_WORDS = {
    "positional arguments": "argumen",
    "options": "opsi",
    "optional arguments": "opsi",
    "show this help message and exit": "tampilkan bantuan ini lalu keluar",
    "show program's version number and exit": "tampilkan versi program lalu keluar",
}


def choose(argv: Sequence[str], environ: dict[str, str] | None = None) -> str:
    """``--lang en|id`` in ``argv``, else SUNTING_LANG, else the locale; Indonesian by default."""
    env = os.environ if environ is None else environ
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv) and argv[index + 1] in LANGUAGES:
            return argv[index + 1]
        if arg.startswith("--lang=") and arg[7:] in LANGUAGES:
            return arg[7:]
    if env.get("SUNTING_LANG") in LANGUAGES:
        return env["SUNTING_LANG"]
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if value:
            return "en" if value.lower().startswith("en") else "id"
    return "id"


def set_language(lang: str) -> None:
    global _current
    _current = lang if lang in LANGUAGES else "id"


def language() -> str:
    return _current


@cache
def _catalogue(name: str) -> dict[str, str]:
    import yaml  # only when a help text or an English line is wanted

    loader = getattr(yaml, "CSafeLoader", None) or yaml.SafeLoader
    data = yaml.load(resource("i18n", name).read_text(encoding="utf-8"), Loader=loader) or {}
    return {str(k): str(v) for k, v in data.items()}


def indonesian(text: str) -> str | None:
    """The Indonesian of an English help text, or ``None`` when the catalogue lacks it."""
    return _ARGPARSE_WORDS.get(text) or _catalogue("cli-id.yaml").get(text)


def say(text: str, /, **values: object) -> str:
    """A fixed output line (written in Indonesian) in the interface language, formatted."""
    if _current == "en":
        text = _catalogue("cli-en.yaml").get(text, text)
    return text.format(**values) if values else text


class HelpFormatter(argparse.HelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None) -> None:  # noqa: ANN001
        if prefix is None and _current == "id":
            prefix = "pemakaian: "
        super().add_usage(usage, actions, groups, prefix)


class ArgumentParser(argparse.ArgumentParser):
    """argparse with its help and errors in the interface language (exit code 2, as argparse
    does); the help texts are translated when a help or usage text is first made, so parsing
    alone reads no catalogue."""

    _localized = False

    def format_help(self) -> str:
        _localize_one(self)
        return super().format_help()

    def format_usage(self) -> str:
        _localize_one(self)
        return super().format_usage()

    def error(self, message: str) -> NoReturn:
        if _current == "id":
            for pattern, replacement in _ARGPARSE_ERRORS:
                if re.fullmatch(pattern, message, flags=re.S):
                    message = re.sub(pattern, replacement, message, flags=re.S)
                    break
            self.print_usage(sys.stderr)
            self.exit(2, f"{self.prog}: galat: {message}\n")
        super().error(message)


def parsers(parser: argparse.ArgumentParser) -> Iterator[argparse.ArgumentParser]:
    """``parser`` and every subcommand parser below it."""
    yield parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in dict.fromkeys(action.choices.values()):
                yield from parsers(child)


def texts(parser: argparse.ArgumentParser) -> Iterator[str]:
    """Every help text of the tree that a user reads (for the catalogue's completeness test)."""
    for p in parsers(parser):
        if p.description:
            yield p.description
        for action in p._actions:
            if action.help and action.help is not argparse.SUPPRESS:
                yield action.help
            if isinstance(action, argparse._SubParsersAction):
                yield from (c.help for c in action._choices_actions if c.help)


def _translated(text: str | None) -> str | None:
    if not text or text is argparse.SUPPRESS:
        return text
    return indonesian(text) or text


def localize(parser: argparse.ArgumentParser) -> None:
    """Put the interface language into the parser tree (nothing to do for English)."""
    for p in parsers(parser):
        _localize_one(p)


def _localize_one(p: argparse.ArgumentParser) -> None:
    if _current != "id" or getattr(p, "_localized", False):
        return
    p._localized = True  # type: ignore[attr-defined]
    p.formatter_class = HelpFormatter
    p.description = _translated(p.description)
    for group in p._action_groups:
        group.title = _translated(group.title)
    for action in p._actions:
        action.help = _translated(action.help)
        if isinstance(action, argparse._SubParsersAction):
            for choice in action._choices_actions:
                choice.help = _translated(choice.help)
