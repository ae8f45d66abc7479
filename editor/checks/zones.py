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

import weakref
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
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
_COPY_WORD = regex.compile(r"[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*")
_END = regex.compile(r"[.!?:;”\"’)\]…]\s*$")
_SENTENCE_END = regex.compile(r"[.!?…:;][\"”’)\]]*\s*$")
_DATELINE = regex.compile(r"^\s*\p{Lu}[\p{Lu} .'()-]{2,}(?:,|\s[–—-]|\s\|)")
_MONTHS = entries("months")
_DAYS = entries("days")
_DATE = regex.compile(
    r"\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b\d{1,2}\s+(?:" + "|".join(_MONTHS) + r")\.?\s+\d{4}\b"
    r"|\b(?:" + "|".join(_MONTHS) + r")\.?\s+\d{1,2},?\s+\d{4}\b"
    r"|\b\d{1,2}[:.]\s?\d{2}(?:[:.]\s?\d{2})?\s*(?:WIB|WITA|WIT)?\b",
    regex.I,
)
_MARKUP = regex.compile(
    r"!\[[^\]\n]*\]\([^)\n]*\)|\[[^\]\n]*\]\((?:https?:)?//[^)\n]*\)|\bspot_img\b"
    r"|</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>\n]*)?/?>|\[/?caption[^\]\n]*\]|\{\{[^}\n]*\}\}"
)
_CAPTION_KICKER = regex.compile(r"^\s*\p{Lu}{2,}(?:[ \t]+\p{Lu}{2,})+[ \t]*:[ \t]*\p{Lu}")
# a photo credit closing a caption line: "(Ist)", "(Foto: Humas)", "FOTO: NAMA/SITUS", "(20/4)/Nama"
_PHOTO_CREDIT = regex.compile(
    r"(?:\(\s*(?:foto|dok|ist|istimewa)\b[^()\n]{0,60}\)|(?<=[.!?)][ \t]*)(?:foto|dok)\s*:\s*[^\n]{1,60}"
    r"|\)/\p{Lu}[\p{L}.]{1,20}|(?<=\.)\s*\|)\s*[.|]?\s*$",
    regex.I,
)
# a sentence boundary inside a line, not the period of a short abbreviation ("Kab. Lamongan")
_SENTENCE_BREAK = regex.compile(r"(?<!\b\p{Lu}[\p{L}]{0,3})[.!?]\s+\p{Lu}\p{Ll}")
# a line without a letter or a digit (a stray "-->", ">" or ":" of the page)
_NO_TEXT = regex.compile(r"^[<>:|{}\[\]\\/=\s-]*[<>:|{}\[\]][<>:|{}\[\]\\/=\s-]*$")
# "a label: a name" anywhere in a line with a date ("12 Mei 2024 | Editor : Nama")
_LABEL_AT = regex.compile(r"(?:^|[|\-–—·,]\s*)(\p{L}[\p{L} ]{1,20}?)\s*:")
# compiled once (``regex.match(pattern, ...)`` looks its cache up at every call: once per line)
_SENTENCE_MARK = regex.compile(r"(?<!\d)[.!?]|[.!?](?!\d)")
_LABEL_LINE = regex.compile(r"^([\p{L} ]{2,20}?)\s*:\s*(.*)$")
_LETTERS_SPACES = regex.compile(r"[\p{L} ]+")
_HASHTAGS = regex.compile(r"^#\p{L}")
# a page's address piece on a line of its own: four or more lower-case parts joined by hyphens
_SLUG = regex.compile(r"[\p{Ll}\d]+(?:-[\p{Ll}\d]+){3,}/?")
# an advertisement's slot: a line of a word or two and its size in pixels ("banner 728x90")
_AD_SLOT = regex.compile(r"(?:\p{L}+[ \t]+){0,2}\d{2,4}[ \t]*[x×][ \t]*\d{2,4}(?:[ \t]+\p{L}+)?")


@dataclass(frozen=True)
class Vocabulary:
    """The words that mark leftovers, from the rule file (lower-case)."""

    credit_labels: frozenset[str]
    widget_words: frozenset[str]
    promo: tuple[str, ...]
    footer: tuple[str, ...]
    timestamp_words: frozenset[str]
    # headings over a list of the site's other articles ("Baca Juga", "Berita Terkait")
    related_labels: frozenset[str] = frozenset()
    # a release's own closing marks in brackets ("ril", "hms"): never the news site's code
    own_closing: frozenset[str] = frozenset()
    # the page's links standing alone on a line ("Pedoman Media Siber", "Kontak Kami")
    page_links: frozenset[str] = frozenset()

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
            related_labels=frozenset(low("related_labels")),
            own_closing=frozenset(low("own_closing")),
            page_links=frozenset(low("page_links")),
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


# what ``leftover_kind`` said of a line, per lexicon and vocabulary: it reads nothing but the
# line, and a draft re-checked after an edit (or checked again) has mostly the lines it had
_KINDS: weakref.WeakKeyDictionary[Lexicon, dict[Vocabulary, dict[str, str]]]
_KINDS = weakref.WeakKeyDictionary()
_KINDS_PLAIN: dict[Vocabulary, dict[str, str]] = {}  # for checks without a lexicon
_KEPT_LINES = 20_000  # a memo this full is emptied


def _line_kinds(vocab: Vocabulary, lex: Lexicon | None) -> dict[str, str]:
    by_vocab = _KINDS_PLAIN if lex is None else _KINDS.setdefault(lex, {})
    memo = by_vocab.get(vocab)
    if memo is None or len(memo) > _KEPT_LINES:
        memo = by_vocab[vocab] = {}
    return memo


def classify(text: str, vocab: Vocabulary, lex: Lexicon | None = None) -> list[Line]:
    """Every line of ``text`` with its class."""
    out: list[Line] = []
    seen_body = False
    memo = _line_kinds(vocab, lex)
    for start, end, line in lines(text):
        if not line.strip():
            out.append(Line(start, end, line, BLANK))
            continue
        why = memo.get(line)
        if why is None:
            why = memo[line] = leftover_kind(line, vocab, lex)
        if why:
            out.append(Line(start, end, line, LEFTOVER, why))
            continue
        if _DATELINE.match(line) and not seen_body:
            kind = DATELINE
        elif line.lstrip()[:1] in '“"':
            kind = QUOTE
        elif not seen_body and not _END.search(line) and len(_words(line)) <= 20:
            kind = HEADLINE
        else:
            kind = BODY
        seen_body = seen_body or kind in (BODY, DATELINE, QUOTE)
        out.append(Line(start, end, line, kind))
    _repeated(out, vocab)
    _caption_before_dateline(out)
    from editor.checks.page_lists import closing_source, excerpts, related_lists

    related_lists(out, vocab)
    excerpts(out)
    _neighbours(out, vocab, lex)
    closing_source(out)
    return out


def _norm(line: str) -> str:
    """A line as a copy of it reads: its words and figures (lines alike but for their figures are
    the writer's own list, not a paste)."""
    found = _NORMS.get(line)
    if found is None:
        if len(_NORMS) > _KEPT_LINES:
            _NORMS.clear()
        found = _NORMS[line] = " ".join(_COPY_WORD.findall(line.lower()))
    return found


def _words(line: str) -> list[str]:
    """``_WORD.findall(line)``, remembered by the line's text (the list is only read)."""
    found = _WORDS.get(line)
    if found is None:
        if len(_WORDS) > _KEPT_LINES:
            _WORDS.clear()
        found = _WORDS[line] = _WORD.findall(line)
    return found


_NORMS: dict[str, str] = {}
_WORDS: dict[str, list[str]] = {}


def _repeated(out: list[Line], vocab: Vocabulary) -> None:
    """A line pasted twice (a caption repeated under its image, an article copied again below
    itself, cut off) is a leftover: the copy that repeats an earlier line, or that the next
    line goes on from."""

    def key(text: str) -> str:
        norm = _norm(text)
        while " " in norm and norm.rsplit(" ", 1)[-1] in vocab.widget_words:
            norm = norm.rsplit(" ", 1)[0]  # an image's caption with its zoom button ("Perbesar")
        return norm

    seen: set[str] = set()
    # a cut-off copy of 40 characters or more begins like an earlier line: those lines are found
    # by their first 40 characters, so a long draft is read once, not compared line with line
    by_prefix: dict[str, list[str]] = {}
    content = [i for i, line in enumerate(out) if line.kind != BLANK]
    marks: dict[int, str] = {}
    for n, i in enumerate(content):
        line = out[i]
        norm = key(line.text)
        if line.kind != LEFTOVER and len(norm.split()) >= 4:
            nxt = key(out[content[n + 1]].text) if n + 1 < len(content) else ""
            again = norm in seen or (
                len(norm) >= 40 and any(s.startswith(norm) for s in by_prefix.get(norm[:40], ()))
            )
            if nxt != norm and nxt.startswith(norm):
                marks[n] = "caption"
            elif again:
                # one sentence said twice may be the writer's; a copy with the image's button,
                # or a run of lines copied again, is the page's
                marks[n] = "repeat" if norm != _norm(line.text) else "again"
        seen.add(norm)
        if len(norm) >= 40:
            by_prefix.setdefault(norm[:40], []).append(norm)
    for n, why in marks.items():
        if (
            why == "again"
            and marks.get(n - 1) not in ("again", "repeat")
            and marks.get(n + 1) not in ("again", "repeat")
        ):
            continue
        i = content[n]
        out[i] = replace(out[i], kind=LEFTOVER, why="repeat" if why == "again" else why)


def _caption_before_dateline(out: list[Line]) -> None:
    """Between the headline and the dateline that opens the body stand only the page's photo
    caption and credits: a line of prose there is a caption."""
    content = [i for i, line in enumerate(out) if line.kind not in (BLANK, LEFTOVER)]
    dateline = next((n for n, i in enumerate(content[:6]) if _DATELINE.match(out[i].text)), None)
    if dateline is None or dateline < 2:
        return
    headline = _norm(out[content[0]].text)
    for i in content[1:dateline]:
        line = out[i]
        if len(headline.split()) >= 4 and _norm(line.text) == headline:
            out[i] = replace(line, kind=LEFTOVER, why="repeat")  # the page's title said again
            continue
        words = _WORD.findall(line.text)
        prose = sum(1 for w in words if w.islower() and len(w) >= 3)
        if len(words) >= 5 and prose >= 2 and line.text.lstrip()[:1] not in '“"':
            out[i] = replace(line, kind=LEFTOVER, why="caption")


def _neighbours(out: list[Line], vocab: Vocabulary, lex: Lexicon | None) -> None:
    """Lines that belong to a block of page leftovers beside them: a short label right against
    it (a section name, the site's name), a short line between two of its lines, a line in
    English next to it, a notice's line going on after a comma."""
    changed = True
    while changed:
        changed = False
        # the first line of copy is the headline: never a label of the chrome around it, unless
        # it is one or two words (a section name over the headline)
        first = next((i for i, x in enumerate(out) if x.kind not in (BLANK, LEFTOVER)), -1)
        for i, line in enumerate(out):
            if line.kind in (BLANK, LEFTOVER):
                continue
            none = Line(line.start, line.start, "", BLANK)
            prev = out[i - 1] if i > 0 else none
            nxt = out[i + 1] if i + 1 < len(out) else none
            touch_prev = prev.kind == LEFTOVER and prev.why != "caption"
            touch_next = nxt.kind == LEFTOVER and nxt.why != "caption"
            words = _words(line.text)
            open_end = not _SENTENCE_END.search(line.text)
            why = ""
            if (touch_prev or touch_next) and len(words) <= 2 and open_end:
                why = (prev if touch_prev else nxt).why
            elif (touch_prev or touch_next) and _COUNTER.match(line.text):
                why = "widget"  # a count of views or comments beside the byline
            elif (
                i != first and 1 <= len(words) <= 2 and open_end and (near := _near_chrome(out, i))
            ):
                why = near  # a name or a label with blank lines between it and the page's block
            elif i != first and touch_prev and touch_next and len(words) <= 8 and open_end:
                why = prev.why
            elif (
                touch_prev
                and len(words) <= 8
                and open_end
                and BULLET.match(line.text)
                and BULLET.match(prev.text)
            ):
                why = prev.why  # the next item of the page's list of facts (date, writer, rubric)
            elif (
                touch_prev and prev.why in ("footer", "credit") and prev.text.rstrip().endswith(",")
            ):
                why = prev.why
            elif (touch_prev or touch_next) and _ticker(line.text, words):
                why = "widget"
            elif lex is not None and _near_leftover(out, i) and _english(line.text, words, lex):
                why = "foreign"
            if why:
                out[i] = replace(line, kind=LEFTOVER, why=why)
                changed = True
                break  # the headline may have moved: look again from the top


# the mark before an item of a list ("- ", "• ", "1. ")
BULLET = regex.compile(r"^[ \t]*(?:[-–—•·▪►»*]|\d{1,2}[.)])[ \t]+(?=\S)")
# a line holding nothing but a figure ("- 499", "1.204")
_COUNTER = regex.compile(r"^[ \t\-–—•·|]*\d[\d.,]*[ \t]*$")


def _near_chrome(out: list[Line], i: int) -> str:
    """The kind of the page's credit or widget block that the nearest line of text after line
    ``i`` (blank lines between) belongs to, or ""."""
    j = i + 1
    while j < len(out) and out[j].kind == BLANK:
        j += 1
    if j < len(out) and out[j].kind == LEFTOVER and out[j].why in ("credit", "widget", "promo"):
        return out[j].why
    return ""


def _ticker(line: str, words: list[str]) -> bool:
    """A long line of other headlines run together: no sentence in it, nearly all words
    capitalised."""
    if len(words) <= 20 or _SENTENCE_MARK.search(line):
        return False
    return sum(1 for w in words if w[0].isupper()) >= 0.7 * len(words)


def _near_leftover(out: list[Line], i: int) -> bool:
    """Is the nearest non-blank line before or after line ``i`` a leftover?"""
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(out) and out[j].kind == BLANK:
            j += step
        if 0 <= j < len(out) and out[j].kind == LEFTOVER:
            return True
    return False


def _english(line: str, words: list[str], lex: Lexicon) -> bool:
    """A short line in English (no Indonesian function word, most words English by wordfreq)."""
    if len(words) < 2 or detect(line).id_hits:
        return False
    english = sum(1 for w in words if english_zipf(w.lower()) >= max(3.0, lex.zipf(w.lower())))
    return english >= 0.75 * len(words)


def leftover_kind(line: str, vocab: Vocabulary, lex: Lexicon | None = None) -> str:
    """Which kind of web leftover a whole line is, or "" for copy."""
    stripped = line.strip()
    words = _WORD.findall(stripped)
    lowered = stripped.lower()
    if _MARKUP.fullmatch(stripped) or (_MARKUP.search(stripped) and len(words) <= 2):
        return "markup"
    if _NO_TEXT.match(stripped):
        return "markup"
    if not words:
        return ""
    if _SLUG.fullmatch(stripped):
        return "slug"
    if _AD_SLOT.fullmatch(stripped):
        return "widget"
    label = _LABEL_LINE.match(stripped)
    if label and _credit_label(label.group(1), vocab):
        rest = label.group(2)
        if len(_WORD.findall(rest)) <= 8 and not _SENTENCE_BREAK.search(rest):
            return "credit"
    if len(words) <= 3 and all(w.lower() in vocab.credit_labels for w in words):
        return "credit"  # a bare "oleh" or "Oleh Admin"
    if (
        len(words) <= 4
        and words[0].lower() in vocab.credit_labels
        and words[1:2]
        and words[1].lower() in vocab.credit_labels
        and not _SENTENCE_END.search(stripped)
    ):
        return "credit"  # "Oleh Admin Dpmd", "Posted by Admin Humas": a byline and its name
    if (
        len(words) <= 20
        and _DATE.search(stripped)
        and any(_credit_label(m.group(1), vocab) for m in _LABEL_AT.finditer(stripped))
    ):
        return "credit"  # a byline with its date and editor ("12 Mei 2024 | Editor : Nama")
    if any(lowered.startswith(p) for p in vocab.footer if len(p) > 4):
        return "footer"  # an editor's note or a copyright notice, however long
    if all(w.lower() in vocab.widget_words for w in words) and len(words) <= 8:
        return "widget"
    if lowered.rstrip(" :|") in vocab.page_links or _link_row(stripped):
        return "widget"
    if len(words) <= 25 and any(p in lowered for p in vocab.promo):
        return "promo"
    if len(words) <= 30 and any(p in lowered for p in vocab.footer):
        return "footer"
    if _timestamp(stripped, words, vocab):
        return "timestamp"
    if _CAPTION_KICKER.match(stripped) and len(words) <= 25 and stripped.count(". ") == 0:
        return "caption"
    if _caption_with_credit(stripped, words):
        return "caption"
    if _HASHTAGS.match(stripped) and len(words) <= 6 and not _SENTENCE_END.search(stripped):
        return "credit"  # the page's tags ("#Kabupaten Lembah #Pertanian")
    if len(words) <= 2 and stripped.islower() and _LETTERS_SPACES.fullmatch(stripped):
        if lex is not None and not all(lex.is_word(w) for w in words):
            return "credit"  # a site's handle on a line of its own ("humasdaerah")
    if lex is not None and _foreign_line(stripped, words, lex):
        return "foreign"
    return ""


def _link_row(line: str) -> bool:
    """A row of the page's links between bars ("Beranda | Redaksi | Kontak"): three or more
    short pieces, none a sentence."""
    if line.count("|") < 2:
        return False
    pieces = [p.strip() for p in line.split("|")]
    return all(p and len(_words(p)) <= 4 and not _SENTENCE_MARK.search(p) for p in pieces)


def _credit_label(label: str, vocab: Vocabulary) -> bool:
    """A credit or page label ("Editor", "Laporan Reporter", "Arsip Tag")."""
    low = label.strip().lower()
    return low in vocab.credit_labels or low.rsplit(" ", 1)[-1] in vocab.credit_labels


def _caption_with_credit(line: str, words: list[str]) -> bool:
    """A caption line closed by its photo credit, with at most one sentence before it."""
    found = _PHOTO_CREDIT.search(line)
    if found is None or len(words) > 60 or line[:1] in '“"':
        return False
    before = line[: found.start()]
    return len(_WORD.findall(before)) >= 3 and len(_SENTENCE_BREAK.findall(before)) == 0


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


_OWN = ("caption", "repeat", "site", "related", "code")
# kinds of leftovers that make one block with each other across blank lines: the credit and
# date lines of a byline; the page's widgets, promotions and notices; markup goes with either
_FAMILY = {"credit": "byline", "timestamp": "byline"}


def family(why: str) -> str:
    return why if why in _OWN else _FAMILY.get(why, "markup" if why == "markup" else "chrome")


def joins(before: str, after: str, gap: bool) -> bool:
    """Do leftovers of kinds ``before`` and ``after`` make one block (``gap``: blank lines
    between them)? A caption or a repeated copy stands alone; lines right under each other
    join; across blank lines only the same family does (markup joins any)."""
    a, b = family(before), family(after)
    if a in _OWN or b in _OWN:
        return a == b and (not gap or a == "related")
    return not gap or a == b or "markup" in (a, b)


def _joins(prev: Line, line: Line, gap: bool) -> bool:
    return joins(prev.why, line.why, gap)


def blocks(classified: list[Line]) -> list[tuple[int, int, str]]:
    """Runs of leftover lines that make one block (``joins``) as (start, end, kind)."""
    out: list[tuple[int, int, str]] = []
    current: list[Line] = []
    gap = False
    for line in classified:
        if line.kind == LEFTOVER:
            if current and not _joins(current[-1], line, gap):
                out.append((current[0].start, current[-1].end, current[0].why))
                current = []
            current.append(line)
            gap = False
        elif line.kind == BLANK and current:
            gap = True
            continue
        else:
            if current:
                out.append((current[0].start, current[-1].end, current[0].why))
            current = []
    if current:
        out.append((current[0].start, current[-1].end, current[0].why))
    return out


_SITE_SUFFIX = regex.compile(
    r"[ \t]+\|[ \t]+\p{Lu}[\p{L}\p{N}.]*(?:[ \t]+\p{Lu}[\p{L}\p{N}.]*){0,3}[ \t]*$"
)


def headline_site(classified: list[Line]) -> tuple[int, int] | None:
    """The site's name the page title carries after a bar ("Judul Berita | Nama Situs")."""
    first = next((line for line in classified if line.kind != BLANK), None)
    if (
        first is None
        or first.kind not in (HEADLINE, QUOTE)
        or _SENTENCE_END.search(first.text)
        or first.text.lstrip().startswith("|")
    ):
        return None
    found = _SITE_SUFFIX.search(first.text)
    if found is None or len(_WORD.findall(first.text[: found.start()])) < 3:
        return None
    return first.start + found.start(), first.start + found.end()


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
