"""Markdown and pasted web HTML -> paragraphs with italic/bold spans.

Markdown keeps one paragraph per source line (blank lines stay empty paragraphs), so line numbers
in findings match the file; :func:`parse_markdown` also says, for every plain character, where it
stood in the raw line (a :class:`SourceMap`), so findings can be reported at raw-file offsets. HTML from a web page keeps every visible text: counters ("103
Dilihat"), "Baca juga" links and share widgets stay for the checker to flag; only scripts, styles
and images go (images with a notice).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from html.parser import HTMLParser

from editor.document.model import Document, InlineSpan, Paragraph

# --- inline markdown -------------------------------------------------------------------------

_EMPHASIS = (
    ("***", ("bold", "italic")),
    ("**", ("bold",)),
    ("__", ("bold",)),
    ("*", ("italic",)),
    ("_", ("italic",)),
)
_LINK = re.compile(r"\[([^\]\n]*)\]\(([^)\s]*)(?:\s+\"[^\"]*\")?\)")
_IMAGE = re.compile(r"!\[([^\]\n]*)\]\([^)\n]*\)")
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^>\s]+)>")
_ESCAPABLE = set("\\`*_{}[]()#+-.!|>~")


@dataclass
class _Inline:
    text: list[str] = field(default_factory=list)
    spans: list[InlineSpan] = field(default_factory=list)
    length: int = 0
    images: int = 0
    columns: list[int] = field(default_factory=list)  # raw column of each plain character

    def add(self, chunk: str, origin: int = -1) -> None:
        self.text.append(chunk)
        self.length += len(chunk)
        self.columns.extend(
            range(origin, origin + len(chunk)) if origin >= 0 else [-1] * len(chunk)
        )


def _closing(line: str, start: int, marker: str) -> int:
    """Index of the marker closing an emphasis opened at ``start``, or -1."""
    pos = start
    while True:
        pos = line.find(marker, pos)
        if pos <= start or pos == -1:
            return -1
        if not line[pos - 1].isspace() and line[pos - 1] != "\\":
            after = line[pos + len(marker) : pos + len(marker) + 1]
            if marker[0] != "_" or not (after.isalnum()):
                return pos
        pos += 1


def _parse_inline(line: str, out: _Inline, styles: tuple[str, ...] = (), base: int = 0) -> None:
    """Append the plain text of ``line`` to ``out``; ``line`` starts at raw column ``base``."""
    i = 0
    while i < len(line):
        ch = line[i]
        if ch == "\\" and i + 1 < len(line) and line[i + 1] in _ESCAPABLE:
            _emit(out, line[i + 1], styles, base + i + 1)
            i += 2
            continue
        if ch == "`":
            end = line.find("`", i + 1)
            if end > i:
                _emit(out, line[i + 1 : end], styles, base + i + 1)
                i = end + 1
                continue
        if ch == "!" and (image := _IMAGE.match(line, i)):
            out.images += 1
            i = image.end()
            continue
        if ch == "[" and (link := _LINK.match(line, i)):
            _parse_inline(link.group(1), out, styles, base + link.start(1))
            i = link.end()
            continue
        if ch == "<" and (auto := _AUTOLINK.match(line, i)):
            _emit(out, auto.group(1), styles, base + auto.start(1))
            i = auto.end()
            continue
        if ch in "*_":
            consumed = _emphasis(line, i, out, styles, base)
            if consumed:
                i = consumed
                continue
        _emit(out, ch, styles, base + i)
        i += 1


def _emphasis(line: str, i: int, out: _Inline, styles: tuple[str, ...], base: int) -> int:
    if line[i] == "_" and i > 0 and line[i - 1].isalnum():
        return 0  # snake_case inside a word is not emphasis
    for marker, added in _EMPHASIS:
        if not line.startswith(marker, i):
            continue
        inner_start = i + len(marker)
        if inner_start >= len(line) or line[inner_start].isspace():
            return 0
        end = _closing(line, inner_start, marker)
        if end == -1:
            continue
        _parse_inline(line[inner_start:end], out, styles + added, base + inner_start)
        return end + len(marker)
    return 0


def _emit(out: _Inline, chunk: str, styles: tuple[str, ...], origin: int = -1) -> None:
    if not chunk:
        return
    start = out.length
    out.add(chunk, origin)
    for style in styles:
        index = next(
            (i for i in range(len(out.spans) - 1, -1, -1) if out.spans[i].style == style), None
        )
        if index is not None and out.spans[index].end == start:
            out.spans[index] = InlineSpan(out.spans[index].start, out.length, style)
        else:
            out.spans.append(InlineSpan(start, out.length, style))


def markdown_inline(line: str) -> tuple[str, tuple[InlineSpan, ...], int]:
    """Plain text, spans and the number of images dropped, for one line of Markdown."""
    plain, spans, images, _columns = _inline(line, 0)
    return plain, spans, images


def _inline(line: str, base: int) -> tuple[str, tuple[InlineSpan, ...], int, tuple[int, ...]]:
    out = _Inline()
    _parse_inline(line, out, (), base)
    spans = sorted(set(out.spans), key=lambda s: (s.start, s.end, s.style))
    return "".join(out.text), tuple(spans), out.images, tuple(out.columns)


@dataclass(frozen=True)
class SourceMap:
    """Where the checked text of a Markdown document came from in the raw file text.

    ``columns[i]`` holds, for each character of paragraph ``i``, its column in raw line ``i``
    (Markdown keeps one paragraph per line). Raw text is after decoding and CRLF -> LF.
    """

    raw: str
    line_starts: tuple[int, ...]
    columns: tuple[tuple[int, ...], ...]

    def to_raw(self, start: int, end: int) -> tuple[int, int]:
        """Raw ``(start, end)`` for a span ``start:end`` (end exclusive) of the checked text."""
        para_starts = self._paragraph_starts()
        raw_start = self._raw_at(para_starts, start, closing=False)
        raw_end = self._raw_at(para_starts, end - 1, closing=True) if end > start else raw_start
        return raw_start, max(raw_start, raw_end)

    def _paragraph_starts(self) -> list[int]:
        starts, pos = [], 0
        for cols in self.columns:
            starts.append(pos)
            pos += len(cols) + 1
        return starts

    def _raw_at(self, para_starts: list[int], offset: int, *, closing: bool) -> int:
        index = max(0, bisect_right(para_starts, offset) - 1)
        cols, line_start = self.columns[index], self.line_starts[index]
        column = offset - para_starts[index]
        if column >= len(cols):  # the line break after the paragraph
            line_end = self.raw.find("\n", line_start)
            if line_end < 0:
                return len(self.raw)
            return line_end + (1 if closing else 0)
        return line_start + cols[column] + (1 if closing else 0)


# --- block markdown --------------------------------------------------------------------------

_ATX = re.compile(r"^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_RULE = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_BULLET = re.compile(r"^[ \t]*[-*+][ \t]+")
_QUOTE = re.compile(r"^ {0,3}>[ \t]?")
_TABLE = re.compile(r"^[ \t]*\|")
_FENCE = re.compile(r"^ {0,3}(```|~~~)")


def load_markdown(text: str) -> Document:
    return parse_markdown(text)[0]


def parse_markdown(text: str) -> tuple[Document, SourceMap]:
    """The document of a Markdown draft and where its characters stood in ``text``."""
    raw = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = raw.split("\n")
    paragraphs: list[Paragraph] = []
    columns: list[tuple[int, ...]] = []
    marked_title = -1
    images = table_lines = 0
    in_fence = False
    for line in lines:
        plain, spans, kind, cols = "", (), "body", ()
        if _FENCE.match(line):
            in_fence = not in_fence
        elif in_fence:
            plain, cols = line, tuple(range(len(line)))
        elif _SETEXT.match(line) and paragraphs and paragraphs[-1].text.strip():
            prev = paragraphs[-1]
            if line.strip()[0] == "=" and marked_title < 0:
                marked_title = len(paragraphs) - 1
                paragraphs[-1] = Paragraph(prev.text, prev.spans, "title")
            elif prev.kind == "body":
                paragraphs[-1] = Paragraph(prev.text, prev.spans, "heading")
        elif _RULE.match(line):
            pass
        elif _TABLE.match(line):
            table_lines += 1
        else:
            kind, base, line = _block(line)
            if kind == "title" and marked_title < 0:
                marked_title = len(paragraphs)
            elif kind == "title":
                kind = "heading"
            plain, spans, dropped, cols = _inline(line, base)
            images += dropped
        paragraphs.append(Paragraph(plain, spans, kind))
        columns.append(cols)
    if marked_title < 0:
        paragraphs = _first_line_title(paragraphs)
    notices = []
    if images:
        notices.append(f"{images} gambar dilewati (hanya teks yang diimpor).")
    if table_lines:
        notices.append(f"Tabel ({table_lines} baris) dilewati; periksa isinya secara manual.")
    source = SourceMap(raw, tuple(_line_starts(lines)), tuple(columns))
    return Document(tuple(paragraphs), notices=tuple(notices)), source


def _block(line: str) -> tuple[str, int, str]:
    """Paragraph kind ("title" for a level-1 heading), raw column and text of a line's content."""
    if (heading := _ATX.match(line)) is not None:
        kind = "title" if len(heading.group(1)) == 1 else "heading"
        return kind, heading.start(2), heading.group(2)
    quote = _QUOTE.match(line)
    base = quote.end() if quote else 0
    bullet = _BULLET.match(line[base:])
    base += bullet.end() if bullet else 0
    return "body", base, line[base:]


def _line_starts(lines: list[str]) -> list[int]:
    starts, pos = [], 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    return starts


def _first_line_title(paragraphs: list[Paragraph]) -> list[Paragraph]:
    for index, paragraph in enumerate(paragraphs):
        if paragraph.text.strip():
            paragraphs[index] = Paragraph(paragraph.text, paragraph.spans, "title")
            break
    return paragraphs


# --- pasted HTML -----------------------------------------------------------------------------

_BLOCK_TAGS = frozenset(
    "p div h1 h2 h3 h4 h5 h6 li ul ol br tr td th table section article header footer aside nav "
    "blockquote figure figcaption pre hr dd dt dl main form button".split()
)
_HIDDEN_TAGS = frozenset({"script", "style", "noscript", "template", "head", "title", "svg"})
_INLINE_STYLE = {"em": "italic", "i": "italic", "cite": "italic", "strong": "bold", "b": "bold"}
_HTML_HINT = re.compile(r"<(?:!doctype|html|body|p|div|span|br|h[1-6]|strong|em|a|li)\b", re.I)


def looks_like_html(text: str) -> bool:
    head = text[:5000]
    return len(_HTML_HINT.findall(head)) >= 2 or head.lstrip().lower().startswith(
        ("<!doctype", "<html")
    )


class _HtmlCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[Paragraph] = []
        self.title_index = -1
        self.images = 0
        self._hidden = 0
        self._styles: list[str] = []
        self._heading: str | None = None
        self._current = _Inline()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN_TAGS:
            self._hidden += 1
        elif tag == "img":
            self.images += 1
        elif tag in _BLOCK_TAGS:
            self._flush()
            if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
                self._heading = tag
        elif tag in _INLINE_STYLE:
            self._styles.append(_INLINE_STYLE[tag])

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "img":
            self.images += 1
        elif tag in _BLOCK_TAGS:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN_TAGS:
            self._hidden = max(0, self._hidden - 1)
        elif tag in _BLOCK_TAGS:
            self._flush()
        elif tag in _INLINE_STYLE and _INLINE_STYLE[tag] in self._styles:
            self._styles.reverse()
            self._styles.remove(_INLINE_STYLE[tag])
            self._styles.reverse()

    def handle_data(self, data: str) -> None:
        if self._hidden:
            return
        data = re.sub(r"\s+", " ", data)
        if self._current.length == 0:
            data = data.lstrip()
        _emit(self._current, data, tuple(dict.fromkeys(self._styles)))

    def _flush(self) -> None:
        current, self._current = self._current, _Inline()
        text = "".join(current.text)
        stripped = text.rstrip()
        if stripped:
            spans = []
            for span in current.spans:
                end = min(span.end, len(stripped))
                if span.start < end:
                    spans.append(InlineSpan(span.start, end, span.style))
            kind = "heading" if self._heading else "body"
            if self._heading == "h1" and self.title_index < 0:
                kind, self.title_index = "title", len(self.paragraphs)
            self.paragraphs.append(Paragraph(stripped, tuple(spans), kind))
        self._heading = None


def load_html(html: str) -> Document:
    collector = _HtmlCollector()
    collector.feed(html)
    collector.close()
    collector._flush()
    paragraphs = collector.paragraphs
    if collector.title_index < 0:
        paragraphs = _first_line_title(paragraphs)
    notices = ()
    if collector.images:
        notices = (f"{collector.images} gambar dilewati (hanya teks yang diimpor).",)
    return Document(tuple(paragraphs), notices=notices)
