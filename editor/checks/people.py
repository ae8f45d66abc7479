"""The officials registry as the engine sees it: people the desk knows from approved releases.

The registry is part of an office's house style (``HouseStyle.people``). The desk (``db`` through
``editor.services.people``) fills it from approved releases and editors' corrections; the engine
only reads it: a registered name is a word, a near miss of one is an error with the registered
spelling, another degree, rank or position is a warning citing the release it was learned from.

``extract_people`` finds the name + title + degree patterns in a text that the registry learns
from. This module holds plain values and pure functions: no storage, no Qt, no processes.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache
from typing import TYPE_CHECKING, Any

import regex

from editor.paths import resource

if TYPE_CHECKING:
    from editor.checks.lexicon import Lexicon


@dataclass(frozen=True)
class Position:
    """An office held: "Pj. Bupati Banyuasin", "Kapolres Banyuasin", "Kepala Badan Kesbangpol"."""

    title: str
    since: str | None = None  # ISO date of the first approved release that names it
    source: str = ""  # the release it was learned from, as shown to a user ("#12 Judul rilis")


@dataclass(frozen=True)
class Person:
    """One registered person, in the official form."""

    name: str  # the full name without honorific or degrees: "Hani Syopiar Rustam"
    honorific: str = ""  # "H.", "Hj.", "Dr.", "Ir." written before the name
    degrees: tuple[str, ...] = ()  # official forms, in order: ("S.H.", "M.Si.")
    rank: str = ""  # police or military rank: "AKBP", "Letkol Inf."
    positions: tuple[Position, ...] = ()
    short_forms: tuple[str, ...] = ()  # known short forms: ("Hani S. Rustam",)
    source: str = ""  # the release the name, degrees and rank were learned from
    confirmed: bool = False  # confirmed or corrected by an editor
    id: int | None = None  # the desk's id, when it comes from a desk


@dataclass(frozen=True)
class PeopleRegistry:
    """The people of one desk. Immutable; indexes are built by the checks that use them."""

    people: tuple[Person, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.people)

    def merged(self, other: PeopleRegistry | None) -> PeopleRegistry:
        if not other:
            return self
        if not self:
            return other
        return PeopleRegistry(self.people + other.people)


@dataclass(frozen=True)
class PersonMention:
    """A person named in a text with what stands around the name: what extraction learns."""

    start: int  # span of the whole mention in the text
    end: int
    name: str  # as written, without honorific, rank or degrees
    honorific: str = ""
    degrees: tuple[str, ...] = ()  # as written
    rank: str = ""
    position: str = ""  # the office named before or after the name, "" if none


@dataclass(frozen=True)
class Words:
    """The words around names (resources/people/people.yaml), lower-cased, without final dots."""

    honorifics: frozenset[str]
    ranks: frozenset[str]  # one-word ranks
    long_ranks: tuple[tuple[str, ...], ...]  # ranks of several words
    corps: frozenset[str]
    prefixes: frozenset[str]
    long_prefixes: tuple[tuple[str, ...], ...]
    heads: frozenset[str]
    long_heads: tuple[tuple[str, ...], ...]
    need_office: frozenset[str]
    with_place: frozenset[str]
    office: frozenset[str]
    long_office: tuple[tuple[str, ...], ...]  # office phrases whose first word is a name too
    connectors: frozenset[str]
    admin_units: frozenset[str]
    place_openers: frozenset[str]
    named_after: frozenset[str]
    not_names: frozenset[str]
    same_office: tuple[tuple[str, str], ...]  # (full or short form, the form compared), lower
    given: frozenset[str]  # given names (resources/gazetteer/given-names.txt)
    institutions: frozenset[str]  # one-word institutions and acronyms (institutions.txt)


def _key(word: str) -> str:
    return word.rstrip(".").lower()


@cache
def words() -> Words:
    import yaml  # on first use: a check that meets no name reads no YAML

    loader = getattr(yaml, "CSafeLoader", None) or yaml.SafeLoader
    raw: dict[str, Any] = yaml.load(
        resource("people", "people.yaml").read_text(encoding="utf-8"), Loader=loader
    )

    def one(key: str) -> frozenset[str]:
        return frozenset(_key(w) for w in raw[key] if " " not in str(w))

    def many(key: str) -> tuple[tuple[str, ...], ...]:
        return tuple(tuple(_key(p) for p in str(w).split()) for w in raw[key] if " " in str(w))

    def lines(*parts: str) -> frozenset[str]:
        text = resource(*parts).read_text(encoding="utf-8")
        return frozenset(
            line.strip().lower()
            for line in text.splitlines()
            if line.strip() and not line.startswith("#")
        )

    return Words(
        honorifics=one("honorifics"),
        ranks=one("ranks"),
        long_ranks=many("ranks"),
        corps=one("corps"),
        prefixes=one("prefixes"),
        long_prefixes=many("prefixes"),
        heads=one("heads"),
        long_heads=many("heads"),
        need_office=one("heads_need_office") | {" ".join(h) for h in many("heads_need_office")},
        with_place=one("heads_with_place"),
        office=one("office_words"),
        long_office=many("office_words"),
        connectors=one("connectors"),
        admin_units=one("admin_units"),
        place_openers=one("place_openers"),
        named_after=one("named_after"),
        not_names=one("not_names"),
        same_office=tuple(
            (str(k).lower(), str(v).lower()) for k, v in (raw.get("same_office") or {}).items()
        ),
        given=lines("gazetteer", "given-names.txt"),
        institutions=frozenset(w for w in lines("gazetteer", "institutions.txt") if " " not in w),
    )


@cache
def _first_words(options: tuple[tuple[str, ...], ...]) -> frozenset[str]:
    return frozenset(o[0] for o in options)


# a word (with its final dot, if any), a number (0430/Banyuasin, 2026) or one mark
_TOKEN = regex.compile(r"(\p{L}[\p{L}'’-]*)(\.?)|(\d[\d/.-]*(?:/\p{L}+)?)|([^\s\p{L}\d])")
_ROMAN = regex.compile(r"(?:I{1,3}|IV|V|VI{0,3}|IX|X{1,2})")
_MAX_NAME = 5
_QUOTES = frozenset("\"“”'‘’")


class _Tok:
    """One token of a text being read (plain slots: many are made per text)."""

    __slots__ = ("after", "capital", "dot", "end", "gap", "key", "kind", "start", "text")

    def __init__(self, start: int, end: int, text: str, dot: bool, kind: str, gap: str) -> None:
        self.start = start
        self.end = end  # without the final dot
        self.text = text
        self.dot = dot
        self.kind = kind  # "word", "number" or "mark"
        self.gap = gap  # the text between the previous token and this one
        self.key = text.lower()
        self.after = end + (1 if dot else 0)
        self.capital = kind == "word" and text[:1].isupper()


def _tokens(text: str) -> list[_Tok]:
    out: list[_Tok] = []
    prev = 0
    for m in _TOKEN.finditer(text):
        if m.group(1):
            tok = _Tok(
                m.start(), m.end(1), m.group(1), bool(m.group(2)), "word", text[prev : m.start()]
            )
        elif m.group(3):
            tok = _Tok(m.start(), m.end(), m.group(3), False, "number", text[prev : m.start()])
        else:
            tok = _Tok(m.start(), m.end(), m.group(4), False, "mark", text[prev : m.start()])
        out.append(tok)
        prev = m.end()
    return out


class _Reader:
    """Reads the mentions of people in one text."""

    def __init__(self, text: str, lexicon: Lexicon) -> None:
        self.text = text
        self.lex = lexicon
        self.w = words()
        self.toks = _tokens(text)

    # -- small questions ---------------------------------------------------------------------
    def joined(self, i: int) -> bool:
        """Is token ``i`` on the same line as the one before, one space (or none) away?"""
        gap = self.toks[i].gap
        return "\n" not in gap and len(gap) <= 2 and gap.strip() == ""

    def phrase(self, i: int, options: tuple[tuple[str, ...], ...]) -> int:
        """The length of the longest of ``options`` (word keys) starting at token ``i``."""
        if i >= len(self.toks) or self.toks[i].key not in _first_words(options):
            return 0
        best = 0
        for words_ in options:
            n = len(words_)
            if n > best and i + n <= len(self.toks):
                if all(
                    self.toks[i + k].kind == "word"
                    and self.toks[i + k].key == words_[k]
                    and (k == 0 or self.joined(i + k))
                    for k in range(n)
                ):
                    best = n
        return best

    def is_initial(self, t: _Tok) -> bool:
        return t.kind == "word" and len(t.text) == 1 and t.text.isupper()

    def is_acronym(self, t: _Tok) -> bool:
        w = t.text
        return t.kind == "word" and (
            (len(w) >= 2 and w.isupper()) or (self.lex.is_acronym(w) and t.key not in self.w.given)
        )

    def person_word(self, t: _Tok, inside: bool = False) -> bool:
        """A word that may be part of a person's name (``inside``: after its first word, where
        a name word that is also a place's counts: "Zulkifli Datuak Rajo Mudo")."""
        if t.kind != "word" or not t.text[:1].isupper() or t.key in self.w.not_names:
            return False
        if self.is_initial(t):
            return True
        if t.text.isupper() or t.key in self.w.office or t.key in self.w.heads:
            return False
        if t.key in self.w.ranks or t.key in self.w.honorifics or t.key in self.w.admin_units:
            return False
        lex = self.lex
        if t.key in self.w.given:
            return True
        if lex.is_acronym(t.text) or t.key in self.w.institutions:
            return False
        if not lex.is_word(t.text):
            return True  # a word no list knows, capitalised: a name
        if not lex.is_name(t.text) or lex.is_common(t.text):
            return False
        return inside or not lex.is_landmark(t.text)

    def place_at(self, i: int) -> int:
        """The number of tokens of a known place name starting at ``i`` (longest, up to 4)."""
        for n in (4, 3, 2, 1):
            if i + n > len(self.toks):
                continue
            toks = self.toks[i : i + n]
            if not all(t.capital for t in toks) or not all(self.joined(i + k) for k in range(1, n)):
                continue
            if self.lex.is_place(" ".join(t.text for t in toks)):
                return n
        return 0

    def local_place(self, i: int) -> int:
        """A place's name after an administrative unit or a local office: one capitalised word,
        two when the first opens place names ("Talang Kelapa")."""
        if i >= len(self.toks) or not self.toks[i].capital:
            return 0
        known = self.place_at(i)
        if known:
            return known
        t = self.toks[i]
        if t.key in self.w.place_openers and i + 1 < len(self.toks) and self.toks[i + 1].capital:
            return 2 if self.joined(i + 1) else 1
        return 1

    # -- the parts of a mention --------------------------------------------------------------
    def position(self, i: int) -> int:
        """The end (token index) of a position starting at ``i``, or ``i`` if none starts there."""
        w = self.w
        j = i
        n = self.phrase(j, w.long_prefixes)
        if n:
            j += n
        elif j < len(self.toks) and self.toks[j].capital and self.toks[j].key in w.prefixes:
            j += 1
        if j < len(self.toks) and self.toks[j].key == "wakil" and j > i:
            j += 1
        if j > i and not (j < len(self.toks) and self.joined(j)):
            return i
        n = self.phrase(j, w.long_heads)
        if n:
            head = " ".join(t.key for t in self.toks[j : j + n])
        elif j < len(self.toks) and self.toks[j].capital and self.toks[j].key in w.heads:
            head, n = self.toks[j].key, 1
        else:
            return i
        j += n
        start_complement = j
        if head in w.with_place and j < len(self.toks) and self.joined(j):
            # "Camat Sukarami", "Kapolsek Talang Kelapa": the office's own place, unless the
            # name follows the office at once ("Camat Ahmad Yani")
            t = self.toks[j]
            nxt = self.toks[j + 1] if j + 1 < len(self.toks) and self.joined(j + 1) else None
            # a word the lists know (a village's) that is no given name, a name after it
            village = (
                t.capital
                and t.key not in w.given
                and self.lex.is_name(t.text)
                and nxt is not None
                and nxt.capital
                and self.person_word(nxt)
            )
            if (t.capital and not self.person_word(t)) or self.place_at(j) or village:
                j += self.local_place(j)
        j = self.complement(j)
        if head in w.need_office and j == start_complement:
            return i  # "Kepala" alone is no office
        return j

    def complement(self, j: int) -> int:
        """The end of an office's name running from ``j``: office words, acronyms, places."""
        w = self.w
        toks = self.toks
        while j < len(toks) and self.joined(j):
            t = toks[j]
            if t.kind == "word" and _ROMAN.fullmatch(t.text):
                nxt = toks[j + 1] if j + 1 < len(toks) and self.joined(j + 1) else None
                if t.text == "I" and nxt is not None and self.person_word(nxt):
                    break  # "I Gede ...": a Balinese name, not the numeral
                j += 1
                continue
            if t.kind == "number":
                j += 1
                continue
            if t.kind == "mark" and t.text == "/" and j + 1 < len(toks):
                j += 1
                continue
            if t.kind != "word":
                break
            if t.key in w.connectors and j + 1 < len(toks) and toks[j + 1].capital:
                if toks[j + 1].key in w.office or self.is_acronym(toks[j + 1]):
                    j += 1
                    continue
                break
            if not t.capital or t.key in w.honorifics or self.rank(j) > j:
                break
            if t.key in w.admin_units:
                j += 1 + (
                    self.local_place(j + 1) if j + 1 < len(toks) and self.joined(j + 1) else 0
                )
                continue
            n = self.phrase(j, w.long_office)
            if n:
                j += n
                continue
            n = self.place_at(j)
            if n and not (t.key in w.given and n == 1 and t.key not in w.office):
                j += n
                continue
            # a word of places' and institutions' names ("Sulawesi"), unless a name goes on
            # after it: then it opens the name ("Umbu Kahumbu")
            landmark = (
                self.lex.is_landmark(t.text)
                and self.lex.is_word(t.text)
                and not (
                    j + 1 < len(toks)
                    and self.joined(j + 1)
                    and toks[j + 1].capital
                    and self.person_word(toks[j + 1])
                    and not self.is_initial(toks[j + 1])
                )
            )
            if (
                t.key in w.office
                or t.key in w.heads
                or self.is_acronym(t)
                or t.key in w.institutions
                or landmark
            ):
                if t.key in w.given and t.key not in w.office and not self.is_acronym(t):
                    break
                j += 1
                continue
            break
        return j

    def rank(self, i: int) -> int:
        """The end of a rank (with its corps) starting at ``i``, or ``i``."""
        w = self.w
        n = self.phrase(i, w.long_ranks)
        if not n and i < len(self.toks) and self.toks[i].capital and self.toks[i].key in w.ranks:
            n = 1
        if not n:
            return i
        j = i + n
        while j < len(self.toks) and self.joined(j) and self.toks[j].key in w.corps:
            j += 1
            # "Kolonel Laut (P)"
            if j + 2 < len(self.toks) and self.toks[j].text == "(" and self.toks[j + 2].text == ")":
                if len(self.toks[j + 1].text) <= 3:
                    j += 3
        return j

    def honorifics(self, i: int) -> int:
        j = i
        while j < len(self.toks):
            t = self.toks[j]
            if j > i and not self.joined(j):
                break
            if t.kind != "word" or t.key not in self.w.honorifics:
                break
            # "H." must carry its dot (an initial otherwise); "dr" and "Dr" too
            if len(t.text) <= 2 and not t.dot and t.key not in ("kh",):
                break
            j += 1
        return j

    def name(self, i: int) -> int:
        """The end of a person's name starting at ``i``: capitalised words and initials."""
        j = i
        toks = self.toks
        while j < len(toks) and j - i < _MAX_NAME:
            t = toks[j]
            if j > i and not self.joined(j) and not (toks[j - 1].dot and "\n" not in t.gap):
                break
            if not self.person_word(t, inside=j > i):
                if j > i and self.name_tail(j):
                    j += 1
                    break
                if j > i and self.name_middle(j):
                    j += 1
                    continue
                break
            if t.dot and not self.is_initial(t) and len(t.text) > 4:
                j += 1
                break  # the end of a sentence
            j += 1
        if j == i or all(self.is_initial(t) for t in toks[i:j]):
            return i
        return j

    def name_middle(self, j: int) -> bool:
        """A capitalised common word between name words ("Dody Sukma Wiradana")."""
        nxt = j + 1
        return (
            self._plain_capital(j)
            and nxt < len(self.toks)
            and self.joined(nxt)
            and self.person_word(self.toks[nxt], inside=True)
            and not self.lex.is_word(self.toks[nxt].text)
        )

    def _plain_capital(self, j: int) -> bool:
        t = self.toks[j]
        w = self.w
        if not t.capital or t.text.isupper() or t.dot or not self.joined(j):
            return False
        if t.key in w.not_names or t.key in w.office or t.key in w.heads or t.key in w.ranks:
            return False
        return not (t.key in w.honorifics or t.key in w.admin_units or self.lex.is_acronym(t.text))

    def name_tail(self, j: int) -> bool:
        """A capitalised common word or place that ends a name before a mark or a lower-case
        word ("Fransiskus Xaverius Lewa, M.P.", "... Bagus Mataram membuka")."""
        t = self.toks[j]
        w = self.w
        if not t.capital or t.text.isupper() or t.dot or not self.joined(j):
            return False
        if t.key in w.not_names or t.key in w.office or t.key in w.heads or t.key in w.ranks:
            return False
        if t.key in w.honorifics or t.key in w.admin_units or self.lex.is_acronym(t.text):
            return False
        nxt = self.toks[j + 1] if j + 1 < len(self.toks) else None
        return nxt is None or not nxt.capital

    def degrees(self, pos: int) -> tuple[int, tuple[str, ...]]:
        """Degrees written after a name ending at ``pos``: (end offset, degrees as written)."""
        from editor.checks.kinds.degree import _group

        m = regex.compile(r"(,?)[ \t]+").match(self.text, pos)
        if not m:
            return pos, ()
        group = _group(self.text, m.end())
        if not group:
            return pos, ()
        written = [self.text[s:e] for s, e, _ in group]
        if not m.group(1):
            # without a comma only a group that cannot be an acronym: two, or dotted ones
            if len(group) < 2 and "." not in written[0].rstrip("."):
                return pos, ()
        end = group[-1][1]
        return end, tuple(written)

    def token_at(self, offset: int) -> int:
        """The index of the first token starting at or after ``offset``."""
        lo, hi = 0, len(self.toks)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.toks[mid].start < offset:
                lo = mid + 1
            else:
                hi = mid
        return lo

    def starts_before(self, first: int) -> list[int]:
        """Where a mention of the name at token ``first`` may start: the capitalised tokens of
        the office, rank and honorifics written right before it (one comma allowed), earliest
        first, then the name itself."""
        out = [first]
        j, commas = first, 0
        while j > 0 and first - j < _REACH_TOKENS:
            t = self.toks[j - 1]
            if "\n" in self.toks[j].gap:
                break
            if t.text == ",":
                commas += 1
                if commas > 1:
                    break
            elif not (
                t.capital or t.kind == "number" or t.text in "/()" or t.key in self.w.connectors
            ) and t.key not in ("dr", "drg"):
                break
            j -= 1
            if t.capital or t.key in ("dr", "drg"):
                out.append(j)
        return out[::-1]

    def named_after(self, i: int) -> bool:
        """Does a thing's name open before token ``i`` ("Jalan", "RSUD", "Piala", also with the
        name in quotes: Gedung “Bupati Hasan”)?"""
        j = i - 1
        if j >= 0 and self.toks[j].text in _QUOTES and self.joined(i):
            j -= 1
        return j >= 0 and self.joined(j + 1) and self.toks[j].key in self.w.named_after

    def quoted_alone(self, i: int, end: int) -> bool:
        """Is the mention from token ``i`` to offset ``end`` a whole quotation ("Bupati Rakyat"):
        the name of a song, a book or an event, not a person named?"""
        if i == 0 or self.toks[i - 1].text not in _QUOTES or not self.joined(i):
            return False
        k = self.token_at(end)
        return k < len(self.toks) and self.toks[k].text in _QUOTES

    # -- whole mentions ----------------------------------------------------------------------
    def mentions(self) -> list[PersonMention]:
        out: list[PersonMention] = []
        toks = self.toks
        i = 0
        while i < len(toks):
            found = self.mention_at(i)
            if found is None:
                i += 1
                continue
            mention, nxt = found
            out.append(mention)
            i = max(nxt, i + 1)
        return out

    def mention_at(self, i: int) -> tuple[PersonMention, int] | None:
        toks = self.toks
        t = toks[i]
        if not t.capital and t.key not in ("dr", "drg"):
            return None
        if self.named_after(i):
            return None
        start = t.start
        j = self.position(i)
        position = ""
        if j > i:
            last = toks[j - 1]
            position = self.text[t.start : last.end + (1 if self._abbrev(last) else 0)]
        # "Kepala Dinas Kesehatan, dr. Rini ..., mengatakan": the name after a comma
        comma = False
        if j > i and j + 1 < len(toks) and toks[j].text == ",":
            comma = True
            j += 1
        k = self.rank(j)
        rank = self.text[toks[j].start : toks[k - 1].after] if k > j else ""
        h = self.honorifics(k)
        honorific = self.text[toks[k].start : toks[h - 1].after] if h > k else ""
        if h < len(toks) and h > i and not comma and not self.joined(h):
            return None
        n = self.name(h)
        if n == h:
            return None
        if j > i and not comma and k == j and h == k and n < len(toks) and self.joined(n):
            # "Rektor Universitas Hasanuddin Prof. Dr. ...", "Kapolresta Pangkalpinang Kombes
            # Pol. ...": what looked like the name is the end of the office
            if self.rank(n) > n or self.honorifics(n) > n:
                return self._longer(i, n)
        if j > i and not comma and k == j and h == k and n + 1 < len(toks):
            # "Direktur RSUD Bayu Asih, dr. Ahmad ...": the office's own name before a comma
            if toks[n].text == "," and "\n" not in toks[n + 1].gap:
                r = self.rank(n + 1)
                if self.honorifics(r) > r or r > n + 1 or self._named_apposition(n + 1):
                    return self._longer(i, n, comma=True)
        name_toks = toks[h:n]
        if comma and k == j and h == k and not self.person_word(toks[h]):
            return None
        name = self.text[
            name_toks[0].start : name_toks[-1].end
            + (1 if name_toks[-1].dot and self.is_initial(name_toks[-1]) else 0)
        ]
        end_name = name_toks[-1].end + (
            1 if name_toks[-1].dot and self.is_initial(name_toks[-1]) else 0
        )
        end, degrees = self.degrees(end_name)
        # an apposition after the name: "Rini Handayani, Kepala Dinas Kesehatan, mengatakan"
        nxt = self.token_at(end)
        if not position and nxt < len(toks) and toks[nxt].text == ",":
            p = self.position(nxt + 1)
            if p > nxt + 1 and self._closed(p):
                position = self.text[toks[nxt + 1].start : toks[p - 1].end]
                nxt = p
        if not (position or rank or honorific or degrees) or self.quoted_alone(i, end):
            return None
        mention = PersonMention(
            start=start,
            end=max(end, toks[nxt - 1].end) if nxt > n else end,
            name=name,
            honorific=honorific,
            degrees=degrees,
            rank=rank,
            position=position,
        )
        return mention, max(n, nxt)

    def _named_apposition(self, p: int) -> bool:
        """A person's name from ``p`` closed by degrees or a comma ("Bayu, S.E." / "Bayu,")."""
        e = self.name(p)
        if e == p:
            return False
        end = self.toks[e - 1].end
        return self.degrees(end)[1] != () or (e < len(self.toks) and self.toks[e].text == ",")

    def _longer(self, i: int, n: int, comma: bool = False) -> tuple[PersonMention, int] | None:
        """The mention at ``i`` whose office runs to token ``n`` (and a comma after it)."""
        toks = self.toks
        j = n + 1 if comma else n
        k = self.rank(j)
        h = self.honorifics(k)
        e = self.name(h)
        if e == h:
            return None
        position = self.text[toks[i].start : toks[n - 1].end]
        name_end = toks[e - 1].end + (1 if toks[e - 1].dot and self.is_initial(toks[e - 1]) else 0)
        end, degrees = self.degrees(name_end)
        mention = PersonMention(
            start=toks[i].start,
            end=end,
            name=self.text[toks[h].start : name_end],
            honorific=self.text[toks[k].start : toks[h - 1].after] if h > k else "",
            degrees=degrees,
            rank=self.text[toks[j].start : toks[k - 1].after] if k > j else "",
            position=position,
        )
        return mention, e

    def _abbrev(self, t: _Tok) -> bool:
        """A short form written with its dot (Pj., Kab., Kec.)."""
        return t.dot and (
            t.key in self.w.prefixes or t.key in self.w.admin_units or len(t.text) <= 3
        )

    def _closed(self, p: int) -> bool:
        """Does an apposition end at token ``p`` (a comma, a full stop, the end, a lower word)?"""
        toks = self.toks
        if p >= len(toks):
            return True
        t = toks[p]
        return t.text in (",", ".", ";", ")") or (t.kind == "word" and not t.text[:1].isupper())


def official_degrees(written: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """Degrees as written ("SE.", "M.SI") in their official forms ("S.E.", "M.Si."), for the
    registry; a degree no list knows stays as written."""
    from editor.checks.kinds.degree import official_forms

    out: list[str] = []
    for degree in written:
        out.extend(official_forms(degree) or [degree])
    return tuple(out)


# a position before a name is never longer than this many tokens
_REACH_TOKENS = 14


def mention_around(
    text: str, start: int, end: int, lexicon: Lexicon | None = None
) -> PersonMention | None:
    """The mention of the person whose name is written at ``text[start:end]``, read from its
    line: the position, rank and honorific before it and the degrees after it (None when the
    name stands there without any)."""
    if lexicon is None:
        from editor.checks.lexicon import Lexicon

        lexicon = Lexicon.load_default()
    lo = max(text.rfind("\n", 0, start) + 1, start - 120)
    nl = text.find("\n", end)
    hi = min(nl if nl >= 0 else len(text), end + 80)
    reader = _Reader(text[lo:hi], lexicon)
    written = text[start:end]
    for i in reader.starts_before(reader.token_at(start - lo)):
        found = reader.mention_at(i)
        if found is None:
            continue
        m = found[0]
        if m.start <= start - lo and end - lo <= m.end and (m.name in written or written in m.name):
            return replace(m, start=m.start + lo, end=m.end + lo)
    return None


def extract_people(text: str, lexicon: Lexicon | None = None) -> list[PersonMention]:
    """The people a text names with a title, a rank or degrees (the registry's evidence): the
    name as written without honorific, rank or degrees, and the office named before the name or
    after it as an apposition. Precision over recall: a name without such evidence is left out."""
    if lexicon is None:
        from editor.checks.lexicon import Lexicon

        lexicon = Lexicon.load_default()
    return _Reader(text, lexicon).mentions()
