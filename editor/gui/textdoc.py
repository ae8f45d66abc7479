"""Between the draft model (editor.document) and Qt's QTextDocument.

Each block carries a paragraph version id in its ``userState``: a number unique in the document
that changes whenever the paragraph's text or formatting changes. Findings are stored against that
id, so a result computed for an older version of a paragraph simply finds no block and is dropped.
"""

from __future__ import annotations

from collections.abc import Iterator

from editor.document.model import Document, InlineSpan, Paragraph
from editor.gui.qt import (
    QFont,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)


def iter_blocks(doc: QTextDocument) -> Iterator[QTextBlock]:
    block = doc.begin()
    while block.isValid():
        yield block
        block = block.next()


def block_spans(block: QTextBlock) -> tuple[InlineSpan, ...]:
    """The italic and bold runs of one block, as paragraph-relative spans."""
    spans: list[InlineSpan] = []
    base = block.position()
    it = block.begin()
    while not it.atEnd():
        frag = it.fragment()
        if frag.isValid() and frag.length():
            fmt = frag.charFormat()
            start = frag.position() - base
            end = start + frag.length()
            if fmt.fontItalic():
                _extend(spans, start, end, "italic")
            if fmt.fontWeight() >= QFont.Weight.Bold:
                _extend(spans, start, end, "bold")
        it += 1
    return tuple(spans)


def _extend(spans: list[InlineSpan], start: int, end: int, style: str) -> None:
    for i in range(len(spans) - 1, -1, -1):
        if spans[i].style == style and spans[i].end == start:
            spans[i] = InlineSpan(spans[i].start, end, style)
            return
    spans.append(InlineSpan(start, end, style))


def paragraph_of(block: QTextBlock, kind: str = "body") -> Paragraph:
    text = block.text().replace("\u2028", " ")
    return Paragraph(text, block_spans(block) if text else (), kind)


def to_document(doc: QTextDocument, base: Document | None = None) -> Document:
    """The draft currently in ``doc``; the first non-empty paragraph is the title."""
    paragraphs = []
    title_seen = False
    for block in iter_blocks(doc):
        kind = "body"
        if not title_seen and block.text().strip():
            kind, title_seen = "title", True
        paragraphs.append(paragraph_of(block, kind))
    if base is not None:
        return base.with_paragraphs(paragraphs)
    return Document(tuple(paragraphs))


def load_document(doc: QTextDocument, document: Document) -> None:
    """Replace the contents of ``doc`` with ``document`` (not undoable; a fresh start)."""
    doc.setUndoRedoEnabled(False)
    doc.clear()
    cursor = QTextCursor(doc)
    plain = QTextCharFormat()
    for i, para in enumerate(document.paragraphs):
        if i:
            cursor.insertBlock(QTextBlockFormat(), plain)
        if para.kind == "title":
            fmt = QTextBlockFormat()
            fmt.setHeadingLevel(1)
            fmt.setBottomMargin(6)
            cursor.setBlockFormat(fmt)
        _insert_runs(cursor, para)
    doc.setUndoRedoEnabled(True)
    doc.setModified(False)


def _insert_runs(cursor: QTextCursor, para: Paragraph) -> None:
    cuts = {0, len(para.text)}
    for span in para.spans:
        cuts.update((span.start, span.end))
    points = sorted(cuts)
    for a, b in zip(points, points[1:], strict=False):
        fmt = QTextCharFormat()
        styles = {s.style for s in para.spans if s.start <= a and b <= s.end}
        fmt.setFontItalic("italic" in styles)
        fmt.setFontWeight(QFont.Weight.Bold if "bold" in styles else QFont.Weight.Normal)
        cursor.insertText(para.text[a:b], fmt)
