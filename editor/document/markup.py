"""Markdown and pasted web HTML -> paragraphs with italic/bold spans.

Markdown keeps one paragraph per source line (blank lines stay empty paragraphs), so line numbers
in findings match the file. HTML from a web page keeps every visible text: counters ("103
Dilihat"), "Baca juga" links and share widgets stay for the checker to flag; only scripts, styles
and images go (images with a notice).
"""

from __future__ import annotations

import re
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

    def add(self, chunk: str) -> None:
        self.text.append(chunk)
        self.length += len(chunk)


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


def _parse_inline(line: str, out: _Inline, styles: tuple[str, ...] = ()) -> None:
    i = 0
    while i < len(line):
        ch = line[i]
        if ch == "\\" and i + 1 < len(line) and line[i + 1] in _ESCAPABLE:
            _emit(out, line[i + 1], styles)
            i += 2
            continue
        if ch == "`":
            end = line.find("`", i + 1)
            if end > i:
                _emit(out, line[i + 1 : end], styles)
                i = end + 1
                continue
        if ch == "!" and (image := _IMAGE.match(line, i)):
            out.images += 1
            i = image.end()
            continue
        if ch == "[" and (link := _LINK.match(line, i)):
            _parse_inline(link.group(1), out, styles)
            i = link.end()
            continue
        if ch == "<" and (auto := _AUTOLINK.match(line, i)):
            _emit(out, auto.group(1), styles)
            i = auto.end()
            continue
        if ch in "*_":
            consumed = _emphasis(line, i, out, styles)
            if consumed:
                i = consumed
                continue
        _emit(out, ch, styles)
        i += 1


def _emphasis(line: str, i: int, out: _Inline, styles: tuple[str, ...]) -> int:
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
        _parse_inline(line[inner_start:end], out, styles + added)
        return end + len(marker)
    return 0


def _emit(out: _Inline, chunk: str, styles: tuple[str, ...]) -> None:
    if not chunk:
        return
    start = out.length
    out.add(chunk)
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
    out = _Inline()
    _parse_inline(line, out)
    spans = sorted(set(out.spans), key=lambda s: (s.start, s.end, s.style))
    return "".join(out.text), tuple(spans), out.images


# --- block markdown --------------------------------------------------------------------------

_ATX = re.compile(r"^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_RULE = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_BULLET = re.compile(r"^[ \t]*[-*+][ \t]+")
_QUOTE = re.compile(r"^ {0,3}>[ \t]?")
_TABLE = re.compile(r"^[ \t]*\|")
_FENCE = re.compile(r"^ {0,3}(```|~~~)")


def load_markdown(text: str) -> Document:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    paragraphs: list[Paragraph] = []
    marked_title = -1
    images = table_lines = 0
    in_fence = False
    for line in lines:
        if _FENCE.match(line):
            in_fence = not in_fence
            paragraphs.append(Paragraph(""))
            continue
        if in_fence:
            paragraphs.append(Paragraph(line))
            continue
        kind = "body"
        if (heading := _ATX.match(line)) is not None:
            level, line = len(heading.group(1)), heading.group(2)
            kind = "heading"
            if level == 1 and marked_title < 0:
                kind, marked_title = "title", len(paragraphs)
        elif _SETEXT.match(line) and paragraphs and paragraphs[-1].text.strip():
            prev = paragraphs[-1]
            if line.strip()[0] == "=" and marked_title < 0:
                marked_title = len(paragraphs) - 1
                paragraphs[-1] = Paragraph(prev.text, prev.spans, "title")
            elif prev.kind == "body":
                paragraphs[-1] = Paragraph(prev.text, prev.spans, "heading")
            paragraphs.append(Paragraph(""))
            continue
        elif _RULE.match(line):
            paragraphs.append(Paragraph(""))
            continue
        elif _TABLE.match(line):
            table_lines += 1
            paragraphs.append(Paragraph(""))
            continue
        else:
            line = _BULLET.sub("", _QUOTE.sub("", line))
        plain, spans, dropped = markdown_inline(line)
        images += dropped
        paragraphs.append(Paragraph(plain, spans, kind))
    if marked_title < 0:
        paragraphs = _first_line_title(paragraphs)
    notices = []
    if images:
        notices.append(f"{images} gambar dilewati (hanya teks yang diimpor).")
    if table_lines:
        notices.append(f"Tabel ({table_lines} baris) dilewati; periksa isinya secara manual.")
    return Document(tuple(paragraphs), notices=tuple(notices))


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
