"""``people``: a draft against the desk's officials registry (``HouseStyle.people``).

A registered name is written as registered: a near miss of it ("Hani Syopiar Rustan" for
"Hani Syopiar Rustam") is an error with the registered spelling; a registered person given other
degrees, another rank or another position of the same kind than the registry holds is a warning
citing the release it was learned from; a short form written otherwise than the registry knows it
("Hani S Rustam" for "Hani S. Rustam") is a suggestion. ``registry_settle`` makes the rest of the
engine agree: the words of registered names are words, and a registry finding speaks alone.

The registry's indexes are built once per registry object (``index_for``), never per check; a
check looks up the draft's runs of capitalised words in them, so the cost follows the draft's
length, not the registry's size.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from itertools import accumulate
from typing import Any

import regex
from rapidfuzz.distance import Levenshtein

from editor.checks.finding import Finding
from editor.checks.kinds.base import CheckContext, Kind, RuleHeader
from editor.checks.people import (
    PeopleRegistry,
    Person,
    PersonMention,
    Position,
    mention_around,
    official_degrees,
    words,
)
from editor.checks.spans import Containment

RULE_PREFIX = "STRUCT.Registry."
CHECKS = ("name", "degrees", "rank", "position", "short_form")
# runs of capitalised words and initials on one line: where registered names can stand
_RUN = regex.compile(r"\p{Lu}[\p{L}'’-]*\.?(?:[ \t]+\p{Lu}[\p{L}'’-]*\.?)*")
_WORD = regex.compile(r"\p{Lu}[\p{L}'’-]*\.?")
# the word right before a name
_BEFORE = regex.compile(r"([\p{L}\d/().-]+)[ \t]+\Z")
# a degree or an apposition after a name: a capital after a space or a comma
_AFTER = regex.compile(r",?[ \t]*\p{Lu}")
# categories another rule may not speak in about a registered name's own words
_NAME_BLIND = frozenset({"spelling", "nonstandard", "affix", "foreign", "consistency"})
# and about the degrees, rank or position the registry has a finding on
_REGISTRY_WINS = _NAME_BLIND | {"abbreviation", "capitalization"}


def _key(word: str) -> str:
    return word.rstrip(".").lower()


def _keys(name: str) -> tuple[str, ...]:
    return tuple(_key(w) for w in name.split())


@dataclass
class Index:
    """One registry's lookups: full names and short forms by their words, and the same with one
    word left out (for near misses)."""

    exact: dict[tuple[str, ...], tuple[Person, str]] = field(default_factory=dict)
    near: dict[tuple[str, ...], list[tuple[Person, int]]] = field(default_factory=dict)
    words: frozenset[str] = frozenset()
    lengths: tuple[int, ...] = ()
    firsts: frozenset[str] = frozenset()  # first words of the names and short forms
    seconds: frozenset[str] = frozenset()  # second words of names (a near miss of the first)


def _build(registry: PeopleRegistry) -> Index:
    index = Index()
    vocabulary: set[str] = set()
    lengths: set[int] = set()
    for person in registry.people:
        for form in (person.name, *person.short_forms):
            keys = _keys(form)
            if not keys:
                continue
            index.exact.setdefault(keys, (person, form))
            vocabulary.update(keys)
            lengths.add(len(keys))
        keys = _keys(person.name)
        if len(keys) >= 2:
            for k in range(len(keys)):
                if len(keys[k]) >= 4:  # an initial or a short word is no near miss
                    wild = (*keys[:k], "*", *keys[k + 1 :])
                    index.near.setdefault(wild, []).append((person, k))
    index.firsts = frozenset(k[0] for k in index.exact)
    index.seconds = frozenset(k[1] for k in index.exact if len(k) >= 2)
    index.words = frozenset(vocabulary)
    index.lengths = tuple(sorted(lengths, reverse=True))
    return index


_INDEXES: dict[int, tuple[weakref.ref[PeopleRegistry], Index]] = {}


def index_for(registry: PeopleRegistry) -> Index:
    """The registry's index, built once per registry object."""
    key = id(registry)
    found = _INDEXES.get(key)
    if found is not None and found[0]() is registry:
        return found[1]
    index = _build(registry)

    def forget(_ref: weakref.ref[PeopleRegistry], k: int = key) -> None:
        _INDEXES.pop(k, None)

    _INDEXES[key] = (weakref.ref(registry, forget), index)
    return index


@dataclass(frozen=True)
class Match:
    """A registered person found in the draft: ``written`` spans ``start:end``."""

    person: Person
    start: int
    end: int
    written: str
    form: str  # the registered form it stands for (the name or a short form)
    near: int | None = None  # a near miss: the index of the word that is off
    off: tuple[int, int] | None = None  # and its span


@dataclass
class Analysis:
    matches: list[Match]
    findings: dict[str, list[Finding]]  # check -> findings, filled by the rules


def _max_distance(word: str) -> int:
    return 1 if len(word) < 7 else 2


def _near(window: tuple[str, ...], k: int, index: Index) -> Person | None:
    """A registered name that ``window`` writes with its word ``k`` (a word no registered name
    holds: a registered word is another person's name, not a slip) a small edit off."""
    got = window[k]
    if len(got) < 3:
        return None
    for person, pos in index.near.get((*window[:k], "*", *window[k + 1 :]), ()):
        want = _keys(person.name)[pos]
        if pos == k and got[:1] == want[:1]:
            if Levenshtein.distance(got, want, score_cutoff=2) <= _max_distance(want):
                return person
    return None


def _matches(text: str, index: Index) -> list[Match]:
    """Registered names, their short forms and near misses of names, longest first."""
    out: list[Match] = []
    vocabulary = index.words
    for run in _RUN.finditer(text):
        group = run.group()
        if " " not in group and "\t" not in group:
            one = _key(group)
            exact = index.exact.get((one,)) if one in vocabulary else None
            if exact is not None:
                end = run.end() - (1 if group.endswith(".") and not exact[1].endswith(".") else 0)
                out.append(Match(exact[0], run.start(), end, text[run.start() : end], exact[1]))
            continue  # one word: a registered one-word name or nothing
        base = run.start()
        toks = [(base + m.start(), base + m.end()) for m in _WORD.finditer(group)]
        keys = [text[s:e].rstrip(".").lower() for s, e in toks]
        known = [k in vocabulary for k in keys]
        if not any(known):
            continue
        acc = [0, *accumulate(known)]
        i = 0
        firsts, seconds, last = index.firsts, index.seconds, len(toks) - 1
        while i < len(toks):
            if keys[i] not in firsts and (i == last or keys[i + 1] not in seconds):
                i += 1  # no registered name starts here, not even with its first word off
                continue
            hit: tuple[int, Person, str, int | None] | None = None
            for n in index.lengths:
                if i + n > len(toks):
                    continue
                have = acc[i + n] - acc[i]
                if have == n:
                    exact = index.exact.get(tuple(keys[i : i + n]))
                    if exact is not None:
                        hit = (n, exact[0], exact[1], None)
                        break
                elif have == n - 1 and n >= 2:
                    k = known.index(False, i, i + n) - i
                    person = _near(tuple(keys[i : i + n]), k, index)
                    if person is not None:
                        hit = (n, person, person.name, k)
                        break
            if hit is None:
                i += 1
                continue
            n, person, form, off = hit
            start, end = toks[i][0], toks[i + n - 1][1]
            written = text[start:end]
            if written.endswith(".") and not form.endswith("."):
                end -= 1
                written = written[:-1]
            span = None if off is None else toks[i + off]
            out.append(Match(person, start, end, written, form, off, span))
            i += n
    return out


def analysis(ctx: CheckContext) -> Analysis | None:
    """The draft's registered people, found once per check."""
    registry = ctx.people
    if not registry:
        return None
    found = ctx.memo.get("people")
    if found is None:
        index = index_for(registry)
        found = ctx.memo["people"] = Analysis(_matches(ctx.text, index), {})
    return found


def _may_precede(text: str, start: int, ctx: CheckContext) -> bool:
    """Can the word before a name end an office, a rank or an honorific ("Banyuasin", "AKBP",
    "H.", "0430/Banyuasin")? A sentence's first word ("Menurut") cannot."""
    m = _BEFORE.search(text, max(0, start - 40), start)
    if not m:
        return False
    word = m.group(1).strip("().")
    key = word.lower()
    w = words()
    return (
        key in w.heads
        or key in w.ranks
        or key in w.honorifics
        or key in w.corps
        or key in w.office
        or key in w.prefixes
        or word.isupper()
        or any(c.isdigit() for c in word)
        or ctx.lexicon.is_landmark(word)
        or ctx.lexicon.is_acronym(word)
    )


def _rank_key(rank: str) -> str:
    first = rank.split()[0] if rank.split() else ""
    return _key(first)


def _head(position: str) -> tuple[str, ...]:
    """The kind of an office: its head words, without Pj./Plt./Plh. ("Kepala Dinas", "Bupati")."""
    w = words()
    keys = [_key(x) for x in position.split()]
    while keys and keys[0] in w.prefixes:
        keys = keys[1:]
    if not keys:
        return ()
    if keys[0] in w.need_office and len(keys) >= 2:
        return tuple(keys[:2])
    return (keys[0],)


def _loose(position: str) -> str:
    """A position for comparing: lower case, no dots, short and full forms as one."""
    out = " " + regex.sub(r"[\s.]+", " ", position.lower()).strip() + " "
    for form, same in words().same_office:
        out = out.replace(f" {form} ", f" {same} ")
    return out.strip()


def _current(person: Person) -> Position | None:
    if not person.positions:
        return None
    return max(person.positions, key=lambda p: p.since or "")


def _source(*sources: str) -> str:
    for s in sources:
        if s:
            return f"rilis {s}"
    return "register kantor"


class People(Kind):
    """Spec: ``check`` (name, degrees, rank, position or short_form); the message may use
    ``{text}``, ``{registered}`` and ``{source}``. Optional ``example_people``: the registry the
    rule's examples are checked against (a list of Person fields)."""

    name = "people"
    keys = frozenset({"check"})
    optional = frozenset({"example_people", "any_language"})
    any_language = True

    def __init__(self, header: RuleHeader, spec: Mapping[str, Any]) -> None:
        super().__init__(header, spec)
        self.check_name = self.choice(spec, "check", CHECKS)
        raw = spec.get("example_people") or []
        try:
            self.example_people = PeopleRegistry(tuple(_person(p) for p in raw))
        except (TypeError, KeyError) as exc:
            raise self.fail(f"bad example_people: {exc}") from None

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        found = analysis(ctx)
        if found is None or not found.matches:
            return
        yield from getattr(self, f"_{self.check_name}")(ctx, found)

    def _say(
        self, ctx: CheckContext, start: int, end: int, fix: str, registered: str, source: str
    ) -> Finding:
        message = (
            self.header.message.replace("{text}", ctx.text[start:end])
            .replace("{registered}", registered)
            .replace("{source}", source)
        )
        return self.header.finding(start, end, ctx.text, [fix], message)

    def _name(self, ctx: CheckContext, found: Analysis) -> Iterator[Finding]:
        for m in found.matches:
            if m.near is not None and m.off is not None:
                start, end = m.off
                if ctx.text[end - 1 : end] == "." and end == m.end + 1:
                    end -= 1
                fix = m.person.name.split()[m.near]
                yield self._say(ctx, start, end, fix, m.person.name, _source(m.person.source))

    def _short_form(self, ctx: CheckContext, found: Analysis) -> Iterator[Finding]:
        for m in found.matches:
            if m.near is None and m.written != m.form and m.form != m.person.name:
                yield self._say(ctx, m.start, m.end, m.form, m.form, _source(m.person.source))

    def _mentions(
        self, ctx: CheckContext, found: Analysis
    ) -> Iterable[tuple[Match, PersonMention]]:
        memo = ctx.memo.setdefault("people_mentions", {})
        text = ctx.text
        for m in found.matches:
            if not (_AFTER.match(text, m.end) or _may_precede(text, m.start, ctx)):
                continue  # nothing stands around the name that a mention could hold
            if m.start not in memo:
                memo[m.start] = mention_around(ctx.text, m.start, m.end, ctx.lexicon)
            mention = memo[m.start]
            if mention is not None:
                yield m, mention

    def _degrees(self, ctx: CheckContext, found: Analysis) -> Iterator[Finding]:
        for m, mention in self._mentions(ctx, found):
            person = m.person
            if not mention.degrees or not person.degrees:
                continue
            written = official_degrees(mention.degrees)
            if {_loose(d) for d in written} == {_loose(d) for d in person.degrees}:
                continue  # the same degrees; their form is the degree rule's business
            start = ctx.text.find(mention.degrees[0], m.end, mention.end + 1)
            last = mention.degrees[-1]
            end = ctx.text.find(last, start) + len(last) if start >= 0 else -1
            if start < 0 or end < start:
                continue
            registered = ", ".join(person.degrees)
            yield self._say(ctx, start, end, registered, registered, _source(person.source))

    def _rank(self, ctx: CheckContext, found: Analysis) -> Iterator[Finding]:
        for m, mention in self._mentions(ctx, found):
            person = m.person
            if (
                not mention.rank
                or not person.rank
                or _rank_key(mention.rank) == _rank_key(person.rank)
            ):
                continue
            start = ctx.text.rfind(mention.rank, mention.start, m.start)
            if start < 0:
                continue
            end = start + len(mention.rank)
            yield self._say(ctx, start, end, person.rank, person.rank, _source(person.source))

    def _position(self, ctx: CheckContext, found: Analysis) -> Iterator[Finding]:
        for m, mention in self._mentions(ctx, found):
            current = _current(m.person)
            if not mention.position or current is None:
                continue
            if _loose(mention.position) == _loose(current.title):
                continue
            # only another office of the same kind ("Bupati Lahat" for a Bupati Banyuasin, "Kepala
            # Dinas Pendidikan" for a Kepala Dinas Kesehatan) or an office the person has left; a
            # second role is no contradiction
            written = _loose(mention.position)
            former = any(_loose(p.title) == written for p in m.person.positions)
            if not former and _head(mention.position) != _head(current.title):
                continue
            start = ctx.text.find(mention.position, mention.start, mention.end)
            if start < 0:
                continue
            end = start + len(mention.position)
            source = _source(current.source, m.person.source)
            yield self._say(ctx, start, end, current.title, current.title, source)


def _person(raw: Mapping[str, Any]) -> Person:
    positions = tuple(
        Position(p["title"], p.get("since"), p.get("source", "")) for p in raw.get("positions", ())
    )
    return Person(
        name=raw["name"],
        honorific=raw.get("honorific", ""),
        degrees=tuple(raw.get("degrees", ())),
        rank=raw.get("rank", ""),
        positions=positions,
        short_forms=tuple(raw.get("short_forms", ())),
        source=raw.get("source", ""),
    )


def registry_settle(ctx: CheckContext, findings: list[Finding]) -> list[Finding]:
    """The rest of the engine agrees with the registry: no spelling, standard-form or
    consistency finding on a registered name's own words or inside a registry finding, and the
    registry's finding is the one a user sees for a registered name."""
    found = analysis(ctx)
    if found is None:
        return findings
    index = index_for(ctx.people)  # type: ignore[arg-type]
    ours = [(f.start, f.end) for f in findings if f.rule.startswith(RULE_PREFIX)]
    inside = Containment([*ours, *((m.start, m.end) for m in found.matches)])
    vocabulary = index.words
    kept = []
    for f in findings:
        if f.category not in _REGISTRY_WINS or f.rule.startswith(RULE_PREFIX):
            kept.append(f)
            continue
        if f.category in _NAME_BLIND:
            if " " not in f.text.strip() and _key(f.text) in vocabulary:
                continue  # "Syopiar" is a word of this desk: never "Sopir"
            if inside.contains(f.start, f.end):
                continue
        if ours:
            if any(s < f.end and f.start < e for s, e in ours):
                continue  # "SE" for a registered S.H.: not "S.E." in a batch fix
        kept.append(f)
    return kept
