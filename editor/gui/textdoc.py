"""Between the draft model (editor.document) and Qt's QTextDocument.

Each block carries a paragraph version id in its ``userState``: a number unique in the document
that changes whenever the paragraph's text or formatting changes. Findings are stored against that
id, so a result computed for an older version of a paragraph simply finds no block and is dropped.
"""

from __future__ import annotations

from collections.abc import Iterator

from editor.document.model import Document, InlineSpan, Paragraph
from editor.gui.offsets import to_py, to_qt
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
    """The italic and bold runs of one block, as paragraph-relative spans (Python offsets)."""
    spans: list[InlineSpan] = []
    base = block.position()
    text = block.text()
    it = block.begin()
    while not it.atEnd():
        frag = it.fragment()
        if frag.isValid() and frag.length():
            fmt = frag.charFormat()
            start = to_py(text, frag.position() - base)
            end = to_py(text, frag.position() - base + frag.length())
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
    """Replace the contents of ``doc`` with ``document`` (not undoable; a fresh start). The text
    goes in at once (a 5 MB draft in a fraction of a second); the title's block format and the
    italic and bold runs are applied afterwards, paragraph by paragraph where they are."""
    doc.setUndoRedoEnabled(False)
    doc.setPlainText("\n".join(p.text.replace("\n", " ") for p in document.paragraphs))
    for i, para in enumerate(document.paragraphs):
        if para.kind != "title" and not para.spans:
            continue
        block = doc.findBlockByNumber(i)
        cursor = QTextCursor(block)
        if para.kind == "title":
            fmt = QTextBlockFormat()
            fmt.setHeadingLevel(1)
            fmt.setBottomMargin(6)
            cursor.setBlockFormat(fmt)
        for span in para.spans:
            fmt = QTextCharFormat()
            if span.style == "italic":
                fmt.setFontItalic(True)
            elif span.style == "bold":
                fmt.setFontWeight(QFont.Weight.Bold)
            else:
                continue
            cursor.setPosition(block.position() + to_qt(para.text, span.start))
            cursor.setPosition(block.position() + to_qt(para.text, span.end),
                               QTextCursor.MoveMode.KeepAnchor)  # fmt: skip
            cursor.mergeCharFormat(fmt)
    doc.setUndoRedoEnabled(True)
    doc.setModified(False)
