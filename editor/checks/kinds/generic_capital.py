"""``generic_capital``: a capitalised phrase mid-sentence made only of words that edited news
writes in lower case (``para Wisatawan``, ``membantu Ibu Rumah Tangga``, ``mulai Jam 8``).

Evidence comes from real text, not a word list: resources/stats/capitals.tsv counts, for every
word, how often edited Indonesian news writes it with a capital mid-sentence. A run of capitalised
words (joined by ``dan``/``serta``/``atau``) is flagged only when every word in it is known from
enough occurrences and is almost never capitalised there; one word that news capitalises (Dinas,
Kabupaten, Sungai, a name) makes the run a name and leaves it alone. Runs next to other capitals,
inside a short quotation (a quoted title), before an acronym in brackets, inside title-case lines,
in headlines or at a sentence start are left alone too.

With ``head: true`` the rule looks instead at the first word of a capitalised run that does hold a
name (``membantu Masyarakat Bali``, ``ungkap Mantan Ketua DPRD``): the statistics also count how
often each word stands right before a capitalised word and how often it is capitalised there. A
head that news writes in lower case before names too (masyarakat, warga, mantan, selaku) is a
generic word in front of the name, not its first part; one that news capitalises there (Kepala,
Desa, Ketua) is left alone.

Three more modes look at one part of a run each: ``acronym_prefix`` at the words before the name
an acronym in brackets spells out by its initials (``menggelar Lomba Memperingati Hari Gizi
Nasional (HGN)``), ``alone_rate`` at one capital standing alone that news (almost) never writes
alone (``harga minyak Dunia``; with ``offices``, an office without a holder or a body: ``diwakili
Sekretaris,``), ``tail`` at an adjective news never capitalises after a place (``Kota Lahat
Tercinta``). The head mode also lowers a generic head coordinated before a name (``Visi dan Misi
Bupati``), the phrase mode a reduplicated plural of an office ending a run (``Kepala Distrik
Kepala-kepala kampung``). ``acronym_term`` looks at a run its bracketed acronym spells out
whole (``Sumber Daya Manusia (SDM)``): a common term when news writes its words, and its pairs,
in lower case (resources/stats/realword.tsv counts the pairs news capitalises inside names).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from functools import lru_cache
from typing import Any

from editor.checks.corpus_stats import capital_rates, pair_count, realword_stats, tag
from editor.checks.discourse import acronym_fits
from editor.checks.finding import Finding
from editor.checks.kinds.base import CheckContext, Kind, RuleHeader
from editor.checks.kinds.capitals import in_headline, recase
from editor.checks.quotes import quoted_spans
from editor.checks.text import Kind as Tok
from editor.checks.text import Token
from editor.checks.wordlists import table, word_set

OPENING = frozenset("\"“'‘([:-–—•|/*#”’")
QUOTES = frozenset("\"“'‘")
TITLE_FUNCTION_WORDS = word_set("title-function-words")
NAME_HEADS = word_set("name-heads")
DEGREES = word_set("degrees")
COUNT_WORDS = word_set("quantifiers") | word_set("numerals")
LEVEL_WORDS = word_set("level-words")
GROUP_HEADS = word_set("group-heads")
ADDRESS_WORDS = word_set("address-words")
_MEASURE_WORDS = word_set("counting-nouns")

# the words a common term (Sumber Daya Manusia) and a gazetteer place (Kalimantan Tengah) hold
_TERM_WORDS, _PLACE_WORDS = 5, 6


class GenericCapital(Kind):
    """Spec: ``max_rate`` (share of mid-sentence occurrences written with a capital, at most),
    ``min_count`` (mid-sentence occurrences the statistics must hold); optional ``joiners``
    (lower-case words that may stand inside a run), ``head`` (flag the generic first word of a
    run that holds a name), ``min_before`` (occurrences before a capitalised word the statistics
    must hold for a head), ``acronym_prefix`` (look instead at the words a run holds before the
    name its bracketed acronym spells out), ``alone_rate`` (look instead at one capitalised word standing alone,
    that news writes with a capital on its own in at most this share of its mid-sentence uses)
    and ``alone_above`` (and in more than this share: the rarer, contested cases), ``offices``
    (with ``alone_rate``: only the words of offices held by a person, whatever their tag) and
    ``acronym_term`` (look instead at a run its bracketed acronym spells out whole: a common
    term by the statistics of its words and of its pairs)."""

    name = "generic_capital"
    paragraph_local = False  # a word the document writes inside a name elsewhere is a name
    keys = frozenset({"max_rate", "min_count"})
    optional = frozenset(
        {
            "joiners",
            "head",
            "min_before",
            "alone_rate",
            "alone_above",
            "acronym_prefix",
            "tail",
            "offices",
            "acronym_term",
        }
    )

    def __init__(self, header: RuleHeader, spec: Mapping[str, Any]) -> None:
        super().__init__(header, spec)
        self.max_rate = float(spec["max_rate"])
        self.min_count = int(spec["min_count"])
        self.joiners = frozenset(spec.get("joiners", ["dan", "serta", "atau"]))
        self._ends_key = "generic_capital.run_end:" + " ".join(sorted(self.joiners))
        self.head = bool(spec.get("head", False))
        self.min_before = int(spec.get("min_before", 5))
        alone = spec.get("alone_rate")
        self.alone_rate = None if alone is None else float(alone)
        self.alone_above = float(spec.get("alone_above", -1.0))
        self.acronym_prefix = bool(spec.get("acronym_prefix", False))
        self.tail = bool(spec.get("tail", False))
        self.offices = bool(spec.get("offices", False))
        self.acronym_term = bool(spec.get("acronym_term", False))

    def generic(self, word: str) -> bool:
        return _generic(word, self.min_count, self.max_rate)

    def _derived_noun(self, ctx: CheckContext, word: str) -> bool:
        """A noun derived with a confix (ke-an, pe-an, per-an: kesuksesan, pelaksanaan) that the
        statistics hold too rarely to judge and the lexicon does not know as a name: standing
        alone between lower-case words it is a common noun."""
        rate = capital_rates().get(word.lower())
        if rate is not None and (rate.mid >= self.min_count or rate.capitalised > 0.2 * rate.mid):
            return False
        if ctx.lexicon.is_name(word):
            return False
        analysis = ctx.lexicon.analyse(word.lower())
        return (
            analysis is not None
            and analysis.suffix == "an"
            and analysis.prefixes[:1] in (("ke",), ("peN",), ("pe",), ("per",))
        )

    def generic_head(self, word: str) -> bool:
        """A word news writes in lower case even right before a capitalised word."""
        if not self.generic(word):
            return False
        if word.lower() in GROUP_HEADS:
            return True  # "Jajaran Pemkab Lahat": no name opens with it, however rarely counted
        rate = capital_rates()[word.lower()]
        return (
            rate.tag in HEAD_TAGS
            and rate.before >= self.min_before
            and rate.capitalised_before <= 1.5 * self.max_rate * rate.before
        )

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        text, toks = ctx.text, ctx.model.tokens
        after = 1  # the next token a run may open at
        # where a run opened at a token ends, shared by the rules with the same joiners
        ends: dict[int, int] = ctx.memo.setdefault(self._ends_key, {})
        for i in _capitalised_mid_sentence(ctx):
            if i < after:
                continue
            last = ends.get(i)
            if last is None:
                last = ends[i] = self._run_end(text, toks, i)
            if self.tail:
                if last > i and self._tail_flaggable(ctx, toks, i, last):
                    tok = toks[last]
                    yield self.header.finding(tok.start, tok.end, text, [tok.text.lower()])
            elif self.acronym_term:
                if self._term_flaggable(ctx, toks, i, last):
                    start, stop = toks[i].start, toks[last].end
                    wanted = recase(text[start:stop], "lower")
                    yield self.header.finding(start, stop, text, [wanted])
            elif self.acronym_prefix:
                yield from self._prefix_findings(ctx, toks, i, last)
            elif self.alone_rate is not None:
                if i == last and (
                    self._alone_flaggable(ctx, toks, i) or self._pair_alone(ctx, toks, i)
                ):
                    tok = toks[i]
                    yield self.header.finding(tok.start, tok.end, text, [tok.text.lower()])
            elif self.head:
                for j in self._run_heads(toks, i, last):
                    if self._head_flaggable(ctx, toks, j, last):
                        head = toks[j]
                        yield self.header.finding(head.start, head.end, text, [head.text.lower()])
                term = self._term_before_place(ctx, toks, i, last)
                if term is not None:
                    start, stop = toks[i].start, toks[term].end
                    wanted = recase(text[start:stop], "lower")
                    yield self.header.finding(start, stop, text, [wanted])
                if last == i + 1 and self._before_common_acronym(ctx, toks, i):
                    tok = toks[i]
                    yield self.header.finding(tok.start, tok.end, text, [tok.text.lower()])
                end = self._coordinated_head(ctx, toks, i, last)
                if end is not None:
                    start, stop = toks[i].start, toks[end].end
                    yield self.header.finding(
                        start, stop, text, [recase(text[start:stop], "lower")]
                    )
            elif self._flaggable(ctx, toks, i, last):
                # one finding per member of a coordination ("Camat", "Kepala Desa"): each is
                # its own slip, and a reviewer may keep one
                for first, end_tok in self._members(toks, i, last):
                    start, end = toks[first].start, toks[end_tok].end
                    wanted = recase(text[start:end], "lower")
                    if wanted != text[start:end]:
                        yield self.header.finding(start, end, text, [wanted])
            elif last > i and self._plural_tail(ctx, toks, i, last):
                tok = toks[last]
                yield self.header.finding(tok.start, tok.end, text, [tok.text.lower()])
            elif self._possessive(ctx, toks, i, last):
                tok = toks[i]
                yield self.header.finding(tok.start, tok.end, text, [tok.text.lower()])
            after = last + 1

    def _tail_flaggable(self, ctx: CheckContext, toks: list[Token], i: int, last: int) -> bool:
        """The last word of a run is an adjective or participle news never capitalises, after a
        place the gazetteer knows or a proper noun news always capitalises (``Kota Lahat
        Tercinta``): it describes the place, no part of its name."""
        tail, before = toks[last], toks[last - 1]
        word = tail.text
        if not word.isalpha() or word.isupper() or not _capital_word(before):
            return False
        rate = capital_rates().get(word.lower())
        if rate is None or rate.capitalised or rate.mid < self.min_count or rate.tag not in _NP_VB:
            return False
        lex = ctx.lexicon
        if not (lex.is_place(before.text) or _proper_noun(before.text)):
            return False
        if lex.is_place(f"{before.text} {word}"):
            return False
        nxt = toks[last + 1] if last + 1 < len(toks) else None
        if nxt is not None:
            if nxt.start == tail.end and nxt.text not in ".,;:!?":
                return False
            if nxt.kind is not Tok.WORD and nxt.text not in ".,;:!?":
                return False
            if nxt.kind is Tok.WORD and not nxt.text.islower():
                return False
        return self._context_allows(ctx, toks, i, last)

    def _possessive(self, ctx: CheckContext, toks: list[Token], i: int, last: int) -> bool:
        """A common word with the possessive ``-nya`` opening a run (``bersama Wakilnya Ahmad``):
        a clitic of possession belongs to no name, so the word is the common noun."""
        word = toks[i].text
        if not word.endswith("nya") or not word.isalpha() or word[1:].lower() != word[1:]:
            return False
        base, lex = word[:-3], ctx.lexicon
        if len(base) < 4 or not lex.is_common(base.lower()) or lex.is_place(base):
            return False
        if lex.is_place(word) or lex.is_name(word):
            return False
        if last > i and toks[i + 1].text in self.joiners:
            return False
        return self._context_allows(ctx, toks, i, i if last == i else last)

    def _plural_tail(self, ctx: CheckContext, toks: list[Token], i: int, last: int) -> bool:
        """A reduplicated plural of an office or a group (``Kepala-kepala``) ending a run before
        a lower-case word (``Kepala Distrik Kepala-kepala kampung``): a plural counts the holders
        of an office in general, so it is neither the end of the name before it nor a name."""
        tok = toks[last]
        if toks[last - 1].text in self.joiners or not _plural_word(ctx, tok):
            return False
        if tok.text.partition("-")[0].lower() not in _PLURAL_HEADS:
            return False
        nxt = toks[last + 1] if last + 1 < len(toks) else None
        if nxt is None or nxt.kind is not Tok.WORD or not nxt.text.islower():
            return False
        if nxt.start == tok.end or not ctx.lexicon.is_common(nxt.text):
            return False
        return self._context_allows(ctx, toks, i, last)

    def _term_flaggable(self, ctx: CheckContext, toks: list[Token], i: int, last: int) -> bool:
        """A run of two words or more that its acronym in brackets spells out whole (``sumber
        daya manusia (SDM)``), each word one news writes in lower case and no pair of them one
        news writes capitalised in most of its uses (``lingkungan hidup``: the ministry's name):
        a common term with its short form, no name of a body, an event or a document."""
        if last + 3 >= len(toks) or toks[last + 1].text != "(" or toks[last + 3].text != ")":
            return False
        acronym = toks[last + 2].text
        if not acronym.isalpha() or not acronym[:1].isupper() or len(acronym) < 2:
            return False
        words = [t.text for t in toks[i : last + 1] if t.is_word]
        if len(words) < 2 or any(w in self.joiners or not w.isalpha() for w in words):
            return False
        if not acronym_fits(acronym, " ".join(words)):
            return False
        pairs = [_pair_uses(a, b) for a, b in zip(words, words[1:], strict=False)]
        if any(total < MIN_PAIR or named > PAIR_NAME_SHARE * total for total, named in pairs):
            return False  # a pair news never wrote, or writes inside names mostly
        if not self._generic_words(words):
            return False
        return self._context_allows(ctx, toks, i, last, name_end=last + 3)

    def _common_term(self, words: list[str]) -> bool:
        """Two words or more that news writes as a common term: every word generic by the
        statistics, every pair of them seen 3+ times and capitalised (inside a name) in at most
        half its uses."""
        if len(words) < 2 or any(w in self.joiners or not w.isalpha() for w in words):
            return False
        if not all(self.generic(w) for w in words):
            return False  # (no pair makes a word generic here: "Pemerintah Daerah" + a place)
        for a, b in zip(words, words[1:], strict=False):
            total, named = _pair_uses(a, b)
            if total < MIN_PAIR or named > PAIR_NAME_SHARE * total:
                return False
        return True

    def _term_before_place(
        self, ctx: CheckContext, toks: list[Token], i: int, last: int
    ) -> int | None:
        """A common term opening a run before a place the gazetteer knows (``mempersiapkan
        Sumber Daya Manusia Kalimantan Tengah``): the place's name follows the term, no name
        holds it. The term's last token, or None."""
        # a term and a place of a few words each: a long run of capitals ("Rp Rp Rp ...") is
        # not sliced at every token (which made this quadratic in the run's length)
        for k in range(max(i + 1, last - _PLACE_WORDS), min(last, i + _TERM_WORDS + 1)):
            place = ctx.text[toks[k + 1].start : toks[last].end]
            if not ctx.lexicon.is_place(place):
                continue
            words = [t.text for t in toks[i : k + 1]]
            if not self._common_term(words) or _degree_at(toks, i):
                return None
            return k if self._context_allows(ctx, toks, i, last) else None
        return None

    def _generic_words(self, words: list[str]) -> bool:
        """Each word generic by the statistics, or one news capitalises a little more often
        (kerja) in pairs with its neighbours that news writes in lower case in all of their
        uses (kunjungan kerja): a common term, whatever that word's rate."""
        if all(self.generic(w) for w in words):
            return True
        if len(words) < 2:
            return False
        for k, word in enumerate(words):
            if self.generic(word):
                continue
            rate = capital_rates().get(word.lower())
            if rate is None or rate.capitalised > NEAR_GENERIC * self.max_rate * rate.mid:
                return False  # (pemerintah, capitalised in 17 %: "Pemerintah Daerah (Pemda)")
            near = [
                _pair_uses(words[m], words[m + 1]) for m in (k - 1, k) if 0 <= m < len(words) - 1
            ]
            if not all(total >= MIN_LOWER_PAIR and named == 0 for total, named in near):
                return False
        return True

    def _prefix_findings(
        self, ctx: CheckContext, toks: list[Token], i: int, last: int
    ) -> Iterator[Finding]:
        """The generic words a run holds before the name its acronym in brackets spells out
        (``menggelar Lomba Memperingati Hari Kesehatan Nasional (HKN)``: HKN's letters are the
        initials of the last three words only, so the first two are no part of the name)."""
        split = _acronym_split(ctx.text, toks, i, last, self.joiners)
        if split is None:
            return
        end = split - 1
        while end > i and toks[end].text in self.joiners:
            end -= 1
        members = list(self._members(toks, i, end))
        if not all(self._prefix_member(ctx, toks, a, b) for a, b in members):
            return
        if not self._context_allows(ctx, toks, i, end, name_end=last + 3):
            return
        text = ctx.text
        for a, b in members:
            start, stop = toks[a].start, toks[b].end
            wanted = recase(text[start:stop], "lower")
            if wanted != text[start:stop]:
                yield self.header.finding(start, stop, text, [wanted])

    def _prefix_member(self, ctx: CheckContext, toks: list[Token], a: int, b: int) -> bool:
        """Words ``a..b`` before an acronym's name are common words outside it: each generic by
        the statistics, an office a region has many holders of (Kepala Desa), a derived noun
        (Penyusunan), or common nouns before the verb that ends them (Lomba Memperingati; one
        the statistics never saw must be no name either)."""
        words = [t for t in toks[a : b + 1] if t.is_word]
        if not words or any(not w.text.isalpha() or w.text.isupper() for w in words):
            return False
        if all(self.generic(w.text) for w in words):
            return True
        if len(_many_holders(words)) == len(words):
            return True
        if len(words) == 1 and self._derived_noun(ctx, words[0].text):
            return True
        lex = ctx.lexicon
        if not _verb_form(ctx, words[-1].text):
            return False
        return all(
            self.generic(w.text)
            or (
                lex.is_common(w.text.lower())
                and not lex.is_place(w.text)
                and _seldom_capital(w)
                and (w.text.lower() in capital_rates() or not lex.is_name(w.text))
            )
            for w in words[:-1]
        )

    def _pair_alone(self, ctx: CheckContext, toks: list[Token], i: int) -> bool:
        """One capitalised noun before a lower-case word with which news writes it 20+ times,
        never both capitalised (``dan Bank sampah``: the pair is a common term, ``bank sampah``),
        with no capital on either side: the capital is no name's. The plain rule only."""
        if self.offices or self.alone_above >= 0:
            return False
        tok, prev = toks[i], toks[i - 1]
        word = tok.text
        rate = capital_rates().get(word.lower())
        if not word.isalpha() or word.isupper() or rate is None or rate.tag != "NN":
            return False
        if rate.capitalised >= 0.5 * rate.mid:
            return False  # (a word news capitalises mostly: a name's)
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if (
            nxt is None
            or nxt.kind is not Tok.WORD
            or not nxt.text.islower()
            or nxt.start == tok.end
        ):
            return False
        lex = ctx.lexicon
        if not lex.is_common(nxt.text) or not (prev.kind is Tok.WORD and prev.text.islower()):
            return False
        if tag(nxt.text) != "NN":
            return False  # a noun compound ("bank sampah"), not a clause going on ("yang")
        total, named = _pair_uses(word, nxt.text)
        if total < MIN_ALONE_PAIR or named > 0:
            return False
        if lex.is_place(word) or word in _name_parts(ctx) or word.lower() in ADDRESS_WORDS:
            return False
        return self._context_allows(ctx, toks, i, i)

    def _alone_flaggable(self, ctx: CheckContext, toks: list[Token], i: int) -> bool:
        """One capitalised word between lower-case words that news capitalises now and then, but
        only inside names (``Pemerintah Kabupaten Lahat``), almost never on its own: standing
        alone it is the common noun (``bantuan dari Pemerintah,``)."""
        assert self.alone_rate is not None
        tok, prev = toks[i], toks[i - 1]
        word = tok.text
        if not word.isalpha() or (len(word) > 1 and word.isupper()) or self.generic(word):
            return False  # (an acronym; a word generic anyway is the phrase rule's)
        low = word.lower()
        if low in ADDRESS_WORDS or low in GROUP_HEADS:
            return False  # (Bapak, Ibu address or refer to a person: their capital stands)
        if (low in _PERSON_OFFICES) is not self.offices:
            return False  # (an office is the office rule's, with its own tags and counts)
        rate = capital_rates().get(low)
        if (
            rate is None
            or (rate.tag not in ("NN", "JJ") and not self.offices)
            or rate.mid < self.min_count
            or rate.alone > self.alone_rate * rate.mid
            or rate.alone <= self.alone_above * rate.mid
        ):
            return False
        if prev.kind is not Tok.WORD or not prev.text.islower():
            return False
        if not ctx.lexicon.is_common(prev.text):
            return False  # a word cut or mistyped before it ("ewan Nasional"): the line is broken
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if nxt is None or nxt.start == tok.end and nxt.text not in ".,;:!?":
            return False
        if nxt.kind is Tok.WORD and not (nxt.text.islower() and ctx.lexicon.is_common(nxt.text)):
            return False
        if nxt.kind is not Tok.WORD and nxt.text not in ".,;:!?":
            return False
        after = toks[i + 2] if i + 2 < len(toks) else None
        if self.offices and nxt.text == "," and after is not None and _capital_word(after):
            return False  # "melalui Sekretaris, Rina Wati": the name of its holder follows
        # (no test of the name lists: a given name that is also a common word, Dana, Daerah,
        # would stand alone in the statistics' news too, and they count it almost never alone)
        if ctx.lexicon.is_place(word) or word in _name_parts(ctx):
            return False  # a place, or a part of a name the document writes in full elsewhere
        if _opens_defined_phrase(toks, i):
            return False  # "Rapat koordinasi (rakor)": the acronym rules' case
        return self._context_allows(ctx, toks, i, i)

    def _run_end(self, text: str, toks: list[Token], i: int) -> int:
        j = i
        while j + 1 < len(toks):
            nxt = toks[j + 1]
            capital = _capital_word(nxt)
            if capital and _se_word(nxt):
                break  # "Camat Se-Indonesia": the se- word closes the run
            if capital and text[toks[j].end : nxt.start] == " ":
                j += 1
            elif (
                nxt.text in self.joiners
                and j + 2 < len(toks)
                and _capital_word(toks[j + 2])
                and text[toks[j].end : toks[j + 2].start].count("\n") == 0
            ):
                j += 2
            else:
                break
        return j

    def _members(self, toks: list[Token], i: int, last: int) -> Iterator[tuple[int, int]]:
        """The first and last token of each member of the run ``i..last`` between its joiners."""
        first = i
        for j in range(i, last + 1):
            if toks[j].text in self.joiners and j > first:
                yield first, j - 1
                first = j + 1
        yield first, last

    def _run_heads(self, toks: list[Token], i: int, last: int) -> Iterator[int]:
        """The run's first word (the one after a degree that opens it: ``M.Si Selaku Ketua``)
        and each first word after a joiner (``Lahat dan Warga Bali``)."""
        yield i + 1 if _degree_at(toks, i) and i < last else i
        for j in range(i + 2, last):
            if toks[j - 1].text in self.joiners:
                yield j

    def _before_common_acronym(self, ctx: CheckContext, toks: list[Token], i: int) -> bool:
        """A generic or derived noun right before the acronym of a common term, whose expansions
        are all written in lower case (``dalam Penyusunan Renstra``; resources/words/
        acronym-expansions.tsv): the acronym names no body, so the noun is no part of a name."""
        word, acronym = toks[i].text, toks[i + 1].text
        if not word.isalpha() or word.isupper() or acronym.lower() not in _COMMON_ACRONYMS:
            return False
        if not ((self.generic(word) and tag(word) == "NN") or self._derived_noun(ctx, word)):
            return False  # (a noun: a preposition before it opens a clause, "Menurut UU")
        return self._context_allows(ctx, toks, i, i + 1)

    def _coordinated_head(
        self, ctx: CheckContext, toks: list[Token], i: int, last: int
    ) -> int | None:
        """A generic head coordinated with the next member of a run that holds a name (``Visi
        dan Misi Bupati``, ``Asisten dan Staf Ahli Setda``): the name after the second member
        completes it alone, so the first, a word news writes in lower case even before names, is
        no part of a name; the generic words of the second member before that name go with it.
        The last token of the words to lower, or None."""
        if i + 2 > last or toks[i + 1].text not in self.joiners or not _capital_word(toks[i + 2]):
            return None
        if _degree_at(toks, i) or not self.generic_head(toks[i].text):
            return None
        words = [t for t in toks[i + 2 : last + 1] if t.is_word and t.text not in self.joiners]
        if all(self.generic(w.text) for w in words):
            return None  # no name in the run: the phrase rule's case
        if not any(_name_word(ctx, w.text) for w in words):
            return None
        end = i
        k = i + 2
        while k < last and self.generic(toks[k].text) and _capital_word(toks[k + 1]):
            k += 1
        if k > i + 2:
            end = k - 1  # "Visi dan Misi": the second member's generic words before the name
        if _numbered_name(ctx.text, toks, last) or (
            len(words) >= 2 and _person_name(ctx, words[-1].text)
        ):
            return None
        return end if self._context_allows(ctx, toks, i, last) else None

    def _head_flaggable(self, ctx: CheckContext, toks: list[Token], i: int, last: int) -> bool:
        words = [t for t in toks[i : last + 1] if t.is_word]
        if len(words) < 2 or toks[i + 1].text in self.joiners or not _capital_word(toks[i + 1]):
            return False
        if all(w.text in self.joiners or self.generic(w.text) for w in words):
            return False  # no name in the run: the phrase rule's case
        if not self.generic_head(toks[i].text) or not _name_word(ctx, toks[i + 1].text):
            return False
        if len(words) >= 3 and _person_name(ctx, words[-1].text):
            return False  # an office and its unit before a person's name (Anggota DPRD X Rina)
        if re.fullmatch(r"[IVX]+", toks[i + 1].text):
            return False  # a numbered office (Asisten III)
        if _numbered_name(ctx.text, toks, last):
            return False  # a numbered place (a hamlet "Sido Makmur 2"): the head is its first word
        return self._context_allows(ctx, toks, i, last)

    def _flaggable(self, ctx: CheckContext, toks: list[Token], i: int, last: int) -> bool:
        words = [t for t in toks[i : last + 1] if t.is_word]
        plural = _plural_cue(ctx, toks, i, last)
        if not plural and words[0].text.lower() in GROUP_HEADS:
            plural = "count"  # "Tokoh Agama": a kind of people, its qualifiers common words
        if not plural and _plural_word(ctx, words[0]):
            if len(words) == 1 or words[0].text.partition("-")[0].lower() in _PLURAL_HEADS:
                plural = "count"  # "kepada Kepala-kepala Kampung" (not a title: "Ayat-ayat Cinta")
        ok = all(w.text in self.joiners or self.generic(w.text) for w in words)
        if not ok and len(words) >= 2:
            # a common term news writes in lower case as a pair ("Kunjungan Kerja ke ...")
            # (once: a draft that repeats the capitals treats the words as a name, a story's
            # character "Bawang Putih", and a pair's evidence is too weak to overrule it)
            ok = all(
                self._generic_words([t.text for t in toks[a : b + 1] if t.is_word])
                and ctx.text.count(ctx.text[toks[a].start : toks[b].end]) == 1
                for a, b in self._members(toks, i, last)
            )
        held = _many_holders(words) if not ok else set()
        office = bool(held)
        if office:
            # "kata bupati, Camat harus hadir": an office every district has many holders of,
            # alone, is used generically, however rarely the statistics hold the word; no list
            # of names makes it one ("Kata Gubernur, Camat ...")
            ok = all(
                w.text in self.joiners or self.generic(w.text) or k in held
                for k, w in enumerate(words)
            )
        if not ok and plural:
            ok = all(w.text in self.joiners or _common_office(ctx, w.text) for w in words)
        if not ok and len(words) == 1 and last + 1 < len(toks):
            nxt = toks[last + 1]
            ok = self._derived_noun(ctx, words[0].text) and (
                nxt.text in ".,;:!?" or (nxt.kind is Tok.WORD and nxt.text.islower())
            )
        if not ok:
            return False
        if len(words) == 1 and words[0].text in _name_parts(ctx):
            return False  # "di Bila" where the text names "Desa Bila Riawa"
        if len(words) == 1 and tag(words[0].text) == "VB" and tag(toks[i - 1].text) in _NP:
            return False  # a bare verb does not follow a noun: "orang Bantu" names a people
        if any(tag(w.text) in ("DT", "PR") for w in words[1:]):
            return False  # a capitalised "Ini"/"Itu"/"Yang" inside: a title ("Mobil Abad Ini")
        listed = plural == "se" or office
        return self._context_allows(ctx, toks, i, last, listed=listed, counted=bool(plural))

    def _context_allows(
        self,
        ctx: CheckContext,
        toks: list[Token],
        i: int,
        last: int,
        listed: bool = False,
        counted: bool = False,
        name_end: int | None = None,
    ) -> bool:
        """May the run ``i..last`` be flagged where it stands? ``name_end``: the run is followed
        by a name (and its acronym) that ends at token ``name_end``, so what follows the run says
        nothing of it, and the title-line test looks past that name."""
        prev, first = toks[i - 1], toks[i]
        degree = _degree_at(toks, i - 1)  # "M.Si Selaku Ketua": a degree closes the name
        if degree and prev.text.endswith("."):
            return False  # "M.Si. Dalam sambutannya": its final dot may end the sentence too
        if prev.text in OPENING or prev.end == first.start:
            return False
        if prev.text[:1].isupper() and not degree:
            return False
        if prev.text.lower() in NAME_HEADS:
            return False  # the name of an award or a campaign: "penghargaan Desa Tangguh Bencana"
        if prev.text.lower() == "tentang":
            return False  # the title of a regulation or plan ("Perda ... tentang Rencana ...")
        if (
            prev.text in TITLE_FUNCTION_WORDS
            and i >= 2
            and _capital_word(toks[i - 2])
            and ctx.text[toks[i - 2].end : first.start] == f" {prev.text} "
        ):
            return False  # a title goes on after its function word: "Peran Pemuda dalam Menjaga"
        if prev.kind not in (Tok.WORD, Tok.NUMBER) and prev.text != "," and not degree:
            return False
        connector = prev.text not in self.joiners and _title_connector(prev.text)
        if i >= 3 and connector and _capital_word(toks[i - 2]):
            if _capital_word(toks[i - 3]):
                return False  # a title goes on past its function word ("Peran X dalam Y Z")
        j = i - 1
        while j > 0 and j >= i - 3 and (toks[j].text == "," or toks[j].text in LIST_JOINERS):
            j -= 1  # back over the list's commas and joiners ("Satpol PP, serta ...")
        group = toks[i].text.lower() in GROUP_HEADS  # "Polri, Tokoh Agama": no name of a list
        if j < i - 1 and _capital_word(toks[j]) and not listed and not group:
            if not self.generic(toks[j].text) and not _opener(ctx, toks[j]):
                return False  # a list of names: "Gianyar, Bangli dan ...", "BPBD, serta ..."
        nxt = toks[last + 1] if last + 1 < len(toks) and name_end is None else None
        if nxt is not None:
            if nxt.text in QUOTES or nxt.text == "(" or nxt.text.lower().startswith("ke-"):
                return False  # a quoted title, a defined acronym, a numbered event (ke-5)
            after = toks[last + 2] if last + 2 < len(toks) else None
            if (
                nxt.kind is Tok.NUMBER
                and not CLOCK.fullmatch(nxt.text)
                and (prev.kind is Tok.NUMBER or (after is not None and _capital_word(after)))
            ):
                return False  # "Nomor 13 Tahun 2024", a numbered office ("Asisten 2 Setda")
            if nxt.start == toks[last].end and nxt.text not in ".,;:!?":
                return False
            if (
                nxt.kind is Tok.WORD
                and nxt.text[:1].islower()
                and not ctx.lexicon.is_common(nxt.text)
                and not _se_word(nxt)
                and after is not None
                and _capital_word(after)
            ):
                return False  # an office before a titled name ("bidang Hukum dr Rina")
            if nxt.text == "," and not (counted or self.head) and after and _capital_word(after):
                if not self.generic(after.text):
                    return False  # one of a list of titles or names ("Asisten Umum, Hukum ...")
            if ROMANISH.fullmatch(nxt.text):
                return False  # a numbered office ("Asisten ll", Roman II typed with l's)
            if _title_connector(nxt.text.lower()) and _defined_name_after(toks, last + 2):
                return False  # "Transfer ke Daerah (TKD)": a name its acronym follows
        end = toks[last if name_end is None else name_end].end
        return not (
            _in_headline(ctx, first.start)
            or _quoted_title(ctx, first.start)
            or _title_line(ctx, first.start, end, ties=not self.head and name_end is None)
        )


def _in_headline(ctx: CheckContext, pos: int) -> bool:
    """In the headline, unless the text's first paragraph taken for it is prose: longer than
    any headline (``HEADLINE_WORDS``) and holding a sentence's end (a lead pasted after the
    outlet's name, its date line left without a full stop)."""
    if not in_headline(ctx, pos):
        return False
    span = ctx.headline
    assert span is not None
    head = ctx.text[span[0] : span[1]]
    return len(head.split()) <= HEADLINE_WORDS or not _SENTENCE_END.search(head)


HEADLINE_WORDS = 30
_SENTENCE_END = re.compile(r"[a-z][.!?] +[A-Z]")


LIST_JOINERS = frozenset({"dan", "serta", "atau"})
_MANY_HOLDERS = word_set("offices-many-holders")
# offices held by a person, whose word alone (no holder's name, no body) is the common noun
_PERSON_OFFICES = frozenset(
    w.lower() for w in word_set("offices-before-name") | word_set("office-title-heads")
)
# offices and groups whose reduplication counts their holders (Kepala-kepala Desa)
_PLURAL_HEADS = frozenset(
    w.lower()
    for w in word_set("case-by-use")
    | word_set("office-words")
    | word_set("offices-before-name")
    | word_set("office-title-heads")
    | _MANY_HOLDERS
)
HEAD_TAGS = frozenset({"NN", "JJ", "DT"})  # a verb opening a run is the start of a quoted theme


CLOCK = re.compile(r"\d{1,2}[.:]\d{2}")  # a time of day ("pukul 08.30 WIB"), no office's number


def _plural_word(ctx: CheckContext, tok: Token) -> bool:
    """A reduplicated common word (Kepala-kepala, Warga-warga, Mudah-mudahan): a plural or an
    adverb, never a name or the head of one, so its capital mid-sentence is no name's."""
    base, sep, rest = tok.text.partition("-")
    if not sep or len(base) < 3 or not base.isalpha():
        return False
    low, rest = base.lower(), rest.lower()
    if rest not in (low, low + "an") or low in ADDRESS_WORDS:
        return False  # (Bapak-Bapak, Ibu-Ibu address the audience: their capitals stand)
    lex = ctx.lexicon
    return lex.is_common(low) and not lex.is_place(base)


def _many_holders(words: list[Token]) -> set[int]:
    """The places in ``words`` of offices a region has many holders of, of one word or two
    (Camat, Kepala Desa; resources/words/offices-many-holders.txt)."""
    held: set[int] = set()
    low = [w.text.lower() for w in words]
    for k, word in enumerate(low):
        if word in _MANY_HOLDERS:
            held.add(k)
        if k + 1 < len(low) and f"{word} {low[k + 1]}" in _MANY_HOLDERS:
            held.update((k, k + 1))
    return held


def _acronym_split(
    text: str, toks: list[Token], i: int, last: int, joiners: frozenset[str]
) -> int | None:
    """The token where the name that the acronym in brackets after the run ``i..last`` spells
    out opens, when that is after ``i``: the acronym's letters are exactly the initials of the
    run's words from there on (joiners give none), on one line."""
    if last + 3 >= len(toks) or toks[last + 1].text != "(" or toks[last + 3].text != ")":
        return None
    acronym = toks[last + 2].text
    if not (acronym.isalpha() and acronym.isupper() and 2 <= len(acronym) <= 8):
        return None
    if "\n" in text[toks[i].start : toks[last + 3].end]:
        return None
    letters = acronym.lower()
    initials = ""
    for j in range(last, i, -1):
        word = toks[j].text
        if word in joiners:
            continue
        initials = word[:1].lower() + initials
        if len(initials) > len(letters):
            return None
        if initials == letters:
            return j if _capital_word(toks[j]) else None
    return None


def _common_acronyms() -> frozenset[str]:
    """Acronyms (folded to lower case) of common terms: every expansion written in lower case."""
    return frozenset(
        key.lower()
        for key, value in table("acronym-expansions").items()
        if all(part.strip()[:1].islower() for part in value.split("|"))
    )


_COMMON_ACRONYMS = _common_acronyms()


def _pair_uses(first: str, second: str) -> tuple[int, int]:
    """How often news writes two words side by side, and how often capitalised together (inside
    a name: the name runs of resources/stats/realword.tsv)."""
    first, second = first.lower(), second.lower()
    return pair_count(first, second), realword_stats().names.get(f"{first} {second}", 0)


NEAR_GENERIC = 1.5  # times max_rate: a word capitalised "a little more often" than a generic one
MIN_ALONE_PAIR = 20  # uses of a pair, never capitalised, that make its first word's capital a slip
MIN_PAIR = 3  # uses of a pair that tell how news writes it
MIN_LOWER_PAIR = 5  # uses, none capitalised, that make a pair a common term whatever its words
PAIR_NAME_SHARE = 0.5


def _opens_defined_phrase(toks: list[Token], i: int) -> bool:
    """Token ``i`` and the lower-case words after it are spelt out by an acronym in brackets."""
    j = i + 1
    while j < len(toks) and j <= i + 6 and toks[j].kind is Tok.WORD and toks[j].text.islower():
        j += 1
    if j + 1 >= len(toks) or toks[j].text != "(" or toks[j + 1].kind is not Tok.WORD:
        return False
    phrase = " ".join(t.text for t in toks[i:j])
    return acronym_fits(toks[j + 1].text, phrase)


_VERB_PREFIXES = frozenset({"meN", "memper", "ber", "di", "diper"})


def _verb_form(ctx: CheckContext, word: str) -> bool:
    """A verb by its form (memperingati, menyambut, bersilaturahmi) that the statistics do not
    hold as a noun: no name of an event or a body ends with one."""
    analysis = ctx.lexicon.analyse(word.lower())
    if analysis is None or analysis.suffix == "an" or analysis.prefixes[:1] == ():
        return False
    if analysis.prefixes[0] not in _VERB_PREFIXES:
        return False
    rate = capital_rates().get(word.lower())
    return rate is None or rate.tag == "VB"


def _seldom_capital(tok: Token) -> bool:
    """A word the statistics hold too rarely to judge, or capitalise in a fifth of its uses at
    most."""
    rate = capital_rates().get(tok.text.lower())
    return rate is None or rate.mid < 5 or rate.capitalised <= 0.2 * rate.mid


def _numbered_name(text: str, toks: list[Token], last: int) -> bool:
    """A small number right after the run, one space on, and no word of measure after it
    (``Warga Jaya 2 menggelar``, not ``Warga Lahat 2 hari``): villages, hamlets and
    transmigration units are numbered, and such a number makes the words before it one name."""
    if last + 1 >= len(toks):
        return False
    num = toks[last + 1]
    if num.kind is not Tok.NUMBER or not num.text.isdigit() or len(num.text) > 2:
        return False
    if text[toks[last].end : num.start] != " ":
        return False
    nxt = toks[last + 2] if last + 2 < len(toks) else None
    return nxt is None or nxt.kind is not Tok.WORD or nxt.text.lower() not in _MEASURE_WORDS


def _opener(ctx: CheckContext, tok: Token) -> bool:
    """A common word opening its sentence ("Pasalnya, Kedua ..."): its capital is the
    sentence's, so a capital after its comma is no item of a list of names."""
    lex = ctx.lexicon
    return (
        tok.start in ctx.model.sentence_starts
        and lex.is_common(tok.text.lower())
        and not lex.is_name(tok.text)
        and not lex.is_place(tok.text)
    )


def _name_word(ctx: CheckContext, word: str) -> bool:
    """A word that is or opens a name on its own: an acronym, a region the lexicon knows (Bali,
    Temanggung), or a word news mostly writes capitalised in front of further capitals (Ketua,
    Kabupaten, Dinas: the heads of offices, units and bodies). A word that only completes a
    landmark's name (Gadang of Jam Gadang) is none of these."""
    if len(word) > 1 and word.isupper():
        return True
    if ctx.lexicon.is_place(word) or ctx.lexicon.acronym_form(word) == word:
        return True  # (an acronym of syllables written as the lexicon writes it: Pemkab)
    rate = capital_rates().get(word.lower())
    if rate is None or rate.mid < 5:
        return False
    # (a word used often outside names, kantor, still opens one when capitalised before names
    # in most of its uses there: Kantor Bupati Lahat)
    return rate.capitalised_before >= 0.5 * rate.mid or (
        rate.tag in ("NN", "NNP")
        and rate.before >= NAME_OPENER_BEFORE
        and rate.capitalised_before >= 0.6 * rate.before
    )


NAME_OPENER_BEFORE = 20  # uses right before a capitalised word that make its rate there telling


def _person_name(ctx: CheckContext, word: str) -> bool:
    """Neither an acronym, a place nor a common word: most likely a person's name."""
    if len(word) > 1 and word.isupper():
        return False
    return not ctx.lexicon.is_place(word) and not ctx.lexicon.is_common(word)


TITLE_WORDS = 8  # a quotation this short may be a quoted title ("Kampung Bersih Warga Sehat")


def _quoted_title(ctx: CheckContext, pos: int) -> bool:
    """Inside a quotation short enough to be a title; longer quotations are speech, held to the
    same capitals as the text around them."""
    for start, end in quoted_spans(ctx):
        if start <= pos < end:
            return len(ctx.text[start:end].split()) <= TITLE_WORDS
    return False


ROMANISH = re.compile(r"[IVXl]*l[IVXl]*")


def _defined_name_after(toks: list[Token], j: int) -> bool:
    """Capitalised words from ``j`` on, then an acronym in brackets."""
    k = j
    while k < len(toks) and _capital_word(toks[k]):
        k += 1
    return k > j and k < len(toks) and toks[k].text == "("


def _degree_at(toks: list[Token], j: int) -> bool:
    """Token ``j`` ends an academic degree in its official form, with or without its final dot
    (M.Si, S.H.), written as one token or as its parts (``M.`` ``Si``)."""
    degrees = DEGREES
    k = j
    while k > 0 and toks[k - 1].end == toks[k].start and j - k < 4:
        k -= 1
    for start in range(k, j + 1):
        word = "".join(t.text for t in toks[start : j + 1])
        if "." in word and word.rstrip(".") + "." in degrees:
            return True
    return False


_NP = ("NN", "JJ")


def _proper_noun(word: str) -> bool:
    """A proper noun (tag NNP) news capitalises in nine of ten of its 20 or more uses at least."""
    rate = capital_rates().get(word.lower())
    return (
        rate is not None
        and rate.tag == "NNP"
        and rate.mid >= 20
        and rate.capitalised >= 0.9 * rate.mid
    )


_NP_VB = ("JJ", "VB")  # an adjective or a participle (tercinta, terbaru) after a place


def _title_connector(word: str) -> bool:
    """A core function word (by its tag and frequency in the statistics) that titles and names
    keep in lower case between their capitalised words."""
    rate = capital_rates().get(word)
    return (
        rate is not None
        and rate.tag in ("IN", "CC", "SC")
        and rate.mid >= 450
        and rate.capitalised <= 0.05 * rate.mid
    )


def _se_word(tok: Token) -> bool:
    return tok.text[:3].lower() == "se-"


def _plural_cue(ctx: CheckContext, toks: list[Token], i: int, last: int) -> str:
    """``"se"`` when the run is followed by a se- word (camat se-Kabupaten Lahat), ``"count"``
    when a quantifier or a small number stands before it (seluruh Kepala Desa, 17 Kecamatan)
    or a word of level stands before it or opens it (tingkat Kecamatan; resources/words/
    level-words.txt), else ``""``: offices and units so counted or spread are used in general."""
    nxt = toks[last + 1] if last + 1 < len(toks) else None
    if nxt is not None and _se_word(nxt) and nxt.start == toks[last].end + 1:
        return "se"
    prev = toks[i - 1]
    if prev.kind is Tok.NUMBER:
        return "count" if prev.text.isdigit() and len(prev.text) <= 3 else ""
    low = prev.text.lower()
    if i >= 2 and toks[i - 2].kind is Tok.WORD and prev.text.islower() and _lower_before(low):
        low = toks[i - 2].text.lower()  # "para mantan Bupati": a quantified generic before
    if low in LEVEL_WORDS or toks[i].text.lower() in LEVEL_WORDS:
        return "count"  # "di tingkat Kecamatan", "di Tingkat Kecamatan dan Kelurahan"
    return "count" if low in COUNT_WORDS else ""


def _lower_before(word: str) -> bool:
    """An adjective news writes in lower case right before capitalised words (mantan)."""
    rate = capital_rates().get(word)
    return (
        rate is not None
        and rate.tag == "JJ"
        and rate.before >= 10
        and rate.capitalised_before <= 0.1 * rate.before
    )


def _common_office(ctx: CheckContext, word: str) -> bool:
    """A dictionary word that is not a name: news does not always capitalise it (Kepala, Desa,
    Distrik, Camat), where a place or a personal name is capitalised every time."""
    if len(word) > 1 and word.isupper():
        return False
    if not ctx.lexicon.is_common(word) or ctx.lexicon.is_place(word):
        return False  # Betung in "seluruh Kecamatan Betung" is a place
    rate = capital_rates().get(word.lower())
    return rate is None or rate.mid < 5 or rate.capitalised < 0.9 * rate.mid


@lru_cache(maxsize=65536)
def _generic(word: str, min_count: int, max_rate: float) -> bool:
    """A word news writes in lower case mid-sentence (capital_rates, read once per process:
    the answer depends on the word and the thresholds only, so it is remembered)."""
    if len(word) > 1 and word.isupper():
        return False  # an acronym
    rate = capital_rates().get(word.lower())
    if rate is None:
        return False
    if rate.mid >= min_count and rate.capitalised <= max_rate * rate.mid:
        return True
    # fewer uses, but never one capitalised, not even before a capital (tokoh, jajaran)
    return rate.mid >= NEVER_CAPITALISED and rate.capitalised == 0 and rate.tag in ("NN", "JJ")


NEVER_CAPITALISED = 10  # mid-sentence uses, none capitalised, that make a word generic too


def _name_parts(ctx: CheckContext) -> frozenset[str]:
    """Capitalised words the document writes right after another capitalised word on the same
    line (``Desa Bila Riawa``): parts of names, computed once per text."""
    parts = ctx.memo.get("generic_capital.name_parts")
    if parts is None:
        toks, text = ctx.model.tokens, ctx.text
        word = Tok.WORD
        # each token asked once (``_capital_word`` inline)
        capital = [t.kind is word and t.text[:1].isupper() for t in toks]
        parts = frozenset(
            toks[i + 1].text
            for i in range(len(toks) - 1)
            if capital[i] and capital[i + 1] and text[toks[i].end : toks[i + 1].start] == " "
        )
        ctx.memo["generic_capital.name_parts"] = parts
    return parts


def _capital_word(tok: Token) -> bool:
    return tok.kind is Tok.WORD and tok.text[:1].isupper()


def _title_line(ctx: CheckContext, pos: int, end: int, ties: bool = True) -> bool:
    """The words around ``pos:end`` (the run itself left out) mostly title-cased: a heading, a
    caption or a title. A capitalised word counts for the title only where it is a common word
    that news writes in lower case; acronyms, names and the heads of offices and bodies
    (Kabupaten, Dinas) are capitalised in prose too, so a paragraph listing officials stays
    prose (a window with as many such capitals as lower-case words is a title,
    unless ``ties`` is off: the head rule, whose run holds a name, reads a list of officials as
    prose). A long line (a paragraph) is judged by the dozen words around ``pos``."""
    text = ctx.text
    line_start = text.rfind("\n", 0, pos) + 1
    line_end = text.find("\n", end)
    before = text[line_start:pos].split()
    after = text[end : line_end if line_end >= 0 else len(text)].split()
    if len(before) + len(after) > LONG_LINE:
        before, after = before[-WINDOW:], after[:WINDOW]
    raw = before + after
    line = [w.strip(PUNCT) for w in raw]
    lower = sum(1 for w in line if w[:1].islower())
    titled = sum(
        1
        for k, w in enumerate(line)
        if w[:1].isupper() and _titled_word(ctx, w) and not _owed_capital(ctx, raw, line, k)
    )
    return titled > lower or (ties and titled == lower)


def _owed_capital(ctx: CheckContext, raw: list[str], line: list[str], k: int) -> bool:
    """The capital of word ``k`` of the window is owed to something other than title case: a
    connective opening a sentence (the word before ends with a full stop: "Tengah. Selain ...";
    a noun there may still be a title's) or the end of a place's name with the word before
    (Bangka Tengah)."""
    if _defined_by_acronym(raw, line, k):
        return True
    if k == 0:
        return False
    if raw[k - 1].rstrip("”’\"')").endswith((".", "!", "?")):
        return tag(line[k]) not in ("NN", "NNP")  # a connective opening prose (Selain, Namun)
    prev = line[k - 1]
    return prev[:1].isupper() and ctx.lexicon.is_place(f"{prev} {line[k]}")


PUNCT = "\"“”'‘’()[]{},.;:!?-–—/"


def _defined_by_acronym(raw: list[str], line: list[str], k: int) -> bool:
    """Word ``k`` of the window is in a run of capitalised words whose words the acronym in
    brackets right after the run spells out."""
    if not line[k][:1].isupper():
        return False
    m = k
    while m + 1 < len(raw) and line[m + 1][:1].isupper() and not raw[m + 1].startswith("("):
        if raw[m].endswith(PUNCT_CLOSE):
            return False
        m += 1
    if m + 1 >= len(raw) or not raw[m + 1].startswith("(") or raw[m].endswith(PUNCT_CLOSE):
        return False
    acronym = line[m + 1]
    if not acronym[:1].isupper() or not acronym.isalpha():
        return False
    first = k
    while first > 0 and line[first - 1][:1].isupper() and not raw[first - 1].endswith(PUNCT_CLOSE):
        first -= 1
    return any(acronym_fits(acronym, " ".join(line[j : m + 1])) for j in range(first, k + 1))


PUNCT_CLOSE = tuple(",.;:!?)”’\"'")


def _titled_word(ctx: CheckContext, word: str) -> bool:
    """A capital that only title case explains: a common word news writes in lower case."""
    if len(word) > 1 and word.isupper():
        return False
    if not ctx.lexicon.is_common(word):
        return False  # a name
    rate = capital_rates().get(word.lower())
    return rate is None or rate.mid < 5 or rate.capitalised < 0.5 * rate.mid


LONG_LINE = 30  # words
WINDOW = 6  # words either side


def _capitalised_mid_sentence(ctx: CheckContext) -> list[int]:
    """Indexes of the capitalised words that do not open a sentence (not the first token),
    once per check: where the runs of the generic-capital rules may open."""
    found = ctx.memo.get("generic_capital.candidates")
    if found is None:
        toks, starts = ctx.model.tokens, ctx.model.sentence_starts
        found = ctx.memo["generic_capital.candidates"] = [
            i
            for i in range(1, len(toks))
            if toks[i].kind is Tok.WORD
            and toks[i].text[:1].isupper()
            and toks[i].start not in starts
        ]
    return found
