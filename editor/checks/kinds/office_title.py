"""``office_title``: a word of a full office name written in lower case where the office is
followed by the name of a person, an institution or a place (EYD V I.F.6: "Sekretaris Jenderal
Kementerian Pendidikan", "Gubernur Papua Barat": every word of the office's name then takes a
capital).

The evidence is the office's structure, not a list of offices:

- an office head (resources/words/office-title-heads.txt: Kepala, Sekretaris, Asisten, ...)
  written with a capital mid-sentence, then one to three lower-case words, then a capitalised
  unit, acronym, place or person ("Kepala bagian umum Setda", "Sekretaris daerah Kabupaten
  Minahasa"): the writer capitalised the head, so the words between belong to the name;
- the same head in lower case right before a capitalised unit that a name follows ("penjabat
  kepala Desa Cireng"), or before a Roman numeral and a capitalised name ("asisten II Rudi Hartono"),
  and, with words between, only words that edited news capitalises in most of their uses before a
  capital (resources/stats/capitals.tsv: "daerah", "umum", "jenderal").

A word between must be a content word that edited news writes with a capital at least once
(never "setempat", "terpilih"); a function word, a verb or a plural cue before the head ("para
kepala ...") ends the office. An administrative word right before its name ("kabupaten Minahasa")
is left to ``EYD.Capitalization.AdminUnit``.

Spec: nothing of its own (``max_words``: the most lower-case words between, default 3;
``min_before_rate``: the share of capitalised uses before a capital a word between a lower-case
head and its unit needs, default 0.5)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

import regex

from editor.checks.corpus_stats import capital_rates
from editor.checks.finding import Finding
from editor.checks.kinds.base import CheckContext, Kind, RuleHeader
from editor.checks.kinds.capitals import in_headline
from editor.checks.text import ABBREV, WORD, Token
from editor.checks.wordlists import word_set

_HEADS = frozenset(w.lower() for w in word_set("office-title-heads"))
_UNITS = frozenset(w.lower() for w in word_set("institution-heads") | word_set("admin-words"))
_ADMIN = frozenset(w.lower() for w in word_set("admin-words"))
_FUNCTION = word_set("function-words")
_CUES = word_set("quantifiers") | {"seorang", "sebagai"}
_DAYS_MONTHS = frozenset(w.lower() for w in word_set("days") | word_set("months-full"))
_ROMAN = regex.compile(r"[IVX]{1,4}")
# part-of-speech tags of the statistics that no word of an office's name carries
_NOT_IN_NAME = frozenset({"VB", "ADV", "IN", "DT", "CC", "PRP", "MD", "NEG", "RP", "SC", "CD"})


def _capital(tok: Token) -> bool:
    return tok.kind is WORD and tok.text[:1].isupper()


class OfficeTitle(Kind):
    name = "office_title"
    paragraph_local = True
    optional = frozenset({"max_words", "min_before_rate"})

    def __init__(self, header: RuleHeader, spec: Mapping[str, Any]) -> None:
        super().__init__(header, spec)
        self.max_words = int(spec.get("max_words", 3))
        self.min_before_rate = float(spec.get("min_before_rate", 0.5))

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        toks, starts = ctx.model.tokens, ctx.model.sentence_starts
        for i, tok in enumerate(toks):
            if tok.kind is not WORD or tok.text.lower() not in _HEADS:
                continue
            if i > 0 and toks[i - 1].text.lower() in _CUES:
                continue
            if in_headline(ctx, tok.start):
                continue
            if tok.text[:1].isupper():
                if tok.start not in starts:
                    yield from self._after_capital_head(ctx, toks, i)
            elif tok.text.islower():
                yield from self._after_lower_head(ctx, toks, i)

    def _run(self, ctx: CheckContext, toks: list[Token], i: int) -> int:
        """The index after the lower-case words of an office's name that follow ``toks[i]``."""
        text = ctx.text
        j = i + 1
        while j < len(toks) and j - i <= self.max_words:
            tok = toks[j]
            if text[toks[j - 1].end : tok.start] != " " or tok.kind is not WORD:
                break
            if not tok.text.islower() or not self._name_word(ctx, tok.text):
                break
            j += 1
        return j

    @staticmethod
    def _name_word(ctx: CheckContext, word: str) -> bool:
        if word in _FUNCTION or word in _HEADS or len(word) < 3:
            return False
        rate = capital_rates().get(word)
        if rate is None:
            return ctx.lexicon.is_common(word)
        return rate.capitalised > 0 and rate.tag not in _NOT_IN_NAME

    def _named_after(self, ctx: CheckContext, toks: list[Token], j: int) -> bool:
        """Does a name of a person, an institution or a place start at ``toks[j]``?"""
        if j >= len(toks) or ctx.text[toks[j - 1].end : toks[j].start] != " ":
            return False
        tok = toks[j]
        if tok.kind is ABBREV:
            return False
        if not _capital(tok) or tok.start in ctx.model.sentence_starts:
            return False
        word = tok.text
        if word.lower() in _DAYS_MONTHS:
            return False
        if word.lower() in _UNITS:
            return self._capital_next(ctx, toks, j)
        lex = ctx.lexicon
        if len(word) >= 2 and word.isupper():
            return True  # an acronym: DPRD, PKK
        if lex.is_acronym(word) or lex.is_landmark(word) or lex.is_place(word):
            return True
        return lex.is_name(word) and self._capital_next(ctx, toks, j)

    @staticmethod
    def _capital_next(ctx: CheckContext, toks: list[Token], j: int) -> bool:
        k = j + 1
        return (
            k < len(toks)
            and ctx.text[toks[j].end : toks[k].start] == " "
            and (_capital(toks[k]) or (toks[k].kind is WORD and toks[k].text.isupper()))
        )

    def _admin_end(self, ctx: CheckContext, toks: list[Token], i: int, j: int) -> int:
        """``j``, or one less when the run ends with an administrative word before its name
        ("daerah kabupaten Minahasa": "kabupaten" is the administrative unit rule's)."""
        last = toks[j - 1]
        if j - 1 > i and last.text in _ADMIN and self._named_after(ctx, toks, j):
            return j - 1
        return j

    def _after_capital_head(
        self, ctx: CheckContext, toks: list[Token], i: int
    ) -> Iterator[Finding]:
        j = self._run(ctx, toks, i)
        if j == i + 1 or not self._named_after(ctx, toks, j):
            return
        end = self._admin_end(ctx, toks, i, j)
        if end > i + 1:
            yield self._finding(ctx, toks, i + 1, end)

    def _after_lower_head(self, ctx: CheckContext, toks: list[Token], i: int) -> Iterator[Finding]:
        text = ctx.text
        nxt = i + 1
        if nxt >= len(toks) or text[toks[i].end : toks[nxt].start] != " ":
            return
        roman = toks[nxt]
        if roman.kind is WORD and _ROMAN.fullmatch(roman.text):
            if self._person_after(ctx, toks, nxt + 1):
                yield self._finding(ctx, toks, i, i + 1)
            return
        j = self._run(ctx, toks, i)
        for k in range(i + 1, j):
            rate = capital_rates().get(toks[k].text)
            if rate is None or rate.capitalised_before < self.min_before_rate * rate.before:
                j = k
                break
        if j >= len(toks) or not self._named_after(ctx, toks, j):
            return
        # ("kepala desa Sukamaju": the office-before-name rule's; "sekretaris daerah kabupaten
        # Sikka": ours)
        if toks[j].text.lower() in _UNITS or (j - 1 > i + 1 and toks[j - 1].text in _ADMIN):
            yield self._finding(ctx, toks, i, self._admin_end(ctx, toks, i, j))

    def _person_after(self, ctx: CheckContext, toks: list[Token], j: int) -> bool:
        return (
            j < len(toks)
            and ctx.text[toks[j - 1].end : toks[j].start] == " "
            and _capital(toks[j])
            and toks[j].text.lower() not in _DAYS_MONTHS
            and self._capital_next(ctx, toks, j)
        )

    def _finding(self, ctx: CheckContext, toks: list[Token], a: int, b: int) -> Finding:
        """The words ``toks[a:b]`` (one line, single spaces) given their capitals."""
        start, end = toks[a].start, toks[b - 1].end
        written = ctx.text[start:end]
        fixed = " ".join(w[:1].upper() + w[1:] for w in written.split(" "))
        return self.header.finding(start, end, ctx.text, [fixed])
