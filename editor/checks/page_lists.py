"""The news site's own lines around a release that only their place tells: the site's lists of
its other articles (headlines in title case under "Baca Juga" or "Berita Terkait", at the top or
the end of the draft, or each with its article's first words after the body), the writer's and
editor's code in brackets after the last sentence, a source under a star on the last line.

Called by ``editor.checks.zones.classify`` on lines it has classified; the headings come from the
rule file (``related_labels`` in resources/rules/struktur/Leftover.yaml).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import regex

from editor.checks.wordlists import word_set
from editor.checks.zones import (
    _DATELINE,
    _SENTENCE_END,
    BLANK,
    BODY,
    BULLET,
    DATELINE,
    LEFTOVER,
    QUOTE,
    Line,
    Vocabulary,
    _norm,
    _words,
)

_TITLE_SMALL = word_set("title-function-words")


def _title_item(text: str, cut: bool = False) -> bool:
    """A line that reads as the headline of another article: words in title case, no closing
    punctuation (``cut``: the draft's last line, cut off, may be short)."""
    body = BULLET.sub("", text, count=1)
    if _SENTENCE_END.search(body) or body.rstrip().endswith(","):
        return False
    words = _words(body)
    if not (1 if cut else 4) <= len(words) <= 30:
        return False
    content = [w for w in words if w.lower() not in _TITLE_SMALL]
    caps = sum(1 for w in content if w[0].isupper())
    return bool(content) and caps >= 0.8 * len(content)


def _teaser(text: str) -> bool:
    """The first words of another article under its headline: its dateline, or a line cut off
    with an ellipsis."""
    return bool(_DATELINE.match(text)) or text.rstrip().endswith(("...", "…"))


def related_lists(out: list[Line], vocab: Vocabulary) -> None:
    """A list of the site's other articles (their headlines, each perhaps with its first words)
    is one leftover: under or over a heading of such lists ("Baca Juga", "Berita Terkait"), a
    list of headlines with list marks at the top or the end of the draft, or headlines each with
    its dateline after the body has ended. At the top, the last headline of an unmarked list is
    the release's own."""
    content = [i for i, line in enumerate(out) if line.kind != BLANK]
    if len(content) < 3:
        return
    last = len(content) - 1

    def label(n: int) -> bool:
        text = out[content[n]].text.strip().rstrip(":").strip().lower()
        return text in vocab.related_labels

    items: dict[int, bool] = {}  # the lines do not change until the lists are marked

    def item(n: int) -> bool:
        known = items.get(n)
        if known is None:
            line = out[content[n]]
            known = items[n] = line.kind != LEFTOVER and _title_item(line.text, cut=n == last)
        return known

    def copy(n: int) -> bool:
        return out[content[n]].kind in (BODY, DATELINE, QUOTE)

    copies = [k for k in range(len(content)) if copy(k)]
    first_copy = copies[0] if copies else None
    last_copy = copies[-1] if copies else None
    marked: dict[int, None] = {}
    n = 0
    while n < len(content):
        # a run of headlines, with list marks or without them
        if not item(n):
            n += 1
            continue
        bullets = bool(BULLET.match(out[content[n]].text))
        end = n
        while (
            end + 1 < len(content)
            and item(end + 1)
            and bool(BULLET.match(out[content[end + 1]].text)) == bullets
        ):
            end += 1
        run = list(range(n, end + 1))
        top = first_copy is None or first_copy >= n
        bottom = last_copy is None or last_copy <= end
        # a heading right above the list, perhaps over the number of its first item
        over = n - 1
        while over >= 0 and not _words(out[content[over]].text) and over >= n - 1:
            over -= 1
        heads = [k for k in (over, end + 1) if 0 <= k < len(content) and label(k)]
        if heads and heads[0] == over and over < n - 1:
            n = over + 1  # the number goes with the list
        before = out[content[n - 1]].text.rstrip() if n else ""
        if heads and not bullets and heads[0] == n - 1:
            # under a heading the list goes on over the first words of each article and the
            # site's section names, up to the next line of copy
            while end + 1 < len(content):
                line = out[content[end + 1]]
                if (line.kind in (LEFTOVER, DATELINE) and not label(end + 1)) or not (
                    item(end + 1) or _teaser(line.text) or _short_name(line.text)
                ):
                    break
                end += 1
            run = list(range(n, end + 1))
            if top:
                # the release's own headline closes the list at the top
                while run and not item(run[-1]):
                    run.pop()
                run = run[:-1]
        ok = bool(heads) and len(run) >= (1 if bullets else 2)
        marks = bullets and not any(_NUMBERED.match(out[content[k]].text) for k in run)
        ended = n == 0 or (top and not before.endswith(":")) or bool(_BODY_END.search(before))
        if bottom and not top:
            # at the end a release's own list may follow a full stop ("Berikut daftarnya."):
            # the site's is cut off with the page, or the page's lines follow it
            after = content[end + 1] if end + 1 < len(content) else None
            cut = end == last and len(_words(out[content[end]].text)) < 4
            ended = ended and (cut or (after is not None and out[after].kind == LEFTOVER))
        if marks and len(run) >= 2 and (top or bottom) and ended:
            # without a heading: a list with dashes or dots (not numbers) at the top, or after
            # the body's last sentence; headlines are long, the items of a release's list short
            ok = ok or sum(len(_words(out[content[k]].text)) for k in run) >= 6 * len(run)
        if ok and run:
            marked.update(dict.fromkeys(run))
            marked.update(dict.fromkeys(heads))
        n = end + 1
    marked.update(dict.fromkeys(_teaser_tail(out, content, item)))
    for n in marked:
        i = content[n]
        out[i] = replace(out[i], kind=LEFTOVER, why="related")


def excerpts(out: list[Line]) -> None:
    """A piece of a later sentence standing by itself beside the page's lines at the top (the
    site's summary under its date): six words or more, no closing punctuation, found word for
    word in a line further down."""
    content = [i for i, line in enumerate(out) if line.kind != BLANK]
    # the release's headline may well be said again in its body
    headline = next((i for i in content if out[i].kind != LEFTOVER), None)
    for n, i in enumerate(content[:30]):
        line = out[i]
        if line.kind == LEFTOVER or i == headline or _SENTENCE_END.search(line.text):
            continue
        near = [content[k] for k in (n - 1, n + 1) if 0 <= k < len(content)]
        if not any(out[j].kind == LEFTOVER and out[j].why != "caption" for j in near):
            continue
        norm = _norm(line.text)
        if len(norm.split()) < 6:
            continue
        if any(norm in _norm(out[j].text) for j in content[n + 1 :] if out[j].kind != LEFTOVER):
            out[i] = replace(line, kind=LEFTOVER, why="repeat")


def glued_repeat(text: str) -> list[tuple[int, int]]:
    """The words of a line's first sentence said again, glued after its end up to the end of
    the line ("... Senin (2/5).Rapat persiapan lomba perahu hias tingkat desa"): a caption."""
    out: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        found = _GLUED_TAIL.search(line) if "." in line else None
        if found is not None and len(_words(found.group())) >= 6:
            before = _norm(line[: found.start()])
            if _norm(found.group()) in before:
                out.append((pos + found.start(), pos + found.end()))
        pos += len(line) + 1
    return out


# after a sentence's end with no space, a capital and no more closing punctuation to the end
_GLUED_TAIL = regex.compile(r"(?<=[\p{L}\p{N})][.!?])\p{Lu}[^.!?\n]*$")


def closing_source(out: list[Line]) -> None:
    """The draft's last line naming the source under a star ("*Humas Kabupaten") after the
    body: the site's credit."""
    last = next((i for i in range(len(out) - 1, -1, -1) if out[i].kind != BLANK), None)
    if last is None or out[last].kind == LEFTOVER:
        return
    text = out[last].text.strip()
    if (
        _STAR_SOURCE.match(text)
        and len(_words(text)) <= 4
        and not _SENTENCE_END.search(text)
        and any(x.kind in (BODY, QUOTE, DATELINE) for x in out[:last])
    ):
        out[last] = replace(out[last], kind=LEFTOVER, why="credit")


_STAR_SOURCE = regex.compile(r"^\*[ \t]*\p{Lu}")


def closing_code(classified: list[Line], vocab: Vocabulary) -> tuple[int, int] | None:
    """The writer's and editor's code in brackets after the last sentence of the body
    ("... katanya. (abc/xyz)"), with the space before it: the news site's, not the release's.
    A code without a letter ("(***)") and the release's own marks ("(ril)", "(hms)": the rule
    file's ``own_closing``) are the closing mark itself."""
    copy = [x for x in classified if x.kind not in (BLANK, LEFTOVER)]
    if len(copy) < 3:
        return None
    last = copy[-1]
    alone = _CODE_LINE.fullmatch(last.text)
    if alone is not None and _SENTENCE_END.search(copy[-2].text) and copy[-2].kind in (BODY, QUOTE):
        span = alone.span(1)  # on a line of its own
    else:
        found = _CLOSING_CODE.search(last.text) if last.kind in (BODY, QUOTE) else None
        if found is None or len(_words(last.text[: found.start()])) < 3:
            return None
        span = found.span()
    code = last.text[span[0] : span[1]].strip().strip("()").strip().lower()
    # the office's own mark, alone or after its writer's initials ("(ab/humaskab)")
    if code in vocab.own_closing or any(
        part.strip().startswith(own) for part in code.split("/") for own in vocab.own_closing
    ):
        return None
    return last.start + span[0], last.start + span[1]


_CLOSING_CODE = regex.compile(
    r"(?<=[.!?”\"’])[ \t]*\([ \t]*(?=[^()\n]*\p{L})[\p{L}\p{N}][\p{L}\p{N}./&' -]{0,24}[ \t]*\)"
    r"[ \t]*$"
)


def final_code(text: str) -> tuple[int, int] | None:
    """The inside of the brackets that close the draft's last line ("... katanya. (rls)"): a
    closing mark or the site's code, letters of a code and never a word to spell."""
    end = len(text)
    while end and text[end - 1].isspace():
        end -= 1
    start = text.rfind("\n", 0, end) + 1
    found = _CLOSING_CODE.search(text, start, end) or _CODE_LINE.fullmatch(text, start, end)
    if found is None:
        return None
    inner = text.index("(", found.start()) + 1
    return inner, text.index(")", inner)


_CODE_LINE = regex.compile(
    r"[ \t]*(\([ \t]*(?=[^()\n]*\p{L})[\p{L}\p{N}][\p{L}\p{N}./&' -]{0,24}[ \t]*\))[ \t]*"
)


_NUMBERED = regex.compile(r"^[ \t]*\d")
# the end of a sentence of the body (a list's lead-in ends with a colon or no mark at all)
_BODY_END = regex.compile(r"[.!?][\"”’)]*[ \t]*$")


def _short_name(text: str) -> bool:
    """A section's name on a line of its own (one or two words, no closing punctuation)."""
    return len(_words(text)) <= 2 and not _SENTENCE_END.search(text)


def _teaser_tail(out: list[Line], content: list[int], item: Callable[[int], bool]) -> list[int]:
    """After the body, headlines each followed by their article's first words up to the draft's
    end: the site's list of other articles (two of them at least)."""
    n = len(content)
    k = n
    pairs = 0
    while k > 0:
        line = out[content[k - 1]]
        if line.kind == LEFTOVER and k < n:
            break
        if k - 1 == n - 1 and item(k - 1):
            k -= 1  # the list cut off at a headline
            continue
        if _teaser(line.text) and k >= 2 and item(k - 2):
            pairs += 1
            k -= 2
            continue
        break
    if pairs < 2 or k == 0 or k == n:
        return []
    before = out[content[k - 1]]
    if before.kind != LEFTOVER and not _SENTENCE_END.search(before.text):
        return []
    return list(range(k, n))
