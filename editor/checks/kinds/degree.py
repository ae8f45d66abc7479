"""``degree``: academic degrees after a name, rewritten as a whole group in their official form.

"Zulkifli, SE.,M.SI," -> "S.E., M.Si."; "Nurul Huda, SH, SIK, MH" -> "S.H., S.I.K., M.H.". A group
starts after the comma that follows a name (a capitalised word) and runs over every token that is a
known degree written with or without dots, in any capitals. The official forms follow the
Permendikbud/Permenristekdikti lists of degree abbreviations (dots after each part, a comma and a
space between degrees). A name set off by commas ("Kepala Dinas, Budi, S.E., mengatakan") is
closed by a comma after its degrees when the sentence goes on; a missing comma between a name and
its degrees ("Budi Santoso S.T.") is put in.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from functools import lru_cache
from typing import Any

import regex as re

from editor.checks.finding import Finding
from editor.checks.kinds.base import CheckContext, Kind, RuleHeader
from editor.checks.wordlists import entries, table, word_set

# Official forms (resources/words/degrees.txt); the lookup key is the letters only, lower-cased
# ("S.Sos." -> "ssos").
OFFICIAL = entries("degrees")
# Frequent misspellings whose letters differ from the official form.
ALIASES = table("degree-aliases")
# Official forms that share their letters with another one (S.IP. beside S.I.P.)
ALSO_OFFICIAL = word_set("degrees-same-letters")
# Two-letter all-capital tokens that are also common acronyms: only inside a group that already
# holds another degree, or right after a name.
_TOKEN = re.compile(r"\p{L}{1,5}(?:\.\p{L}{1,5}){0,3}\.?")
_SEP = re.compile(r"[ \t]*,?[ \t]*")
# one capital and a dot, a space, then the rest of the degree ("M. Si", "S. Sos.")
_SPACED_PART = re.compile(
    r"(?P<first>\p{Lu}\.)[ \t](?P<rest>\p{L}{1,5}(?:\.\p{L}{1,5}){0,2}\.?)(?![\p{L}\d])"
)
_DOTTED_DEGREE = re.compile(r",[ \t]*\p{Lu}\p{L}{0,4}\.\p{L}")
_START = re.compile(r"(?<=\p{L}\.?),[ \t]*(?=\p{Lu})")
_START_NO_COMMA = re.compile(r"(?<![\p{L}.])(?P<name>\p{Lu}\p{Ll}{2,})[ \t]+(?=\p{Lu})")
_OFFICE_WORDS = word_set("offices-before-name")
# the sentence goes on after the degrees
_CONTINUES = re.compile(r"[ \t]+\p{Ll}")
# a name (capitalised words and titles such as H., Hj., Dr.) right after a comma
_NAME_BEFORE = re.compile(
    r",[ \t]*(?P<name>(?:\p{Lu}[\p{L}'’-]*\.?[ \t]+){0,5}\p{Lu}[\p{L}'’-]*)\Z"
)
# words of an office or institution: a name after them is no apposition
_APPOSITION_STOP = _OFFICE_WORDS | word_set("office-words")


def _key(token: str) -> str:
    return "".join(c for c in token if c.isalpha()).lower()


def official_form(token: str) -> str | None:
    dotted = token if token.endswith(".") else token + "."
    if dotted in ALSO_OFFICIAL:
        return dotted
    # an official form written with its dots in other capitals keeps its dots ("S.Ip" -> S.IP.,
    # not the S.I.P. of the same letters)
    same_dots = _BY_DOTS.get(dotted.lower())
    if same_dots:
        return same_dots
    return DEGREES.get(_key(token))


def official_forms(token: str) -> list[str]:
    """The degrees in one token: "SH" -> [S.H.], "SH.MH" -> [S.H., M.H.], "S.H.M.H" -> [S.H., M.H.]."""
    return list(_official_forms(token))


@lru_cache(maxsize=16384)
def _official_forms(token: str) -> tuple[str, ...]:
    """``official_forms`` as a tuple, remembered (the degree lists never change in a process,
    and the rule asks of every capitalised word after a name)."""
    form = official_form(token)
    if form:
        return (form,)
    parts = [p for p in token.split(".") if p]
    out, i = [], 0
    while i < len(parts):
        for j in range(len(parts), i, -1):
            form = official_form(".".join(parts[i:j]))
            if form:
                out.append(form)
                i = j
                break
        else:
            return ()
    return tuple(out) if len(out) > 1 else ()


DEGREES: dict[str, str] = {_key(d): d for d in OFFICIAL} | ALIASES
# official forms (and those sharing their letters with another) by their lower-cased spelling
_BY_DOTS: dict[str, str] = {d.lower(): d for d in (*OFFICIAL, *ALSO_OFFICIAL)}


class Degree(Kind):
    """Spec: nothing of its own. Flags a group of degrees that differs from the official forms
    and suggests the whole group rewritten ("S.E., M.Si.")."""

    name = "degree"
    paragraph_local = True
    optional = frozenset({"any_language"})

    def __init__(self, header: RuleHeader, spec: Mapping[str, Any]) -> None:
        super().__init__(header, spec)

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        text = ctx.text
        for name_end, missing_comma, group in self._groups(ctx):
            start, end = group[0][0], group[-1][1]
            wanted = ", ".join(form for _, _, form in group)
            found = text[start:end]
            if found.endswith(".") and not wanted.endswith("."):
                wanted += "."
            # a name set off by commas ("Kepala Dinas, Budi, S.E., mengatakan") is closed by a
            # comma after its degrees when the sentence goes on
            if _CONTINUES.match(text, end) and _appositive(text, name_end):
                wanted += ","
            if missing_comma:
                # the comma between the name and its first degree is missing
                start, wanted = name_end, ", " + wanted
            elif found == wanted or (found + "." == wanted and text[end : end + 1] == "."):
                continue
            if not wanted.endswith(",") and _next_item(text, end, ctx):
                # a group rewritten anyway is closed by a comma before the next item of a list
                # ("..., Budi, S.H., Forkopimda, anggota DPRD")
                wanted += ","
            yield self.header.finding(
                start, end, text, [wanted, *_other_readings(text, group, wanted)]
            )

    def _groups(self, ctx: CheckContext) -> Iterator[tuple[int, bool, list[tuple[int, int, str]]]]:
        """(end of the name, whether the comma after it is missing, the degrees) per group."""
        text = ctx.text
        for m in _START.finditer(text):
            if _after_name(text, m.start(), ctx):
                group = _group(text, m.end())
                if group:
                    yield m.start(), False, group
        # without the comma after the name ("Askolani SH MH"): only a group of two degrees, a
        # dotted one, or one in capitals before the predicate ("Askolani SE membuka"), after a
        # name that is no common word
        lexicon = ctx.lexicon
        for m in _START_NO_COMMA.finditer(text):
            group = _group(text, m.end())
            if not (
                len(group) >= 2
                or (group and "." in text[group[0][0] : group[0][1]].rstrip("."))
                or (group and _lone_before_predicate(text, group[0]))
            ):
                continue
            name = m.group("name")
            if lexicon is None or lexicon.is_acronym(name):
                continue
            # two degrees, one of them in mixed case ("SSTP MSi"), are degrees after any name
            mixed = len(group) >= 2 and any(not text[s:e].isupper() for s, e, _ in group)
            if (
                lexicon.is_common(name.lower())
                and not mixed
                and not (len(group) >= 2 and _name_word_before(text, m.start("name"), lexicon))
                and not _given_name_before(text, m.start("name"), lexicon)
            ):
                # a common word ends a name only after a name word and before two degrees
                # ("Yusuf Perdana SE MM"; not "Rapat Komisi SE MM"), or after a given name of
                # the gazetteer before one degree ("Muhammad Ikhsan ST, ...")
                continue
            # a place name ends a person's name only before two degrees in mixed case
            # ("Gita Sakti SSTP MSi": Sakti is a village too)
            if name not in _OFFICE_WORDS and (mixed or not lexicon.is_place(name)):
                yield m.end("name"), True, group


_WORD_BEFORE = re.compile(r"(?<![\p{L}.])(\p{Lu}\p{Ll}+)[ \t]+\Z")


def _name_word_before(text: str, pos: int, lexicon: Any) -> bool:
    """Is the word before ``pos`` a capitalised word no dictionary knows (a name: "Yusuf")?"""
    m = _WORD_BEFORE.search(text, max(0, pos - 40), pos)
    return (
        bool(m) and not lexicon.is_common(m.group(1).lower()) and not lexicon.is_place(m.group(1))
    )


# the next item of a list after the degrees: capitalised words up to a comma and a capital
_NEXT_ITEM = re.compile(
    r"[ \t]+(?P<first>\p{Lu}[\p{L}-]*)(?:[ \t]+\p{Lu}[\p{L}-]*){0,3},[ \t]+\p{Lu}"
)


def _other_readings(text: str, group: list[tuple[int, int, str]], wanted: str) -> list[str]:
    """A bare "SIP" is read S.I.P. (Sarjana Ilmu Politik) first; S.IP. (Sarjana Ilmu
    Pemerintahan) is offered second."""
    if not any(form == "S.I.P." and "." not in text[s:e] for s, e, form in group):
        return []
    return [wanted.replace("S.I.P.", "S.IP.")]


def _next_item(text: str, end: int, ctx: CheckContext) -> bool:
    """Does the next item of a list of officials follow the degrees ending at ``end``? Its first
    word is no common word (a sentence opener such as "Selanjutnya," is one) and not in
    capitals."""
    m = _NEXT_ITEM.match(text, end)
    if not m:
        return False
    first = m.group("first")
    if first.isupper():
        return False  # a certificate after the degrees ("S.E., M.M., CMA, ...") or an acronym
    lexicon = ctx.lexicon
    return lexicon is not None and not lexicon.is_common(first.lower())


def _given_name_before(text: str, pos: int, lexicon: Any) -> bool:
    """Is the word before ``pos`` a given name of the gazetteer that no dictionary knows as a
    common word ("Muhammad", "Yohanes")?"""
    m = _WORD_BEFORE.search(text, max(0, pos - 40), pos)
    if not m:
        return False
    word = m.group(1)
    return (
        lexicon.is_name(word)
        and not lexicon.is_common(word.lower())
        and not lexicon.is_place(word)
        and word not in _APPOSITION_STOP
    )


def _lone_before_predicate(text: str, degree: tuple[int, int, str]) -> bool:
    """A lone degree in capitals ("SE") or in mixed case with two capitals ("SpOG", "SSos")
    followed by a lower-case word or the end of a clause."""
    start, end, _ = degree
    written = text[start:end]
    if not (written.isupper() or _MIXED_CASE.fullmatch(written)):
        return False
    if _CLAUSE_GOES_ON.match(text, end):
        return True
    return text[end - 1] == "." and bool(_SENTENCE_AFTER.match(text, end))


_MIXED_CASE = re.compile(r"(?=\p{L}*\p{Lu}\p{L}*\p{Lu})(?=\p{L}*\p{Ll})\p{L}+\.?")
_CLAUSE_GOES_ON = re.compile(r"[ \t]+\p{Ll}|[,;](?:\s|$)|\.(?:\s|$)|[ \t]*(?:\n|$)")
# a degree whose own period closes the sentence ("... Budi SE. Acara itu ...")
_SENTENCE_AFTER = re.compile(r"[ \t]+\p{Lu}\p{Ll}")


def _appositive(text: str, name_end: int) -> bool:
    """Does a comma open the name that ends at ``name_end``? An office before the name
    ("Kepala Dinas Sosial Budi, S.E.") makes it no apposition."""
    m = _NAME_BEFORE.search(text, max(0, name_end - 80), name_end)
    return bool(m) and not any(w.rstrip(".") in _APPOSITION_STOP for w in m.group("name").split())


def _after_name(text: str, comma: int, ctx: CheckContext) -> bool:
    """Is the word before ``comma`` a name (Titlecase) or a degree already?"""
    j = comma
    while j > 0 and (text[j - 1].isalpha() or text[j - 1] == "."):
        j -= 1
    word = text[j:comma]
    letters = [c for c in word if c.isalpha()]
    if not letters or not letters[0].isupper():
        return False
    if official_form(word) and "." in word:
        return True
    if all(c.isupper() for c in letters):
        return False
    lexicon = ctx.lexicon
    if lexicon is None or not lexicon.is_acronym(word):
        return True
    # a Titlecase name that is also an acronym ("Dau", "Rohil") still takes a degree written
    # with inner dots ("S.Hut")
    return bool(_DOTTED_DEGREE.match(text, comma))


def degree_group(text: str, pos: int, after_comma: bool) -> list[tuple[int, int, str]]:
    """The degrees from ``pos`` on that surely are degrees: after a comma any group, else two
    degrees or one written with inner dots ("SSTP MSi", "S.Sos"), not one bare pair of capitals
    that may be an acronym ("SE")."""
    if after_comma:
        pos = _SEP.match(text, pos).end()
    elif not text.startswith(" ", pos):
        return []
    else:
        pos += 1
    group = _group(text, pos)
    if after_comma or len(group) >= 2:
        return group
    if group and "." in text[group[0][0] : group[0][1]].rstrip("."):
        return group
    return []


def _group(text: str, pos: int) -> list[tuple[int, int, str]]:
    """Degrees from ``pos`` on: (start, end, official form) each."""
    out: list[tuple[int, int, str]] = []
    while True:
        m = _TOKEN.match(text, pos)
        if not m or not m.group()[0].isupper():
            break
        token = m.group()
        after = text[m.end() : m.end() + 1]
        if after and (after.isalnum() or after in "-/'’"):
            break
        spaced = _SPACED_PART.match(text, m.start())
        if spaced and _official_forms(spaced.group("first") + spaced.group("rest")):
            # a degree split by a space after its first letter ("M. Si", "S. Sos")
            m, token = spaced, spaced.group("first") + spaced.group("rest")
        forms = _official_forms(token)
        if not forms:
            break
        out.append((m.start(), m.end(), ", ".join(forms)))
        sep = _SEP.match(text, m.end())
        pos = sep.end()
        if sep.group() == "":
            break
    # a lone two-letter all-caps token that is also an acronym, followed by a capital word, is
    # more likely a list of institutions ("Kadin, SE ...") than a degree: keep it only if it is
    # followed by a comma, a bracket or the end of the sentence
    if len(out) == 1 and "." not in text[out[0][0] : out[0][1]].rstrip("."):
        s, e, _ = out[0]
        nxt = text[e : e + 2]
        if text[s:e].isupper() and nxt[:1] not in ("", ",", ".", ")", ";", " ", "\n"):
            return []
        if text[s:e].isupper() and nxt[:1] == " " and nxt[1:2].isupper() and text[e - 1] != ".":
            return []
    return out
