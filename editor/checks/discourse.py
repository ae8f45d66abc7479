"""What one draft itself says about its words: names, defined acronyms, web addresses, foreign runs.

One sense per discourse: a release that writes an unknown capitalised word the same way several
times, after a title (Bupati, Camat, H., Pdt.), before a degree, or beside other name parts is
naming someone or something, and the dictionary has no say in it. The draft is also the best
evidence of a name's typo: "Syopiyar" once beside "Syopiar" five times is the rarer spelling of
the same name. Acronyms the draft defines ("Kepala Bidang (Kabid)") are words of that draft.

Domain names, e-mail addresses, handles and the outlet tag of a dateline ("GARUT, biem.co –")
are protected spans: no rule judges their letters. Runs of English words ("on the road", "cost of
fund") are foreign phrases, never Indonesian misspellings.

The analysis is computed once per check and kept in ``CheckContext.memo``; it holds no state
between checks.
"""

from __future__ import annotations

import hashlib
import threading
import weakref
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple
from unicodedata import is_normalized

import regex
from rapidfuzz.distance import Levenshtein

from editor.checks.spans import Containment
from editor.checks.spelling import edit_set
from editor.checks.text import ABBREV, WORD, Token, tokenize
from editor.checks.wordlists import name_heads, word_set
from editor.paths import resource

if TYPE_CHECKING:
    from editor.checks.finding import Finding
    from editor.checks.kinds.base import CheckContext
    from editor.checks.lexicon import Lexicon

# a degree right after a word (", S.Sos.", " SH", " M.Si", " SE MM"): the word ends a name
_DEGREE_AFTER = regex.compile(
    r",?[ \t]+(?:(?:[A-Z][a-z]{0,3}\.){1,3}|(?:S|M|Dr|Ir|Drs|Dra)[A-Z][A-Za-z]{0,3}"
    r"(?![\p{Ll}])|AP)\b"
)
# domains (biem.co, riauindependen.co.id, NEWS.ONLINE), handles (@humas_kab) and e-mails
_TLD = (
    r"(?:co\.id|go\.id|ac\.id|or\.id|sch\.id|web\.id|my\.id|net\.id|desa\.id|mil\.id|biz\.id|"
    r"com|co|id|net|org|info|online|news|tv|xyz|biz|site|me|io|top|club|live|today|media|asia)"
)
_DOMAIN = regex.compile(
    rf"(?<![\w@.])(?:[\p{{L}}\d][\p{{L}}\d-]*\.)+{_TLD}(?![\p{{L}}\d])(?:/[^\s]*)?", regex.I
)
# how every domain ends: the whole pattern is tried only on a draft where this is found
_DOMAIN_END = regex.compile(rf"\.{_TLD}(?![\p{{L}}\d])", regex.I)
_HANDLE = regex.compile(r"(?<![\w@])@[\p{L}\d_.]{2,30}[\p{L}\d_]")
_EMAIL = regex.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# "GARUT, outlet –" / "SIGI, outlet |": a lower-case tag between a dateline place and a dash
_DATELINE_TAG = regex.compile(
    r"(?m)^[ \t]*(?P<place>\p{Lu}[\p{Lu} .-]+,[ \t]*)?(?P<tag>\p{Ll}[\p{Ll}\d]{3,}"
    r"(?:\.\p{Ll}+)*)[ \t]*(?:[–—|-])[ \t]+\p{Lu}"
)
_DATELINE_REACH = 400
# where a token may reach over a line break (editor.checks.text: an initial whose capital follows
# on the next line, "H.\nAndi"; an amount "Rp\n5"): only where this finds nothing are a draft's
# tokens those of its lines cut one by one (the URL and e-mail branches the tokenizer turns on for
# the whole draft match nothing in a line without "://", "www." or "@")
CROSSES_LINE = regex.compile(r"(?:[A-ZÀ-ÖØ-Þ]\.|Rp\.?)\s*\n")
_KEPT_LINES = 8192  # a store of line evidence this full starts again
# "Long Form (ACR)" and "ACR (Long Form)"
_PAREN = regex.compile(r"\(([^()\n]{2,80})\)")
_CONNECTORS = word_set("name-connectors")
_LETTERS = regex.compile(r"\p{L}+")
_NON_LETTER = regex.compile(r"[^\p{L}]")
_WORDISH = regex.compile(r"[\p{L}\d-]+")
# the token right before a bracket, and a short form alone inside one
_HEAD_BEFORE = regex.compile(r"(\p{Lu}[\p{L}\d-]+)[ \t]*$")
_SHORT_FORM = regex.compile(r"\p{Lu}[\p{L}\d-]{1,14}")
# what may stand between two words of one English phrase
_RUN_GAP = regex.compile(r"[ \t'‘’\"“”()-]{1,3}")
# evidence that makes a word wrong comes from this many characters around it (about 450 words
# each side: a whole release, not the other articles of a long file or a corpus pasted as one)
LOCAL_REACH = 3000
# a spelling this frequent in Indonesian or English text is a name in use somewhere
_WORLD_NAME = 2.5


class Nearby:
    """Where each word of a draft stands, to count it near one place only."""

    def __init__(self, placed: Iterable[tuple[str, int]], reach: int = LOCAL_REACH) -> None:
        spots: dict[str, list[int]] = {}
        last, ordered = -1, True
        for word, at in placed:
            if at < last:
                ordered = False
            last = at
            spots.setdefault(word, []).append(at)
        # words placed in text order (as the callers place them) have their spots in order
        self._spots = spots if ordered else {w: sorted(p) for w, p in spots.items()}
        self.reach = reach

    def __contains__(self, word: object) -> bool:
        return word in self._spots

    def __iter__(self) -> Iterator[str]:
        return iter(self._spots)

    def count(self, word: str, at: int) -> int:
        """How often ``word`` stands within the reach of offset ``at``."""
        spots = self._spots.get(word)
        if not spots:
            return 0
        return bisect_right(spots, at + self.reach) - bisect_left(spots, at - self.reach)

    def total(self, word: str) -> int:
        return len(self._spots.get(word, ()))

    def starts(self, word: str) -> list[int]:
        return self._spots.get(word, [])


@cache
def name_titles() -> frozenset[str]:
    path = resource("gazetteer", "name-titles.txt")
    words: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        words.update(line.split("#", 1)[0].lower().split())
    return frozenset(words)


_ONE_TOKEN = regex.compile(r"\p{L}+(?:'\p{L}+)*")
# below this Zipf frequency no caller tells an English word by it (they ask for >= 3.0 or 4.0)
_ENGLISH_FLOOR = 2.5


@lru_cache(maxsize=65536)
def english_zipf(word: str) -> float:
    """The word's Zipf frequency in English text (wordfreq), where it is at least 2.5 (0.0
    below: every caller compares it with 2.5 or more). A word that wordfreq reads as one token
    (lower-case letters, apostrophes between them: don't, qur'an, café) is looked up in a table
    cached on disk, so a check does not import wordfreq; anything else asks wordfreq. wordfreq
    case-folds a word and reads a curly apostrophe as a straight one, so Weller and rus’an are
    looked up as weller and rus'an."""
    folded = word.replace("’", "'")
    if folded.isascii():
        folded = folded.lower()
        if folded.isalpha():  # a-z only (most words): one token, case-folded and NFC already
            return _english_table().get(folded, 0.0)
    if (
        _ONE_TOKEN.fullmatch(folded)
        and folded == folded.casefold()
        and is_normalized("NFC", folded)
    ):
        return _english_table().get(folded, 0.0)
    return _wordfreq_english(word)


@lru_cache(maxsize=8192)
def _wordfreq_english(word: str) -> float:
    from wordfreq import zipf_frequency

    z = zipf_frequency(word, "en")
    return z if z >= _ENGLISH_FLOOR else 0.0


class EnglishTable:
    """English words and their Zipf frequency, looked up like a dict (``get``): the words'
    64-bit digests, sorted, beside the frequencies in hundredths (wordfreq gives two decimals),
    as ``corpus_stats.PairCounts`` keeps word pairs. Reading it from the cache folder costs a
    tenth of a millisecond instead of the twelve of a dict of 50,000 words (and half a megabyte
    of memory instead of six); a word absent from it answers as present only if its digest
    collides with a word's (about one lookup in 10^14). Frequencies that hundredths do not
    hold exactly (or words whose digests collide) keep the plain dict instead."""

    __slots__ = ("_counts", "_plain")

    def __init__(self, table: dict[str, float]) -> None:
        from editor.checks.corpus_stats import PairCounts

        self._counts: PairCounts | None = None
        self._plain: dict[str, float] | None = None
        try:
            counts = PairCounts((w, round(z * 100)) for w, z in table.items())
        except ValueError:  # two words share a digest
            counts = None
        if counts is not None and all(counts.get(w) / 100 == z for w, z in table.items()):
            self._counts = counts
        else:
            self._plain = dict(table)

    def get(self, word: str, default: float = 0.0) -> float:
        if self._counts is None:
            return self._plain.get(word, default) if self._plain is not None else default
        n = self._counts.get(word, -1)
        return default if n < 0 else n / 100

    def __getstate__(self) -> object:
        return self._counts, self._plain

    def __setstate__(self, state: Any) -> None:  # noqa: ANN401 - pickle's state
        self._counts, self._plain = state


@cache
def _english_table() -> EnglishTable:
    """English words of Zipf >= 2.5 and their frequency, from wordfreq's list, kept in the
    user's cache folder per wordfreq installation."""
    import importlib.util

    from editor.checks.lexicon import read_pickle, write_pickle
    from editor.paths import cache_dir

    spec = importlib.util.find_spec("wordfreq")
    origin = Path(spec.origin).parent if spec is not None and spec.origin else None
    stamp = hashlib.sha256(b"english-zipf-6")
    if origin is not None:
        for data in sorted((origin / "data").glob("*_en.msgpack.gz")):
            stamp.update(f"{data.name}:{data.stat().st_size}:{data.stat().st_mtime_ns}".encode())
    path = cache_dir() / f"english-zipf-{stamp.hexdigest()[:20]}.pickle"
    cached = read_pickle(path, EnglishTable)
    if cached is not None:
        return cached
    from wordfreq import iter_wordlist, zipf_frequency

    table = {}
    for w in iter_wordlist("en"):  # most frequent first
        z = zipf_frequency(w, "en")
        if z < _ENGLISH_FLOOR:
            break
        table[w] = z
    english = EnglishTable(table)
    write_pickle(path, english, stale="english-zipf-*.pickle")
    return english


@lru_cache(maxsize=8192)  # a draft repeats its short forms, and a process its drafts
def acronym_fits(acronym: str, phrase: str) -> bool:
    """Can ``acronym`` be cut from the words of ``phrase``: its letters in order, every word
    (but connectors) giving at least one letter (initials or syllables: Kabid, Pokdarwis)?"""
    words = [w for w in _LETTERS.findall(phrase.lower()) if w not in _CONNECTORS]
    letters = _NON_LETTER.sub("", acronym.lower())
    if not words or len(letters) < 2 or len(words) > 12 or letters[0] not in words[0]:
        return False

    @cache
    def fit(i: int, j: int, k: int) -> bool:
        # letters[i:] still to place; we are in word j at character k, having used it
        if i == len(letters):
            return j >= len(words) - 1
        if j >= len(words):
            return False
        word = words[j]
        # continue inside the current word
        pos = word.find(letters[i], k)
        if pos >= 0 and fit(i + 1, j, pos + 1):
            return True
        # move on to the next word: its first letter, or a syllable inside it (Pokdarwis)
        if j + 1 < len(words):
            nxt = words[j + 1]
            return any(fit(i + 1, j + 1, p + 1) for p, c in enumerate(nxt) if c == letters[i])
        return False

    # the first letter may come from inside the first word (Pokdarwis: kelompok sadar wisata)
    return fit(1, 0, words[0].index(letters[0]) + 1)


@dataclass(frozen=True)
class Discourse:
    """The draft's own evidence, by token start offset and by word."""

    names: frozenset[int]  # starts of capitalised tokens that are names in this draft
    in_names: frozenset[int]  # starts of every capitalised token of a titled or degreed name
    in_proper: frozenset[int]  # starts of words inside a proper name of two or more capitals
    variants: dict[int, str]  # start of a rarer spelling of a name nearby -> the usual one
    defined: frozenset[str]  # acronyms and short forms the draft defines, lower-cased
    protected: tuple[tuple[int, int], ...]  # domains, handles, e-mails, dateline tags
    companies: tuple[tuple[int, int], ...]  # registered names after PT, CV ... or before Tbk
    foreign: frozenset[int]  # starts of tokens inside a run of English words
    # the spans above indexed once: a question costs O(log n), not one look at every span
    _protected_index: Containment = field(init=False, repr=False, compare=False)
    _companies_index: Containment = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_protected_index", Containment(self.protected))
        object.__setattr__(self, "_companies_index", Containment(self.companies))

    def is_protected(self, start: int, end: int) -> bool:
        return self._protected_index.contains(start, end)

    def in_company(self, start: int, end: int) -> bool:
        return self._companies_index.contains(start, end)


def discourse(ctx: CheckContext) -> Discourse:
    """The draft's evidence, once per check; with a store of line evidence in
    ``ctx.memo["discourse.lines"]`` (the paragraph cache's), what each line says by itself comes
    from the store for lines seen before (the same evidence: ``analyse_by_line``)."""
    found = ctx.memo.get("discourse")
    if found is None:
        store = ctx.memo.get("discourse.lines")
        if store is not None:
            found = analyse_by_line(ctx.text, ctx.model.tokens, ctx.lexicon, ctx, store)
        else:
            found = analyse(ctx.text, ctx.model.tokens, ctx.lexicon, ctx)
        ctx.memo["discourse"] = found
    return found


def analyse(
    text: str, tokens: list[Token], lex: Lexicon, ctx: CheckContext | None = None
) -> Discourse:
    protected = [
        span
        for near_top, span in _protected(text)
        if near_top is None or near_top < _DATELINE_REACH
    ]
    words = [t for t in tokens if t.kind is WORD]
    runs = _runs(text, tokens)
    title_case = _title_case_lines(text, tokens)
    return _combine(
        text,
        tokens,
        lex,
        ctx,
        protected,
        _defined(text, lex),
        runs,
        title_case,
        _in_names(text, tokens, runs),
        _in_proper(tokens, runs, title_case),
        _companies(tokens, runs),
        _foreign(words, text, lex),
    )


def _combine(
    text: str,
    tokens: list[Token],
    lex: Lexicon,
    ctx: CheckContext | None,
    protected: Iterable[tuple[int, int]],
    defined: frozenset[str],
    runs: list[list[int]],
    title_case: set[int],
    in_names: Iterable[int],
    in_proper: Iterable[int],
    companies: Iterable[tuple[int, int]],
    foreign: Iterable[int],
) -> Discourse:
    """The evidence of the whole draft from what its lines say (and the draft-wide counts)."""
    starts = ctx.model.sentence_starts if ctx is not None else frozenset()
    words = [t for t in tokens if t.kind is WORD]
    written = {t.text for t in words}  # each spelling asked of the lexicon once
    unknown = {w for w in written if not lex.is_word(w)} - {
        w for w in written if w.lower() in defined
    }
    names = _names(text, tokens, lex, starts, unknown, runs, title_case)
    variants = _variants(words, lex, unknown)
    return Discourse(
        names=frozenset(names),
        in_names=frozenset(in_names),
        in_proper=frozenset(in_proper),
        variants=variants,
        defined=defined,
        protected=tuple(sorted(protected)),
        companies=tuple(companies),
        foreign=frozenset(foreign),
    )


class _Line(NamedTuple):
    """What one line says by itself: offsets into the line, token indexes into its tokens."""

    protected: tuple[tuple[int | None, tuple[int, int]], ...]  # (offset of a bare tag, span)
    defined: frozenset[str]
    runs: tuple[tuple[int, ...], ...]
    title_case: tuple[int, ...]
    in_names: tuple[int, ...]
    # runs whose title may stand on the line before ("Bupati\nAndi"): decided with the draft
    pending: tuple[int, ...]
    in_proper: tuple[int, ...]
    companies: tuple[tuple[int, int], ...]
    foreign: tuple[int, ...]
    size: int  # the number of tokens of the line


def _line_evidence(line: str, lex: Lexicon, tokens: list[Token] | None = None) -> _Line:
    """What ``line`` says by itself; ``tokens``: its tokens when cut already."""
    if tokens is None:
        tokens = tokenize(line)
    words = [t for t in tokens if t.kind is WORD]
    runs = _runs(line, tokens)
    title_case = _title_case_lines(line, tokens)
    pending: list[int] = []
    return _Line(
        protected=tuple(_protected(line)),
        defined=_defined(line, lex),
        runs=tuple(tuple(r) for r in runs),
        title_case=tuple(sorted(title_case)),
        in_names=tuple(sorted(_in_names(line, tokens, runs, pending))),
        pending=tuple(pending),
        in_proper=tuple(sorted(_in_proper(tokens, runs, title_case))),
        companies=tuple(_companies(tokens, runs)),
        foreign=tuple(_foreign(words, line, lex)),
        size=len(tokens),
    )


def analyse_by_line(
    text: str,
    tokens: list[Token],
    lex: Lexicon,
    ctx: CheckContext | None,
    store: dict[str, Any],
) -> Discourse:
    """``analyse``, with what each line says by itself kept in ``store`` by the line's text
    (one store per lexicon): only the draft-wide part (name evidence by counts, variants) is
    worked out again for a draft with one line edited. Every piece of line evidence is line-
    local: no pattern of it crosses a line break; the one look across a line (a title ending
    the line before a name) is made here, on the draft's tokens. When a token of the draft may
    cross a line break, the draft's tokens are not its lines' tokens: the whole draft is
    analysed."""
    if CROSSES_LINE.search(text):
        return analyse(text, tokens, lex, ctx)
    if len(store) > _KEPT_LINES:
        store.clear()
    # the lines' own tokens, where the engine cut the draft line by line (ParagraphCache)
    cut = ctx.memo.get("lines.tokens", {}) if ctx is not None else {}
    protected: list[tuple[int, int]] = []
    defined: set[str] = set()
    runs: list[list[int]] = []
    title_case: set[int] = set()
    in_names: list[int] = []
    in_proper: list[int] = []
    companies: list[tuple[int, int]] = []
    foreign: list[int] = []
    pos = base = 0
    for line in text.split("\n"):
        if not line:
            pos += 1
            continue
        ev = store.get(line)
        if ev is None:
            ev = store[line] = _line_evidence(line, lex, cut.get(line))
        for near_top, (s, e) in ev.protected:
            if near_top is None or near_top + pos < _DATELINE_REACH:
                protected.append((s + pos, e + pos))
        defined |= ev.defined
        line_runs = [[base + i for i in run] for run in ev.runs]
        runs.extend(line_runs)
        title_case.update(s + pos for s in ev.title_case)
        in_names.extend(s + pos for s in ev.in_names)
        for k in ev.pending:
            run = line_runs[k]
            if _title_before(tokens, run[0]):
                in_names.extend(tokens[i].start for i in run)
        in_proper.extend(s + pos for s in ev.in_proper)
        companies.extend((s + pos, e + pos) for s, e in ev.companies)
        foreign.extend(s + pos for s in ev.foreign)
        base += ev.size
        pos += len(line) + 1
    return _combine(
        text,
        tokens,
        lex,
        ctx,
        protected,
        frozenset(defined),
        runs,
        title_case,
        in_names,
        in_proper,
        companies,
        foreign,
    )


def _protected(text: str) -> list[tuple[int | None, tuple[int, int]]]:
    """Protected spans, each with None or, for a dateline tag without a place before it, where
    its line starts: such a tag counts only near the top of the draft, where the dateline
    stands (the caller decides, knowing where the text stands in the draft)."""
    spans: list[tuple[int | None, tuple[int, int]]] = []
    if "." in text:
        # a domain lies inside one line and ends like _DOMAIN_END: only the lines where that
        # ending occurs are searched (most drafts have none; a long one, a few)
        searched = -1
        for tail in _DOMAIN_END.finditer(text):
            if tail.start() < searched:
                continue
            line_start = text.rfind("\n", 0, tail.start()) + 1
            line_end = text.find("\n", tail.end())
            searched = len(text) if line_end < 0 else line_end
            spans.extend((None, m.span()) for m in _DOMAIN.finditer(text, line_start, searched))
    if "@" in text:
        # an address lies inside one line: only the lines holding an "@" are searched
        at = text.find("@")
        while at != -1:
            line_start = text.rfind("\n", 0, at) + 1
            line_end = text.find("\n", at)
            line_end = len(text) if line_end < 0 else line_end
            spans.extend((None, m.span()) for m in _EMAIL.finditer(text, line_start, line_end))
            at = text.find("@", line_end)
        spans.extend((None, m.span()) for m in _HANDLE.finditer(text))
    spans.extend(
        (None if m.group("place") else m.start(), m.span("tag"))
        for m in _DATELINE_TAG.finditer(text)
    )
    return spans


# two to five capitalised words and a short form in the same case right after them
_RUN_THEN_SHORT = regex.compile(
    r"(?P<run>(?:\p{Lu}\p{Ll}+[ \t]+){2,5})(?P<short>\p{Lu}\p{Ll}{3,9})(?![\p{L}\d-])"
)


def _defined(text: str, lex: Lexicon) -> frozenset[str]:
    """Short forms the draft defines: "Kepala Bidang (Kabid)", "Kabid (Kepala Bidang)",
    "pembangkit listrik tenaga diesel (PLTD)"."""
    out: set[str] = set()
    for m in _PAREN.finditer(text):
        inside = m.group(1).strip()
        before = text[max(0, m.start() - 160) : m.start()]
        before = before[before.rfind("\n") + 1 :]
        # ACR (Long Form): one token before the bracket, a phrase inside
        head = _HEAD_BEFORE.search(before)
        if head and " " in inside and acronym_fits(head.group(1), inside):
            out.add(head.group(1).lower())
        # Long Form (ACR): one token inside, the last few words before the bracket
        if _SHORT_FORM.fullmatch(inside):
            words = _WORDISH.findall(before)[-10:]
            if any(acronym_fits(inside, " ".join(words[k:])) for k in range(len(words))):
                out.add(inside.lower())
    # Long Form Acr, without brackets: "Pemeringkat Efek Indonesia Pefindo memberi ..."
    for m in _RUN_THEN_SHORT.finditer(text):
        short = m.group("short")
        if not lex.is_word(short) and acronym_fits(short, m.group("run")):
            out.add(short.lower())
    return frozenset(out)


def _run_member(tok: Token) -> bool:
    """A capitalised word, an acronym (PT, BI) or an initial (H., S.)."""
    return tok.kind in (WORD, ABBREV) and tok.text[:1].isupper()


def _title_before(tokens: list[Token], i: int) -> bool:
    j = i - 1
    while j >= 0 and tokens[j].text == ".":
        j -= 1
    if j < 0 or tokens[j].kind not in (WORD, ABBREV):
        return False
    if tokens[j].end < tokens[i].start - 2 or "\n" in tokens[j].text:
        return False
    return tokens[j].text.rstrip(".").lower() in name_titles()


def _runs(text: str, tokens: list[Token]) -> list[list[int]]:
    """Indexes of runs of capitalised words (and initials) on one line, one space apart."""
    runs: list[list[int]] = []
    current: list[int] = []
    for i, tok in enumerate(tokens):
        if _run_member(tok):
            if current:
                prev = tokens[current[-1]]
                gap = text[prev.end : tok.start]
                if gap not in (" ", "\t") and not (gap == ". " and len(prev.text) == 1):
                    runs.append(current)
                    current = []
            current.append(i)
        else:
            if current:
                runs.append(current)
            current = []
    if current:
        runs.append(current)

    return runs


_COMPANY_FORMS = word_set("company-forms")


def _companies(tokens: list[Token], runs: list[list[int]]) -> list[tuple[int, int]]:
    """Spans of registered names (PT Multi Prima Sejahtera Tbk): written as registered, so
    neither affix nor spelling rules apply inside them."""
    out = []
    for run in runs:
        words = [tokens[i] for i in run]
        first = next(
            (k for k, t in enumerate(words[:-1]) if t.text.rstrip(".").lower() in _COMPANY_FORMS),
            None,
        )
        if first is not None:
            out.append((words[first + 1].start, words[-1].end))
        elif len(words) >= 2 and words[-1].text.rstrip(".").lower() == "tbk":
            out.append((words[0].start, words[-2].end))
    return out


def _in_proper(tokens: list[Token], runs: list[list[int]], title_case: set[int]) -> set[int]:
    """Words of runs of two or more capitals outside title-case headlines (``title_case``):
    parts of a proper name (Economic Partnership Agreement), which keeps its own words."""
    return {
        tokens[i].start
        for run in runs
        if len(run) >= 2
        for i in run
        if tokens[i].start not in title_case
    }


def _in_names(
    text: str, tokens: list[Token], runs: list[list[int]], pending: list[int] | None = None
) -> set[int]:
    """Every word of a run that a degree follows or a title opens: "Heru Kharisma, S.IP.".
    With ``pending`` (``tokens`` are one line's), the index of each run whose title would stand
    before the line is added to it instead of being decided."""
    titles = name_titles()
    out: set[int] = set()
    for r, run in enumerate(runs):
        titled = next(
            (k for k, i in enumerate(run[:-1]) if tokens[i].text.rstrip(".").lower() in titles),
            None,
        )
        degreed = next(
            (k for k, i in enumerate(run) if _DEGREE_AFTER.match(text, tokens[i].end)), None
        )
        if degreed is not None:  # "Heru Kharisma SIP MSi": the degree may be inside the run
            out.update(tokens[i].start for i in run[: degreed + 1])
        elif titled is not None:
            out.update(tokens[i].start for i in run[titled + 1 :])
        elif pending is not None and _title_reaches_back(tokens, run[0]):
            pending.append(r)
        elif _title_before(tokens, run[0]):
            out.update(tokens[i].start for i in run)
    return out


def _title_reaches_back(tokens: list[Token], i: int) -> bool:
    """Does the look for a title before ``tokens[i]`` (_title_before) go past the first token?"""
    j = i - 1
    while j >= 0 and tokens[j].text == ".":
        j -= 1
    return j < 0


def _names(
    text: str,
    tokens: list[Token],
    lex: Lexicon,
    starts: frozenset[int],
    unknown: set[str],
    runs: list[list[int]],
    title_case: set[int],
) -> set[int]:
    """Starts of capitalised tokens that the draft shows to be names (``title_case``: the starts
    of words on title-case lines, _title_case_lines)."""
    # the draft's word counts and mid-sentence capitals, made when a run first holds an
    # unknown word (most runs hold none, and a draft of known words none at all)
    counts: Counter[str] | None = None
    mid: set[str] | None = None

    def counted() -> Counter[str]:
        nonlocal counts
        if counts is None:
            counts = Counter(t.text for t in tokens if t.kind is WORD)
        return counts

    def mid_sentence() -> set[str]:
        nonlocal mid
        if mid is None:
            mid = {
                t.text
                for t in tokens
                if t.kind is WORD
                and t.text[:1].isupper()
                and not (len(t.text) > 1 and t.text.isupper())
                and t.start not in starts
            }
        return mid

    named: set[str] = set()

    def name_part(tok: Token) -> bool:
        """An initial, an unknown word or a personal name (a place or office is no evidence:
        "Dinas Kesehatn Banyuasin" is an office with a typo, not a person)."""
        w = tok.text
        if tok.kind is ABBREV:
            return len(w) == 2
        return w in unknown or (lex.is_name(w) and not lex.is_landmark(w) and not lex.is_common(w))

    for run in runs:
        # only an unknown word of the run can be named by it: most runs hold none
        if not any(tokens[i].kind is WORD and tokens[i].text in unknown for i in run):
            continue
        members = [tokens[i] for i in run]
        is_part = [name_part(t) for t in members]
        english_members = sum(1 for t in members if t.kind is WORD and _english(t, lex))
        for k, i in enumerate(run):
            tok = tokens[i]
            if tok.kind is not WORD or tok.text not in unknown:
                continue
            sentence_first = tok.start in starts
            # another name part at most two words away: "Fransiskus X", "Andi Safari X"; an
            # office's words ("Wakil Bendahra Umum Forum ...") are no evidence, however long
            # the run of capitals goes on into the person's name
            near = any(is_part[j] for j in range(max(0, k - 2), min(len(run), k + 3)) if j != k)
            evidence = (
                _title_before(tokens, i)
                or bool(_DEGREE_AFTER.match(text, tok.end))
                or counted()[tok.text] >= 2
                or (near and tok.start not in title_case and not _slip_of_common(tok.text, lex))
                # an English word in a run of capitals: an English name (Vice President, Fund)
                or (len(run) >= 2 and _english(tok, lex) and english_members >= 2)
                or (sentence_first and tok.text in mid_sentence())
            )
            if evidence:
                named.add(tok.text)
    # one sense per discourse: once a name, everywhere in the draft
    if not named:
        return set()
    return {t.start for t in tokens if t.kind is WORD and t.text in named}


# answers (a bool, or the spelling rule's likely slip) that depend on nothing but a word and the
# lexicon, remembered per lexicon (which is immutable) across checks: an edit re-checks a draft
# whose words were judged a moment ago
_MEMO_WORDS = 200_000
_memos: weakref.WeakKeyDictionary[Lexicon, dict[str, dict[str, Any]]] = weakref.WeakKeyDictionary()
_memos_lock = threading.Lock()


def _word_memo(lex: Lexicon, question: str) -> dict[str, Any]:
    memos = _memos.get(lex)
    if memos is None:
        with _memos_lock:
            memos = _memos.setdefault(lex, {})
    memo = memos.get(question)
    if memo is None:
        memo = memos.setdefault(question, {})
    if len(memo) > _MEMO_WORDS:
        memo.clear()
    return memo


def _slip_of_common(word: str, lex: Lexicon) -> bool:
    """Is a long word one edit from a very frequent common word ("Komunkasi")? Then being
    among name parts does not make it a name."""
    memo = _word_memo(lex, "slip")
    known = memo.get(word)
    if known is None:
        w = word.lower()
        known = memo[word] = len(w) >= 7 and _frequent_common_near(w, lex)
    return known


def _frequent_common_near(w: str, lex: Lexicon) -> bool:
    """Is a common word of Zipf >= 4.0 one edit from the lower-case ``w``? (The edits that
    have a frequency at all are picked at C speed: a word's few hundred edits are mostly no
    word.)"""
    zipf = lex.data.zipf
    near = zipf.keys() & edit_set(w)
    near.discard(w)
    return any(zipf[e] >= 4.0 and lex.is_common(e) for e in near)


def _title_case_lines(text: str, tokens: list[Token]) -> set[int]:
    """Starts of words on lines written in title case (headlines: "Bupati Tinjau Jalan Rusak"),
    where a run of capitals says nothing about names."""
    lines: dict[int, list[Token]] = {}
    # the line break before each word, found walking forward once (tokens are in text order):
    # a search back from every word would read a long line once per word on it
    find = text.find
    line, nxt = -1, find("\n")
    for tok in tokens:
        if tok.kind is WORD:
            while 0 <= nxt < tok.start:
                line, nxt = nxt, find("\n", nxt + 1)
            lines.setdefault(line, []).append(tok)
    out: set[int] = set()
    for ws in lines.values():
        # a headline is short; a long line of capitals is a list of names and offices
        if 4 <= len(ws) <= 20 and sum(1 for t in ws if t.text[:1].isupper()) >= 0.75 * len(ws):
            out.update(t.start for t in ws)
    return out


def _variants(words: list[Token], lex: Lexicon, unknown: set[str]) -> dict[int, str]:
    """Starts of a capitalised unknown spelling used less often nearby than a close spelling of
    the same draft (Syopiyar once beside Syopiar five times), with that spelling."""
    placed = Nearby((t.text, t.start) for t in words if t.text[:1].isupper())
    pool = [
        w
        for w in placed
        # offices' acronyms differ on purpose (Diskominfo, Diskominsa): names of people only
        if len(w) >= 4
        and not lex.is_acronym(w)
        and (w in unknown or (lex.is_name(w) and not lex.is_common(w)))
    ]
    # a spelling is compared only with spellings of its first letter and a length at most two
    # apart (no other is within two edits, _twin): the draft's names are not compared pairwise
    by_shape: dict[tuple[str, int], list[str]] = {}
    for v in pool:
        by_shape.setdefault((v[:1], len(v.lower())), []).append(v)
    out: dict[int, str] = {}
    for w in pool:
        if w not in unknown or w.isupper() or not w.isascii():
            continue  # Rhône is spelt in its own language, not slipped from Rhine
        lw = w.lower()
        twins = [
            v
            for size in range(len(lw) - 2, len(lw) + 3)
            for v in by_shape.get((w[:1], size), ())
            if v.lower() != lw and _twin(w, v, lex)
        ]
        for at in placed.starts(w) if twins else ():
            mine = placed.count(w, at)
            best = max(twins, key=lambda v: (placed.count(v, at), _world(v.lower(), lex), v))
            theirs = placed.count(best, at)
            # as often as its twin, a spelling nobody writes (Otttoman) is the slip of one the
            # world writes (Ottoman)
            if theirs > mine or (
                theirs == mine
                and len(best) != len(w)  # a letter dropped or doubled; Antillas is Spanish
                and _world(best.lower(), lex) >= _WORLD_NAME
                and _world(w.lower(), lex) < 1.0
            ):
                out[at] = best
    return out


def _world(word: str, lex: Lexicon) -> float:
    """How much a spelling is written anywhere: in Indonesian or in English text."""
    return max(lex.zipf(word), english_zipf(word))


def _twin(w: str, v: str, lex: Lexicon) -> bool:
    """Could the spelling ``w`` be a slip of the name ``v``?"""
    lw, lv = w.lower(), v.lower()
    if lw.rstrip("s") == lv.rstrip("s"):
        return False  # Hobbit, Hobbits: a plural of a foreign name, not a misspelling
    if Levenshtein.distance(lw, lv, score_cutoff=1) > 1:
        # two letters off only in a long name, and not in its ending: Herodes and Herodias,
        # Jerman and Jermanis are two words, while a slip leaves the ending as it was
        if len(w) < 8 or Levenshtein.distance(lw, lv, score_cutoff=2) > 2 or lw[-2:] != lv[-2:]:
            return False
    # a name the world writes (Stalin) is no slip of a spelling nobody writes (Starlin)
    return _world(lv, lex) >= _world(lw, lex) - 1.0


def english_word(word: str, lex: Lexicon) -> bool:
    """A word far more frequent in English than in Indonesian and no Indonesian word (matte,
    loan, peer): a foreign word written on purpose, not a slip."""
    en = english_zipf(word)
    return en >= 4.0 and en >= lex.zipf(word) + 1.0 and not lex.is_common(word)


def _english(tok: Token, lex: Lexicon) -> bool:
    """A word at least as much English as Indonesian by the frequency lists (on, the, fund)."""
    memo = _word_memo(lex, "english")
    known = memo.get(tok.text)
    if known is None:
        known = memo[tok.text] = _english_word(tok.text, lex)
    return known


def _english_word(text: str, lex: Lexicon) -> bool:
    w = text.lower()
    if "-" in w or (text.isupper() and len(w) > 1):
        return False  # acronyms are no language's words (BBM, PT)
    if lex.is_english(w):
        return True
    en = english_zipf(w)
    return en >= 4.0 and en >= lex.zipf(w) - 0.5


def _foreign(words: list[Token], text: str, lex: Lexicon) -> Iterable[int]:
    """Starts of words in runs of two or more English words on one line ("on the road")."""
    run: list[Token] = []
    out: list[int] = []
    memo = _word_memo(lex, "english")  # _english's, fetched once for the line's words

    def flush() -> None:
        if len(run) >= 2 and any(not lex.is_common(t.text) for t in run):
            out.extend(t.start for t in run)
        run.clear()

    for tok in words:
        english = memo.get(tok.text)
        if english is None:
            english = memo[tok.text] = _english_word(tok.text, lex)
        if english:
            if run and not _RUN_GAP.fullmatch(text[run[-1].end : tok.start]):
                flush()
            run.append(tok)
        else:
            flush()
    flush()
    return out


# categories whose findings say nothing true about a name: a name is spelled as its owner spells it
_NAME_BLIND = frozenset({"spelling", "nonstandard"})
_REGISTRY = "STRUCT.Registry."  # editor.checks.kinds.people.RULE_PREFIX
_REGISTERED = frozenset({"spelling", "nonstandard", "affix", "foreign"})


def _head_of_unit(text: str, fix: str) -> bool:
    """Is ``fix`` the head of a unit or a place (Provinsi for Propinsi), or such a head split off
    a capitalised word glued to it (KabupatenLahat -> Kabupaten Lahat)? No person's name."""
    if " " in fix and text[1:] != text[1:].lower():
        fix = fix.split(" ", 1)[0]
    return fix.lower() in name_heads()


def _periods_only(f: Finding) -> bool:
    """Does the fix only add periods to the short form, or set its letters in the short form's
    own case ("Pj" -> "Pj.", "PLT" -> "Plt.")? It writes the short form, not its long form."""
    fix = f.suggestions[0] if f.suggestions else ""
    return fix != f.text and fix.replace(".", "").lower() == f.text.replace(".", "").lower()


def settle(ctx: CheckContext, findings: list[Finding]) -> list[Finding]:
    """Findings without those the draft's own evidence contradicts: anything inside a domain,
    handle or e-mail; the spelling or standard form of a word inside a person's name; the
    expansion of a short form the draft itself defines; a capital demanded at the start of a line
    that only continues the sentence of the line before. Style findings inside a quotation are
    the speaker's words: suggestions at most."""
    from editor.checks.zones import continued_lines, quoted

    draft = discourse(ctx)
    text = ctx.text
    continued = continued_lines(text) if "\n" in text else frozenset()
    # a quotation strictly around a finding: s < start and end < e, i.e. (s, e) contains
    # (start - 1, end + 1); indexed, so many quotations cost no more than a few
    quotes = Containment(quoted(text) if any(q in text for q in '“"') else ())
    kept = []
    for f in findings:
        if f.suggestions[:1] != ("",) and draft.is_protected(f.start, f.end):
            continue
        if (
            f.category in _NAME_BLIND
            and f.start in draft.in_names
            and " " not in f.text
            and not f.rule.startswith(_REGISTRY)
            and not (f.suggestions and _head_of_unit(f.text, f.suggestions[0]))
        ):
            # (the officials registry knows better: it holds the name's spelling); a head of a
            # unit or a place (Provinsi for Propinsi) is no part of a person's name
            continue
        if f.category in _REGISTERED and draft.in_company(f.start, f.end):
            continue  # PT Multi Prima Sejahtera: a company is written as it is registered
        if (
            f.category == "nonstandard"
            and f.severity != "suggestion"
            and f.start in draft.foreign
            and " " not in f.text
        ):
            # "rights issue": a word of an English phrase is English, not a non-standard
            # Indonesian form; its Indonesian spelling (isu) is no fix for the phrase
            f = replace(f, severity="suggestion", batch_safe=False)
        if f.category == "foreign" and f.start in draft.in_proper and f.text.isalpha():
            continue  # "Annual Reports Award": the name of something, not a word to translate
        if (
            f.category == "abbreviation"
            and f.text.rstrip(".").lower() in draft.defined
            and not _periods_only(f)
        ):
            # "Kepala Bidang (Kabid)": a short form the draft defines may stand for its long
            # form; but "Penjabat (Pj)" does not make the period of "Pj." optional
            continue
        if (
            f.start in continued
            and f.category == "capitalization"
            and f.suggestions[:1] == (f.text[:1].upper() + f.text[1:],)
        ):
            continue
        if (
            f.category == "style"
            and f.severity != "suggestion"
            and quotes.contains(f.start - 1, f.end + 1)
        ):
            f = replace(f, severity="suggestion", batch_safe=False)
        kept.append(f)
    return kept
