"""``subject_comma``: a comma between the subject and its predicate ("Kegiatan ini, bertujuan
...", "Program tersebut, diikuti ...").

The subject is a noun phrase that opens the sentence and ends in a demonstrative (ini, itu,
tersebut); the word after the comma is a verb. Both are read from the part-of-speech statistics of
edited news (resources/stats/capitals.tsv): the first word must usually be a noun there and the
word after the comma usually a verb, so an opening adverbial ("Setelah acara itu, ...") or a
preposition ("Dalam rapat itu, ...") is left alone.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

import regex

from editor.checks.corpus_stats import capital_rates
from editor.checks.finding import Finding
from editor.checks.kinds.base import CheckContext, Kind, RuleHeader
from editor.checks.text import Kind as Tok
from editor.checks.text import bracketed_short_form
from editor.checks.wordlists import word_set

# a noun by its affixes when the statistics do not know the word (pelatihan, kesepakatan)
NOMINAL = regex.compile(r"(?:pe|ke|per)\p{Ll}{3,}an")


def _noun(word: str, rates: Mapping[str, Any]) -> bool:
    rate = rates.get(word)
    return rate.tag == "NN" if rate is not None else bool(NOMINAL.fullmatch(word))


class SubjectComma(Kind):
    """Spec: ``demonstratives`` (words that close the subject), ``max_subject`` (words in the
    subject at most)."""

    name = "subject_comma"
    paragraph_local = True
    keys = frozenset({"demonstratives", "max_subject"})

    def __init__(self, header: RuleHeader, spec: Mapping[str, Any]) -> None:
        super().__init__(header, spec)
        self.demonstratives = frozenset(str(w) for w in spec["demonstratives"])
        self.max_subject = int(spec["max_subject"])

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        text, toks = ctx.text, ctx.model.tokens
        rates = capital_rates()
        for i in ctx.model.sentence_openers:
            if not _noun(toks[i].text.lower(), rates):
                continue
            for j in range(i + 1, min(i + self.max_subject + 1, len(toks) - 2)):
                tok = toks[j]
                if tok.kind is not Tok.WORD:
                    break
                if tok.text.lower() not in self.demonstratives:
                    continue
                comma, verb = toks[j + 1], toks[j + 2]
                if comma.text != "," or verb.kind is not Tok.WORD or not verb.text.islower():
                    break
                rate = rates.get(verb.text)
                if rate is not None and rate.tag == "VB" and verb.text[:2] in {"me", "be", "di"}:
                    yield self.header.finding(comma.start, comma.end, text, [""])
                break


# tags a word of a plain noun-phrase subject may carry (kumparan tag set)
_OFFICE_WORDS = word_set("office-words") | word_set("offices-before-name")
_PHRASE_TAGS = frozenset({"NN", "NNP", "JJ", "CD", "DT", "FW"})
_VERB_PREFIXES = frozenset({"meN", "di", "ber"})
_PREFIX_SPELLING = {"meN": "me", "ber": "be", "di": "di"}  # how each prefix opens a written verb


def prefixed_verb(ctx: CheckContext, word: str, prefixes: frozenset[str] = _VERB_PREFIXES) -> bool:
    """A lower-case verb formed with one of ``prefixes``: by its corpus tag where the corpus
    knows the word, else by the lexicon's morphology."""
    if not word.islower():
        return False
    rate = capital_rates().get(word)
    if rate is not None:
        return rate.tag == "VB" and any(
            word.startswith(_PREFIX_SPELLING.get(p, p)) for p in prefixes
        )
    analysis = ctx.lexicon.analyse(word)
    return analysis is not None and analysis.prefixes[:1] in {(p,) for p in prefixes}


# tags of the words of a sentence connector set off by its comma (Sementara itu, Selain itu,
# Namun demikian, Akan tetapi): the subject begins after it
_CONNECTOR_TAGS = frozenset({"CC", "ADV", "SC", "IN", "DT"})


def _after_opener(toks: list[Any], i: int, rates: Mapping[str, Any]) -> int:
    """The first token after a connector of at most three words and its comma that opens the
    sentence at ``i``; ``i`` itself when there is none."""
    for m in range(i, min(i + 3, len(toks) - 1)):
        tok = toks[m]
        if tok.kind is not Tok.WORD:
            return m + 1 if tok.text == "," and m > i else i
        rate = rates.get(tok.text.lower())
        if rate is None or rate.tag not in _CONNECTOR_TAGS:
            return i
    tok = toks[min(i + 3, len(toks) - 1)]
    return i + 4 if tok.text == "," and i + 4 < len(toks) else i


_LATER = frozenset({"lalu", "depan", "ini", "itu"})  # what follows a time noun (tahun lalu)
_DATELINE_ENDS = frozenset({"-", "–", "—", "|"})


def _after_dateline(toks: list[Any], i: int) -> int:
    """The first token after a dateline ("SLEMAN, Kamis – ...", "Bintan | situs.co.id | ...")
    that opens the sentence at ``i``; ``i`` itself when the sentence has none. A site's name in
    lower case is read through, word by word between its dots."""
    found = i
    for m in range(i, min(i + 12, len(toks) - 1)):
        tok = toks[m]
        if tok.text in _DATELINE_ENDS:
            if m > found:
                found = m + 1
            continue
        if tok.kind is Tok.WORD and not tok.text[:1].isupper() and not _in_domain(toks, m):
            break
        if tok.kind not in {Tok.WORD, Tok.NUMBER, Tok.URL} and tok.text not in {",", "(", ")", "/"}:
            if not (tok.text == "." and _in_domain(toks, m - 1) and _in_domain(toks, m + 1)):
                break
    return found


def _numbered(toks: list[Any], j: int, i: int) -> bool:
    """Is the token at ``j`` the digits numbering the capitalised word before it, inside a
    subject opening at ``i`` ("Ketua Tim 4 ...", "Warga RT 05 ...")?"""
    tok, prev = toks[j], toks[j - 1]
    return (
        j > i
        and tok.kind is Tok.NUMBER
        and tok.text.isdigit()
        and len(tok.text) <= 3
        and prev.kind is Tok.WORD
        and prev.text[:1].isupper()
    )


def _initial(toks: list[Any], j: int, i: int) -> bool:
    """Is the token at ``j`` an initial or a title of the name the next word goes on with,
    inside a subject opening at ``i`` ("... Lahat A. Rusmini", "... H. Budi")?"""
    tok = toks[j]
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    return (
        j > i
        and tok.kind is Tok.ABBREV
        and len(tok.text) <= 4
        and tok.text[:1].isupper()
        and nxt is not None
        and nxt.kind is Tok.WORD
        and nxt.text[:1].isupper()
    )


def _defined_short_form(toks: list[Any], j: int, i: int) -> int:
    """The tokens of a short form in brackets opening at ``j``, right after a capitalised word
    inside a subject opening at ``i`` ("Dinas Pangan (Dispang) ...", "Pemerintah Kota Lahat
    (Pemkot Lahat) ..."), or 0: it defines the name it follows, so it sets off no apposition. A
    short form of two capitalised words (the body's and the place's) counts too."""
    prev = toks[j - 1]
    if not (j > i and prev.kind is Tok.WORD and prev.text[:1].isupper()):
        return 0
    if bracketed_short_form(toks, j) and toks[j + 1].kind is Tok.WORD:
        return 3
    if (
        j + 3 < len(toks)
        and toks[j].text == "("
        and toks[j + 3].text == ")"
        and all(t.kind is Tok.WORD and t.text[:1].isupper() for t in toks[j + 1 : j + 3])
    ):
        return 4
    return 0


def _in_domain(toks: list[Any], m: int) -> bool:
    """Is the word at ``m`` part of a site's name glued by dots (situs.co.id), which a dateline
    may carry ("Lahat | situs.co.id | ...")? The tokens split it at its dots."""
    before = toks[m - 1] if m > 0 else None
    after = toks[m + 1] if m + 1 < len(toks) else None
    return (after is not None and after.text == "." and after.start == toks[m].end) or (
        before is not None and before.text == "." and before.end == toks[m].start
    )


def _after_abbreviation(toks: list[Any], i: int) -> bool:
    """Does the sentence start at ``i`` follow the period of a short capitalised word (a title
    or an initial: Dt., H., Ir.), which ends no sentence?"""
    prev = toks[i - 1]
    if prev.text != "." or i < 2:
        return prev.kind is Tok.ABBREV
    word = toks[i - 2]
    return word.kind is Tok.WORD and word.text[:1].isupper() and len(word.text) <= 3


class SubjectPhraseComma(Kind):
    """A comma after a whole noun-phrase subject, before its verb ("Kepala dinas pertanian
    kabupaten, menyerahkan ...", "Warga dua desa itu, berharap ...").

    The sentence opens with a noun (or a name) and runs to its first comma through words that
    are all nouns, names, adjectives, numerals or determiners by the edited-news statistics, with
    only ``links`` (dan, bersama, ...) between them: no verb, no preposition, no other mark, so
    it is neither an opening adverbial nor a clause, and no apposition is open (an apposition
    needs a comma before it). After the comma, at most ``max_adverbs`` adverbs and then a meN-,
    di- or ber- verb. Time nouns (``time_nouns``: "Hari ini, ...") open adverbials, so they are
    left alone.

    Spec: ``links``, ``time_nouns``, ``min_subject``, ``max_subject``, ``max_adverbs``."""

    name = "subject_phrase_comma"
    paragraph_local = True
    keys = frozenset(
        {"links", "time_nouns", "demonstratives", "min_subject", "max_subject", "max_adverbs"}
    )

    def __init__(self, header: RuleHeader, spec: Mapping[str, Any]) -> None:
        super().__init__(header, spec)
        self.links = frozenset(str(w) for w in spec["links"])
        self.time_nouns = frozenset(str(w) for w in spec["time_nouns"])
        self.demonstratives = frozenset(str(w) for w in spec["demonstratives"])
        self.min_subject = int(spec["min_subject"])
        self.max_subject = int(spec["max_subject"])
        self.max_adverbs = int(spec["max_adverbs"])

    @staticmethod
    def _unknown_nominal(word: str, ctx: CheckContext) -> bool:
        """A word the statistics do not know: a name when capitalised; else a root or a noun
        derivation (pe-/ke-/per-...-an) of the dictionary, not a verb or adverb derivation."""
        if word[:1].isupper():
            return True
        low = word.lower()
        if NOMINAL.fullmatch(low):
            return True
        if not ctx.lexicon.is_word(low):
            return False
        analysis = ctx.lexicon.analyse(low)
        return (
            analysis is None
            or not analysis.prefixes
            or analysis.prefixes[0] in {"peN", "ke", "per", "pe"}
        )

    def _subject_word(self, word: str, rates: Mapping[str, Any], ctx: CheckContext) -> bool:
        low = word.lower()
        if "'" in word or "’" in word:  # a foreign name (Australia's): not read here
            return False
        if low in self.links:
            return True
        if low in self.time_nouns:
            return False
        rate = rates.get(low)
        if word in _OFFICE_WORDS:
            return True  # "Wali Kota ...": an office, whatever the tag of its word alone
        if rate is not None:
            if rate.tag in _PHRASE_TAGS:
                return True
            # an adjectival ter- form closes a noun phrase (warga terdampak, dinas terkait)
            return rate.tag == "VB" and low.startswith("ter")
        return self._unknown_nominal(word, ctx)

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        text, toks = ctx.text, ctx.model.tokens
        rates = capital_rates()
        for i in ctx.model.sentence_openers:
            if i > 0 and "\n" not in text[toks[i - 1].end : toks[i].start]:
                if _after_abbreviation(toks, i):
                    continue  # "Dt. Paduko ...": a title's period, not a sentence end
            i = self._after_time(toks, _after_opener(toks, _after_dateline(toks, i), rates))
            if toks[i].kind is not Tok.WORD:
                continue
            first = toks[i].text
            rate = rates.get(first.lower())
            if rate is not None and rate.tag not in {"NN", "NNP"} and first not in _OFFICE_WORDS:
                continue
            low = first.lower()
            if rate is None and ctx.lexicon.is_word(low) and not self._unknown_nominal(low, ctx):
                continue
            j = i
            while j < len(toks) and j - i < self.max_subject:
                if _numbered(toks, j, i) or _initial(toks, j, i):
                    j += 1  # the number of a unit in its name (Tim 4, RT 05), an initial (A.)
                    continue
                skip = _defined_short_form(toks, j, i)
                if skip:
                    j += skip  # "Dinas Pangan (Dispang) Sikka": a short form defined in brackets
                    continue
                if j > i and toks[j].text == "dengan" and toks[j - 1].text == "bersama":
                    j += 1  # "Bupati bersama dengan Ketua DPRD": one link of two words
                    continue
                if toks[j].kind is not Tok.WORD or not self._subject_word(toks[j].text, rates, ctx):
                    break
                j += 1
            if j - i < self.min_subject or j >= len(toks) - 1 or toks[j].text != ",":
                continue
            if toks[j - 1].text.lower() in self.links:
                continue
            comma = toks[j]
            k = j + 1
            while (
                k < len(toks) - 1
                and k - j <= self.max_adverbs
                and toks[k].kind is Tok.WORD
                and (adv := rates.get(toks[k].text)) is not None
                and adv.tag in {"ADV", "NEG"}
            ):
                k += 1
            if k >= len(toks) or toks[k].kind is not Tok.WORD:
                continue
            if not prefixed_verb(ctx, toks[k].text) or self._parenthetical(k, ctx, rates):
                continue
            subject = toks[i:j]
            yield self.header.finding(
                comma.start,
                comma.end,
                text,
                [""],
                severity=None if self._sure(subject, rates, ctx) else "suggestion",
            )

    def _after_time(self, toks: list[Any], i: int) -> int:
        """The first token after an opening adverbial of time and its comma ("Hari ini, ...",
        "Minggu lalu, ..."): a time noun and at most two more words of time (``time_nouns``, a
        demonstrative, lalu, depan); ``i`` itself when the sentence opens otherwise."""
        if toks[i].kind is not Tok.WORD or toks[i].text.lower() not in self.time_nouns:
            return i
        m = i + 1
        while (
            m < len(toks) - 1
            and m - i < 3
            and toks[m].kind is Tok.WORD
            and toks[m].text.lower() in self.time_nouns | self.demonstratives | _LATER
        ):
            m += 1
        return m + 1 if m + 1 < len(toks) and toks[m].text == "," else i

    def _parenthetical(self, k: int, ctx: CheckContext, rates: Mapping[str, Any]) -> bool:
        """The verb opens a clause set off by commas before the real predicate ("Taman itu,
        dibangun pada 1920, adalah ..."): a passive verb with a comma later in the sentence, or
        any verb when the word after the sentence's next comma is a verb."""
        toks = ctx.model.tokens
        passive = toks[k].text.startswith("di")
        for m in range(k + 1, len(toks) - 1):
            tok = toks[m]
            if tok.kind is Tok.PUNCT and tok.text in {".", "!", "?", "\n"}:
                return False
            if tok.text == ",":
                nxt = toks[m + 1]
                if passive:
                    return True
                if nxt.kind is not Tok.WORD:
                    return False
                rate = rates.get(nxt.text)
                return prefixed_verb(ctx, nxt.text) or (
                    rate is not None and rate.tag in {"ADV", "NEG"}
                )
        return False

    def _sure(self, subject: list[Any], rates: Mapping[str, Any], ctx: CheckContext) -> bool:
        """Sure (the rule's own severity) when the first word is known to the statistics (or a
        name), every later lower-case word is a dictionary word, and the subject is closed: by a demonstrative, or by a
        name (a capitalised word after the first)."""
        first = subject[0].text.lower()
        if first not in rates and ctx.lexicon.is_word(first) and not ctx.lexicon.is_name(first):
            return False
        for tok in subject[1:]:
            low = tok.text.lower()
            if tok.text.islower() and low not in self.links and low not in rates:
                if not ctx.lexicon.is_word(low):
                    return False
        last = subject[-1].text.lower()
        named = any(t.text[:1].isupper() for t in subject[1:])
        return named or last in self.demonstratives
