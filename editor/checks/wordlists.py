"""The engine's word lists: language in resources/words/, logic in the kinds that read them.

A list is ``resources/words/<name>.txt``: one entry a line (an entry may hold spaces), blank lines
and lines starting with ``#`` ignored, the order kept. A table is ``resources/words/<name>.tsv``:
``key<TAB>value`` a line; a tagged list is a table whose value names what the entry is used for
(``tagged``). Each file is read once per process; sources and licences are in
resources/SOURCES.md.
"""

from __future__ import annotations

from functools import cache

import regex

from editor.paths import resource


def _lines(filename: str) -> list[str]:
    text = resource("words", filename).read_text(encoding="utf-8")
    return [s for s in (line.strip() for line in text.splitlines()) if s and not s.startswith("#")]


@cache
def entries(name: str) -> tuple[str, ...]:
    """The entries of ``words/<name>.txt`` in file order."""
    return tuple(_lines(f"{name}.txt"))


@cache
def word_set(name: str) -> frozenset[str]:
    """The entries of ``words/<name>.txt`` as a set, made once per process."""
    return frozenset(entries(name))


@cache
def _pairs(name: str) -> tuple[tuple[str, str], ...]:
    out = []
    for line in _lines(f"{name}.tsv"):
        key, sep, value = line.partition("\t")
        if not sep:
            raise ValueError(f"resources/words/{name}.tsv: no tab in {line!r}")
        out.append((key.strip(), value.strip()))
    return tuple(out)


def table(name: str) -> dict[str, str]:
    """``words/<name>.tsv`` as a new dict (the caller may keep or change it)."""
    return dict(_pairs(name))


@cache
def tagged(name: str, tag: str, tags: frozenset[str]) -> tuple[str, ...]:
    """The keys of ``words/<name>.tsv`` whose value, a space-separated set of ``tags``, holds
    ``tag``, in file order (one definition of a closed class whose members serve several
    rules: the bound forms). A tag outside ``tags`` is an error naming the file and entry."""
    out = []
    for key, value in _pairs(name):
        used = set(value.split())
        if not used <= tags:
            raise ValueError(
                f"resources/words/{name}.tsv: {key!r} has unknown use(s) "
                f"{', '.join(sorted(used - tags))} (known: {', '.join(sorted(tags))})"
            )
        if tag in used:
            out.append(key)
    return tuple(out)


BOUND_FORM_USES = frozenset({"apart", "entry", "joined", "hyphen"})


def bound_forms(use: str) -> tuple[str, ...]:
    """The bound forms (words/bound-forms.tsv) with the use ``use``: "apart" (flagged when
    written apart), "entry" (flagged apart only where the joined form is a dictionary entry),
    "joined" (begin a known word), "hyphen" (not checked before a hyphen)."""
    return tagged("bound-forms", use, BOUND_FORM_USES)


NAME_HEAD_LISTS = ("institution-heads", "geography-heads", "admin-words", "office-words")


@cache
def name_heads() -> frozenset[str]:
    """The heads of the names of offices, units, bodies and places (Dinas, Dusun, Provinsi,
    Sungai, Ketua), lower-cased: words that open a name and are never part of a person's."""
    return frozenset(w.lower() for name in NAME_HEAD_LISTS for w in entries(name) if w.isalpha())


@cache
def _admin_heads() -> frozenset[str]:
    """The heads of administrative areas (kecamatan, desa, kabupaten), lower-cased; "kantor"
    before a body's name stays lower case (di kantor Bappeda), these open the area's name."""
    return frozenset(w.lower() for w in entries("admin-words") if w.isalpha())


_NAME_AFTER = regex.compile(r"[ \t]+\p{Lu}\p{Ll}")


def head_before_name(fix: str, after: str) -> str:
    """``fix`` with its last word capitalised when that word is an administrative area's head and
    ``after`` (the text right after the fixed span) opens with a capitalised word: "ke
    kecamatan" before "Tembuku" is "ke Kecamatan" (EYD V I.F: the head opens the name)."""
    head = fix.rsplit(" ", 1)[-1]
    if head not in _admin_heads() or not _NAME_AFTER.match(after):
        return fix
    return fix[: len(fix) - len(head)] + head[:1].upper() + head[1:]
