"""A Document stored as JSON (paragraphs with kinds and inline spans) and back."""

from __future__ import annotations

import dataclasses
import json
import re
from types import MappingProxyType

from editor.document.model import Document, InlineSpan, Paragraph

FORMAT_VERSION = 1


def document_to_json(document: Document) -> str:
    data = {
        "format": FORMAT_VERSION,
        "paragraphs": [
            {
                "text": p.text,
                "kind": p.kind,
                "spans": [[s.start, s.end, s.style] for s in p.spans],
            }
            for p in document.paragraphs
        ],
        "dateline": document.dateline,
        "metadata": dict(document.metadata),
    }
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def document_from_json(text: str) -> Document:
    data = json.loads(text)
    paragraphs = tuple(
        Paragraph(
            p["text"],
            tuple(InlineSpan(int(a), int(b), str(style)) for a, b, style in p.get("spans", ())),
            p.get("kind", "body"),
        )
        for p in data["paragraphs"]
    )
    metadata = MappingProxyType({str(k): str(v) for k, v in (data.get("metadata") or {}).items()})
    return Document(paragraphs, data.get("dateline"), metadata)


# NUL and the other C0/C1 control characters (tab and line ends aside): PostgreSQL refuses NUL
# in text and a terminal obeys escape sequences, so the desk stores neither, on both databases.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def clean_line(text: str) -> str:
    """One line of text (a title, a file name) without control characters."""
    return _CONTROLS.sub("", text.replace("\n", " ").replace("\t", " "))


def _clean_paragraph(p: Paragraph) -> Paragraph:
    if not _CONTROLS.search(p.text):
        return p
    keep = [i for i, ch in enumerate(p.text) if not _CONTROLS.match(ch)]
    new_index = {old: new for new, old in enumerate(keep)}

    def moved(offset: int) -> int:  # the first kept character at or after offset
        while offset < len(p.text) and offset not in new_index:
            offset += 1
        return new_index.get(offset, len(keep))

    spans = tuple(
        InlineSpan(moved(s.start), moved(s.end), s.style)
        for s in p.spans
        if moved(s.start) < moved(s.end)
    )
    return Paragraph("".join(p.text[i] for i in keep), spans, p.kind)


def clean_document(document: Document) -> Document:
    """The document with control characters removed (spans moved with the text)."""
    paragraphs = tuple(_clean_paragraph(p) for p in document.paragraphs)
    if paragraphs == document.paragraphs:
        return document
    dateline = clean_line(document.dateline) if document.dateline else document.dateline
    metadata = MappingProxyType({k: clean_line(v) for k, v in document.metadata.items()})
    # notices and the file's own comments stay with the document
    return dataclasses.replace(document, paragraphs=paragraphs, dateline=dateline,
                               metadata=metadata)  # fmt: skip
