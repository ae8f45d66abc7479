"""``name_initial``: an initial inside a personal name takes a period and a space ("M Rizal Hakim" ->
"M. Rizal Hakim", "Yanti R Siregar" -> "Yanti R. Siregar", "Yanti R.Siregar" -> "R. Siregar";
EYD V II.H.1).

A lone capital letter is an initial when the capitalised words after it are a personal name: one
that no dictionary, place list or acronym list knows (a surname) or a given name of the gazetteer
first. After a common word (an office, or a label such as "Blok", "Gedung", "Kelas") both are
needed, a given name first and a surname. A letter before a place, a common label ("Blok M
Plaza") or a lower-case word is left alone.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

import regex as re

from editor.checks.discourse import name_titles
from editor.checks.finding import Finding
from editor.checks.kinds.base import CheckContext, Kind, RuleHeader
from editor.checks.kinds.degree import degree_group
from editor.checks.text import Kind as Tok
from editor.checks.text import Token
from editor.checks.wordlists import word_set

DEGREES = word_set("degrees")
# offices written before a name: two capitals after one (and a place) are a name's initials
_OFFICES = word_set("offices-before-name") | word_set("office-words")


class NameInitial(Kind):
    """Spec: ``max_after`` (capitalised words read after the initial at most), ``not_initials``
    (letters that are words of a name, not initials: the Balinese "I" of "I Made")."""

    name = "name_initial"
    keys = frozenset({"max_after", "not_initials"})

    def __init__(self, header: RuleHeader, spec: Mapping[str, Any]) -> None:
        super().__init__(header, spec)
        self.max_after = int(spec["max_after"])
        self.not_initials = frozenset(str(w) for w in spec["not_initials"])

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        text, toks = ctx.text, ctx.model.tokens
        letters: list[int] = []
        for k, tok in enumerate(toks):
            if not _letter(tok) or tok.text in self.not_initials or k + 1 >= len(toks):
                continue
            if tok.start > 0 and text[tok.start - 1] not in " \n":
                continue
            prev = toks[k - 1] if k > 0 and text[toks[k - 1].end : tok.start] == " " else None
            if text[tok.end : tok.end + 1] == "," and self._last_initial(ctx, toks, k):
                letters.append(k)
                continue
            if text[tok.end : tok.end + 1] != " ":
                continue
            after, run_end = self._after_run(ctx, toks, k + 1)
            if not after or (prev is not None and prev.kind is not Tok.WORD and prev.text != ","):
                continue
            if self._initial(ctx, prev, after) or _degrees_after(text, run_end):
                letters.append(k)
        # initials side by side are written together: "O E Kandouw" -> "O.E. Kandouw"
        i = 0
        while i < len(letters):
            j = i
            while (
                j + 1 < len(letters)
                and letters[j + 1] == letters[j] + 1
                and toks[letters[j]].end + 1 == toks[letters[j + 1]].start
            ):
                j += 1
            first, last = toks[letters[i]], toks[letters[j]]
            fix = "".join(toks[n].text + "." for n in range(letters[i], letters[j] + 1))
            yield self.header.finding(first.start, last.end, text, [fix])
            i = j + 1
        yield from self._glued(ctx)
        yield from self._unclosed(ctx)
        yield from self._clusters(ctx)

    def _last_initial(self, ctx: CheckContext, toks: list[Token], k: int) -> bool:
        """ "Yohanes S, S.E., ..." or ", Yohanes S, membuka": a letter that ends a name after a
        given name, before the comma of its degrees or the comma that closes a name set off by
        commas."""
        if k < 2:
            return False
        text, lexicon = ctx.text, ctx.lexicon
        given = toks[k - 1]
        if (
            given.kind is not Tok.WORD
            or given.end + 1 != toks[k].start
            or not given.text.istitle()
            or not lexicon.is_name(given.text)
            or lexicon.is_common(given.text.lower())
            or lexicon.is_place(given.text)
        ):
            return False
        end = toks[k].end
        if degree_group(text, end + 1, True):
            return True
        opened = toks[k - 2].text == "," or (
            toks[k - 2].kind is Tok.WORD
            and toks[k - 2].text.istitle()
            and k >= 3
            and toks[k - 3].text == ","
        )
        return opened and bool(_VERB_AFTER.match(text, end + 1))

    def _clusters(self, ctx: CheckContext) -> Iterator[Finding]:
        """ "Sekda Riau SF Hariyanto" -> "S.F. Hariyanto": two capitals glued together before a
        given name, right after an office and its place, are a name's initials. An acronym, a
        common word (KB) or a degree (SE) is left alone, and so is a pair after a rank or a
        given name."""
        text, toks = ctx.text, ctx.model.tokens
        lexicon = ctx.lexicon
        for k in range(1, len(toks) - 1):
            tok, nxt = toks[k], toks[k + 1]
            if (
                tok.kind is not Tok.WORD
                or len(tok.text) != 2
                or not tok.text.isupper()
                or text[tok.start - 1 : tok.start] != " "
                or nxt.start != tok.end + 1
                or nxt.kind is not Tok.WORD
                or not nxt.text.istitle()
                or len(nxt.text) < 3
            ):
                continue
            if any(c in self.not_initials for c in tok.text):
                continue
            if (
                lexicon.is_acronym(tok.text)
                or tok.text.lower() in name_titles()  # a title (HJ, DR, KH) or a company (PT)
                or lexicon.is_common(tok.text.lower())
                or _degree_letters(tok.text)
            ):
                continue
            if not lexicon.is_name(nxt.text):
                continue  # a given name of the gazetteer ("Hariyanto"; not a club's "MC Oran")
            if lexicon.is_common(nxt.text.lower()) or lexicon.is_place(nxt.text):
                continue
            if not _after_office(ctx, toks, k):
                continue
            last = nxt
            after = toks[k + 2] if k + 2 < len(toks) else None
            if after is not None and after.start == nxt.end + 1 and after.text[:1].isupper():
                # another capitalised word: only a surname after the given name
                if not (after.kind is Tok.WORD and _surname(ctx, after.text)):
                    continue
                last = after
            if not _NAME_ENDS.match(text, last.end) and not _degrees_after(text, last.end):
                continue  # the name goes on to a verb, a comma or degrees ("... membuka")
            fix = tok.text[0] + "." + tok.text[1] + "."
            yield self.header.finding(tok.start, tok.end, text, [fix])

    def _unclosed(self, ctx: CheckContext) -> Iterator[Finding]:
        """ "Maria Y.T," -> "Y.T.": the last of two initials glued together after a name lost
        its period (no degree's letters: S.H, S.E are the degree rule's)."""
        text, toks = ctx.text, ctx.model.tokens
        for k in range(2, len(toks)):
            tok, first, name = toks[k], toks[k - 1], toks[k - 2]
            if not _letter(tok) or first.kind is not Tok.ABBREV or first.end != tok.start:
                continue
            if (
                len(first.text) != 2
                or not first.text[0].isupper()
                or text[tok.end : tok.end + 1] == "."
            ):
                continue
            if tok.text in self.not_initials or _degree_start(first.text + tok.text):
                continue
            if name.kind is not Tok.WORD or not name.text.istitle() or name.end + 1 != first.start:
                continue
            if _surname(ctx, name.text) or ctx.lexicon.is_name(name.text):
                yield self.header.finding(tok.start, tok.end, text, [tok.text + "."])

    def _glued(self, ctx: CheckContext) -> Iterator[Finding]:
        """ "B.Santoso" -> "B. Santoso": an initial with its period glued to the name after it
        (no degree's first letters: S.Sos, M.Si, A.Md stay)."""
        text, toks = ctx.text, ctx.model.tokens
        for k, tok in enumerate(toks[:-1]):
            if tok.kind is not Tok.ABBREV or len(tok.text) != 2 or not tok.text[0].isupper():
                continue
            if tok.text[0] in self.not_initials or (
                tok.start > 0 and text[tok.start - 1] not in " \n"
            ):
                continue
            nxt = toks[k + 1]
            if nxt.start != tok.end or nxt.kind is not Tok.WORD or not nxt.text.istitle():
                continue
            if len(nxt.text) < 3 or _degree_start(tok.text + nxt.text):
                continue
            prev = toks[k - 1] if k > 0 and text[toks[k - 1].end : tok.start] == " " else None
            after = [nxt.text, *self._after(ctx, toks, k + 2)]
            if self._initial(ctx, prev, after):
                yield self.header.finding(tok.end - 1, tok.end, text, [". "])

    def _after(self, ctx: CheckContext, toks: list[Token], i: int) -> list[str]:
        """The capitalised words after the letter (other initials skipped), one space apart."""
        return self._after_run(ctx, toks, i)[0]

    def _after_run(self, ctx: CheckContext, toks: list[Token], i: int) -> tuple[list[str], int]:
        """``_after``, and where the last of those words ends (-1 without one)."""
        words: list[str] = []
        end = -1
        j = i
        while j < len(toks) and len(words) < self.max_after:
            tok = toks[j]
            if ctx.text[toks[j - 1].end : tok.start] != " ":
                break
            if _letter(tok) or (tok.kind is Tok.ABBREV and len(tok.text) == 2):
                j += 1
                continue
            if tok.kind is not Tok.WORD or not tok.text[:1].isupper() or tok.text.isupper():
                break
            words.append(tok.text)
            end = tok.end
            j += 1
        return words, end

    def _initial(self, ctx: CheckContext, prev: Token | None, after: list[str]) -> bool:
        lexicon = ctx.lexicon
        if lexicon.is_place(after[0]):
            return False
        if prev is not None and prev.kind is Tok.WORD and lexicon.is_name(prev.text):
            if not lexicon.is_common(prev.text.lower()):
                return True  # a given name before the letter ("Andi S Pratama"): a middle initial
        if lexicon.is_landmark(after[0]):
            return False
        surname = any(_surname(ctx, w) for w in after)
        if prev is not None and prev.kind is Tok.WORD and lexicon.is_common(prev.text.lower()):
            # after a common word ("Blok", "Gedung", an office): a given name and a surname follow
            return lexicon.is_name(after[0]) and surname
        return surname or lexicon.is_name(after[0])


# a lower-case word after the comma that closes a name ("..., Yohanes S, membuka")
_VERB_AFTER = re.compile(r"[ \t]+\p{Ll}")
# the end of a person's name: a comma, or a lower-case word (a verb: "SF Hariyanto mengatakan")
_NAME_ENDS = re.compile(r",|[ \t]+\p{Ll}")


def _degrees_after(text: str, pos: int) -> bool:
    """Do academic degrees follow the name ending at ``pos``: after a comma, two of them, or one
    written with its dots ("M Rizal Hakim SE MM", "Rizal Hakim, S.E.")? A name it is, then."""
    if pos < 0:
        return False
    comma = text[pos : pos + 1] == ","
    return bool(degree_group(text, pos + 1 if comma else pos, comma))


def _degree_letters(written: str) -> bool:
    """Are ``written``'s letters those of a degree (SE, ST, SH)?"""
    return written.lower() in _DEGREE_KEYS


_DEGREE_KEYS = frozenset("".join(c for c in d if c.isalpha()).lower() for d in DEGREES)


def _after_office(ctx: CheckContext, toks: list[Token], k: int) -> bool:
    """Does an office stand before the place right before token ``k`` ("Sekretaris Daerah Riau
    SF ...")? Up to six words back, over lower-case words and a bracketed short form, up to a
    word of an office. Right after the office the capitals may name its unit ("Kepala UPT ...",
    "Ketua MC ..."): the place closes the office's name."""
    lexicon = ctx.lexicon
    j = k - 1
    prev = toks[j]
    if not (prev.kind is Tok.WORD and lexicon.is_place(prev.text)):
        return False
    for n in range(j - 1, max(-1, j - 7), -1):
        t = toks[n]
        if t.text in _OFFICES:
            return True
        if t.kind is Tok.PUNCT and t.text not in "()":
            return False
    return False


def _degree_start(written: str) -> bool:
    """Do an official degree's letters begin with ``written`` (S.Sos, M.Si, S.Kom)?"""
    prefix = written.lower()
    return any(d.lower().startswith(prefix) for d in DEGREES)


def _letter(tok: Token) -> bool:
    return tok.kind is Tok.WORD and len(tok.text) == 1 and tok.text.isupper()


def _surname(ctx: CheckContext, word: str) -> bool:
    lexicon = ctx.lexicon
    return not (
        lexicon.is_common(word.lower())
        or lexicon.is_place(word)
        or lexicon.is_landmark(word)
        or lexicon.is_acronym(word)
        or lexicon.is_english(word)
    )
