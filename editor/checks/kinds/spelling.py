"""``spelling``: words that are in no dictionary, with ranked suggestions (editor.checks.spelling)."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import replace
from functools import cache
from typing import Any, NamedTuple

from rapidfuzz.distance import Levenshtein

from editor.checks.corpus_stats import pair_count, pronoun
from editor.checks.discourse import (
    CROSSES_LINE,
    Discourse,
    Nearby,
    _word_memo,
    discourse,
    english_word,
    english_zipf,
)
from editor.checks.finding import Finding
from editor.checks.kinds.base import CheckContext, Kind, RuleHeader
from editor.checks.lexicon import Lexicon
from editor.checks.reads import Around, Counts, Members, Reads, Seen, Spans
from editor.checks.spelling import MAX_WORD, Candidate, Speller, match_case, weighted_distance
from editor.checks.text import NON_FINAL_ABBREVIATIONS, Token
from editor.checks.variants import doubling, support
from editor.checks.wordlists import bound_forms, entries, name_heads, table, word_set

# first parts of hyphenated forms that are bound forms or prefixes before a capital or acronym
_BOUND = frozenset(bound_forms("hyphen"))
_MAX_SUGGESTIONS = 5
# a dictionary correction is safe for a batch fix only this far ahead of the next candidate
_CLEAR_MARGIN = 0.5
# this many unknown words within this many words are a regional-language phrase, not typos
_REGIONAL_RUN, _REGIONAL_WINDOW = 3, 5
_OWN_WORD = 3
# typed twice the same way and no cheap slip (a neighbouring key, a doubled or dropped letter) of
# a word: a regional or rare word the writer means (bersembang), not the same typo made twice
_CHEAP_SLIP = 0.6
# a derived word one letter short or long (besenjata: bersenjata) is Indonesian typed in haste
# too: as slips of a derived word, a dropped or added letter counts as cheap (another letter does
# not: mamakai for memakai is Minangkabau)
_AFFIXED_SLIP = 0.9
# a capitalised unknown word this frequent in Indonesian web text is a name in use, unless the
# fix is as cheap as a loan's adaptation (a doubled letter dropped)
_NAME_ZIPF, _ADAPTATION = 3.0, 0.45
# a lower-case name is a slip of a common word this frequent (Zipf), this much more frequent
_TWIN_ZIPF, _TWIN_MARGIN = 5.0, 2.0
_CODE_TAIL = re.compile(r"(?<![\w-])[A-Z]{1,4}[-+]([a-z]{2,4})(?![\w-])")
# a capitalised word written this often in English text is a name in use somewhere in the world
# (Weller, Nanking, Kigali): in translated copy no dictionary neighbour makes it a typo
_WORLD_NAME_ZIPF = 2.5
# a lower-case word at least this frequent in English, and no rarer there than in Indonesian, is
# a foreign word written on purpose (matte, condo, flap) unless its neighbour is its adaptation
_ENGLISH_LOAN_ZIPF = 3.3
# what follows a sentence's subject when it is a person: a comma, or a predicate opener
_NAME_NEXT = re.compile(r",|[ \t]+(?:" + "|".join(entries("subject-predicate-openers")) + r")\b")
# an English month in an Indonesian date: "pada bulan July", "5 October", "August 2024"
_MONTHS_EN = table("months-english")
_DATE_BEFORE = re.compile(r"(?:\b[Bb]ulan|\b\d{1,2})[ \t]+$")
_YEAR_AFTER = re.compile(r"[ \t]+\d{4}\b")
# an academic degree right after a word: the word is the end of a person's name
_DEGREE_AFTER = re.compile(r",?[ \t]+(?:[A-Z][a-z]{0,3}\.)+")


def _degree_after(text: str, end: int) -> bool:
    """A degree's abbreviation after ``end`` (", S.Sos."), not a unit's short form (Prov., Kab.,
    Kec.: the first letters of an administrative word)."""
    m = _DEGREE_AFTER.match(text, end)
    if m is None:
        return False
    first = m.group().strip(", \t").split(".", 1)[0].lower()
    return len(first) < 3 or not any(w.startswith(first) for w in _ADMIN_WORDS)


_ADMIN_WORDS = tuple(w.lower() for w in entries("admin-words"))
# endings no Indonesian word has: a doubled consonant, v, x, q, c, or w/y after a consonant
_FOREIGN_END = re.compile(r"([b-df-hj-np-tv-z])\1$|[vxqc]$|[b-df-hj-np-tv-z][wy]$")
# a generic geographic noun right before a word: the word is a place's own name (EYD V I.F.12)
_GEOGRAPHY_BEFORE = re.compile(r"\b(?:" + "|".join(entries("geography-heads")) + r")[ \t]+$")


def _target_zipf(lex: Lexicon, candidate: str) -> float:
    """How common the word a candidate stands for is (the rarer part of a split)."""
    return min(lex.zipf(part) for part in candidate.split())


def _acronym_slip(typed: str, known: str) -> bool:
    """Is ``typed`` a typing slip of the acronym ``known``: one letter too many or too few
    (not a doubled one), two letters swapped, or a neighbouring key?"""
    if len(typed) < 6:
        return False
    if abs(len(typed) - len(known)) == 1:
        longer, shorter = (typed, known) if len(typed) > len(known) else (known, typed)
        i = next(
            (k for k, (a, b) in enumerate(zip(longer, shorter, strict=False)) if a != b),
            len(shorter),
        )
        if longer[:i] + longer[i + 1 :] != shorter:
            return False
        extra = longer[i]
        return extra not in (longer[i - 1 : i] + longer[i + 1 : i + 2])
    if len(typed) != len(known):
        return False
    diffs = [i for i, (a, b) in enumerate(zip(typed, known, strict=True)) if a != b]
    if len(diffs) == 2 and diffs[1] == diffs[0] + 1:
        i, j = diffs
        return typed[i] == known[j] and typed[j] == known[i]
    return len(diffs) == 1 and weighted_distance(typed, known) <= 0.6


def _loan_derivation(lex: Lexicon, word: str) -> bool:
    """A derivation KBBI forms productively from a frequent base: a process noun by -isasi
    (final: finalisasi, digital: digitalisasi), a noun or adjective by -an (below)."""
    if word.endswith("isasi") and len(word) >= 9:
        base = word[:-5]
        return lex.is_common(base) and lex.zipf(base) >= 3.0
    # -an on a frequent noun (kuartal: kuartalan, audit: auditan), as KBBI forms mingguan; never
    # a suffix doubled (pelayananan); a bare -is would hide slips (Bebasis for Berbasis)
    base = word.removesuffix("an")
    if (
        base != word
        and len(base) >= 5
        and not base.endswith(("an", "i", "kan"))
        and lex.is_common(base)
        and lex.zipf(base) >= 3.5
    ):
        return True
    # the paired loan endings of the term-formation rules (Pedoman Umum Pembentukan Istilah):
    # -si/-sial (eksistensi: eksistensial), -asi/-an (kontaminasi: kontaminan), -sis/-tik
    # (sinopsis: sinoptik), -isme/-is (seksisme: seksis), -si/-tif (solusi: solutif, as
    # inovasi: inovatif), re- on a loan (profil: reprofil)
    # -ik on a frequent loan noun ending in a consonant (meteorit: meteoritik, atom: atomik)
    base = word.removesuffix("ik")
    if (
        base != word
        and len(base) >= 5
        and base[-1] not in "aeiou"
        and lex.is_common(base)
        and lex.zipf(base) >= 3.0
    ):
        return True
    related = (
        word[:-2] if word.endswith("sial") else "",
        word[:-2] + "asi" if word.endswith("an") else "",
        word[:-3] + "sis" if word.endswith(("tik", "tis")) else "",
        word + "me" if word.endswith("is") else "",
        word[:-3] + "si" if word.endswith("tif") else "",
        word[2:] if word.startswith("re") and len(word) >= 8 else "",
    )
    return any(
        len(other) >= 6 and lex.is_common(other) and lex.zipf(other) >= 3.0 for other in related
    )


# the term-formation rules (Pedoman Umum Pembentukan Istilah) read backwards: the endings and
# letters an English word takes when Indonesian adapts it (litigation: litigasi, sexist: seksis,
# jeans: jins, stereotype: stereotipe)
_LOAN_ENDINGS = (
    ("asi", ("ation",)),
    ("si", ("tion", "sion")),
    ("isme", ("ism",)),
    ("is", ("ist", "ic")),
    ("ik", ("ic", "ics")),
    ("if", ("ive",)),
    ("tas", ("ty",)),
    ("ur", ("ure",)),
    ("", ("", "e")),
)
_LOAN_LETTERS = {
    "k": ("k", "c", "ck", "ch"),
    "i": ("i", "y", "ea", "ee"),
    "f": ("f", "ph"),
    "t": ("t", "th"),
    "u": ("u", "oo"),
    "s": ("s", "c"),
}
_LOAN_SPELLINGS = 256  # spellings tried per word at most
# an English word this frequent whose regular adaptation a word is: a loan written by the rules
_LOAN_SOURCE_ZIPF = 3.0


def _english_source(word: str) -> str | None:
    """The frequent English word that ``word`` is the regular Indonesian adaptation of
    (litigasi: litigation), if any."""
    for ending, sources in _LOAN_ENDINGS:
        if not word.endswith(ending) or len(word) - len(ending) < 3:
            continue
        stem = word[: len(word) - len(ending)] if ending else word
        spellings = [""]
        i = 0
        while i < len(stem):
            if stem.startswith("ks", i):
                options: tuple[str, ...] = ("x", "cs", "ks")
                i += 2
            else:
                options = _LOAN_LETTERS.get(stem[i], (stem[i],))
                i += 1
            spellings = [s + o for s in spellings for o in options]
            if len(spellings) > _LOAN_SPELLINGS:
                return None
        for spelled in spellings:
            for source in sources:
                english = spelled + source
                if english != word and english_zipf(english) >= _LOAN_SOURCE_ZIPF:
                    return english
    return None


def _sibling(word: str, candidate: str) -> bool:
    """Another adaptation ending of the same word (optimistik: optimistis, antisipasif:
    antisipatif): KBBI has chosen the candidate's ending."""
    return len(word) == len(candidate) and word[:-3] == candidate[:-3] and word != candidate


def _foreign_letters(word: str) -> bool:
    """Letters Indonesian spelling does not use (Durán, César, Dündar): a foreign word."""
    return not word.isascii() and any(ch.isalpha() and not ch.isascii() for ch in word)


_NAME_AFTER = re.compile(r" (?:[A-Z][a-z]+|[A-Z]{2,})\b")


def _head_slip(ctx: CheckContext, word: str, end: int, candidate: str) -> bool:
    """A capitalised word a slip from the head of an office, a unit or a place ("Binas Pertanian",
    "Dusum Sidomulyo"), standing where that head stands: right before the name it heads."""
    return (
        len(word) >= 5
        and candidate in name_heads()
        and _NAME_AFTER.match(ctx.text, end) is not None
    )


_TWIN_REACH = 6000  # characters each way: the release a word stands in


def _neighbours(text: str, start: int, end: int) -> tuple[str | None, str | None]:
    """The words of two letters or more right after and right before ``text[start:end]``."""

    def word(m: re.Match[str] | None) -> str | None:
        return m.group(1) if m and len(m.group(1)) >= 2 and m.group(1).isalpha() else None

    return word(_WORD_AFTER.match(text, end)), word(
        _WORD_BEFORE.search(text, max(0, start - 40), start)
    )


def _phrase_twin(ctx: CheckContext, word: str, start: int, candidate: str) -> bool:
    """Does the paragraph write the candidate elsewhere beside the word that stands beside this
    one ("Kepela Dinas" where it also has "Kepala Dinas")? One sense per discourse: the phrase
    spelt right once makes the odd spelling of it a slip."""
    text = ctx.text
    end = start + len(word)
    fixed = match_case(word, candidate)
    # within the word's own paragraph (line): the line's findings are kept between checks and
    # must not hang on lines elsewhere; and the neighbour a capitalised word, so that the phrase
    # is a name's or an office's ("kata Aslim" and "kata Asli" are no one phrase)
    lo = text.rfind("\n", max(0, start - _TWIN_REACH), start) + 1 or max(0, start - _TWIN_REACH)
    hi = text.find("\n", end, min(len(text), end + _TWIN_REACH))
    hi = hi if hi >= 0 else min(len(text), end + _TWIN_REACH)
    if fixed not in text[lo:hi]:
        return False
    phrases = []
    after, before = _neighbours(text, start, end)
    if after and after[:1].isupper():
        phrases.append(f"{re.escape(fixed)}[ \\t]+{re.escape(after)}")
    if before and before[:1].isupper():
        phrases.append(f"{re.escape(before)}[ \\t]+{re.escape(fixed)}")
    return any(re.search(rf"(?<!\w){p}(?!\w)", text[lo:hi]) for p in phrases)


# a lower-case name one inner letter from a common word that news pairs with the word beside it
# this often, and the name never: that word was meant ("vivi misi": visi misi)
_PAIR_TWIN_MIN, _PAIR_TWIN_ZIPF = 3, 4.0
_FUNCTION_WORDS = word_set("function-words")


def _pair_twin(ctx: CheckContext, lw: str, start: int, end: int) -> str | None:
    """The common word a lower-case name (vivi) is one inner letter from, when edited news
    writes that word beside this one's neighbour (visi misi) and the name never."""
    if len(lw) < 4:
        return None
    lex, text = ctx.lexicon, ctx.text
    # a function word (dengan, dan) beside it says nothing of which word was meant
    nxt, prev = (w.lower() if w else None for w in _neighbours(text, start, end))
    nxt = nxt if nxt and nxt not in _FUNCTION_WORDS else None
    prev = prev if prev and prev not in _FUNCTION_WORDS else None
    for c in ctx.speller.candidates(lw)[:3]:
        w = c.word
        if c.cost > 1.0 or " " in w or len(w) != len(lw) or w[0] != lw[0] or w[-1] != lw[-1]:
            continue
        if lex.zipf(w) < _PAIR_TWIN_ZIPF or lex.zipf(w) <= lex.zipf(lw):
            continue
        if nxt and pair_count(w, nxt) >= _PAIR_TWIN_MIN and pair_count(lw, nxt) == 0:
            return w
        if prev and pair_count(prev, w) >= _PAIR_TWIN_MIN and pair_count(prev, lw) == 0:
            return w
    return None


VARIANT_SUPPORT = 6  # pairs of the lexicon that must make the rewrite (variants.py)
VARIANT_MIN_LENGTH = 5  # shorter words: too many rewrites reach some dictionary word


def _variant(lex: Lexicon, word: str, cands: list[Candidate]) -> bool:
    """Is the first candidate the baku spelling of ``word`` by a well-attested rewrite?"""
    if len(word) < VARIANT_MIN_LENGTH or not cands or " " in cands[0].word:
        return False
    return support(word, cands[0].word, lex.data.variant_edits) >= VARIANT_SUPPORT


def _respell(word: str) -> str:
    """The letters KBBI respells in a loan: ph, x, c, q, a final y (trophy: trofi)."""
    spelled = word.replace("ph", "f").replace("x", "ks").replace("c", "k").replace("q", "k")
    if spelled.endswith("y"):
        spelled = spelled[:-1] + "i"  # strategy: strategi
    return spelled


def _adaptation(word: str, candidate: str, respelled: bool = False) -> bool:
    """Is ``candidate`` the Indonesian adaptation of the foreign spelling ``word`` (protocol:
    protokol, drone: dron, phase: fase): then the foreign spelling is the thing to fix."""
    spelled = _respell(word)
    if respelled:
        # only a letter KBBI respells (c, ph, x, q, a final y): a dropped final e alone makes
        # other words of its own (mobile: mobil, remake: remak)
        return spelled != word and candidate in (spelled, spelled.removesuffix("e"))
    return candidate in (spelled, spelled.removesuffix("e"), word.removesuffix("e"))


def _name_particle(text: str, words: list[Token], i: int) -> bool:
    """A short lower-case word between two capitalised ones on one line (Jenderal de Meza,
    Günter de Bruyn, Ali bin Abi): a particle of the name, not a misspelt word."""
    word = words[i].text
    if i == 0 or i + 1 >= len(words) or len(word) > 3 or not set(word) & set("aeiou"):
        return False  # "Jalan dr Wahidin": a title without its period is no particle
    before, after = words[i - 1], words[i + 1]
    return (
        before.text[:1].isupper()
        and after.text[:1].isupper()
        and text[before.end : words[i].start] == " "
        and text[words[i].end : after.start] == " "
    )


def _common(lex: Lexicon, word: str, zipf: float) -> bool:
    """A frequent common word (names frequent on the web are not common words)."""
    return lex.zipf(word) >= zipf and lex.is_common(word)


def _glued_to_head(word: str) -> bool:
    """The head of a unit or place glued to the capitalised name after it (KabupatenLahat): a
    lost space, never a person's name, wherever it stands (after a title too)."""
    for i in range(3, len(word)):
        if word[i - 1].islower() and word[i].isupper():
            return (
                word[:i].lower() in name_heads() and word[i + 1 :].islower() and i + 3 <= len(word)
            )
    return False


class _Counts(Counter[str]):
    """How often each word is written in the draft, and how often near one place: a word's own
    repetitions anywhere quiet it, but only a twin spelling nearby makes it a slip."""

    def __init__(self, placed: list[tuple[str, int]]) -> None:
        super().__init__(w for w, _ in placed)
        self.nearby = Nearby(placed)

    def near(self, word: str, at: int) -> int:
        return self.nearby.count(word, at)


_WORD_BEFORE = re.compile(r"(\w+)[ \t]+$")
_WORD_AFTER = re.compile(r"[ \t]+(\w+)")


def _mends_pair(lex: Lexicon, parts: list[str], i: int, f: Finding) -> bool:
    """Does the first fix of half ``i`` of a reduplication make the whole a known word
    (berbicang-bincang: berbincang-bincang)? Then the half is a slip, not an imitative pair."""
    if not f.suggestions or not f.suggestions[0]:
        return False
    mended = [p.lower() for p in parts]
    mended[i] = f.suggestions[0].lower()
    if "-".join(mended) in lex.data.forms:
        return True
    # a derived half around the bare other (berbincang-bincang, tolong-menolong)
    roots = [a.root if (a := lex.analyse(p)) else p for p in mended]
    return roots[0] == roots[1]


@cache
def _calendar_names() -> frozenset[str]:
    """The names of the days and months, which EYD V (I.F.7) always capitalises."""
    return frozenset(entries("days")) | frozenset(entries("months-full"))


def _always_capital(word: str) -> bool:
    """Is ``word`` the name of a day or a month (Jumat, Maret)?"""
    return word in _calendar_names()


def _twin_count(counts: _Counts, word: str, at: int) -> int:
    """How often the draft writes ``word`` near ``at``, in lower case or capitalised."""
    return counts.near(word, at) + counts.near(word[:1].upper() + word[1:], at)


def _among_common(lex: Lexicon, text: str, start: int, end: int) -> bool:
    """Are the words on both sides of ``text[start:end]`` common Indonesian words (so it
    stands in Indonesian prose, not in a foreign phrase or a list of names)?"""
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    after = _WORD_AFTER.match(text, end)
    return bool(before and after) and all(
        lex.is_common(m.group(1).lower()) for m in (before, after) if m is not None
    )


class _KnownWords:
    """The draft's known words, lower-cased, worked out only when a suggestion needs them; a
    word's suggestions come from the known words near it (its release, not the whole file)."""

    def __init__(self, ctx: CheckContext, words: list[Token]) -> None:
        self._ctx = ctx
        self._words = words
        self._known: Nearby | None = None
        self._by_start: dict[tuple[str, int], list[str]] | None = None

    def _nearby(self) -> Nearby:
        if self._known is None:
            is_word = self._ctx.lexicon.is_word
            self._known = Nearby((t.text.lower(), t.start) for t in self._words if is_word(t.text))
        return self._known

    def __iter__(self) -> Iterator[str]:
        return iter(self._nearby())

    def at(self, start: int) -> _KnownNear:
        return _KnownNear(self, start)

    def around(self, word: str, start: int) -> list[str]:
        """The known words near ``start`` that begin like ``word`` and are at most two letters
        longer or shorter: the only ones the speller compares it with."""
        known = self._nearby()
        if self._by_start is None:
            self._by_start = {}
            for w in known:
                self._by_start.setdefault((w[:1], len(w)), []).append(w)
        first, size = word[:1], len(word)
        out: list[str] = []
        for n in range(size - 2, size + 3):
            out.extend(w for w in self._by_start.get((first, n), ()) if known.count(w, start))
        return out


class _KnownNear:
    """The draft's known words as seen from one place (what Speller.candidates reads)."""

    def __init__(self, known: _KnownWords, start: int) -> None:
        self._known, self._start = known, start

    def __iter__(self) -> Iterator[str]:
        return iter(self._known)

    def around(self, word: str) -> list[str]:
        return self._known.around(word, self._start)


def _still(
    reads: Reads,
    start: int,
    draft: Discourse,
    clean: set[tuple[str, bool]],
    codes: set[str],
    answer: Any,
) -> bool:
    """``reads.still(answer)`` for a line now starting at ``start``, the questions asked most
    (whether a word was seen fine, a variant, a name, foreign, defined, a code) answered a kind
    at a time by set operations; the others through ``answer``. The same answer: does every
    question the line asked get the answer it got?"""
    for what, pairs in reads.grouped().items():
        if what == "seen":
            ok = reads.members_still(what, clean)
        elif what == "variants":
            ok = reads.lookups_still(what, draft.variants, start)
        elif what in ("names", "foreign"):
            ok = reads.members_still(what, getattr(draft, what), start)
        elif what == "defined":
            ok = reads.members_still(what, draft.defined)
        elif what == "codes":
            ok = reads.members_still(what, codes)
        elif what == "protected":
            ask = draft.is_protected
            ok = all(ask(a + start, b + start) == got for (a, b), got in pairs)
        else:
            ok = all(answer(what, arg) == got for arg, got in pairs)
        if not ok:
            return False
    return True


class _DraftView(NamedTuple):
    """The parts of the draft's discourse evidence a word is judged by (editor.checks.reads
    wraps each to note the questions asked of it)."""

    is_protected: Any
    defined: Any
    variants: Any
    names: Any
    foreign: Any


class Spelling(Kind):
    """Spec: ``messages``, one message per reason a word is flagged (``MESSAGES``; ``{text}`` is
    the word, ``{suggestion}`` the first fix); optional ``quiet_names`` (default true: unknown
    capitalised words far from every known word get severity "suggestion")."""

    name = "spelling"
    keys = frozenset({"messages"})
    optional = frozenset({"quiet_names"})
    MESSAGES = (
        "typo",
        "slip",
        "house",
        "rejected",
        "name",
        "unknown",
        "common",
        "english",
        "nonstandard",
        "loan",
        "month",
        "acronym",
        "glued",
        "variant",
        "foreign",
    )

    def __init__(self, header: RuleHeader, spec: Mapping[str, Any]) -> None:
        super().__init__(header, spec)
        self.quiet_names = bool(spec.get("quiet_names", True))
        raw = spec["messages"]
        if not isinstance(raw, Mapping):
            raise self.fail("messages must map each reason to its message")
        missing = [why for why in self.MESSAGES if not raw.get(why)]
        if missing:
            raise self.fail(f"messages lacks {', '.join(missing)}")
        unknown = sorted(set(raw) - set(self.MESSAGES))
        if unknown:
            raise self.fail(f"unknown message(s) {', '.join(map(str, unknown))}")
        self.messages: dict[str, str] = {why: str(raw[why]).strip() for why in self.MESSAGES}

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        found = list(self._check(ctx))
        yield from regional_runs(ctx, found)

    def _check(self, ctx: CheckContext) -> Iterator[Finding]:
        words = ctx.model.words
        # capitalised words count where they are capitalised as names: mid-sentence
        placed = [
            (t.text, t.start)
            for t in words
            if t.text[:1].islower() or t.start not in ctx.model.sentence_starts
        ]
        # the parts of compounds count too: "AA-idn", "A+idn" and "idn" are one term written thrice
        placed.extend(
            (part, t.start)
            for t in words
            if "-" in t.text or "/" in t.text or "+" in t.text
            for part in re.split(r"[-/+]", t.text)
            if part.islower() and part != t.text
        )
        counts = _Counts(placed)
        doc = _KnownWords(ctx, words)
        draft = discourse(ctx)
        clean: set[tuple[str, bool]] = set()  # words already found fine at such a position
        # a short lower-case tail glued to capitals ("AA-idn", "A+idn", "idBBB"): a rating or
        # product code of this draft, wherever it is written
        codes = set(_CODE_TAIL.findall(ctx.text))
        store = ctx.memo.get("lines.store")
        if store is None or CROSSES_LINE.search(ctx.text):
            yield from self._judge(ctx, range(len(words)), counts, doc, draft, codes, clean)
        else:
            yield from self._by_line(ctx, store, counts, doc, draft, codes, clean)

    def _by_line(
        self,
        ctx: CheckContext,
        store: dict[Any, Any],
        counts: _Counts,
        doc: _KnownWords,
        draft: Discourse,
        codes: set[str],
        clean: set[tuple[str, bool]],
    ) -> Iterator[Finding]:
        """``_judge`` line by line, a line's findings kept in ``store`` with the questions its
        words asked of the whole draft (editor.checks.reads): an unchanged line whose questions
        all get the same answers is not judged again (the same findings, exactly)."""
        text, words = ctx.text, ctx.model.words
        italic = sorted(ctx.italic)
        if len(store) > 8192:
            store.clear()
        pos = w = 0
        for line in text.split("\n"):
            start, end = pos, pos + len(line)
            pos = end + 1
            first = w
            while w < len(words) and words[w].start < end:
                w += 1
            if first == w:
                continue
            slanted = tuple(
                (max(s, start) - start, min(e, end) - start)
                for s, e in italic
                if s < end and e > start
            )
            key = (self.header.id, line, slanted)
            kept = store.get(key)

            def answer(what: str, arg: Any, start: int = start) -> Any:
                # the questions most asked first (a line asks of nearly every word whether it
                # is a variant, seen fine before, protected, a name, foreign, defined)
                if what == "variants":
                    return draft.variants.get(arg + start)
                if what == "seen":
                    return arg in clean
                if what == "protected":
                    return draft.is_protected(arg[0] + start, arg[1] + start)
                if what == "names":
                    return arg + start in draft.names
                if what == "foreign":
                    return arg + start in draft.foreign
                if what == "defined":
                    return arg in draft.defined
                if what == "codes":
                    return arg in codes
                if what == "around":
                    return tuple(doc.around(arg[0], arg[1] + start))
                if what == "count":
                    return counts.get(*arg)
                if what == "near":
                    return counts.near(arg[0], arg[1] + start)
                if what == "known":
                    return frozenset(doc)
                return arg in clean  # "seen"

            if kept is not None and _still(kept[0], start, draft, clean, codes, answer):
                found, added = kept[1], kept[2]
                yield from (f.shifted(start) if start else f for f in found)
            else:
                reads = Reads(start)
                seen = Seen(clean, reads)
                view = _DraftView(
                    Spans(draft.is_protected, reads, "protected"),
                    Members(draft.defined, reads, "defined"),
                    Members(draft.variants, reads, "variants", positions=True),
                    Members(draft.names, reads, "names", positions=True),
                    Members(draft.foreign, reads, "foreign", positions=True),
                )
                here = list(
                    self._judge(
                        ctx,
                        range(first, w),
                        Counts(counts, reads),
                        Around(doc, reads),
                        view,
                        Members(codes, reads, "codes"),
                        seen,
                    )
                )
                added = seen.added
                store[key] = (reads, tuple(f.shifted(-start) for f in here), tuple(added))
                yield from here
            clean.update(added)

    def _judge(
        self,
        ctx: CheckContext,
        indexes: Iterable[int],
        counts: Any,
        doc: Any,
        draft: Any,
        codes: Any,
        clean: Any,
    ) -> Iterator[Finding]:
        """The findings on the words at ``indexes`` (in text order), given the draft's word
        counts, known words, discourse evidence, product codes and the words found fine before
        (added to as words are found fine)."""
        speller = ctx.speller
        words = ctx.model.words
        starts = ctx.model.sentence_starts
        has_replacements = bool(ctx.lexicon.house.replacements)
        known_lower = _word_memo(ctx.lexicon, "spelling.known_lower")
        for i in indexes:
            tok = words[i]
            key = (tok.text, tok.start in starts)
            # (a variant answers get(), None for none: one question noted, ``_by_line``)
            if (key in clean and draft.variants.get(tok.start) is None) or (
                ctx.italic and ctx.is_italic(tok.start, tok.end)
            ):
                continue
            replacement = ctx.lexicon.replacement(tok.text) if has_replacements else None
            if replacement:
                yield self._finding(ctx, tok.start, tok.end, [replacement], "house")
                continue
            if draft.is_protected(tok.start, tok.end) or tok.text.lower() in draft.defined:
                continue  # biem.co, @humas, "Kepala Bidang (Kabid)": words of this draft
            variant = draft.variants.get(tok.start)
            if variant:
                yield self._finding(ctx, tok.start, tok.end, [variant], "variant", "warning")
                continue
            head, _, tail = tok.text.partition("-")
            if tail in codes and head.isupper():
                continue  # "AA-idn": the code itself
            if tok.text.islower() and not ctx.lexicon.is_word(tok.text):
                if ctx.lexicon.blocked_fix(tok.text):
                    pass
                elif tok.text in codes or _name_particle(ctx.text, words, i):
                    continue
            month = _MONTHS_EN.get(tok.text.lower()) if tok.text[:1].isupper() else None
            if (
                month
                and tok.start not in draft.foreign
                and (
                    _DATE_BEFORE.search(ctx.text, max(0, tok.start - 12), tok.start)
                    or _YEAR_AFTER.match(ctx.text, tok.end)
                )
            ):
                # the English name of a month in an Indonesian date: its Indonesian name is sure
                yield self._finding(ctx, tok.start, tok.end, [month], "month")
                continue
            if (
                tok.start in draft.names
                and not ctx.lexicon.blocked_fix(tok.text)
                and not _glued_to_head(tok.text)
            ):
                # a name by the draft's own evidence: never an error, never "Sopir"
                yield from self._name(ctx, tok)
                continue
            if "-" in tok.text:
                found = list(self._hyphenated(ctx, speller, tok, counts, doc, starts))
            else:
                known = self._known_lower(ctx, speller, tok.text, tok.start, known_lower)
                if known is None:
                    found = list(self._word(ctx, speller, tok.text, tok.start, counts, doc, key[1]))
                else:
                    found = known
            if found and tok.start in draft.foreign:
                found = [self._foreign(ctx, f) for f in found]
            if found:
                yield from found
            elif tok.start not in draft.foreign:
                clean.add(key)

    def _name(self, ctx: CheckContext, tok: Token) -> Iterator[Finding]:
        """A quiet note on a name no list knows, offering only other names and places."""
        if not self.quiet_names or "-" in tok.text or len(tok.text) < 2 or tok.text.isupper():
            return
        # the same name is offered the same others wherever it stands: worked out once a check
        known: dict[str, list[str]] = ctx.memo.setdefault("spelling.names_near", {})
        shown = known.get(tok.text)
        if shown is None:
            ranked = ctx.speller.names_near(tok.text.lower())
            shown = self._shown(ctx, tok.text, [Candidate(w, 0.0, 0.0) for w in ranked])
            known[tok.text] = shown
        yield self._finding(ctx, tok.start, tok.end, shown, "name", "suggestion")

    def _foreign(self, ctx: CheckContext, f: Finding) -> Finding:
        """A word of an English phrase: a note that it is foreign, never an Indonesian 'fix'."""
        message = self.messages["foreign"].replace("{text}", f.text)
        return replace(f, severity="suggestion", message=message, suggestions=(), batch_safe=False)

    # -- one word --------------------------------------------------------------------------------
    def _known_lower(
        self,
        ctx: CheckContext,
        speller: Speller,
        word: str,
        start: int,
        memo: dict[str, Any] | None = None,
    ) -> list[Finding] | None:
        """``_word``'s answer for a lower-case dictionary word of plain letters, most of a
        draft's tokens, without the tests that cannot apply to one; None: ask ``_word``.
        ``memo``: what ``_known_word`` said of each word, per lexicon (immutable) and process."""
        slip: Any = memo.get(word, _UNSET) if memo is not None else _UNSET
        if slip is _UNSET:
            slip = _known_word(ctx.lexicon, speller, word)
            if memo is not None:
                memo[word] = slip
        if slip is None:
            return None
        end = start + len(word)
        if word in NON_FINAL_ABBREVIATIONS and ctx.text[end : end + 1] == ".":
            return []
        return [self._finding(ctx, start, end, [match_case(word, slip)], "slip")] if slip else []

    def _word(
        self,
        ctx: CheckContext,
        speller: Speller,
        word: str,
        start: int,
        counts: _Counts,
        doc: Iterable[str],
        sentence_start: bool,
    ) -> Iterator[Finding]:
        lex = ctx.lexicon
        end = start + len(word)
        lw = word.lower()
        if isinstance(doc, (_KnownWords, Around)):
            doc = doc.at(start)  # the draft's words near this one, not the whole file's
        if (len(word) < 2 or "'" in word or "’" in word) and not lex.is_rejected(word):
            return  # single letters; Qur'an, Jum'at: apostrophe forms are left to the rules
        if len(word) > MAX_WORD:
            return  # no word is this long: pasted code or a run of letters, not a typo to fix
        if lw in NON_FINAL_ABBREVIATIONS and ctx.text[end : end + 1] == ".":
            return  # se-Kec., a-n. Kab.: an abbreviation inside a hyphenated form
        if _foreign_letters(word) and not lex.is_rejected(word):
            # no Indonesian word is spelt so: a foreign name or word, never a dictionary "fix"
            why = "name" if word[:1].isupper() else "unknown"
            yield self._finding(ctx, start, end, [], why, "suggestion")
            return
        if lex.is_rejected(word):
            cands = speller.candidates(lw, doc)
            yield self._finding(ctx, start, end, self._shown(ctx, word, cands), "rejected")
            return
        if word.isupper() and len(word) > 1:
            yield from self._caps(ctx, speller, word, start, doc)
            return
        if word[1:] != lw[1:]:  # a capital inside the word
            yield from self._mixed_case(ctx, word, start)
            return
        if lex.is_word(lw):
            if (
                word.islower()
                and lex.is_name(lw)
                and not lex.is_common(lw)
                and _among_common(lex, ctx.text, start, end)
            ):
                # a name written in lower case between common Indonesian words, a letter from a
                # very common word (kalena for karena): the common word was meant
                meant = self._common_twin(lex, speller, lw) or _pair_twin(ctx, lw, start, end)
                if meant:
                    yield self._finding(ctx, start, end, [meant], "slip")
                    return
            if word[:1].islower() or sentence_start:
                slip = speller.likely_slip(lw) if lex.is_common(lw) else None
                if slip:
                    yield self._finding(ctx, start, end, [match_case(word, slip)], "slip")
            elif lex.is_common(lw) and not lex.is_name(lw) and lw not in lex.data.forms:
                # "Kebudayan Daerah": a capitalised slip of a derived word no name shares
                derived = speller.derivation_slip(lw)
                if derived:
                    yield self._finding(ctx, start, end, [match_case(word, derived)], "slip")
            return
        if _loan_derivation(lex, lw):
            return
        fix = lex.blocked_fix(lw)
        if fix:
            # a known misspelling with its one correction: sure, and safe to fix in a batch
            safe = not word[:1].isupper() or sentence_start
            yield self._finding(ctx, start, end, [match_case(word, fix)], "typo", safe=safe)
            return
        if lw.endswith("ifitas") and lex.is_word(lw[:-4]):
            # "kondusifitas": the noun of an adjective in -if is formed in -ivitas (kondusif:
            # kondusivitas), as KBBI writes aktivitas and efektivitas
            fix = match_case(word, lw[:-6] + "ivitas")
            yield self._finding(ctx, start, end, [fix], "nonstandard", "warning")
            return
        if lw.endswith("kan") and pronoun(lw[:-3]):
            # "itukan", "diakan": the particle kan (short for bukan) glued to a pronoun
            yield self._finding(ctx, start, end, [f"{word[:-3]} kan"], "glued")
            return
        cands = speller.candidates(lw, doc, proper=word[:1].isupper())
        if word.islower() and (
            counts.get(word, 0) >= _OWN_WORD
            or (
                counts.get(word, 0) >= 2
                and not (cands and cands[0].cost <= _CHEAP_SLIP)
                and not _derived_slip(ctx, lw, cands)
                and not _variant(lex, lw, cands)
            )
        ):
            # one sense per discourse: an unknown word written the same way this often in one
            # draft is the draft's own term (a rating code, a product), not a repeated slip
            yield self._finding(
                ctx, start, end, self._shown(ctx, word, cands), "unknown", "suggestion"
            )
            return
        if word[:1].isupper() and not sentence_start:
            yield from self._capitalised(ctx, word, start, cands, counts)
            return
        if sentence_start and _NAME_NEXT.match(ctx.text, end):
            # "Stalin telah ...", "Cuaron, yang ...": an unknown subject before a comma or a
            # predicate is a name as often as a slip; judged as carefully as one mid-sentence
            yield from self._capitalised(ctx, word, start, cands, counts)
            return
        if (
            sentence_start
            and word[:1].isupper()
            and english_zipf(lw) >= _WORLD_NAME_ZIPF
            and not (cands and _adaptation(lw, cands[0].word))
        ):
            # "Caplan menolak ...": a name in use in the world opening a sentence of translated
            # copy, as mid-sentence (no dictionary neighbour makes it a typo)
            yield self._finding(ctx, start, end, [], "name", "suggestion")
            return
        shown = self._shown(ctx, word, cands)
        if (
            word.islower()
            and len(lw) >= 4
            and not any(_sibling(lw, c.word) for c in cands[:3])
            and not (cands and _adaptation(lw, cands[0].word))
            and _english_source(lw)
        ):
            # a regular adaptation of a frequent English word (litigasi, seksis, jins): a loan
            # written by the term-formation rules, which a dictionary may not hold yet
            yield self._finding(ctx, start, end, shown, "loan", "suggestion")
            return
        if (
            (len(lw) >= 6 and lex.is_english(lw))
            or english_word(lw, lex)
            or self._english_loan(lex, lw, cands)
        ):
            # a frequent English word (maternal, stunting) is English on purpose, not a slip;
            # but the English spelling of a word KBBI has adapted (camera: kamera) has its fix
            adapted = word.islower() and bool(cands) and _adaptation(lw, cands[0].word, True)
            spelled = _respell(lw)
            if not adapted and word.islower() and spelled != lw and lex.is_common(spelled):
                # farther than the candidate search reaches (trophy: trofi, three edits)
                adapted, shown = True, [spelled, *(w for w in shown if w != spelled)]
            yield self._finding(
                ctx, start, end, shown, "english", "warning" if adapted else "suggestion"
            )
            return
        # a slip is close to the word meant, and the word meant is one people write: a close but
        # rare candidate (melasti ~ melati, amplang ~ ampang) says more about our lists' gaps
        near = [c for c in cands if c.cost <= 2.0 and _target_zipf(lex, c.word) >= 2.0]
        if not near and word.islower():
            # a rare word or an acronym (musrenbang) the draft itself writes more often nearby,
            # one slip from this one: the draft's own spelling was meant
            twin = [c for c in cands if c.cost <= 1.0 and _twin_count(counts, c.word, start) > 0]
            if twin and _twin_count(counts, twin[0].word, start) > counts.near(word, start):
                yield self._finding(ctx, start, end, shown, "typo", "warning")
                return
        if near and word[:1].isupper() and " " in near[0].word:
            # "Infonusantara", "Suaraborneo": an outlet's or a brand's name glues its words on
            # purpose as often as a writer forgets a space; a guess, not a sure typo
            yield self._finding(ctx, start, end, shown, "typo", "suggestion")
        elif near and near[0].cost <= 1.0:
            # safe in a batch only when one correction stands far ahead of the others
            clear = len(cands) == 1 or cands[1].score - cands[0].score >= _CLEAR_MARGIN
            safe = clear and cands[0] is near[0] and word[:1].islower()
            yield self._finding(ctx, start, end, shown, "typo", safe=safe)
        elif word.islower() and _variant(lex, lw, cands):
            # "thaharah", "mudzakarah": the first candidate is this word's baku spelling by a
            # rewrite KBBI's own tidak baku pairs make often, however rare the baku word is
            why = "typo" if doubling(lw, cands[0].word) else "nonstandard"
            yield self._finding(ctx, start, end, shown, why, "warning")
        elif near and _FOREIGN_END.search(lw):
            # "infill", "maglev": an ending Indonesian spelling never has, and no word one slip
            # away: a foreign word written on purpose, not a typo of a far Indonesian one
            yield self._finding(ctx, start, end, shown, "english", "suggestion")
        elif near and lex.zipf(lw) < 3.0:
            yield self._finding(ctx, start, end, shown, "typo", "warning")
        elif lex.zipf(lw) >= 3.0:
            yield self._finding(ctx, start, end, shown, "common", "suggestion")
        elif lex.is_english(lw):
            yield self._finding(ctx, start, end, shown, "english", "suggestion")
        elif word[:1].isupper() and self.quiet_names:
            yield self._finding(ctx, start, end, shown, "name", "suggestion")
        else:
            yield self._finding(ctx, start, end, shown, "unknown", "suggestion")

    @staticmethod
    def _common_twin(lex: Lexicon, speller: Speller, lw: str) -> str | None:
        """The very common word a lower-case name is one cheap inner slip from (one letter for
        another inside the word), far more frequent."""
        if len(lw) < 4 or lex.is_acronym(lw):
            return None
        cands = speller.candidates(lw)
        if not cands or cands[0].cost > 1.0:
            return None
        best = cands[0].word
        if " " in best or not _common(lex, best, _TWIN_ZIPF):
            return None
        if len(best) != len(lw) or best[0] != lw[0] or best[-1] != lw[-1]:
            return None  # only an inner letter: a name's own ending (koto, tipo) is no slip
        return best if lex.zipf(best) >= lex.zipf(lw) + _TWIN_MARGIN else None

    @staticmethod
    def _english_loan(lex: Lexicon, lw: str, cands: list[Candidate]) -> bool:
        """A frequent English word (matte, peer, condo) that is no adaptation of its nearest
        Indonesian word: written on purpose, not a slip."""
        if len(lw) < 4 or lex.is_common(lw):
            return False
        en = english_zipf(lw)
        # (emoji: an English word Indonesian text writes as often is a loan in use too)
        in_use = lex.is_english(lw) and min(en, lex.zipf(lw)) >= 3.0
        if not in_use and (en < _ENGLISH_LOAN_ZIPF or en < lex.zipf(lw)):
            return False
        return not (cands and _adaptation(lw, cands[0].word))

    def _capitalised(
        self,
        ctx: CheckContext,
        word: str,
        start: int,
        cands: list[Candidate],
        counts: _Counts,
    ) -> Iterator[Finding]:
        """A capitalised word mid-sentence that no list knows: a typo only with evidence."""
        lex = ctx.lexicon
        end = start + len(word)
        evidence = [
            c
            for c in cands
            if len(word) >= 5
            and (
                # a near-twin in the same draft, or a known name, place or institution
                (
                    c.cost <= 1.0
                    and counts.near(match_case(word, c.word), start) > counts.near(word, start)
                )
                # an institution a letter off (Forkompimda) or a key off (Musrembang); not a
                # doubled letter or another vowel or consonant, which is how offices' own
                # acronyms differ (Bappelitbangda, Dinkominfo, Porda); a place only by a
                # cheap slip (Grobogsn), since real names are often a letter from another's
                or (lex.is_acronym(c.word) and _acronym_slip(word.lower(), c.word))
                or (
                    c.cost <= 0.6
                    and len(word) >= 6
                    and lex.is_landmark(c.word)
                    and not lex.is_acronym(c.word)
                )
                # a cheap slip (neighbouring key, doubled letter) of a frequent longer word,
                # or a dropped letter in a long one (Bebasis for Berbasis)
                # (only common words count here: Yohanis is no slip of the name Yohanes)
                or (c.cost <= 0.6 and len(word) >= 6 and _common(lex, c.word, 3.0))
                or (c.cost <= 0.9 and len(word) >= 7 and _common(lex, c.word, 3.5))
                or (c.cost <= 1.0 and _head_slip(ctx, word, end, c.word))
                or (c.cost <= 1.0 and " " not in c.word and _phrase_twin(ctx, word, start, c.word))
            )
        ]
        repeated = counts.get(word, 0) >= 2
        if lex.zipf(word) >= _NAME_ZIPF and evidence and evidence[0].cost > _ADAPTATION:
            # written so often in Indonesian text (Capua, Stalin) that it is a name in use, not a
            # slip; only a loan's adaptation (Illegal: Ilegal, a doubled letter) still counts
            evidence = []
        if _degree_after(ctx.text, end):
            evidence = []  # "Jalung, S.Sos.": a person's name, whatever it resembles
        if evidence and _GEOGRAPHY_BEFORE.search(ctx.text, max(0, start - 16), start):
            # "Kepulauan Granite": a foreign place keeps its name; only its twin in this draft
            evidence = [c for c in evidence if counts.near(match_case(word, c.word), start) > 0]
        # Kalifornia for California, Kroasia for Croatia: the Indonesian adaptation of a name
        evidence = [c for c in evidence if not _adaptation(c.word, word.lower())]
        if evidence and english_zipf(word) >= _WORLD_NAME_ZIPF:
            # a name in use in the world (Weller, Hariri): only its twin in this draft, or a
            # loan's adaptation (Illegal: Ilegal), still makes it a slip
            evidence = [
                c
                for c in evidence
                if c.cost <= _ADAPTATION
                or _adaptation(word.lower(), c.word)
                or (
                    c.cost <= 1.0
                    and counts.near(match_case(word, c.word), start) > counts.near(word, start)
                )
            ]
        if evidence and not (repeated and evidence[0].cost > 0.6):
            yield self._finding(ctx, start, end, self._shown(ctx, word, evidence), "typo")
        elif self.quiet_names:
            yield self._finding(
                ctx, start, end, self._shown(ctx, word, cands), "name", "suggestion"
            )

    def _caps(
        self, ctx: CheckContext, speller: Speller, word: str, start: int, doc: Iterable[str]
    ) -> Iterator[Finding]:
        lex = ctx.lexicon
        lw = word.lower()
        if lex.is_word(lw):
            return
        if len(word) <= 6:
            # an acronym, unless a slip of a known one (DRPD for DPRD)
            near = [
                c
                for c in speller.candidates(lw, proper=True)
                if c.cost <= 0.6 and lex.is_acronym(c.word)
            ]
            if near and len(word) >= 4:
                fix = lex.acronym_form(near[0].word) or near[0].word.upper()
                # two letters swapped (DRPD) is a slip; any other letter off is as often an
                # acronym of its own (PLTD, APBNP, a company's ticker): a guess, so a suggestion
                swapped = sorted(lw) == sorted(near[0].word) and len(lw) == len(near[0].word)
                severity = "warning" if swapped else "suggestion"
                yield self._finding(ctx, start, start + len(word), [fix], "acronym", severity)
            return
        cands = speller.candidates(lw, doc, proper=True)
        if cands and cands[0].cost <= 1.0:
            yield self._finding(
                ctx, start, start + len(word), self._shown(ctx, word, cands), "typo"
            )

    def _mixed_case(self, ctx: CheckContext, word: str, start: int) -> Iterator[Finding]:
        """AnggotaDPRD -> Anggota DPRD; known mixed-case forms (BumDes, KemenPAN) pass."""
        lex = ctx.lexicon
        if lex.is_word(word):
            return
        for i in range(1, len(word)):
            if word[i - 1].islower() and word[i].isupper():
                left, right = word[:i], word[i:]
                if len(left) > 2 and (
                    lex.is_word(left) and lex.is_word(right) or _glued_to_head(word)
                ):
                    # AnggotaDPRD is a lost space, and so is the head of a unit or an office
                    # glued to its name (KabupatenLahat); InfoPublik, two capitalised words, is
                    # as often a brand written so on purpose: a suggestion
                    sure = right.isupper() or left.islower() or left.lower() in name_heads()
                    severity = None if sure else "suggestion"
                    fix = [f"{left} {right}"]
                    yield self._finding(ctx, start, start + len(word), fix, "glued", severity)
                return

    def _hyphenated(
        self,
        ctx: CheckContext,
        speller: Speller,
        tok: Token,
        counts: _Counts,
        doc: Iterable[str],
        starts: frozenset[int],
    ) -> Iterator[Finding]:
        lex = ctx.lexicon
        if lex.is_word(tok.text):
            return
        parts = tok.text.split("-")
        if len(parts) == 2 and parts[0].lower() == parts[1].lower():
            # a full reduplication of an unknown word (robo-robo) is a regional or rare word far
            # more often than a typo typed twice: a quiet note on the first half at most
            for f in self._word(ctx, speller, parts[0], tok.start, counts, doc, False):
                yield replace(f, severity="suggestion")
            return
        if len(parts) == 2 and parts[0].lower() in _BOUND:
            parts = parts[1:]  # non-PNS, se-Kabupaten: the affix rules judge the form
            offset = tok.start + len(tok.text) - len(parts[0])
            yield from self._word(ctx, speller, parts[0], offset, counts, doc, False)
            return
        # an imitative pair (porak-poranda, mondar-mandir, hiruk-pikuk): halves that echo each
        # other are rarely both a slip, so an unknown half gets a quiet note at most
        echo = len(parts) == 2 and Levenshtein.normalized_similarity(*parts) >= 0.55
        pos = tok.start
        for i, part in enumerate(parts):
            if part and (i == 0 or part.lower() != parts[0].lower()):
                for f in self._word(ctx, speller, part, pos, counts, doc, pos in starts):
                    if echo and not _mends_pair(lex, parts, i, f):
                        f = replace(f, severity="suggestion")
                    yield f
            pos += len(part) + 1

    # -- output ----------------------------------------------------------------------------------
    def _shown(self, ctx: CheckContext, word: str, cands: list[Candidate]) -> list[str]:
        out: list[str] = []
        acronyms = ctx.lexicon.data.acronyms
        for c in cands:
            canonical = acronyms.get(c.word)
            if canonical and not word.isupper() and canonical[1:] != canonical[1:].lower():
                shown = canonical  # KemenPAN, BumDes: written so inside a sentence too
            else:
                shown = match_case(word, c.word)
                if shown.islower() and _always_capital(c.word):
                    shown = shown[:1].upper() + shown[1:]  # jumaat: Jumat, a day's name
            if shown not in out:
                out.append(shown)
            if len(out) == _MAX_SUGGESTIONS:
                break
        return out

    def _finding(
        self,
        ctx: CheckContext,
        start: int,
        end: int,
        suggestions: list[str],
        why: str,
        severity: str | None = None,
        safe: bool = False,
    ) -> Finding:
        message = self.messages[why].replace("{text}", ctx.text[start:end])
        message = message.replace("{suggestion}", suggestions[0] if suggestions else "")
        severity = severity or ("warning" if why == "slip" else self.header.severity)
        found = self.header.finding(start, end, ctx.text, suggestions, message, severity)
        # the severity policy (README): only a sure fix of a lower-case word, or the office's own
        # replacement, may be applied by a batch fix; never a guess, never a capitalised word
        batch = bool(suggestions) and severity == "error" and (safe or why == "house")
        return replace(found, batch_safe=batch) if batch else found


def _affixed_slip(ctx: CheckContext, word: str) -> bool:
    """Is a lower-case ``word`` one cheap slip (a neighbouring key, a doubled or dropped letter)
    from an Indonesian derived word (sambutanya: sambutannya; besenjata: bersenjata)?"""
    if not word.islower() or len(word) > MAX_WORD:
        return False
    return _derived_slip(ctx, word, ctx.speller.candidates(word))


def _derived_slip(ctx: CheckContext, word: str, cands: list[Candidate]) -> bool:
    """``_affixed_slip`` with the word's candidates known: a writer who drops a letter of a
    derived word (pelatikan for pelantikan) drops it every time, so such a slip typed twice is
    still a slip, not the writer's own word."""
    if not cands or cands[0].cost > _AFFIXED_SLIP or " " in cands[0].word:
        return False
    if cands[0].cost > _CHEAP_SLIP and abs(len(cands[0].word) - len(word)) != 1:
        # another vowel (mamakai: memakai) is how a regional language differs from Indonesian
        return False
    meant = ctx.lexicon.analyse(cands[0].word)
    return meant is not None and bool(meant.prefixes or meant.suffix or meant.clitic)


def regional_runs(ctx: CheckContext, found: list[Finding]) -> list[Finding]:
    """Three unknown words within a few words ("... mangato, adat mamakai") are a phrase of a
    regional language far more often than three typos side by side: each becomes a suggestion."""
    lex = ctx.lexicon
    words = ctx.model.words
    index = {t.start: i for i, t in enumerate(words)}
    # the words whose findings a run may quiet: only the strange words within a window of one
    # of them can make its run, so the costly test below (a slip's candidates) is asked of those
    targets = {
        i
        for f in found
        if (i := index.get(f.start)) is not None
        and f.severity != "suggestion"
        and not lex.blocked_fix(f.text)
    }
    if not targets:
        return found
    # an acronym (KSB) or a piece of a domain or handle (KabarPapua.co) is no word of a
    # regional language: it makes no run
    seen = discourse(ctx)
    unknowns = [
        i
        for i, t in enumerate(words)
        if len(t.text) > 1
        and t.text.isalpha()
        and not t.text.isupper()
        and not lex.is_word(t.text)
        and not seen.is_protected(t.start, t.end)
    ]
    # a run holding a word lies within a window around it: only windows with three unknown words,
    # two of them lower-case, can hold one
    lowers = [i for i in unknowns if words[i].text[:1].islower()]
    reach: set[int] = set()
    for i in targets:
        lo, hi = i - _REGIONAL_WINDOW + 1, i + _REGIONAL_WINDOW
        if (
            bisect_left(unknowns, hi) - bisect_left(unknowns, lo) >= _REGIONAL_RUN
            and bisect_left(lowers, hi) - bisect_left(lowers, lo) >= 2
        ):
            reach.update(range(lo, hi))
    slips: dict[str, bool] = {}

    def slip(word: str) -> bool:
        known = slips.get(word)
        if known is None:
            known = slips[word] = _affixed_slip(ctx, word)
        return known

    # capitalised unknowns are names, which cluster in any release: a run needs two lower-case
    # unknowns at least, and a capitalised one only adds to them (a regional saying quoted with
    # its capitals: "Syarak Mangato, Adat Mamakai")
    # a cheap slip of an Indonesian derived word (sambutanya: a doubled n lost) is Indonesian
    # typed in haste, not a word of another language, however many unknown words stand near it
    strange = [i for i in unknowns if i in reach and not slip(words[i].text)]
    near: set[int] = set()
    for k in range(len(strange) - _REGIONAL_RUN + 1):
        group = strange[k : k + _REGIONAL_RUN]
        lower = [i for i in group if words[i].text[:1].islower()]
        if group[-1] - group[0] < _REGIONAL_WINDOW and len(lower) >= 2:
            near.update(lower)
    # one sense per discourse: a lower-case unknown word written the same way three times is
    # a word of this writer (a regional form, a new coinage), not a slip made thrice
    counts = Counter(words[i].text for i in lowers)
    near.update(
        i for i in targets if counts[words[i].text] >= _OWN_WORD and not slip(words[i].text)
    )
    if not near:
        return found
    return [
        replace(f, severity="suggestion", batch_safe=False)
        if index.get(f.start) in near and not lex.blocked_fix(f.text) and f.severity != "suggestion"
        else f
        for f in found
    ]


_UNSET = object()


def _known_word(lex: Lexicon, speller: Speller, word: str) -> str | None:
    """What ``Spelling._known_lower`` asks of the lexicon about ``word``, which depends on
    nothing else: None when ``_word`` must judge it (not a lower-case dictionary word of
    plain letters, or a name that is no common word), else its likely slip ("" for none)."""
    if not (2 <= len(word) <= MAX_WORD and word.isascii() and word.isalpha()):
        return None
    if not word.islower() or lex.is_rejected(word) or not lex.is_word(word):
        return None
    common = lex.is_common(word)
    if lex.is_name(word) and not common:
        return None  # a name in lower case may be a slip of a common word: ``_word`` asks
    return (speller.likely_slip(word) or "") if common else ""
