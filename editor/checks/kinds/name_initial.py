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

from editor.checks.finding import Finding
from editor.checks.kinds.base import CheckContext, Kind, RuleHeader
from editor.checks.text import Kind as Tok
from editor.checks.text import Token
from editor.checks.wordlists import word_set

DEGREES = word_set("degrees")


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
        for k, tok in enumerate(toks):
            if (
                not _letter(tok)
                or tok.text in self.not_initials
                or k + 1 >= len(toks)
                or text[tok.end : tok.end + 1] != " "
            ):
                continue
            if tok.start > 0 and text[tok.start - 1] not in " \n":
                continue
            prev = toks[k - 1] if k > 0 and text[toks[k - 1].end : tok.start] == " " else None
            after = self._after(ctx, toks, k + 1)
            if not after or (prev is not None and prev.kind is not Tok.WORD and prev.text != ","):
                continue
            if self._initial(ctx, prev, after):
                yield self.header.finding(tok.start, tok.end, text, [tok.text + "."])
        yield from self._glued(ctx)
        yield from self._unclosed(ctx)

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
        words: list[str] = []
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
            j += 1
        return words

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
