"""Literal prefilters for the rules' regular expressions: strings of which a text must hold one
for a pattern to match anywhere in it, found by reading the pattern once when its rule is built.

A rule pack holds some 160 ``pattern`` and ``capitals`` rules, and each scanning every text with
its regular expression is a fifth of a warm check; most of them match around a few words
(``senin|selasa|...``, ``yang mana``, ``Baca juga``). :func:`required` reads a pattern with the
standard library's parser (after turning the ``regex`` module's own escapes into ones it knows)
and returns a :class:`Requirement`: a few literal strings, at least one of which every match
contains, or None when it cannot tell. A rule whose text holds none of them is not run: its
pattern could not have matched, so the findings are the same. A pattern that never crosses a
line break (``Kind.paragraph_local``) is run only on the lines that hold one (:func:`scan`),
each with the line breaks around it, as the paragraph cache runs it on a paragraph.

The reading is conservative: anything it does not understand (set operations, fuzzy matching,
branch resets, recursion, verbose mode, a parse error) gives None, and only what a match must
contain counts (a literal run, a group or a positive lookaround that must match, a repeat of at
least one, a branch whose every arm has a requirement). Literals under case-insensitive matching
(``(?i)``, the rule's ``ignorecase``) must be ASCII, and are compared with the lower-cased text
when all of its letters are ASCII (else the rule runs): a case-insensitive match of an ASCII
literal in such a text is the literal in other capitals.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

try:  # Python 3.11+
    import re._constants as _c
    import re._parser as _p
except ImportError:  # pragma: no cover - older Pythons: no prefilter
    _c = _p = None  # type: ignore[assignment]

_MAX_LITERALS = 48  # more than this and testing them all costs about what the pattern does
# a brace that is not a counted repeat: fuzzy matching in ``regex`` (``{e<=1}``), literal in ``re``
_ODD_BRACE = re.compile(r"(?<!\\)\{(?!\d*(?:,\d*)?\})")


@dataclass(frozen=True, slots=True)
class Requirement:
    """Literals of which a text holds at least one wherever the pattern matches; ``folded``:
    ASCII literals under case-insensitive matching, compared with the lower-cased text."""

    literals: tuple[str, ...]
    folded: bool

    def met(self, text: str) -> bool:
        """Does ``text`` (lower-cased already when ``folded``) hold one of the literals?"""
        for lit in self.literals:
            if lit in text:
                return True
        return False


def allows(ctx: Any, requirement: Requirement | None) -> bool:
    """May the pattern of ``requirement`` match in the text of ``ctx`` (a CheckContext)? A
    case-folded requirement is tested on the lower-cased text, and only when every letter of
    the text is ASCII (worked out once per check, in the context's memo): other letters may be
    case variants of ASCII ones for ``regex`` (the Kelvin sign, a dotted capital I, ligatures)."""
    if requirement is None:
        return True
    hay = _haystack(ctx, requirement)
    return hay is None or requirement.met(hay)


def _haystack(ctx: Any, requirement: Requirement) -> str | None:
    """The text the literals are looked for in (None: the requirement cannot be tested)."""
    if not requirement.folded:
        return ctx.text  # type: ignore[no-any-return]
    return _lowered(ctx)


def _lowered(ctx: Any) -> str | None:
    """The lower-cased text when every letter of it is ASCII (worked out once per check)."""
    lowered = ctx.memo.get("prefilter.lowered", _UNSET)
    if lowered is _UNSET:
        text = ctx.text
        plain = text.isascii() or _OTHER_LETTER.search(text) is None
        # lower-casing ASCII letters keeps every offset: the windows below hold for the text
        lowered = ctx.memo["prefilter.lowered"] = text.lower() if plain else None
    return lowered  # type: ignore[no-any-return]


def scan(ctx: Any, pattern: Any, requirement: Requirement | None, local: bool) -> Iterator[Any]:
    """The matches of ``pattern`` in the text of ``ctx``, in order: none when the text lacks
    the requirement's literals; for a pattern that never crosses a line break (``local``),
    only those in the lines holding one (``windows``)."""
    text = ctx.text
    if not local:
        if allows(ctx, requirement):
            yield from pattern.finditer(text)
        return
    spans = windows(ctx, requirement)
    if spans is None:
        yield from pattern.finditer(text)
        return
    for pos, endpos in spans:
        yield from pattern.finditer(text, pos, endpos)


_MOSTLY = 0.7  # windows covering more of the text than this: the text is scanned whole


def windows(ctx: Any, requirement: Requirement | None) -> list[tuple[int, int]] | None:
    """Where a pattern that never crosses a line break (``Kind.paragraph_local``) can match in
    the text of ``ctx``: (pos, endpos) of the runs of lines holding one of the literals, each
    from the line break before it through the one after it (what the paragraph cache checks a
    paragraph in, so the pattern finds the same there as in the whole text); [] for nowhere;
    None to scan the whole text (no requirement, or lines holding it are most of the text)."""
    if requirement is None:
        return None
    hay = _haystack(ctx, requirement)
    if hay is None:
        return None
    starts = ctx.memo.get("prefilter.lines")
    if starts is None:
        starts = ctx.memo["prefilter.lines"] = _line_starts(hay)
    if len(starts) == 1:
        return None if requirement.met(hay) else []
    lines: set[int] = set()
    count = len(starts)
    size = len(hay)
    most = _MOSTLY * size
    held = 0  # the letters of the lines found so far: past most of the text, stop looking
    # the lines of each literal, once per check: rules share literals (ujar, kata, Senin);
    # one memo per case (keyed by the literal alone: no key tuple to build per look-up)
    memo = ctx.memo
    slot = "prefilter.found.folded" if requirement.folded else "prefilter.found"
    found = memo.get(slot)
    if found is None:
        found = memo[slot] = {}
    grams = None
    for lit in requirement.literals:
        where = found.get(lit)
        if where is None:
            if grams is None:
                grams = _grams(ctx)
            where = found[lit] = _lines_holding(hay, lit, starts, grams)
        if not where:
            continue  # most literals are in no line of the text
        for line in where:
            if line not in lines:
                lines.add(line)
                held += (starts[line + 1] if line + 1 < count else size) - starts[line]
        if held > most:
            return None
    if not lines:
        return []
    out: list[tuple[int, int]] = []
    for line in sorted(lines):
        lo = starts[line] - 1 if line else 0
        hi = starts[line + 1] if line + 1 < count else size
        if out and out[-1][1] >= lo:
            out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
    return out


def _grams(ctx: Any) -> tuple[frozenset[tuple[str, str, str]], bool]:
    """The runs of three characters in the text, worked out once per check, and whether they
    are those of the lower-cased text (when every letter is ASCII: one set serves the rules of
    both cases). A literal with a run not among them (lower-cased first in the second case)
    is not in the text: lower-casing a text whose letters are all ASCII maps each character
    to one, whatever stands around it, so a literal of the text is one of the lower-cased
    text once lower-cased too."""
    grams = ctx.memo.get("prefilter.grams")
    if grams is None:
        lowered = _lowered(ctx)
        hay = ctx.text if lowered is None else lowered
        runs = frozenset(zip(hay, hay[1:], hay[2:], strict=False))
        grams = ctx.memo["prefilter.grams"] = (runs, lowered is not None)
    return grams  # type: ignore[no-any-return]


# per literal and case, per process: the distinct runs of three characters a text must hold
# (one table per case: keyed by the literal alone)
_LITERAL_GRAMS: dict[bool, dict[str, frozenset[tuple[str, str, str]]]] = {True: {}, False: {}}


def _lines_holding(
    text: str,
    literal: str,
    starts: list[int],
    grams: tuple[frozenset[tuple[str, str, str]], bool] | None = None,
) -> tuple[int, ...]:
    """The lines of ``text`` (numbered by their ``starts``) that hold ``literal``; ``grams``:
    what ``_grams`` says of the text (a literal with another run of three is not searched for:
    most of the literals are in no text, and a few set lookups cost less than a search)."""
    if grams is not None and len(literal) >= 3:
        runs, lower = grams
        table = _LITERAL_GRAMS[lower]
        mine = table.get(literal)
        if mine is None:
            lit = literal.lower() if lower else literal
            mine = table[literal] = frozenset(zip(lit, lit[1:], lit[2:], strict=False))
        if not mine <= runs:  # one subset test at C speed
            return ()
    out = []
    count = len(starts)
    i = text.find(literal)
    while i >= 0:
        line = bisect_right(starts, i) - 1
        out.append(line)
        if line + 1 >= count:
            break
        i = text.find(literal, starts[line + 1])
    return tuple(out)


def _line_starts(text: str) -> list[int]:
    starts = [0]
    i = text.find("\n")
    while i >= 0:
        starts.append(i + 1)
        i = text.find("\n", i + 1)
    return starts


_UNSET = object()
_OTHER_LETTER = re.compile(r"(?![\x00-\x7f])\w")  # a letter or digit outside ASCII


def required(pattern: str, ignorecase: bool = False) -> Requirement | None:
    """The literal requirement of a ``regex`` ``pattern`` (compiled with VERSION1, IGNORECASE
    when ``ignorecase``), or None when there is none or the pattern is beyond this reading."""
    if _p is None:
        return None
    translated = _translate(pattern)
    if translated is None or _ODD_BRACE.search(translated):
        return None
    try:
        parsed = _p.parse(translated, re.IGNORECASE if ignorecase else 0)
    except Exception:  # noqa: BLE001 - syntax only ``regex`` knows: no prefilter
        return None
    flags = parsed.state.flags
    if flags & re.VERBOSE:
        return None
    try:
        found = _sequence(list(parsed), bool(flags & re.IGNORECASE))
    except Exception:  # noqa: BLE001 - a parse tree of another Python's shape: no prefilter
        return None
    if found is None:
        return None
    literals, folded = found
    if folded:
        if not all(lit.isascii() for lit in literals):
            return None
        literals = {lit.lower() for lit in literals}
    if not literals or "" in literals or len(literals) > _MAX_LITERALS:
        return None
    # a literal holding a shorter one is met whenever it is: the shorter one suffices
    kept = sorted(
        (lit for lit in literals if not any(o != lit and o in lit for o in literals)),
        key=lambda s: (len(s), s),
    )
    return Requirement(tuple(kept), folded)


def _translate(pattern: str) -> str | None:
    """``pattern`` with the ``regex`` escapes the standard parser lacks replaced by ones that
    match the same kind of thing (a property by ``\\w``, ``\\K`` by nothing, ``\\m``/``\\M`` by
    ``\\b``); None for syntax whose reading would differ (nested sets, set operations, named
    lists, branch resets, recursion)."""
    out: list[str] = []
    i, n = 0, len(pattern)
    in_class = False
    while i < n:
        ch = pattern[i]
        if ch == "\\":
            if i + 1 >= n:
                return None
            nxt = pattern[i + 1]
            if nxt in "pP":
                if i + 2 < n and pattern[i + 2] == "{":
                    close = pattern.find("}", i + 3)
                    if close < 0:
                        return None
                    i = close + 1
                else:
                    i += 3
                out.append(r"\w")
                continue
            if nxt == "K":
                if in_class:
                    return None
                i += 2
                continue
            if nxt in "mM":
                if in_class:
                    return None
                out.append(r"\b")
                i += 2
                continue
            if nxt in "LXGhHRQEVz" or nxt == "N" and pattern[i + 2 : i + 3] != "{":
                return None
            out.append(pattern[i : i + 2])
            i += 2
            continue
        if in_class:
            if ch == "[" or pattern.startswith(("--", "&&", "||", "~~"), i):
                return None
            if ch == "]":
                in_class = False
        elif ch == "[":
            in_class = True
            out.append(ch)
            i += 1
            if pattern.startswith("^", i):
                out.append("^")
                i += 1
            if pattern.startswith("]", i):
                return None  # "[]...]": the two parsers may differ
            continue
        elif ch == "(" and pattern.startswith(("(?|", "(?R", "(?&", "(?P>", "(?(", "(?V", "(?r", "(?w", "(?f", "(?b", "(?e", "(?p", "(?0", "(?1", "(?2", "(?3", "(?4", "(?5", "(?6", "(?7", "(?8", "(?9", "(?+", "(?-1", "(?-2"), i):  # fmt: skip  # noqa: E501
            return None
        out.append(ch)
        i += 1
    return None if in_class else "".join(out)


_Found = tuple[set[str], bool]  # literals, any of them under case-insensitive matching


def _better(a: _Found | None, b: _Found | None) -> _Found | None:
    """The cheaper and more selective of two requirements: few literals (each is searched
    for), of three letters or more (a letter or a mark is in almost any text, two letters in
    many)."""
    if a is None:
        return b
    if b is None:
        return a

    def key(f: _Found) -> tuple[int, int]:
        shortest = min((len(s) for s in f[0]), default=0)
        return (len(f[0]) * _RARITY.get(shortest, 1), -shortest)

    return a if key(a) <= key(b) else b


_RARITY = {0: 1000, 1: 100, 2: 6}  # a literal so short counts as this many
_MAX_RUN = 8  # spellings of a run of literals and small sets ("[Jj]uga": Juga, juga)


def _sequence(items: list[Any], ignorecase: bool) -> _Found | None:
    best: _Found | None = None
    run: set[str] = set()  # the spellings of the literal run so far

    def flush() -> None:
        nonlocal best
        if run and "" not in run:
            best = _better(best, (set(run), ignorecase))
        run.clear()

    for op, av in items:
        if op is _c.LITERAL:
            run = {r + chr(av) for r in run} if run else {chr(av)}
            continue
        if op is _c.IN:
            chars = _chars(av)
            if chars is not None and len(run or {""}) * len(chars) <= _MAX_RUN:
                run = {r + c for r in (run or {""}) for c in chars}
                continue
        flush()
        best = _better(best, _item(op, av, ignorecase))
    flush()
    return best


def _chars(items: Any) -> set[str] | None:
    """The characters of a set made of single characters only, or None."""
    chars = set()
    for kind, value in items:
        if kind is not _c.LITERAL:
            return None
        chars.add(chr(value))
    return chars


def _item(op: Any, av: Any, ignorecase: bool) -> _Found | None:
    if op is _c.SUBPATTERN:
        _group, add, delete, sub = av
        ci = (ignorecase or bool(add & re.IGNORECASE)) and not delete & re.IGNORECASE
        return _sequence(list(sub), ci)
    if op is _c.ATOMIC_GROUP:
        return _sequence(list(av), ignorecase)
    if op is _c.ASSERT:
        _direction, sub = av
        return _sequence(list(sub), ignorecase)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
        low, _high, sub = av
        return _sequence(list(sub), ignorecase) if low >= 1 else None
    if op is _c.BRANCH:
        _none, arms = av
        union: set[str] = set()
        folded = False
        for arm in arms:
            found = _sequence(list(arm), ignorecase)
            if found is None:
                return None
            union |= found[0]
            folded = folded or found[1]
        return union, folded
    if op is _c.IN:
        chars = _chars(av)
        return None if chars is None else (chars, ignorecase)
    return None
