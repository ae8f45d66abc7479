"""What each line of a draft is, before any word in it is judged.

A release pasted from the web is body text with its headline, dateline and quotes, and around
them the page it came from: credit lines, timestamps, share rows, promotion lines, syndication
footers, markup, lines in another language. ``classify`` gives every line one class; a leftover
is deleted whole (the ``leftover`` kind) and nothing inside it is judged as Indonesian.

Two more facts about lines stop false alarms elsewhere: a line that continues the sentence of the
line before (text wrapped by hand, "... menurut camat,\\npihaknya ...") does not open a sentence,
and words inside quotation marks are the speaker's, held to spelling and punctuation but not to
the style rules.

Vocabularies (labels, widget words, promotion phrases) come from the rule file
(resources/rules/struktur/Leftover.yaml); the logic is here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

import regex

from editor.checks.discourse import english_zipf
from editor.checks.language import detect
from editor.checks.wordlists import entries

if TYPE_CHECKING:
    from editor.checks.lexicon import Lexicon

BODY, HEADLINE, DATELINE, QUOTE, LEFTOVER, BLANK = (
    "body",
    "headline",
    "dateline",
    "quote",
    "leftover",
    "blank",
)
_WORD = regex.compile(r"\p{L}[\p{L}'’-]*")
_END = regex.compile(r"[.!?:;”\"’)\]…]\s*$")
_SENTENCE_END = regex.compile(r"[.!?…:;][\"”’)\]]*\s*$")
_DATELINE = regex.compile(r"^\s*\p{Lu}[\p{Lu} .'()-]{2,}(?:,|\s[–—-]|\s\|)")
_MONTHS = entries("months")
_DAYS = entries("days")
_DATE = regex.compile(
    r"\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b\d{1,2}\s+(?:" + "|".join(_MONTHS) + r")\.?\s+\d{4}\b"
    r"|\b\d{1,2}[:.]\s?\d{2}(?:[:.]\s?\d{2})?\s*(?:WIB|WITA|WIT)?\b",
    regex.I,
)
_MARKUP = regex.compile(
    r"!\[[^\]\n]*\]\([^)\n]*\)|\[[^\]\n]*\]\((?:https?:)?//[^)\n]*\)|\bspot_img\b"
    r"|</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>\n]*)?/?>|\[/?caption[^\]\n]*\]|\{\{[^}\n]*\}\}"
)
_CAPTION_KICKER = regex.compile(r"^\s*\p{Lu}{2,}(?:[ \t]+\p{Lu}{2,})+[ \t]*:[ \t]*\p{Lu}")


@dataclass(frozen=True)
class Vocabulary:
    """The words that mark leftovers, from the rule file (lower-case)."""

    credit_labels: frozenset[str]
    widget_words: frozenset[str]
    promo: tuple[str, ...]
    footer: tuple[str, ...]
    timestamp_words: frozenset[str]

    @classmethod
    def from_spec(cls, spec: Mapping[str, Iterable[str]]) -> Vocabulary:
        def low(key: str) -> list[str]:
            return [str(w).lower() for w in spec.get(key, ())]

        return cls(
            credit_labels=frozenset(low("credit_labels")),
            widget_words=frozenset(low("widget_words")),
            promo=tuple(low("promo")),
            footer=tuple(low("footer")),
            timestamp_words=frozenset(low("timestamp_words")),
        )


@dataclass(frozen=True)
class Line:
    start: int
    end: int
    text: str
    kind: str
    why: str = ""  # for a leftover: which kind (credit, timestamp, share, promo, footer, ...)


def lines(text: str) -> list[tuple[int, int, str]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line), line))
        pos += len(line) + 1
    return out


def classify(text: str, vocab: Vocabulary, lex: Lexicon | None = None) -> list[Line]:
    """Every line of ``text`` with its class."""
    out: list[Line] = []
    seen_body = False
    for start, end, line in lines(text):
        if not line.strip():
            out.append(Line(start, end, line, BLANK))
            continue
        why = leftover_kind(line, vocab, lex)
        if why:
            out.append(Line(start, end, line, LEFTOVER, why))
            continue
        if _DATELINE.match(line) and not seen_body:
            kind = DATELINE
        elif line.lstrip()[:1] in '“"':
            kind = QUOTE
        elif not seen_body and not _END.search(line) and len(_WORD.findall(line)) <= 20:
            kind = HEADLINE
        else:
            kind = BODY
        seen_body = seen_body or kind in (BODY, DATELINE, QUOTE)
        out.append(Line(start, end, line, kind))
    return out


def leftover_kind(line: str, vocab: Vocabulary, lex: Lexicon | None = None) -> str:
    """Which kind of web leftover a whole line is, or "" for copy."""
    stripped = line.strip()
    words = _WORD.findall(stripped)
    lowered = stripped.lower()
    if _MARKUP.fullmatch(stripped) or (_MARKUP.search(stripped) and len(words) <= 2):
        return "markup"
    if not words:
        return ""
    label = regex.match(r"^([\p{L} ]{2,20}?)\s*:\s*(.*)$", stripped)
    if label and label.group(1).lower() in vocab.credit_labels:
        rest = label.group(2)
        if len(_WORD.findall(rest)) <= 8 and not regex.search(r"[.!?]\s+\p{Lu}\p{Ll}", rest):
            return "credit"
    if all(w.lower() in vocab.widget_words for w in words) and len(words) <= 8:
        return "widget"
    if len(words) <= 25 and any(p in lowered for p in vocab.promo):
        return "promo"
    if len(words) <= 30 and any(p in lowered for p in vocab.footer):
        return "footer"
    if _timestamp(stripped, words, vocab):
        return "timestamp"
    if _CAPTION_KICKER.match(stripped) and len(words) <= 25 and stripped.count(". ") == 0:
        return "caption"
    if lex is not None and _foreign_line(stripped, words, lex):
        return "foreign"
    return ""


def _timestamp(line: str, words: list[str], vocab: Vocabulary) -> bool:
    """A line that is a date or time with at most a label or two (Kesehatan · 12 Jan 2022)."""
    if not _DATE.search(line):
        return False
    rest = _DATE.sub(" ", line)
    left = [
        w
        for w in _WORD.findall(rest)
        if w.lower() not in vocab.timestamp_words
        and w.lower() not in _MONTHS
        and w.lower() not in _DAYS
    ]
    return len(left) <= 2 and len(words) <= 14


def _foreign_line(line: str, words: list[str], lex: Lexicon) -> bool:
    """A line in English: English function words and no Indonesian ones, and most of its words
    English by the frequency lists."""
    if len(words) < 4:
        return False
    found = detect(line)
    if found.id_hits or found.en_hits < 2:
        return False
    english = sum(1 for w in words if english_zipf(w.lower()) >= max(3.0, lex.zipf(w.lower())))
    if english < 0.7 * len(words):
        return False
    # capitalised words are names and titles, which say nothing of the line's language: two
    # lower-case Indonesian words make it an Indonesian sentence naming an English title
    indonesian = sum(1 for w in words if w.islower() and lex.is_common(w) and english_zipf(w) < 2.5)
    return indonesian < 2


def blocks(classified: list[Line]) -> list[tuple[int, int, str]]:
    """Runs of leftover lines (blank lines between them included) as (start, end, kind)."""
    out: list[tuple[int, int, str]] = []
    current: list[Line] = []
    for line in classified:
        if line.kind == LEFTOVER:
            current.append(line)
        elif line.kind == BLANK and current:
            continue
        else:
            if current:
                out.append((current[0].start, current[-1].end, current[0].why))
            current = []
    if current:
        out.append((current[0].start, current[-1].end, current[0].why))
    return out


def inline_markup(text: str) -> Iterable[tuple[int, int]]:
    """Markup inside a line of copy (an image tag, ``spot_img``) with the space before it."""
    for m in _MARKUP.finditer(text):
        start = m.start()
        while start > 0 and text[start - 1] in " \t":
            start -= 1
        yield start, m.end()


# -- line facts used after the rules ran (engine settle) -----------------------------------------


def continued_lines(text: str) -> frozenset[int]:
    """Starts of lines that go on with the sentence of the line before: the previous line is
    body text (not a title-case headline) without closing punctuation, wrapped by hand, or ends
    with a comma."""
    out: set[int] = set()
    prev = ""
    for start, _end, line in lines(text):
        if not line.strip():
            prev = ""
            continue
        p = prev.rstrip()
        words = _WORD.findall(p)
        # body text has lower-case words of three letters or more; a title-case headline has
        # none, and a dateline line ends with a dash or a place
        prose = any(len(w) >= 3 and w.islower() for w in words) or bool(_DATELINE.match(p))
        wrapped = len(words) >= 3 and prose and not _SENTENCE_END.search(p)
        if p and (p.endswith(",") or wrapped):
            if line.lstrip()[:1].islower():
                out.add(start + len(line) - len(line.lstrip()))
        prev = line
    return frozenset(out)


_QUOTED = regex.compile(r"“[^”\n]{1,600}”|\"[^\"\n]{1,600}\"")


def quoted(text: str) -> tuple[tuple[int, int], ...]:
    """Spans inside quotation marks on one line."""
    return tuple(m.span() for m in _QUOTED.finditer(text))
