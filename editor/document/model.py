"""The draft model: a release as paragraphs of plain text with inline italic/bold spans.

The checked text of a document is its paragraphs joined with "\\n" (docs/architecture.md: offsets for .docx
are into the paragraphs joined with "\\n"; for .txt each line is a paragraph, so the joined text is
the file's text after CRLF was turned into LF). Blank lines are kept as empty paragraphs.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

STYLES = ("italic", "bold")
PARAGRAPH_KINDS = ("title", "heading", "body")


@dataclass(frozen=True, slots=True)
class InlineSpan:
    """An italic or bold run inside one paragraph; offsets are into the paragraph's text."""

    start: int
    end: int
    style: str

    def __post_init__(self) -> None:
        if self.style not in STYLES:
            raise ValueError(f"unknown inline style {self.style!r}")
        if not 0 <= self.start < self.end:
            raise ValueError(f"bad inline span {self.start}..{self.end}")


@dataclass(frozen=True, slots=True)
class Paragraph:
    text: str
    spans: tuple[InlineSpan, ...] = ()
    kind: str = "body"

    def __post_init__(self) -> None:
        if "\n" in self.text:
            raise ValueError("a paragraph cannot contain a line break")
        if self.kind not in PARAGRAPH_KINDS:
            raise ValueError(f"unknown paragraph kind {self.kind!r}")
        for span in self.spans:
            if span.end > len(self.text):
                raise ValueError("inline span runs past the paragraph")


@dataclass(frozen=True, slots=True)
class SourceComment:
    """A comment the source file carried (a Word comment); offsets are into :attr:`Document.text`."""

    start: int
    end: int
    author: str
    text: str


@dataclass(frozen=True, slots=True)
class Document:
    paragraphs: tuple[Paragraph, ...]
    dateline: str | None = None
    metadata: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    notices: tuple[str, ...] = ()  # what an importer skipped (images, tables), for the user
    comments: tuple[SourceComment, ...] = ()  # comments in the imported file (.docx)

    @classmethod
    def from_text(cls, text: str, *, first_line_is_title: bool = True) -> Document:
        """A document from plain text: each line a paragraph; the first non-empty line the title."""
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        paragraphs = []
        title_seen = not first_line_is_title
        for line in text.split("\n"):
            kind = "body"
            if not title_seen and line.strip():
                kind, title_seen = "title", True
            paragraphs.append(Paragraph(line, kind=kind))
        return cls(tuple(paragraphs))

    @property
    def text(self) -> str:
        return "\n".join(p.text for p in self.paragraphs)

    @property
    def title(self) -> str | None:
        for paragraph in self.paragraphs:
            if paragraph.kind == "title":
                return paragraph.text.strip()
        return None

    def paragraph_offsets(self) -> Iterator[tuple[int, Paragraph]]:
        """Each paragraph with the offset of its first character in :attr:`text`."""
        offset = 0
        for paragraph in self.paragraphs:
            yield offset, paragraph
            offset += len(paragraph.text) + 1

    def styled_ranges(self, style: str) -> list[tuple[int, int]]:
        """Document-level ``(start, end)`` ranges carrying ``style`` (italic or bold)."""
        ranges: list[tuple[int, int]] = []
        for offset, paragraph in self.paragraph_offsets():
            ranges.extend(
                (offset + s.start, offset + s.end) for s in paragraph.spans if s.style == style
            )
        return ranges

    def with_paragraphs(self, paragraphs: Iterable[Paragraph]) -> Document:
        return Document(
            tuple(paragraphs), self.dateline, self.metadata, self.notices, self.comments
        )
