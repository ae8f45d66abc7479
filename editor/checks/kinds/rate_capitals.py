"""Kinds that read how often edited news capitalises a word (resources/stats/capitals.tsv) one
word at a time: ``function_capital`` (a function word capitalised inside a sentence),
``name_head_capital`` (a word of address left in lower case before a name) and ``lower_name`` (a
name written in lower case), with the tests of the statistics they share. The capitalised runs
of several words are generic_capital.py's.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from editor.checks.corpus_stats import capital_rates, pair_count, realword_stats
from editor.checks.finding import Finding
from editor.checks.kinds.base import CheckContext, Kind, RuleHeader
from editor.checks.kinds.capitals import in_headline
from editor.checks.text import Kind as Tok
from editor.checks.text import Token
from editor.checks.wordlists import word_set

OPENING = frozenset("\"“'‘([:-–—•|/*#”’")
ADDRESS_WORDS = word_set("address-words")


def _capital_word(tok: Token) -> bool:
    return tok.kind is Tok.WORD and tok.text[:1].isupper()


_LOCATIVES = frozenset({"di", "ke", "dari"})
_ADMIN_WORDS = frozenset(w.lower().rstrip(".") for w in word_set("admin-words"))


def _locative_before_place(ctx: CheckContext, word: str, nxt: str) -> bool:
    """A preposition of place before a region the gazetteer knows or an administrative unit
    ("penerapannya Di Lahat", "tinggal Di Kecamatan Merapi"): no name opens with it, so its
    capital is a slip, not the first part of a name."""
    if word.lower() not in _LOCATIVES:
        return False
    lex = ctx.lexicon
    return nxt.lower() in _ADMIN_WORDS or (lex.is_place(nxt) and not nxt.isupper())


def _common_only(ctx: CheckContext, word: str) -> bool:
    """A dictionary word no name list holds and news writes in lower case, or too rare to count
    and derived by affixes (Bersilaturahmi, Bantuan): no name goes on after it through a
    function word, as John goes on in "John Di Domenico"."""
    lex = ctx.lexicon
    low = word.lower()
    if not (word[1:].islower() and lex.is_common(low)) or lex.is_name(word) or lex.is_place(word):
        return False
    rate = capital_rates().get(low)
    if rate is not None and rate.mid >= 5:
        return rate.capitalised <= 0.5 * rate.mid  # news writes it in lower case (not John)
    analysis = lex.analyse(low)  # too rare to count: a word derived by affixes is no name
    return analysis is not None and bool(analysis.prefixes) and not lex.is_english(low)


class CapitalRateKind(Kind):
    """A kind that flags words news rarely writes with a capital mid-sentence. Spec: ``tags``
    (part-of-speech tags of the corpus statistics), ``max_rate`` (share of capitalised
    mid-sentence uses at most) and ``min_count`` (mid-sentence uses at least)."""

    keys = frozenset({"tags", "max_rate", "min_count"})

    def __init__(self, header: RuleHeader, spec: Mapping[str, Any]) -> None:
        super().__init__(header, spec)
        self.tags = frozenset(str(t) for t in spec["tags"])
        self.max_rate = float(spec["max_rate"])
        self.min_count = int(spec["min_count"])
        self._tests_key = ("rarely_capitalised", self.tags, self.max_rate, self.min_count)

    def rarely_capitalised(self, word: str) -> bool:
        memo = _word_tests(self._tests_key)
        found = memo.get(word)
        if found is None:
            found = memo[word] = rarely_capitalised(word, self.tags, self.max_rate, self.min_count)
        return found


class FunctionCapital(CapitalRateKind):
    """``function_capital``: a preposition or conjunction capitalised inside a sentence, a name or
    a title (``Bantuan Untuk Warga``, ``Kecamatan Dan Kelurahan``, ``Aparatur Dalam Rangka``).
    EYD V writes the function words of names and titles in lower case unless they open them.

    Which words are function words comes from the corpus statistics: the part-of-speech tag news
    gives them (``tags``) and a capital rate mid-sentence of at most ``max_rate`` over at least
    ``min_count`` occurrences. A capital that could open a name (after a lower-case word and
    before a capitalised one: ``novelis Dan Brown``) or join one (before a word the dictionary
    does not hold, after one that may be a name: ``John Di Domenico``) is left alone, as are English phrases, sentence starts and
    words after an opening quote, bracket, colon or bullet. Headlines are checked too: a
    title-case headline keeps its function words in lower case as well. After an abbreviation's
    period (``abad ke-6 M.``, ``kuartal I.``) the sentence may have ended: EYD V lets that period
    close it, so a capital there is left alone.

    Spec: ``tags``, ``max_rate``, ``min_count``; optional ``after_verb_count`` (a lower floor
    of uses for the function words that follow a verb)."""

    name = "function_capital"
    paragraph_local = True
    optional = frozenset({"after_verb_count"})

    def __init__(self, header: RuleHeader, spec: Mapping[str, Any]) -> None:
        super().__init__(header, spec)
        self.after_verb_count = int(spec.get("after_verb_count", self.min_count))

    def function_word(self, word: str) -> bool:
        if not word[:1].isupper() or (len(word) > 1 and word.isupper()):
            return False
        return self.rarely_capitalised(word)

    def after_verb(self, ctx: CheckContext, word: str, prev: Token) -> bool:
        """A less frequent preposition or conjunction (``after_verb_count`` uses at least:
        bersama, melalui, terhadap) right after an active verb by its form (``Bersilaturahmi
        Bersama``, ``Menyapa Bersama``): there it is the verb's preposition, no adverb of a
        name (``Doa Bersama``). After a passive one it may be the adverb of a heading
        (``Dikebut Tanpa Henti``), left to the reviewer."""
        if self.after_verb_count >= self.min_count or not word[:1].isupper() or word.isupper():
            return False
        if not rarely_capitalised(word, self.tags, self.max_rate, self.after_verb_count):
            return False
        analysis = ctx.lexicon.analyse(prev.text.lower())
        return (
            analysis is not None
            and analysis.prefixes[:1] in (("meN",), ("ber",), ("memper",))
            and analysis.suffix != "an"
        )

    def in_lower_pair(self, word: str, nxt: Token) -> bool:
        """A function word news capitalises a little more often (in names: Kementerian Dalam
        Negeri; at most five times ``max_rate``) before a word with which news writes it 20+
        times and never both capitalised (``Dalam Rangka``): there it is no name's."""
        if not word[:1].isupper() or word.isupper() or nxt.kind is not Tok.WORD:
            return False
        if not rarely_capitalised(word, self.tags, 5 * self.max_rate, self.min_count):
            return False
        first, second = word.lower(), nxt.text.lower()
        if pair_count(first, second) < LOWER_PAIR_USES:
            return False
        return realword_stats().names.get(f"{first} {second}", 0) == 0

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        text, toks = ctx.text, ctx.model.tokens
        starts = ctx.model.sentence_starts
        for i in range(1, len(toks) - 1):
            tok = toks[i]
            if tok.kind is not Tok.WORD or tok.start in starts:
                continue
            prev, nxt = toks[i - 1], toks[i + 1]
            if (
                not self.function_word(tok.text)
                and not self.after_verb(ctx, tok.text, prev)
                and not self.in_lower_pair(tok.text, nxt)
            ):
                continue
            if prev.text in OPENING or prev.kind not in (Tok.WORD, Tok.NUMBER, Tok.ABBREV):
                continue
            if "\n" in text[prev.end : tok.start] or prev.end == tok.start:
                continue
            if prev.kind is Tok.ABBREV and prev.text.endswith("."):
                continue  # its period may end the sentence too: "pada kuartal I. Dengan itu"
            if (
                _capital_word(nxt)
                and (
                    not prev.text[:1].isupper()
                    or not (
                        nxt.text.isupper()
                        or ctx.lexicon.is_common(nxt.text)
                        or _common_only(ctx, prev.text)
                    )
                )
                and not _locative_before_place(ctx, tok.text, nxt.text)
            ):
                continue  # may open or join a name: "novelis Dan Brown", "John Di Domenico"
            if ctx.lexicon.is_english(prev.text) and not ctx.lexicon.is_common(prev.text):
                continue  # an English phrase ("Earning Per Share")
            if nxt.start == tok.end and nxt.text not in ".,;:!?":
                continue  # part of a longer token ("Di-", "Dan/")
            if nxt.text == "(":
                continue  # a name its acronym follows
            yield self.header.finding(tok.start, tok.end, text, [tok.text.lower()])


LOWER_PAIR_USES = 20  # uses of a pair, never both capitalised, that make it no name's


class NameHeadCapital(Kind):
    """``name_head_capital``: a word of address left in lower case right before the name or
    office it refers to (``pak Bupati``, ``bu Lurah``; resources/words/address-words.txt) where
    edited news writes that word with a capital nearly every time, and every time a capitalised
    word follows it (``ibu`` is not: ibu kota, ibu rumah tangga).

    Evidence: resources/stats/capitals.tsv; the word needs ``min_count`` occurrences right
    before a capitalised word, capitalised in at least ``min_rate`` of them and in at least
    ``min_overall`` of all its mid-sentence occurrences. English words and acronyms after it are
    left alone (an English name, a unit: ``pak ASN`` is a guess too far).

    Spec: ``min_rate``, ``min_overall``, ``min_count``."""

    name = "name_head_capital"
    paragraph_local = True
    keys = frozenset({"min_rate", "min_overall", "min_count"})

    def __init__(self, header: RuleHeader, spec: Mapping[str, Any]) -> None:
        super().__init__(header, spec)
        self.min_rate = float(spec["min_rate"])
        self.min_overall = float(spec["min_overall"])
        self.min_count = int(spec["min_count"])

    def name_head(self, ctx: CheckContext, word: str) -> bool:
        if not word.islower() or word not in ADDRESS_WORDS:
            return False
        rate = capital_rates().get(word)
        return (
            rate is not None
            and rate.before >= self.min_count
            and rate.capitalised_before >= self.min_rate * rate.before
            and rate.capitalised >= self.min_overall * rate.mid
        )

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        text, toks = ctx.text, ctx.model.tokens
        for i in range(1, len(toks) - 1):
            tok, nxt, prev = toks[i], toks[i + 1], toks[i - 1]
            if tok.kind is not Tok.WORD or not _capital_word(nxt) or nxt.text.isupper():
                continue
            if text[tok.end : nxt.start] != " " or prev.end == tok.start:
                continue
            if not self.name_head(ctx, tok.text):
                continue
            if in_headline(ctx, tok.start):
                continue
            yield self.header.finding(tok.start, tok.end, text, [tok.text.capitalize()])


class LowerName(Kind):
    """``lower_name``: a name written in lower case mid-sentence (``orang asli papua``). Evidence
    from real text, not a list: resources/stats/capitals.tsv holds the word from at least
    ``min_count`` mid-sentence occurrences, tagged a proper noun (NNP) and capitalised in at
    least ``min_rate`` of them, and neither dictionary (Indonesian, English) knows it as a
    common word. A word glued to its neighbours (an address, a hashtag, a file name) is left
    alone.

    Spec: ``min_rate``, ``min_count``."""

    name = "lower_name"
    paragraph_local = True
    keys = frozenset({"min_rate", "min_count"})

    def __init__(self, header: RuleHeader, spec: Mapping[str, Any]) -> None:
        super().__init__(header, spec)
        self.min_rate = float(spec["min_rate"])
        self.min_count = int(spec["min_count"])

    def lower_name(self, ctx: CheckContext, word: str) -> bool:
        return (
            _counted_name(word, self.min_rate, self.min_count)
            and not ctx.lexicon.is_common(word)
            and not self._english_term(ctx, word)
        )

    @staticmethod
    def _english_term(ctx: CheckContext, word: str) -> bool:
        """An English word that no name list holds: a term borrowed whole (kernel)."""
        lex = ctx.lexicon
        return lex.is_english(word) and not lex.is_name(word) and not lex.is_place(word.title())

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        text, toks = ctx.text, ctx.model.tokens
        word, min_rate, min_count = Tok.WORD, self.min_rate, self.min_count
        counted = _counted_names(min_rate, min_count)
        for i in range(1, len(toks)):
            tok = toks[i]
            if tok.kind is not word:
                continue
            named = counted.get(tok.text)
            if named is None:
                named = counted[tok.text] = _counted_name(tok.text, min_rate, min_count)
            if not named or not self.lower_name(ctx, tok.text):
                continue  # (the statistics' test first: one lookup for most words)
            prev = toks[i - 1]
            if prev.end == tok.start or text[prev.end : tok.start].count("\n"):
                continue
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if nxt is not None and nxt.start == tok.end and nxt.text not in '.,;:!?)”"':
                continue
            yield self.header.finding(tok.start, tok.end, text, [tok.text.capitalize()])


def _counted_name(word: str, min_rate: float, min_count: int) -> bool:
    """Is ``word`` (a lower-case word of three letters or more) a proper noun that edited news
    capitalises in ``min_rate`` of its ``min_count`` or more mid-sentence uses?"""
    if not (word.isalpha() and word.islower() and len(word) >= 3):
        return False
    rate = capital_rates().get(word)
    return (
        rate is not None
        and rate.tag == "NNP"
        and rate.mid >= min_count
        and rate.capitalised >= min_rate * rate.mid
    )


# a test of the statistics alone per word (``_counted_name``, ``rarely_capitalised``), by the
# test and its thresholds: the statistics never change in a process, so a word checked again
# (the next check of a draft) costs one dict lookup
_WORD_TESTS: dict[tuple[Any, ...], dict[str, bool]] = {}
_KEPT_WORDS = 65_536  # a memo this full is emptied


def _word_tests(key: tuple[Any, ...]) -> dict[str, bool]:
    memo = _WORD_TESTS.get(key)
    if memo is None or len(memo) > _KEPT_WORDS:
        memo = _WORD_TESTS[key] = {}
    return memo


def _counted_names(min_rate: float, min_count: int) -> dict[str, bool]:
    return _word_tests(("lower_name", min_rate, min_count))


def rarely_capitalised(word: str, tags: frozenset[str], max_rate: float, min_count: int) -> bool:
    """Does edited news write ``word`` (tagged one of ``tags``) mid-sentence ``min_count`` times
    at least, with a capital at most ``max_rate`` of them (resources/stats/capitals.tsv)?"""
    rate = capital_rates().get(word.lower())
    return (
        rate is not None
        and rate.tag in tags
        and rate.mid >= min_count
        and rate.capitalised <= max_rate * rate.mid
    )
