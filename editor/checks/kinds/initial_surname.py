"""``surname_after_initial``: the last part of a person's name written in lower case after an
initial ("Tonny S pontoh" -> "Pontoh"), EYD V I.F.2 (every element of a person's name takes a
capital).

The evidence is the name's shape: a capitalised word that the lexicon knows as a name or that no
dictionary knows as a common word ("Tonny"), then an initial (one capital letter, with or without
its dot), then a lower-case word that neither dictionary (Indonesian, English) knows as a common
word, or that the name lists hold and modern text hardly uses as a common word (Zipf frequency
below 2: "pontoh", an old word for a bangle), that ends the name (a stop or a capitalised word
follows, not a lower-case word: "Ford T diluncurkan sebagai ..."). A word glued to its neighbours (an address, a
hashtag) is left alone.

Spec: nothing of its own."""

from __future__ import annotations

from collections.abc import Iterator

from editor.checks.finding import Finding
from editor.checks.kinds.base import CheckContext, Kind
from editor.checks.text import ABBREV, WORD, Token


def _initial(toks: list[Token], k: int, text: str) -> int | None:
    """The index of the name word before the initial that ends at ``toks[k]``, or None."""
    tok = toks[k]
    if tok.kind is ABBREV and len(tok.text) == 2 and tok.text[0].isupper() and tok.text[1] == ".":
        j = k - 1
    elif tok.text == "." and k >= 1 and _letter(toks[k - 1]) and toks[k - 1].end == tok.start:
        j = k - 2
    elif _letter(tok):
        j = k - 1
    else:
        return None
    first = k if tok.text != "." else k - 1
    if j < 0 or text[toks[j].end : toks[first].start] != " ":
        return None
    return j


def _letter(tok: Token) -> bool:
    return tok.kind is WORD and len(tok.text) == 1 and tok.text.isupper()


class SurnameAfterInitial(Kind):
    name = "surname_after_initial"
    paragraph_local = True

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        text, toks, lex = ctx.text, ctx.model.tokens, ctx.lexicon
        for i in range(2, len(toks)):
            tok = toks[i]
            if tok.kind is not WORD or not tok.text.islower() or len(tok.text) < 3:
                continue
            if text[toks[i - 1].end : tok.start] != " ":
                continue
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if nxt is not None and nxt.start == tok.end and nxt.text not in '.,;:!?)”"':
                continue
            if nxt is not None and nxt.kind is WORD and nxt.text.islower():
                continue  # a name ends at a stop or another capital, not before "sebagai"
            j = _initial(toks, i - 1, text)
            if j is None:
                continue
            name = toks[j]
            if name.kind is not WORD or not name.text.istitle():
                continue
            if not lex.is_name(name.text) and lex.is_common(name.text):
                continue  # "Tim A bersama ...": a common word, no given name
            if lex.is_english(tok.text):
                continue
            if lex.is_common(tok.text) and not (lex.is_name(tok.text) and lex.zipf(tok.text) < 2.0):
                continue  # a common word, unless a name that modern text hardly uses otherwise
            yield self.header.finding(tok.start, tok.end, text, [tok.text.capitalize()])
