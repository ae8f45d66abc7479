"""``realword``: a slip that makes another valid word (a real-word error), decided from evidence.

A real-word slip passes the speller, so it is only flagged where something other than the word
itself says which word belongs there. Four kinds of evidence, one per rule (``evidence``):

- ``month``: the slot between a day number and a four-digit year holds a month, for certain;
  a capitalised word there that is not a month is the month nearest to it (shared opening
  letters, then edit distance);
- ``name``: an official name as edited news writes it (capitalised runs counted in the corpus,
  resources/stats/realword.tsv; the gazetteer's institutions; the official expansions of
  acronyms, resources/words/acronym-expansions.tsv) with one word one edit off, when the run as
  written is no known name and the changed word is a dictionary word;
- ``context``: a word one edit (or one affix sibling) from another, judged on the words either
  side: the other word is seen in the corpus with both neighbours, the written word with neither,
  and either the written word is common enough that never meeting those neighbours is telling or
  the other word is far more frequent (the noisy-channel prior); a function word a thousand times
  as frequent may win on one neighbour alone, and so may a content word on one content-word
  neighbour that marks it (``one_pair``: ibu hamil, never ibu hasil). Counts are small (half a
  million words), so this is a suggestion, a warning only where the counts are strong
  (``strong_pair``);
- ``recipient``: a preposition of place or time (``written``: pada) right after a verb that
  hands or tells something to someone (``cues``, a word list; one word of ``skip`` may stand
  between: menegaskan kembali pada ...), before a word that news writes after the preposition of
  the person addressed (``wanted``: kepada) ``min_pair`` times and never after the one written
  (kepada masyarakat, never pada masyarakat): KBBI's kepada marks the person an act is aimed at.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from functools import cache, lru_cache
from typing import Any

from rapidfuzz.distance import OSA

from editor.checks.corpus_stats import (
    cached_from,
    capital_rates,
    realword_stats,
    tag,
)
from editor.checks.finding import Finding
from editor.checks.kinds.base import CheckContext, Kind, RuleHeader, preserve_case
from editor.checks.kinds.capitals import in_headline
from editor.checks.nearby import OneEditIndex
from editor.checks.text import Kind as Tok
from editor.checks.text import Token
from editor.checks.wordlists import entries, table, word_set
from editor.paths import resource

EVIDENCE = ("month", "name", "context", "recipient")
GAZETTEER_COUNT = 1_000  # a gazetteer form counts as a name seen often
RECIPIENT_VERBS = "recipient-verbs"  # (the default word list of the recipient evidence's cues)


def distance(a: str, b: str) -> int:
    """Levenshtein distance with adjacent transpositions (optimal string alignment), at C
    speed."""
    return OSA.distance(a, b)


@cache
def _deletion_index() -> OneEditIndex:
    """The one-edit index of the corpus words, kept in the cache folder with the stats."""
    return cached_from("realword.tsv", "realword-deletions-4", OneEditIndex, _build_index)


def _build_index() -> OneEditIndex:
    return OneEditIndex(tuple(realword_stats().words))


@lru_cache(maxsize=65536)
def _known_neighbours(word: str) -> tuple[tuple[str, int], ...]:
    """The words the corpus has seen one edit (deletion, insertion, substitution, adjacent
    transposition) or one affix sibling (-an, -an/-aran) from ``word``, with their counts;
    the same neighbourhood as ``neighbours`` in scripts/data/build_realword_stats.py. A corpus
    word's are read from a table worked out once per stats file (most words a check asks of
    are corpus words), any other word's from the one-edit index."""
    words = realword_stats().words
    if word in words:
        return tuple((v, words[v]) for v in _corpus_neighbours().get(word, ()))
    return _neighbours(word)


def _neighbours(word: str) -> tuple[tuple[str, int], ...]:
    """``_known_neighbours`` looked up in the one-edit index."""
    words = realword_stats().words
    found = {v for v in _deletion_index().near(word) if v != word and OSA.distance(v, word) == 1}
    siblings = [word + "an"]
    if word.endswith("an"):
        siblings += [word[:-2], word[:-2] + "aran"]
    if word.endswith("aran"):
        siblings.append(word[:-4] + "an")
    found.update(v for v in siblings if v in words)
    return tuple(sorted((v, words[v]) for v in found))


@cache
def _corpus_neighbours() -> dict[str, tuple[str, ...]]:
    """Corpus word -> its ``_neighbours`` (the words alone, in order), for every corpus word
    that has one; kept in the cache folder with the stats (a third of a second to make, three
    milliseconds to read back)."""
    return cached_from("realword.tsv", "realword-neighbours-1", dict, _build_corpus_neighbours)


def _build_corpus_neighbours() -> dict[str, tuple[str, ...]]:
    table = {}
    for word in realword_stats().words:
        found = _neighbours(word)
        if found:
            table[word] = tuple(v for v, _ in found)
    return table


@cache
def _months() -> tuple[str, ...]:
    return entries("months-full")


@cache
def _name_index() -> dict[tuple[int, tuple[str, ...]], tuple[tuple[str, int], ...]]:
    """(position, the name's other words) -> (word at that position, count) for every name of
    three words or more and every name of two that Sunting lists; kept in the cache folder with
    the stats (and the gazetteer's institutions and the official expansions of acronyms it also
    reads)."""
    institutions = resource("gazetteer", "institutions.txt")
    expansions = resource("words", "acronym-expansions.tsv")
    return cached_from(
        "realword.tsv",
        "realword-names-3",
        dict,
        _build_name_index,
        also=(institutions, expansions),
    )


def _build_name_index() -> dict[tuple[int, tuple[str, ...]], tuple[tuple[str, int], ...]]:
    index: dict[tuple[int, tuple[str, ...]], list[tuple[str, int]]] = {}
    names = dict(realword_stats().names)
    listed: set[str] = set()  # the names Sunting lists (two words are enough for one of them)
    gazetteer = resource("gazetteer", "institutions.txt").read_text(encoding="utf-8")
    for line in gazetteer.splitlines():
        entry = line.split("#", 1)[0].strip()
        if entry:
            listed.add(entry.lower())  # official forms Sunting lists
    for value in table("acronym-expansions").values():
        for name in value.split("|"):  # the official names of bodies, plans and programmes
            words = name.replace(",", " ").split()
            if any(w[:1].isupper() for w in words):  # (a common noun's is no name)
                listed.add(" ".join(words).lower())
    for name in listed:
        names.setdefault(name, GAZETTEER_COUNT)
    for name, n in names.items():
        words = name.split()
        if len(words) < 2 or (len(words) == 2 and name not in listed):
            continue  # (two capitalised words the corpus counts are mostly a person's name)
        for j in range(len(words)):
            key = (j, tuple(words[:j] + words[j + 1 :]))
            index.setdefault(key, []).append((words[j], n))
    return {k: tuple(v) for k, v in index.items()}


class RealWord(Kind):
    """Spec: ``evidence`` (month, name or context). Optional: ``min_name`` (occurrences a name
    needs, default 5), for ``context`` ``min_pair`` (the other word's count with both neighbours
    together, default 4), ``min_expected`` (how often the written word would have met a
    neighbour had it behaved like the other word, default 2.0), ``min_word`` (occurrences the
    other word needs, default 3), ``min_ratio`` (an other word this many times as frequent as
    the written one wins on both neighbours however rare the written word; default off),
    ``min_one_side`` and ``one_side_ratio`` (an other word ``one_side_ratio`` times as frequent,
    default 1000, may win on one neighbour alone, seen with it ``min_one_side`` times; default
    off), ``strong_pair`` and ``strong_expected`` (evidence strong enough for a warning: both
    neighbours seen ``strong_pair`` times with the other word, the written word common enough
    to have met one ``strong_expected`` times; default off); for ``recipient`` ``written`` and
    ``wanted`` (the preposition written and the one meant), ``cues`` (the word list of the verbs
    after which it is meant, default resources/words/recipient-verbs.txt), ``skip`` (words that
    may stand between, a list) and ``min_pair``; for ``context`` also ``one_pair`` (a neighbour
    seen this often with the other word may name it alone, default off), ``one_expected``,
    ``one_lift`` and ``one_rate`` (see ``_one_side``). The message may use ``{text}`` and
    ``{suggestion}``."""

    name = "realword"
    paragraph_local = True
    keys = frozenset({"evidence"})
    optional = frozenset(
        {
            "min_name",
            "min_pair",
            "min_expected",
            "min_word",
            "min_ratio",
            "min_one_side",
            "one_side_ratio",
            "strong_pair",
            "strong_expected",
            "one_pair",
            "one_expected",
            "one_lift",
            "one_rate",
            "written",
            "wanted",
            "cues",
            "skip",
        }
    )

    def __init__(self, header: RuleHeader, spec: Mapping[str, Any]) -> None:
        super().__init__(header, spec)
        self.evidence = self.choice(spec, "evidence", EVIDENCE)
        self.min_name = int(spec.get("min_name", 5))
        self.min_pair = int(spec.get("min_pair", 4))
        self.min_expected = float(spec.get("min_expected", 2.0))
        self.min_word = int(spec.get("min_word", 3))
        self.min_ratio = float(spec.get("min_ratio", 0))
        self.min_one_side = int(spec.get("min_one_side", 0))
        self.one_side_ratio = float(spec.get("one_side_ratio", 1000))
        self.strong_pair = int(spec.get("strong_pair", 0))
        self.strong_expected = float(spec.get("strong_expected", 10.0))
        self.one_pair = int(spec.get("one_pair", 0))
        self.one_expected = float(spec.get("one_expected", 5.0))
        self.one_lift = float(spec.get("one_lift", 30.0))
        self.one_rate = float(spec.get("one_rate", 0.02))
        if self.evidence == "recipient":
            missing = {"written", "wanted"} - set(spec)
            if missing:
                raise self.fail(f"evidence recipient needs {', '.join(sorted(missing))}")
        self.written = str(spec.get("written", ""))
        self.wanted = str(spec.get("wanted", ""))
        self.cues = str(spec.get("cues", RECIPIENT_VERBS))
        self.skip = frozenset(str(w) for w in spec.get("skip", ()))
        self._params: _Params = (
            self.min_name,
            self.min_pair,
            self.min_expected,
            self.min_word,
            self.min_ratio,
            self.min_one_side,
            self.one_side_ratio,
            self.strong_pair,
            self.strong_expected,
            self.one_pair,
            self.one_expected,
            self.one_lift,
            self.one_rate,
        )

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        toks = ctx.model.tokens
        if self.evidence == "month":
            yield from self._months(ctx, toks)
        elif self.evidence == "name":
            yield from self._names(ctx, toks)
        elif self.evidence == "recipient":
            yield from self._recipient(ctx, toks)
        else:
            yield from self._context(ctx, toks)

    def _finding(
        self, ctx: CheckContext, tok: Token, wanted: str, severity: str | None = None
    ) -> Finding:
        fix = preserve_case(tok.text, wanted)
        message = self.header.message.format(text=tok.text, suggestion=fix)
        return self.header.finding(
            tok.start, tok.end, ctx.text, [fix], message=message, severity=severity
        )

    # -- a day, a word, a year -------------------------------------------------------------------
    def _months(self, ctx: CheckContext, toks: list[Token]) -> Iterator[Finding]:
        months, number = _months(), Tok.NUMBER
        for k in range(2, len(toks)):  # (from each year back: most tokens are no year)
            year = toks[k]
            if year.kind is not number or not _year(year):
                continue
            day, tok = toks[k - 2], toks[k - 1]
            if tok.kind is not Tok.WORD or not tok.text[:1].isupper() or len(tok.text) < 3:
                continue
            if tok.text.lower() in months:
                continue
            if not (_day(day) and _year(year) and _spaced(ctx.text, day, tok, year)):
                continue
            if tok.text.isupper() or ctx.lexicon.acronym_form(tok.text):
                continue  # an acronym, not a misspelt month
            if not ctx.lexicon.is_word(tok.text.lower()):
                continue  # a non-word is the speller's
            wanted = _nearest_month(tok.text.lower(), months)
            if wanted:
                yield self._finding(ctx, tok, wanted.capitalize())

    # -- an official name with one word off ------------------------------------------------------
    def _names(self, ctx: CheckContext, toks: list[Token]) -> Iterator[Finding]:
        text, word = ctx.text, Tok.WORD
        i, count = 0, len(toks)
        while i < count:
            tok = toks[i]
            if tok.kind is not word or not tok.text[:1].isupper() or tok.text.isupper():
                i += 1  # (``_capital`` inline: most tokens open no run)
                continue
            j = i + 1
            while j < count and _capital(toks[j]) and _gap(text, toks[j - 1], toks[j]):
                j += 1
            if j - i >= 2:
                yield from self._name_run(ctx, toks[i:j])
            i = j

    def _name_run(self, ctx: CheckContext, run: list[Token]) -> Iterator[Finding]:
        """The first word of the run (longest windows first) that a name the corpus knows
        writes one edit off, where the lexicon holds the word as written."""
        for at, word, wanted in _name_fixes(tuple(t.text.lower() for t in run), self.min_name):
            if ctx.lexicon.is_common(word):
                yield self._finding(ctx, run[at], wanted)
                return

    # -- a preposition after a verb of handing or telling -----------------------------------------
    def _recipient(self, ctx: CheckContext, toks: list[Token]) -> Iterator[Finding]:
        text, written, word = ctx.text, self.written, Tok.WORD
        cues = word_set(self.cues)
        stats = realword_stats()
        for i in range(1, len(toks) - 1):
            tok = toks[i]
            if tok.text != written:
                continue
            nxt = toks[i + 1]
            if nxt.kind is not word or not _gap(text, tok, nxt):
                continue
            k = i - 1
            if toks[k].text.lower() in self.skip and k > 0 and _gap(text, toks[k], tok):
                k -= 1  # (menegaskan kembali pada ...)
            verb = toks[k]
            if verb.kind is not word or verb.text.lower() not in cues:
                continue
            if not _gap(text, verb, toks[k + 1]) or in_headline(ctx, tok.start):
                continue
            right = nxt.text.lower()
            if stats.pair(self.wanted, right) < self.min_pair or stats.pair(written, right):
                continue  # the word after is no person addressed, or the written one is seen
            yield self._finding(ctx, tok, self.wanted)

    # -- the words either side -------------------------------------------------------------------
    def _context(self, ctx: CheckContext, toks: list[Token]) -> Iterator[Finding]:
        text, lexicon = ctx.text, ctx.lexicon
        word_kind = Tok.WORD
        for i in range(1, len(toks) - 1):
            tok = toks[i]
            word = tok.text
            if tok.kind is not word_kind or len(word) < 3 or not word.islower():
                continue
            prev, nxt = toks[i - 1], toks[i + 1]
            # (``_gap`` inline, before the neighbours' kinds: the cheapest test first)
            if text[prev.end : tok.start] != " " or text[tok.end : nxt.start] != " ":
                continue
            if not (_context_token(prev) and _context_token(nxt)):
                continue
            left, right = _fold(prev.text), _fold(nxt.text)
            if not lexicon.is_common(word) or in_headline(ctx, tok.start):
                continue
            best = self._best_context(ctx, word, left, right)
            if best:
                wanted, strong = best
                yield self._finding(ctx, tok, wanted, "warning" if strong else None)

    def _best_context(
        self, ctx: CheckContext, word: str, left: str, right: str
    ) -> tuple[str, bool] | None:
        """The word meant and whether the evidence is strong (both neighbours seen with it
        ``strong_pair`` times each and the written word common enough to have met them
        ``strong_expected`` times), or None."""
        best: tuple[float, str, bool] | None = None
        for other, score, strong in _context_evidence(word, left, right, self._params):
            if not ctx.lexicon.is_common(other) or _mostly_capitalised(ctx, other):
                continue  # a name, not the word meant
            if best is None or score > best[0]:
                best = (score, other, strong)
        return (best[1], best[2]) if best else None


_Params = tuple[int, int, float, int, float, int, float, int, float, int, float, float, float]
_CONTENT_TAGS = frozenset({"NN", "VB", "JJ"})  # (the corpus tags of a noun, a verb, an adjective)


@lru_cache(maxsize=65536)
def _context_evidence(
    word: str, left: str, right: str, params: _Params
) -> tuple[tuple[str, float, bool], ...]:
    """What the counts alone say of ``word`` between ``left`` and ``right``: the other words
    they favour, each with its score and whether the evidence is strong, in the order of
    ``_known_neighbours``; none where the written word is seen beside either neighbour. The
    counts never change in a process, so a word met again between the same neighbours (the
    next check of a draft) costs one lookup; what the lexicon says of the other words is asked
    by the caller."""
    (
        _name,
        min_pair,
        min_expected,
        min_word,
        min_ratio,
        min_one_side,
        one_side_ratio,
        strong_pair,
        strong_expected,
        one_pair,
        one_expected,
        one_lift,
        one_rate,
    ) = params
    neighbours = _known_neighbours(word)
    if not neighbours:
        return ()  # (asked first: half the corpus words have none, and it costs no count)
    stats = realword_stats()
    if stats.pair(left, word) or stats.pair(word, right):
        return ()  # the written word is seen here: nothing to say
    seen = stats.word(word)
    out: list[tuple[str, float, bool]] = []
    for other, n in neighbours:
        if n < min_word or 2 * n < seen:
            continue  # too rare to stand for a word written that often
        on_left, on_right = stats.pair(left, other), stats.pair(other, right)
        strong = bool(strong_pair) and (
            min(on_left, on_right) >= strong_pair
            and max(on_left, on_right) * seen / n >= strong_expected
        )
        if on_left and on_right and on_left + on_right >= min_pair:
            expected = max(on_left, on_right) * seen / n
            prior = bool(min_ratio) and n >= min_ratio * max(seen, 1)
            if expected < min_expected and not prior:
                continue  # the written word is too rare for its absence here to tell
        elif not (
            min_one_side
            and n >= one_side_ratio * max(seen, 1)
            and max(on_left, on_right) >= min_one_side
            and distance(word, other) == 1
        ) and not (
            one_pair
            and _one_side(
                word, other, seen, n, ((left, on_left), (right, on_right)), params[4], params[9:]
            )
        ):
            continue
        out.append((other, (on_left + on_right) / n, strong))
    return tuple(out)


def _one_side(
    word: str,
    other: str,
    seen: int,
    n: int,
    sides: tuple[tuple[str, int], tuple[str, int]],
    min_ratio: float,
    limits: tuple[int, float, float, float],
) -> bool:
    """Does one neighbour alone name ``other`` for ``word`` (which meets neither)? Both words
    are nouns, verbs or adjectives of one kind by their usual corpus tag (a word the corpus
    lacks may be any), the neighbour is one too (or a name), seen ``one_pair`` times with the
    other word, in ``one_rate`` of its occurrences and ``one_lift`` times as often as chance
    would have it (a neighbour that marks the other word, not one that goes with anything), and
    the written word either common enough to have met it ``one_expected`` times or never seen
    in the corpus, the other word ``min_ratio`` times or more (counts of a rare word are too
    small to stand for its frequency: "lahan", five times, is no rare word)."""
    one_pair, one_expected, one_lift, one_rate = limits
    kind = tag(other)
    if kind not in _CONTENT_TAGS or tag(word) not in (kind, ""):
        return False
    stats = realword_stats()
    for neighbour, together in sides:
        if together < one_pair or together < one_rate * n:
            continue
        if tag(neighbour) not in _CONTENT_TAGS and tag(neighbour) != "NNP":
            continue
        if together * _corpus_size() < one_lift * n * max(stats.word(neighbour), 1):
            continue
        if together * seen >= one_expected * n or (not seen and min_ratio and n >= min_ratio):
            return True
    return False


@cache
def _corpus_size() -> int:
    """The words the statistics counted (those seen twice or more)."""
    return sum(realword_stats().words.values())


@lru_cache(maxsize=16384)
def _name_fixes(words: tuple[str, ...], min_name: int) -> tuple[tuple[int, str, str], ...]:
    """What the counts alone say of a run of capitalised words (lower-cased): (position in the
    run, the word there, the word a known name has there) for each word of four letters or
    more, in each window of two to five words that is no known name, that a known name seen
    ``min_name`` times writes one edit off (the most frequent such name's word); longest
    windows first, then by window, then by position. The counts never change in a process,
    so a run met again (the next check of a draft) costs one lookup; the caller asks the
    lexicon whether the word as written is a common word."""
    stats, index = realword_stats(), _name_index()
    out: list[tuple[int, str, str]] = []
    for k in range(min(len(words), 5), 1, -1):
        for s in range(len(words) - k + 1):
            window = words[s : s + k]
            if stats.names.get(" ".join(window), 0):
                continue
            if any(w == window[0] for w, _ in index.get((0, window[1:]), ())):
                continue  # a name Sunting lists (the gazetteer, the official expansions)
            for p in range(k):
                word = window[p]
                if len(word) < 4:
                    continue
                key = (p, tuple(window[:p] + window[p + 1 :]))
                best = [
                    (n, w)
                    for w, n in index.get(key, ())
                    if n >= min_name and w != word and distance(w, word) == 1
                ]
                if best:
                    out.append((s + p, word, max(best)[1]))
    return tuple(out)


def _mostly_capitalised(ctx: CheckContext, word: str) -> bool:
    """Does news write ``word`` with a capital mid-sentence more often than not (a name)? Where
    the statistics do not know the word, the lexicon's name list decides."""
    rate = capital_rates().get(word)
    if rate is None or rate.mid < 3:
        return ctx.lexicon.is_name(word)
    return 2 * rate.capitalised > rate.mid


def _fold(word: str) -> str:
    return "0" if word[:1].isdigit() else word.lower()


def _context_token(tok: Token) -> bool:
    return tok.kind is Tok.WORD or (tok.kind is Tok.NUMBER and tok.text.isdigit())


def _gap(text: str, a: Token, b: Token) -> bool:
    return text[a.end : b.start] == " "


def _capital(tok: Token) -> bool:
    return tok.kind is Tok.WORD and tok.text[:1].isupper() and not tok.text.isupper()


def _day(tok: Token) -> bool:
    return tok.kind is Tok.NUMBER and tok.text.isdigit() and 1 <= int(tok.text) <= 31


def _year(tok: Token) -> bool:
    return tok.kind is Tok.NUMBER and len(tok.text) == 4 and tok.text[:2] in ("19", "20")


def _spaced(text: str, *toks: Token) -> bool:
    return all(_gap(text, a, b) for a, b in zip(toks, toks[1:], strict=False))


def _nearest_month(word: str, months: tuple[str, ...]) -> str | None:
    """The month sharing the longest opening with ``word`` (three letters at least), else the
    one nearest by edit distance (at most half the word)."""
    prefixed = [(len(_common_prefix(word, m)), m) for m in months]
    length, month = max(prefixed)
    if length >= 3:
        return month
    scored = sorted((distance(word, m), m) for m in months)
    dist, month = scored[0]
    if dist <= max(1, len(word) // 2) and (len(scored) < 2 or scored[1][0] > dist):
        return month
    return None


def _common_prefix(a: str, b: str) -> str:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return a[:n]
