"""``capitals``: a regular expression whose flagged part is written in the wrong capitals.

The fix is the same text re-cased: ``lower`` (words that are not acronyms), ``upper``, ``title``
(every word capitalised) or ``capitalize`` (first letter). Matches at a sentence start or in a
headline can be skipped, since capitals there follow other rules (EYD V I.F.1).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

import regex as re

from editor.checks.finding import Finding
from editor.checks.kinds.base import CheckContext, Kind, RuleHeader, newline_free
from editor.checks.prefilter import required, scan

TRANSFORMS = ("lower", "upper", "title", "capitalize")


def recase(text: str, how: str) -> str:
    if how == "upper":
        return text.upper()
    if how == "capitalize":
        return text[:1].upper() + text[1:]
    parts = re.split(r"([\s\-]+)", text)
    out = []
    for part in parts:
        letters = [c for c in part if c.isalpha()]
        acronym = len(letters) > 1 and all(c.isupper() for c in letters)
        if how == "lower" and not acronym:
            part = part.lower()
        elif how == "title" and part[:1].islower():
            part = part[:1].upper() + part[1:]
        out.append(part)
    return "".join(out)


def in_headline(ctx: CheckContext, pos: int) -> bool:
    """Is ``pos`` in the release's headline (``CheckContext.headline``)?"""
    span = ctx.headline
    return span is not None and span[0] <= pos < span[1]


class Capitals(Kind):
    """Spec: ``pattern``, ``transform`` (lower, upper, title, capitalize); optional ``group``,
    ``ignorecase``, ``skip_sentence_start`` (default true), ``skip_headline`` (default true),
    ``skip_match_start`` (default false: a match that opens a sentence, its first word's capital
    owed to the sentence, is left alone), ``skip_before_place`` (default false: a match followed
    by the words of a place the gazetteer knows, written in lower case, heads that place's name:
    "Kecamatan sungai lilin" wants "Sungai Lilin", not "kecamatan"; two or three words),
    ``place_after`` (default false: only a match followed by a capitalised place the lexicon
    knows, or a name that is no common word: "pemerintah kota Lubuklinggau", not a foreign
    city the dictionary holds as a word), ``exceptions`` (flagged
    texts to leave alone, case-insensitive)."""

    name = "capitals"
    paragraph_local = True
    keys = frozenset({"pattern", "transform"})
    optional = frozenset(
        {
            "group",
            "ignorecase",
            "skip_sentence_start",
            "skip_headline",
            "skip_match_start",
            "skip_before_place",
            "place_after",
            "exceptions",
        }
    )

    def __init__(self, header: RuleHeader, spec: Mapping[str, Any]) -> None:
        super().__init__(header, spec)
        self.pattern, self.group = self.compile_pattern(spec)
        self.paragraph_local = newline_free(spec["pattern"])
        self.transform = self.choice(spec, "transform", TRANSFORMS)
        self.skip_start = bool(spec.get("skip_sentence_start", True))
        self.skip_headline = bool(spec.get("skip_headline", True))
        self.skip_match_start = bool(spec.get("skip_match_start", False))
        self.skip_before_place = bool(spec.get("skip_before_place", False))
        self.place_after = bool(spec.get("place_after", False))
        self.exceptions = {str(e).lower() for e in spec.get("exceptions", [])}
        # literals one of which every match holds: a text without them is not scanned
        self.requirement = required(spec["pattern"], bool(spec.get("ignorecase")))

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        text = ctx.text
        for m in scan(ctx, self.pattern, self.requirement, self.paragraph_local):
            start, end = m.span(self.group)
            if start < 0 or end <= start or text[start:end].lower() in self.exceptions:
                continue
            if self.skip_start and start in ctx.model.sentence_starts:
                continue
            if self.skip_headline and in_headline(ctx, start):
                continue
            if self.skip_match_start and m.start() in ctx.model.sentence_starts:
                continue
            if self.skip_before_place and _place_follows(ctx, end):
                continue
            if self.place_after and not _named_place_follows(ctx, end):
                continue
            wanted = recase(text[start:end], self.transform)
            if wanted != text[start:end]:
                yield self.header.finding(start, end, text, [wanted])


_FOLLOWING = re.compile(r"[ \t]+(\p{L}+)(?:[ \t]+(\p{L}+))?(?:[ \t]+(\p{L}+))?")


def _place_follows(ctx: CheckContext, end: int) -> bool:
    """Do the two or three words after ``end``, capitalised, name a place the lexicon knows?
    (One word is too often both: a village may be called Guna or Baru.)"""
    lex = ctx.lexicon
    m = _FOLLOWING.match(ctx.text, end)
    if lex is None or m is None:
        return False
    words = [w for w in m.groups() if w]
    return any(
        lex.is_place(" ".join(w[:1].upper() + w[1:] for w in words[:k]))
        for k in range(len(words), 1, -1)
    )


_NEXT_CAPITALS = re.compile(r"[ \t]+(\p{Lu}\p{Ll}+)(?:[ \t]+(\p{Lu}\p{Ll}+))?")


def _named_place_follows(ctx: CheckContext, end: int) -> bool:
    """Is the match followed by a capitalised place the lexicon knows (one word or two:
    Pekanbaru, Jawa Barat) or by a name no dictionary holds as a common word (Lubuklinggau)?"""
    lex = ctx.lexicon
    m = _NEXT_CAPITALS.match(ctx.text, end)
    if lex is None or m is None:
        return False
    first, second = m.group(1), m.group(2)
    if lex.is_place(first) or (second and lex.is_place(f"{first} {second}")):
        return True
    return lex.is_name(first) and not lex.is_common(first.lower())
