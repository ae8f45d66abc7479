"""``apposition_comma``: a name set off after an office by a comma is closed by a comma too.

So are an office set off after the name that opens the sentence ("Rusmini Wiryono, Ketua Forum
Petani Lahat, meminta ..."), a province set off after its regency ("Kabupaten Lahat, Sumatera
Selatan, menggelar ...", "Kabupaten Lahat, Provinsi Sumatera Selatan, yang diwakili ..."), the
relative clause after the name that opens the sentence ("Rusmini, yang juga menjabat ...,"), the
relative clause after the subject closed before the predicate ("Rusmini, yang membacakan sambutan
Bupati Lahat Budi Santoso, mengucapkan ..."), and
a regency set off after its district ("Kecamatan Merapi, Kabupaten Lahat, menggelar ...").

"Kepala Dinas Kesehatan Lahat, Budi Santoso mengatakan ..." -> "Budi Santoso, mengatakan ...":
the comma after the office opens an apposition (EYD V III.B), so the name ends with one before the
predicate. The name is a run of capitalised words after that comma, each a given name from the
gazetteer or no common word of the lexicon (an office word such as Wakil, Bupati or Camat ends the
run), with initials and titles (H., Dr.) allowed; the predicate is a lower-case verb by the
part-of-speech statistics of edited news (resources/stats/capitals.tsv) or by its prefix.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from functools import cache
from typing import Any

import regex

from editor.checks.corpus_stats import capital_rates
from editor.checks.finding import Finding
from editor.checks.kinds.base import CheckContext, Kind, RuleHeader
from editor.checks.lexicon import Lexicon
from editor.checks.people import words as people_words
from editor.checks.text import Kind as Tok
from editor.checks.text import Token, bracketed_short_form
from editor.checks.wordlists import word_set
from editor.paths import resource

DASHES = frozenset({"-", "–", "—"})
INSTITUTIONS = word_set("institution-heads")
SAYING = word_set("attribution-verbs")
PERSON_OFFICES = word_set("offices-before-name")
OFFICE_WORDS = word_set("office-words") | PERSON_OFFICES
DAYS = word_set("days")
# the prepositions of the doer and of the one a word goes through ("melalui Sekretaris, Budi")
AGENTS = frozenset({"oleh", "melalui"})
# and of the one a thing goes to ("diserahkan kepada Bupati Lahat, Budi ..."): like the agent's,
# an office after it stands inside the clause
CLAUSE_PREPOSITIONS = AGENTS | {"kepada"}
NAME_TITLES = word_set("name-titles")
VERB_SHAPE = regex.compile(r"(?:me|mem|men|meng|meny|ber|di|ter)\p{Ll}{3,}")


class AppositionComma(Kind):
    """Spec: ``max_name`` (words in the name at most)."""

    name = "apposition_comma"
    paragraph_local = True
    keys = frozenset({"max_name"})

    def __init__(self, header: RuleHeader, spec: Mapping[str, Any]) -> None:
        super().__init__(header, spec)
        self.max_name = int(spec["max_name"])

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        text, toks = ctx.text, ctx.model.tokens
        for k, tok in enumerate(toks):
            if tok.text != "," or k == 0:
                continue
            last = _province_after_regency(ctx, toks, k)
            if last is None:
                last = _regency_after_district(ctx, toks, k)
            if last is not None:
                end = toks[last]
                if end.text == ")":  # the regency's short form in brackets: "(Kukar)"
                    start = toks[last - 2].start
                    yield self.header.finding(start, end.end, text, [text[start : end.end] + ","])
                else:
                    yield self.header.finding(end.start, end.end, text, [end.text + ","])
                continue
            if not self._office_before(ctx, toks, k):
                continue
            last = self._name_end(ctx, toks, k + 1)
            if last is None or last + 1 >= len(toks):
                continue
            verb = toks[last + 1]
            if verb.kind is not Tok.WORD or text[toks[last].end : verb.start] != " ":
                continue
            if (
                (_verb(verb) and _predicate_follows_adverbial(ctx, toks, last + 1))
                or (_preposition(verb) and _predicate_before_comma(ctx, toks, last + 2))
                or (
                    (_locative(toks, last + 1) or _preposition(verb))
                    and _inside_clause(ctx, toks, k)
                )
            ):
                end = toks[last]
                yield self.header.finding(end.start, end.end, text, [end.text + ","])
        for i in ctx.model.sentence_openers:
            last = self._office_after_name(ctx, toks, i)
            if last is None:
                last = self._name_before_relative(ctx, toks, i)
            if last is None:
                last = _relative_left_open(ctx, toks, i)
            if last is not None:
                end = toks[last]
                yield self.header.finding(end.start, end.end, text, [end.text + ","])

    def _office_after_name(self, ctx: CheckContext, toks: list[Token], i: int) -> int | None:
        """The last word of an office set off after the name that opens the sentence, when no
        comma closes it before the verb ("Rusmini Wiryono, Ketua Forum Petani Lahat meminta
        ..."): the name is a given name of the gazetteer and at most ``max_name`` - 1 more
        capitalised words, none an office, a place or a landmark; the office opens with an office
        word and runs through capitalised words, short forms and numbers (RT 05); the word after
        it is a lower-case prefixed verb by the statistics (meN-, ber-, di-), not an adverb or
        "yang" (which may go on describing the office). A given name that is a dictionary word too
        (Agus) counts when edited news nearly always capitalises it."""
        lexicon, text = ctx.lexicon, ctx.text
        if not _given_name(lexicon, toks[i]):
            return None
        j = i + 1
        while j < len(toks) and j - i < self.max_name and _capitalised(toks[j]):
            word = toks[j].text
            if word in OFFICE_WORDS or lexicon.is_place(word) or lexicon.is_landmark(word):
                return None
            j += 1
        if j + 1 >= len(toks) or toks[j].text != "," or toks[j + 1].text not in OFFICE_WORDS:
            return None
        k = j + 1
        while k < len(toks) and k - j <= 10:
            tok = toks[k]
            if text[toks[k - 1].end : tok.start] != " " and k > j + 1:
                return None
            if not (_capitalised(tok) or tok.kind is Tok.NUMBER):
                break
            k += 1
        if k >= len(toks) or k - j < 3 or toks[k].kind is not Tok.WORD:
            return None  # an office of one word ("Budi, Camat ...") may be the next item of a list
        verb = toks[k].text
        rate = capital_rates().get(verb)
        if rate is None or rate.tag != "VB" or not verb.startswith(("me", "ber", "di")):
            return None
        return k - 1

    def _name_before_relative(self, ctx: CheckContext, toks: list[Token], i: int) -> int | None:
        """The last word of a person's name that opens the sentence before "yang juga" ("Rusmini
        Wiryono yang juga menjabat Ketua Forum Desa meminta ..."): a relative clause after a
        proper name adds to it and is set off by commas. The name opens with a given name of the
        gazetteer and runs through at most ``max_name`` capitalised words, none an office, a
        place or a landmark."""
        lexicon = ctx.lexicon
        if not _given_name(lexicon, toks[i], places=True):
            return None
        j = i
        while j < len(toks) and j - i < self.max_name and _capitalised(toks[j]):
            word = toks[j].text
            if word in OFFICE_WORDS or lexicon.is_place(word) or lexicon.is_landmark(word):
                return None
            if j > i and ctx.text[toks[j - 1].end : toks[j].start] != " ":
                return None
            j += 1
        if (
            j + 1 >= len(toks)
            or toks[j].text != "yang"
            or toks[j + 1].text != "juga"
            or ctx.text[toks[j - 1].end : toks[j].start] != " "
        ):
            return None
        return j - 1

    def _office_before(self, ctx: CheckContext, toks: list[Token], comma: int) -> bool:
        """Is the comma at ``comma`` preceded by a person's office that opens the clause
        ("Kepala Dinas Sosial Lahat,", "Ketua panitia lomba Desa Tanjung,")? The stretch from the
        sentence start (or the comma before) holds two words or more, ends in a capitalised word,
        opens with a noun (no preposition or connector: "Menurut ...,", "Pada ...,"), holds no
        verb or preposition in lower case ("... di Jakarta, Senin"), does not open with an institution
        (resources/words/institution-heads.txt: "oleh Dinas Pariwisata Lahat, Budi meminta" starts
        a new clause) and holds a common word (the office, not only a place or a day)."""
        if not _capitalised(toks[comma - 1]):
            return False
        j = comma - 1
        while j >= 0 and toks[j].text != "," and toks[j].start not in ctx.model.sentence_starts:
            j -= 1
        if j < 0:
            return False
        first = j + 1 if toks[j].text == "," else j
        dashes = [n for n in range(first, comma) if toks[n].text in DASHES]
        if dashes:
            # a dateline's dash before the office ("Mamuju – Bupati Mamuju, ..."): the office is
            # the stretch after it
            first = dashes[-1] + 1
        stretch = _without_brackets(toks[first:comma])
        if stretch is not None:
            stretch = _after_acting(stretch)
        if stretch is None or any(t.kind is not Tok.WORD for t in stretch):
            # marks earlier in the clause ("(rakor)", a quoted title): only an office inside
            # the clause, right after its verb or noun, is read
            if not _inside_clause(ctx, toks, comma):
                return False
            j = comma - 1
            while j > 0 and _capitalised(toks[j - 1]):
                j -= 1
            stretch = _after_acting(toks[j:comma])
        words = [t for t in stretch if t.kind is Tok.WORD]
        if len(words) != len(stretch):
            return False
        agent = False
        if not all(_capitalised(w) for w in words):
            # an office after the verb or the agent's "oleh" ("dipimpin oleh Bupati Kupang,
            # ..."): the office is the run of capitalised words before the comma, opened by no
            # preposition but that of the agent
            n = len(words)
            while n > 0 and _capitalised(words[n - 1]):
                n -= 1
            before = words[n - 1].text
            tag = capital_rates().get(before)
            if (tag is not None and tag.tag == "IN" and before not in CLAUSE_PREPOSITIONS) or n < 1:
                return False
            agent = before in AGENTS
            if before in ("dan", "atau", "serta") and n >= 2 and _capitalised(words[n - 2]):
                head = _joined_office(words, n)
                if head is None:
                    # the last of a list of names: "termasuk Edward IV dan Richard III,"
                    return False
                n = head
            words = words[n:]
        if len(words) < 2 and not (agent and words and words[0].text in PERSON_OFFICES):
            return False  # one word may be the next item of a list, unless the agent's
            # ("melalui Sekretaris, Budi ...")
        if words[0].text in INSTITUTIONS:
            return False  # an institution, not a person's office: "oleh Dinas Pariwisata Lahat,"
        rates = capital_rates()
        tags = [rates[w.text.lower()].tag if w.text.lower() in rates else "" for w in words]
        if tags[0] not in ("NN", "NNP", ""):
            return False
        # a verb or preposition of the clause; capitalised words are parts of the office's name
        # ("Seksi", "Menular"), whatever their tag elsewhere
        if any(
            t in ("VB", "IN") for w, t in zip(words[1:], tags[1:], strict=True) if w.text.islower()
        ):
            return False
        return any(ctx.lexicon.is_common(w.text.lower()) for w in words) or (
            _key(words[0].text) in people_words().heads
        )  # (or an office of its own: Danrem, Kapolres)

    def _name_end(self, ctx: CheckContext, toks: list[Token], i: int) -> int | None:
        """Index of the last token of a personal name starting at ``i``, or None."""
        lexicon = ctx.lexicon
        last, words, proper = None, 0, False
        j = i
        while j < len(toks) and words < self.max_name + 1:
            tok = toks[j]
            if j > i and ctx.text[toks[j - 1].end : tok.start] != " ":
                break
            if tok.kind is Tok.ABBREV or (
                tok.kind is Tok.WORD
                and (len(tok.text) == 1 and tok.text.isupper() or tok.text in NAME_TITLES)
            ):
                if words and tok.text in ("I", "V", "X"):
                    last = j  # a regnal number after the name (Hamengku Buwono X) ends it
                j += 1  # a title or an initial (H., Dr., M., Sri Sultan)
                continue
            if (
                tok.kind is Tok.WORD
                and 2 <= len(tok.text) <= 5
                and tok.text.isupper()
                and tok.text.isalpha()
                and not lexicon.is_place(tok.text)
            ):
                if words:
                    last = j  # initials after the name (YL) end it
                j += 1  # a rank before the name or initials after it (AKBP, YL)
                continue
            if not _capitalised(tok) or tok.text.isupper():
                break
            key = _key(tok.text)
            if not words and (
                key in people_words().ranks or (j > i and key in people_words().corps)
            ):
                j += 1  # a rank before the name and its corps (Kolonel Inf, Letkol Czi)
                continue
            word = tok.text.lower()
            if lexicon.is_common(word) and not lexicon.is_name(tok.text):
                return None  # an office or a common word: no personal name
            if lexicon.is_place(tok.text) or lexicon.is_landmark(tok.text):
                return None
            proper = proper or not lexicon.is_common(word)
            last, words = j, words + 1
            j += 1
        if last is None or words > self.max_name or not proper:
            return None
        if lexicon.is_place(ctx.text[toks[i].start : toks[last].end]):
            return None  # a list of places, not a name
        return last


@cache
def _provinces() -> dict[str, int]:
    """The provinces of the gazetteer (resources/gazetteer/wilayah.tsv), each with its number of
    words."""
    out: dict[str, int] = {}
    for line in resource("gazetteer", "wilayah.tsv").read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) == 3 and parts[1] == "provinsi":
            out[parts[2]] = len(parts[2].split())
    return out


REGION_HEADS = frozenset({"Kabupaten", "Kota"})


def _province_after_regency(ctx: CheckContext, toks: list[Token], comma: int) -> int | None:
    """The last word of a province set off after a regency or city by the comma at ``comma``
    and left open before the verb ("Dinas Kominfo Kabupaten Lahat, Sumatera Selatan menggelar
    ..."): the capitalised run before the comma is a regency or city of the gazetteer opened by
    Kabupaten or Kota, a province follows the comma, and a lower-case prefixed verb (meN-,
    ber-, di-, by the statistics) follows the province."""
    text = ctx.text
    j = comma - 1
    while j >= 0 and _capitalised(toks[j]) and toks[j].text not in REGION_HEADS:
        j -= 1
    if j < 0 or j == comma - 1 or toks[j].text not in REGION_HEADS:
        return None
    # the province named with its head or without ("Lahat, Provinsi Sumatera Selatan"); with
    # the head the regency need not be one the gazetteer spells so (Batang Hari, Batanghari)
    head = 1 if comma + 1 < len(toks) and toks[comma + 1].text == "Provinsi" else 0
    if not head and not ctx.lexicon.is_place(text[toks[j + 1].start : toks[comma - 1].end]):
        return None
    provinces = _provinces()
    for size in (4, 3, 2, 1):
        last = comma + head + size
        if last + 1 >= len(toks):
            continue
        words = toks[comma + head + 1 : last + 1]
        name = " ".join(t.text for t in words)
        if provinces.get(name) != size or text[words[0].start : words[-1].end] != name:
            continue
        verb = toks[last + 1]
        if verb.kind is not Tok.WORD or text[toks[last].end : verb.start] != " ":
            return None
        if verb.text == "yang" and head and last + 2 < len(toks):
            # "..., Provinsi Jambi yang diwakili ...": the relative clause tells of the office
            verb = toks[last + 2]
        rate = capital_rates().get(verb.text)
        if rate is None or rate.tag != "VB" or not verb.text.startswith(("me", "ber", "di")):
            return None
        return last
    return None


DISTRICT_HEADS = frozenset({"Kecamatan", "Distrik"})


def _regency_after_district(ctx: CheckContext, toks: list[Token], comma: int) -> int | None:
    """The last token of a regency or city set off after a district by the comma at ``comma``
    and left open before the verb ("Pemerintah Kecamatan Merapi, Kabupaten Lahat (Lahat)
    menggelar ..."): a capitalised run opened by Kecamatan or Distrik before the comma, then
    Kabupaten or Kota and a place of the gazetteer of at most four words, its short form in
    brackets or not, and a lower-case prefixed verb (meN-, ber-, di-, by the statistics)."""
    text = ctx.text
    j = comma - 1
    while j >= 0 and _capitalised(toks[j]) and toks[j].text not in DISTRICT_HEADS:
        j -= 1
    if j < 0 or j == comma - 1 or toks[j].text not in DISTRICT_HEADS:
        return None
    if comma + 2 >= len(toks) or toks[comma + 1].text not in REGION_HEADS:
        return None
    first = comma + 2
    for size in (4, 3, 2, 1):
        last = first + size - 1
        if last + 1 >= len(toks) or not all(_capitalised(t) for t in toks[first : last + 1]):
            continue
        if not ctx.lexicon.is_place(text[toks[first].start : toks[last].end]):
            continue
        if bracketed_short_form(toks, last + 1):
            last += 3
        if last + 1 >= len(toks):
            return None
        verb = toks[last + 1]
        if verb.kind is not Tok.WORD or text[toks[last].end : verb.start] != " ":
            return None
        rate = capital_rates().get(verb.text)
        if rate is None or rate.tag != "VB" or not verb.text.startswith(("me", "ber", "di")):
            return None
        return last
    return None


def _relative_left_open(ctx: CheckContext, toks: list[Token], i: int) -> int | None:
    """The last word of a relative clause set off by a comma after the subject that opens the
    sentence and left open before the predicate ("Rusmini, yang membacakan sambutan Bupati Lahat
    Budi Santoso mengucapkan ..." -> "Santoso,"): the subject is one to five capitalised words,
    then ", yang"; the clause runs without a comma to a capitalised word (a name, an office, a
    number) followed by a lower-case prefixed verb (meN-, ber-, di-, by the statistics), which
    opens the predicate. A verb the clause goes on with ("yang diangkat Bupati Lahat menggantikan
    Budi, ...") has a comma later in the sentence, not right after it: then nothing is said."""
    text, starts = ctx.text, ctx.model.sentence_starts
    k = i
    while k < len(toks) and k - i < 5 and _capitalised(toks[k]):
        k += 1
    if k == i or k + 2 >= len(toks) or toks[k].text != "," or toks[k + 1].text != "yang":
        return None
    rates = capital_rates()
    p = k + 2
    while p + 1 < len(toks) and p - k < 30:
        tok, nxt = toks[p], toks[p + 1]
        if (
            tok.text == ","
            or nxt.start in starts
            or tok.kind not in (Tok.WORD, Tok.ABBREV, Tok.NUMBER)
        ):
            return None
        if (_capitalised(tok) or tok.kind is Tok.NUMBER) and nxt.kind is Tok.WORD:
            rate = rates.get(nxt.text)
            if (
                nxt.text.islower()
                and rate is not None
                and rate.tag == "VB"
                and nxt.text.startswith(("me", "ber", "di"))
                and text[tok.end : nxt.start] == " "
            ):
                break
        p += 1
    else:
        return None
    # the predicate's verb is followed by its comma ("mengatakan, ...") or the sentence holds
    # no comma after it
    q = p + 2
    if q < len(toks) and toks[q].text == ",":
        return p
    while q < len(toks) and toks[q].start not in starts:
        if toks[q].text == ",":
            return None
        q += 1
    return p


def _joined_office(words: list[Token], n: int) -> int | None:
    """Where one office starts whose name joins two fields with the conjunction before
    ``words[n]`` ("Kepala Dinas Sosial dan Kependudukan Catatan Sipil"): the capitalised run
    before the conjunction opens with a person's office (Kepala, Ketua, Direktur, ...) and the
    word after it is no office of its own ("Kepala Dinas Sosial dan Camat Merapi" lists two).
    None when the run is a list of names instead."""
    if words[n].text in OFFICE_WORDS:
        return None
    m = n - 1  # the conjunction
    while m > 0 and _capitalised(words[m - 1]):
        m -= 1
    if m == n - 1 or words[m].text not in PERSON_OFFICES:
        return None
    if m > 0 and words[m - 1].text != "oleh" and not words[m - 1].text[:1].isupper():
        tag = capital_rates().get(words[m - 1].text)
        if tag is not None and tag.tag == "IN":
            return None  # "di Kantor Kepala Dinas ... dan ...": a place, not the speaker
    return m


def _given_name(lexicon: Lexicon, tok: Token, places: bool = False) -> bool:
    """Is ``tok`` a capitalised given name of the gazetteer, not a common word that is a name
    too (Kepala, Desa) unless edited news nearly always capitalises it (Agus)? ``places``: a
    name that is also a place or a landmark counts too."""
    word = tok.text
    if tok.kind is not Tok.WORD or not _capitalised(tok) or word.isupper():
        return False
    if not lexicon.is_name(word):
        return False
    if not places and (lexicon.is_place(word) or lexicon.is_landmark(word)):
        return False
    return not (lexicon.is_common(word.lower()) and not _always_capitalised(word))


def _always_capitalised(word: str) -> bool:
    """Written with a capital at least 19 times in 20 mid-sentence in edited news, seen 5 times
    or more: a given name that is also a dictionary word (Agus, Budi), not a title (Pak)."""
    rate = capital_rates().get(word.lower())
    return rate is not None and rate.mid >= 5 and rate.capitalised * 20 >= rate.mid * 19


def _key(word: str) -> str:
    return word.rstrip(".").lower()


def _capitalised(tok: Token) -> bool:
    return tok.kind in (Tok.WORD, Tok.ABBREV) and tok.text[:1].isupper()


ACTING = frozenset({"Plt.", "Pj.", "Plh.", "Pjs."})


def _after_acting(toks: list[Token]) -> list[Token]:
    """The office without the short form of an acting holder before it ("Plt. Bupati Lahat")."""
    k = 0
    while k < len(toks) and toks[k].kind is Tok.ABBREV and toks[k].text in ACTING:
        k += 1
    return toks[k:]


def _without_brackets(toks: list[Token]) -> list[Token] | None:
    """The stretch with one bracketed short form left out ("Dinas Kesehatan (Dinkes) Lahat") and
    a unit's number left out ("Danrem 044/Gapo"), or None when brackets hold anything else."""
    out: list[Token] = []
    k = 0
    while k < len(toks):
        if toks[k].text == "(":
            if bracketed_short_form(toks, k):
                k += 3
                continue
            return None
        if toks[k].text == ")":
            return None
        if toks[k].kind is Tok.NUMBER and out and out[-1].kind is Tok.WORD:
            # a unit's number and code after its office ("Dandim 0405", "Danrem 044/Gapo"): the
            # code's name is a word of the office, the number and the slash are not
            k += 1
            if k + 1 < len(toks) and toks[k].text == "/" and toks[k - 1].end == toks[k].start:
                if toks[k].end == toks[k + 1].start and toks[k + 1].kind is Tok.WORD:
                    k += 1
            continue
        out.append(toks[k])
        k += 1
    return out


PREDICATE_TAGS = frozenset({"VB", "ADV", "SC", "PR"})
"""What follows the name and closes the apposition: a verb, an adverb before it ("terus", "juga",
"akan"), a subordinator opening an adverbial clause ("saat", "usai") or the relative "yang".
A preposition closes it only when the predicate follows its phrase with no comma between
("Budi Santoso dalam sambutannya menjelaskan"): edited news writes "Analis X, Budi Santoso di
Jakarta mengatakan" (the reporter's locative) or closes the apposition after the phrase, and a
list of names with roles ("Budi sebagai ketua, Rina sebagai ...") has a comma before any verb."""


def _verb(tok: Token) -> bool:
    if not tok.text.islower():
        return False
    rate = capital_rates().get(tok.text)
    if rate is not None and rate.tag:
        return rate.tag in PREDICATE_TAGS
    return bool(VERB_SHAPE.fullmatch(tok.text))


def _predicate_follows_adverbial(ctx: CheckContext, toks: list[Token], i: int) -> bool:
    """When the word at ``i`` after the name opens an adverbial clause ("saat", "usai") that a
    comma closes, does a predicate (a lower-case prefixed verb) follow that comma in the
    sentence? A photo caption names the person and the moment only ("Bupati Lahat, Budi saat
    memberikan sambutan, pada acara ..., Kamis"): no apposition to close before a predicate.
    True for any other word, and for a clause no comma closes."""
    rate = capital_rates().get(toks[i].text)
    if rate is None or rate.tag != "SC":
        return True
    starts = ctx.model.sentence_starts
    j = i + 1
    while j < len(toks) and toks[j].start not in starts and toks[j].text != ",":
        j += 1
    if j >= len(toks) or toks[j].text != ",":
        return True
    rates = capital_rates()
    for tok in toks[j + 1 :]:
        if tok.start in starts:
            break
        rate = rates.get(tok.text)
        if (
            tok.kind is Tok.WORD
            and tok.text.islower()
            and rate is not None
            and rate.tag == "VB"
            and tok.text.startswith(("me", "ber", "di"))
        ):
            return True
    return False


def _preposition(tok: Token) -> bool:
    rate = capital_rates().get(tok.text)
    return tok.text.islower() and rate is not None and rate.tag == "IN"


def _locative(toks: list[Token], i: int) -> bool:
    """Does a place phrase open at ``i`` ("di Gedung Juang", "di Sulawesi Utara")?"""
    return (
        toks[i].text == "di"
        and i + 1 < len(toks)
        and toks[i + 1].kind is Tok.WORD
        and toks[i + 1].text[:1].isupper()
    )


def _inside_clause(ctx: CheckContext, toks: list[Token], comma: int) -> bool:
    """Does the office before the comma at ``comma`` stand inside the clause, after its verb or
    the noun it belongs to ("dibuka Bupati Lahat, ...", "kunjungan kerja Presiden RI, ...")
    rather than open it as its subject? Then a place phrase after the name is the clause's, and
    the apposition closes before it; a subject's name followed by the reporter's locative
    ("Analis X, Budi Santoso di Jakarta mengatakan"), and the speaker of an attribution ("kata
    Direktur X, Budi di Jakarta"), are how edited news writes it."""
    j = comma - 1
    starts = ctx.model.sentence_starts
    while j > 0 and _capitalised(toks[j]) and toks[j].start not in starts:
        j -= 1
    if j <= 0 or toks[j].start in starts or _capitalised(toks[j]):
        return False
    before = toks[j]
    if before.text == ")":
        # the office after a bracketed short form: "kunjungan kerja (Kunker) ..."
        return _predicate_before(ctx, toks, j)
    if before.kind is not Tok.WORD or not before.text.islower():
        return False
    if before.text in CLAUSE_PREPOSITIONS:
        return True
    if before.text in SAYING or before.text.removesuffix("nya") in SAYING:
        return False  # an attribution ("kata Direktur X, Budi di Jakarta"): the reporter's locative
    rate = capital_rates().get(before.text)
    if rate is None or rate.tag not in ("VB", "NN"):
        return False
    # after a noun, the clause's predicate must come before it: "Analis pasar Bank X, ..." is
    # the subject's office, "menggelar rapat kunjungan Presiden X, ..." is not
    return rate.tag == "VB" or _predicate_before(ctx, toks, j)


def _predicate_before(ctx: CheckContext, toks: list[Token], j: int) -> bool:
    """Does a lower-case verb (by the statistics) stand between the sentence start and ``j``?"""
    starts = ctx.model.sentence_starts
    rates = capital_rates()
    while j > 0 and toks[j].start not in starts:
        j -= 1
        tok = toks[j]
        if tok.kind is Tok.WORD and tok.text.islower():
            rate = rates.get(tok.text)
            if rate is not None and rate.tag == "VB" and tok.text not in SAYING:
                return True
    return False


COMPANIONS = frozenset({"bersama"})


def _predicate_before_comma(ctx: CheckContext, toks: list[Token], i: int) -> bool:
    """Does a predicate follow the prepositional phrase opening at ``i`` before any comma or
    the end of the sentence ("dalam sambutannya menjelaskan" but not "dalam rapat itu, ...")? A
    phrase of a place ("di Palu mengatakan") is the reporter's locative, written without commas
    in edited news, so it never counts."""
    starts = ctx.model.sentence_starts
    if i >= len(toks) or not (toks[i].text.islower() or toks[i - 1].text in COMPANIONS):
        return False  # (a companion is named with capitals: "bersama Camat Merapi meninjau")
    j, limit = i, i + 12
    while j < min(len(toks), limit):
        tok = toks[j]
        if tok.text == "," and j + 1 < len(toks) and toks[j + 1].text.lower() in DAYS:
            # "dalam sambutannya, Senin (12/3), mengatakan": the day set off, then the verb
            skipped = j
            j += 2
            if j < len(toks) and toks[j].text == "(":
                while j < len(toks) and toks[j].text != ")" and toks[j].start not in starts:
                    j += 1
                j += 1
            if j < len(toks) and toks[j].text == ",":
                j += 1
            limit += j - skipped
            continue
        j += 1
        if tok.start in starts or tok.kind is not Tok.WORD:
            return False
        rate = capital_rates().get(tok.text)
        if tok.text.islower() and rate is not None and rate.tag == "VB":
            return True
    return False
