"""Tokenizer for Indonesian release copy: paragraphs, sentences and words with exact offsets.

Every token keeps ``start``/``end`` offsets into the text it was cut from, so findings map back to
the draft exactly. Indonesian specifics: reduplication with a hyphen (masing-masing, sayur-mayur,
langkah-langkahnya) is one word; abbreviations with dots (S.H., M.Si., Pj., dr., H.) are single
tokens and never end a sentence; numbers keep their own shapes (11/6/2024, Rp10, 0430, 1.500,
2,5); URLs and e-mail addresses are single tokens.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from enum import StrEnum
from functools import cached_property
from typing import NamedTuple

from editor.checks.wordlists import word_set


class Kind(StrEnum):
    WORD = "word"  # letters, with inner hyphens or apostrophes
    ABBREV = "abbrev"  # letters with dots: S.H., M.Si., Pj., H.
    NUMBER = "number"  # digits, dates, times, amounts, alphanumerics (Covid-19, P3K)
    URL = "url"
    EMAIL = "email"
    PUNCT = "punct"
    OTHER = "other"


# the kinds as plain names for the loops over every token: looking a member up on the class
# (Kind.WORD) costs ~0.2 µs in Python 3.11, a module global a fifth of that
WORD, ABBREV, NUMBER, PUNCT = Kind.WORD, Kind.ABBREV, Kind.NUMBER, Kind.PUNCT

# Abbreviations that end with a dot but do not end a sentence (lower-cased, without the final dot).
# Titles and ranks precede a name; the rest appear mid-sentence in humas copy.
NON_FINAL_ABBREVIATIONS = word_set("abbreviations-mid-sentence")
# Of those, these often end a sentence as well ("... dan lain-lain dll."): a capital after them
# starts a new sentence.
MAYBE_FINAL_ABBREVIATIONS = word_set("abbreviations-maybe-final")

_L = r"[^\W\d_]"  # a letter
_LU = "[A-ZÀ-ÖØ-Þ]"  # an upper-case Latin letter (initials)
_TOKEN_PARTS = {
    "url": r"(?:https?://|www\.)[^\s<>\"“”]+[^\s<>\"“”.,;:!?)\]]",
    # both start only where no word character or dot precedes and never backtrack into their
    # repetitions, so that a long run like "Rp.Rp.Rp..." costs linear time, not quadratic
    "email": r"(?<![\w.+-])[\w.+-]++@[\w-]+(?:\.[\w-]+)+",
    "abbrev": rf"(?<![\w.])(?:{_L}{{1,4}}\.){{2,}}+(?!{_L})|{_LU}\.(?=\s*{_LU})",
    # digits with their separators, and "-an" after a number (1990-an, 20-an)
    "number": rf"(?:Rp\.?\s?)?\d[^\W_]*(?:[.,:/\-]\d+[^\W_]*)*(?:-an(?!{_L}))?"
    rf"|{_L}++(?:-?\d+)+{_L}*",  # possessive: a plain word fails here at once
    "word": rf"{_L}+(?:['’]{_L}+)*(?:-{_L}+(?:['’]{_L}+)*)*",
    "punct": r"\.{3}|…|[^\w\s]",
    "other": r"\S",
}


def _compile(with_url: bool, with_email: bool) -> re.Pattern[str]:
    names = [n for n in _TOKEN_PARTS if (n != "url" or with_url) and (n != "email" or with_email)]
    return re.compile("|".join(f"(?P<{n}>{_TOKEN_PARTS[n]})" for n in names), re.DOTALL)


_KINDS = {k.value: k for k in Kind}
# URLs and e-mail addresses are rare: texts without "://", "www." or "@" skip those branches
_TOKEN_RES = {(u, e): _compile(u, e) for u in (False, True) for e in (False, True)}


class Token(NamedTuple):
    kind: Kind
    start: int
    end: int
    text: str

    @property
    def is_word(self) -> bool:
        return self.kind is WORD


class Span(NamedTuple):
    start: int
    end: int
    text: str


def bracketed_short_form(tokens: list[Token], k: int) -> bool:
    """Do the tokens from ``k`` on read "(", one capitalised word, ")": a short form defined in
    brackets after the name it stands for ("Dinas Kesehatan (Dinkes) Lahat")?"""
    return (
        k + 2 < len(tokens)
        and tokens[k].text == "("
        and tokens[k + 2].text == ")"
        and tokens[k + 1].text[:1].isupper()
    )


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """All tokens of ``text`` (white space is not a token), offsets shifted by ``offset``."""
    pattern = _TOKEN_RES[("://" in text or "www." in text, "@" in text)]
    kinds = _KINDS
    # tuple.__new__ is what Token(...) calls, without the Python frame of its __new__
    tokens: list[Token] = [
        _new_tuple(
            Token, (kinds[m.lastgroup or "other"], m.start() + offset, m.end() + offset, m[0])
        )
        for m in pattern.finditer(text)
    ]
    return _merge_dotted_abbreviations(tokens, text, offset)


_new_tuple = tuple.__new__


def _merge_dotted_abbreviations(tokens: list[Token], text: str, offset: int) -> list[Token]:
    """Join a word and its dot into one ABBREV token when the word is a known abbreviation."""
    out: list[Token] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if (
            tok.kind is WORD
            and nxt is not None
            and nxt.text == "."
            and nxt.start == tok.end
            and tok.text.lower() in NON_FINAL_ABBREVIATIONS
        ):
            out.append(Token(ABBREV, tok.start, nxt.end, tok.text + "."))
            i += 2
            continue
        out.append(tok)
        i += 1
    return out


def words(text: str, offset: int = 0) -> list[Token]:
    return [t for t in tokenize(text, offset) if t.kind is WORD]


def paragraphs(text: str) -> list[Span]:
    """Non-empty lines of ``text`` (a paragraph per line, as in the Document model)."""
    out = []
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            out.append(Span(pos, pos + len(line), line))
        pos += len(line) + 1
    return out


_CLOSERS = "\"'”’)]»"
_OPENERS = "\"'“‘([«"


def _skip_closers(tokens: list[Token], j: int) -> int:
    """The index after the closing quotes/brackets glued to ``tokens[j - 1]``."""
    n = len(tokens)
    while (
        j < n
        and tokens[j].kind is PUNCT
        and tokens[j].text in _CLOSERS
        and tokens[j].start == tokens[j - 1].end
    ):
        j += 1
    return j


def _ends_sentence(text: str, tokens: list[Token], i: int) -> bool:
    """Does the punctuation or abbreviation token ``tokens[i]`` end a sentence?"""
    tok = tokens[i]
    if tok.kind is ABBREV:
        if tok.text[:-1].lower() not in MAYBE_FINAL_ABBREVIATIONS:
            return False
    elif tok.text not in (".", "?", "!", "…", "..."):
        return False
    j = _skip_closers(tokens, i + 1)
    if j >= len(tokens):
        return True
    gap = text[tokens[j - 1].end : tokens[j].start]
    if not gap:
        return False  # banyak.membantu, 1.500: no space, no sentence end
    if "\n" in gap:
        return True
    k = j
    while k < len(tokens) and tokens[k].kind is PUNCT and tokens[k].text in _OPENERS:
        k += 1
    if k >= len(tokens):
        return True
    first = tokens[k].text[:1]
    if tok.kind is ABBREV:
        return first.isupper()
    return first.isupper() or first.isdigit() or tokens[k].kind is PUNCT


def sentences(text: str, tokens: list[Token] | None = None) -> list[Span]:
    """Sentences of ``text``; a paragraph break always ends one. ``tokens`` may be given when the
    text was tokenized already."""
    tokens = tokenize(text) if tokens is None else tokens
    out: list[Span] = []
    start_idx = 0
    n = len(tokens)
    prev_end = 0
    for i, tok in enumerate(tokens):
        if i < start_idx:
            prev_end = tok.end
            continue
        # a line break between this token and the one before (most gaps are one space)
        gap = tok.start - prev_end
        if (
            i > start_idx
            and gap > 0
            and (text[prev_end] == "\n" if gap == 1 else "\n" in text[prev_end : tok.start])
        ):
            out.append(_span(text, tokens[start_idx].start, tokens[i - 1].end))
            start_idx = i
        prev_end = tok.end
        if tok.kind in (PUNCT, ABBREV) and _ends_sentence(text, tokens, i):
            j = _skip_closers(tokens, i + 1)
            out.append(_span(text, tokens[start_idx].start, tokens[j - 1].end))
            start_idx = j
    if start_idx < n:
        out.append(_span(text, tokens[start_idx].start, tokens[-1].end))
    return out


def _span(text: str, start: int, end: int) -> Span:
    return Span(start, end, text[start:end])


@dataclass
class TextModel:
    """A text cut once into tokens, words, sentences and paragraphs, shared by every check."""

    text: str

    @cached_property
    def tokens(self) -> list[Token]:
        return tokenize(self.text)

    @cached_property
    def words(self) -> list[Token]:
        return [t for t in self.tokens if t.kind is WORD]

    @cached_property
    def sentences(self) -> list[Span]:
        return sentences(self.text, self.tokens)

    @cached_property
    def paragraphs(self) -> list[Span]:
        return paragraphs(self.text)

    @cached_property
    def sentence_starts(self) -> frozenset[int]:
        """Offsets of the first word of every sentence (after any opening quote or bracket)."""
        # per sentence (they never overlap), its first word, abbreviation or number: found from
        # the first token at or after its start, not by walking every token of the text
        tokens = self.tokens
        at = [t.start for t in tokens]
        size = len(tokens)
        starts = set()
        for start, end in sorted((s.start, s.end) for s in self.sentences):
            i = bisect_left(at, start)
            while i < size and at[i] < end:
                if tokens[i].kind in (WORD, ABBREV, NUMBER):
                    starts.add(at[i])
                    break
                i += 1
        return frozenset(starts)

    @cached_property
    def sentence_openers(self) -> tuple[int, ...]:
        """Indexes into ``tokens`` of the words that open a sentence, in order (one pass, for
        every rule that reads sentences from their first word)."""
        starts = self.sentence_starts
        return tuple(i for i, t in enumerate(self.tokens) if t.start in starts and t.kind is WORD)

    @cached_property
    def word_parts(self) -> dict[str, list[tuple[int, int]]]:
        """Every word and every part of a hyphenated word, lower-cased, with its spans: rules that
        look words up in a list walk the distinct words once instead of every token."""
        index: dict[str, list[tuple[int, int]]] = {}
        for tok in self.words:
            if "-" not in tok.text:
                index.setdefault(tok.text.lower(), []).append((tok.start, tok.end))
                continue
            pos = tok.start
            for part in tok.text.split("-"):
                if part:
                    index.setdefault(part.lower(), []).append((pos, pos + len(part)))
                pos += len(part) + 1
        return index

    def word_count(self) -> int:
        return len(self.text.split())


def headline_span(paras: list[Span]) -> tuple[int, int] | None:
    """The headline of a text of several paragraphs: its first paragraph when it has no closing
    full stop (the one definition; the engine prefers the title a Document marks)."""
    if len(paras) >= 2 and not paras[0].text.rstrip().endswith((".", "!", "?")):
        return (paras[0].start, paras[0].end)
    return None
