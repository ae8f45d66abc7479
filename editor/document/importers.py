"""Importers: files and pasted text -> Document.

A first version covering what ``sunting check`` needs (.txt, .md, .docx); the import/export
issue hardens it (encodings, web pastes, zip bombs, images and tables).
"""

from __future__ import annotations

from pathlib import Path

from editor.document.model import Document, InlineSpan, Paragraph

SUPPORTED_SUFFIXES = frozenset({".txt", ".md", ".docx"})
MAX_BYTES = 20 * 1024 * 1024


class DraftError(Exception):
    """A draft that cannot be read; the message says why, for the user."""


def decode(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def load_text(data: bytes | str, name: str = "<teks>") -> Document:
    text = decode(data) if isinstance(data, bytes) else data
    return Document.from_text(text)


def load_docx(path: Path) -> Document:
    import zipfile

    import docx

    try:
        doc = docx.Document(str(path))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise DraftError(f"{path.name} is not a readable Word (.docx) file ({exc})") from None
    paragraphs = []
    title_seen = False
    for para in doc.paragraphs:
        text, spans, pos = [], [], 0
        for run in para.runs:
            run_text = run.text.replace("\n", " ")
            if run_text:
                if run.italic:
                    spans.append(InlineSpan(pos, pos + len(run_text), "italic"))
                if run.bold:
                    spans.append(InlineSpan(pos, pos + len(run_text), "bold"))
                text.append(run_text)
                pos += len(run_text)
        joined = "".join(text)
        kind = "body"
        if not title_seen and joined.strip():
            kind, title_seen = "title", True
        paragraphs.append(Paragraph(joined, tuple(spans), kind))
    return Document(tuple(paragraphs))


def load_path(path: Path) -> Document:
    if not path.exists():
        raise DraftError(f"{path}: no such file")
    if not path.is_file():
        raise DraftError(f"{path}: not a file")
    if path.stat().st_size > MAX_BYTES:
        raise DraftError(f"{path}: larger than 20 MB, not a draft")
    suffix = path.suffix.lower()
    if suffix == ".docx":
        return load_docx(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DraftError(f"{path}: cannot be read ({exc.strerror})") from None
    return load_text(data, name=path.name)
