"""A Document stored as JSON (paragraphs with kinds and inline spans) and back."""

from __future__ import annotations

import json
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
