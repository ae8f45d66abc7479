"""Importers: files and pasted text -> Document.

- .txt: UTF-8 (with or without BOM), UTF-16/32 with BOM, UTF-16 without BOM when it is plainly
  UTF-16, else cp1252 (latin-1 for the bytes cp1252 leaves undefined); CRLF and CR become LF.
  Each line is a paragraph, so offsets are into the file's text (docs/architecture.md, ``sunting check``).
- .md: one paragraph per line with the markup removed (see :mod:`editor.document.markup`);
  :func:`load_path_mapped` also returns the :class:`SourceMap` back to the raw file text.
- .docx: see :mod:`editor.document.docx_reader`.
- pasted text or HTML from a web page: :func:`load_paste`.
The first line is the headline unless the source marks one; the dateline place is recorded.
Files over 20 MB and binary files are refused with a :class:`DraftError`.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from editor.document.dateline import with_dateline
from editor.document.errors import DraftError
from editor.document.markup import SourceMap, load_html, looks_like_html, parse_markdown
from editor.document.model import Document

__all__ = [
    "MAX_BYTES",
    "SUPPORTED_SUFFIXES",
    "DraftError",
    "decode",
    "load_bytes",
    "load_docx",
    "load_paste",
    "load_path",
    "load_path_mapped",
    "load_text",
    "read_path",
]

SUPPORTED_SUFFIXES = frozenset({".txt", ".md", ".docx"})
MAX_BYTES = 20 * 1024 * 1024
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROL_OK = {"\t", "\n", "\r", "\f", "\v"}
_LATIN1_FALLBACK = "sunting-latin1"


def _latin1(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeDecodeError):
        raise error
    return error.object[error.start : error.end].decode("latin-1"), error.end


codecs.register_error(_LATIN1_FALLBACK, _latin1)


def decode(data: bytes, name: str = "<teks>") -> str:
    """Bytes of a text draft -> str with LF line ends; binary data raises :class:`DraftError`."""
    text = _decode(data, name)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    sample = text[:20000]
    controls = sum(1 for ch in sample if ch < " " and ch not in _CONTROL_OK)
    if "\x00" in sample or controls > max(8, len(sample) // 100):
        raise DraftError(f"{name}: bukan berkas teks (isinya biner); gunakan .txt, .md atau .docx")
    return text


def _decode(data: bytes, name: str) -> str:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                raise DraftError(
                    f"{name}: teks {codec.upper()} rusak (tidak dapat dibaca)"
                ) from None
    guessed = _utf16_without_bom(data)
    if guessed:
        try:
            return data.decode(guessed)
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # cp1252 leaves five bytes undefined; those fall back to latin-1 instead of failing
    return data.decode("cp1252", errors=_LATIN1_FALLBACK)


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4000]
    if len(sample) < 4:
        return None
    even_zero = sample[0::2].count(0) / len(sample[0::2])
    odd_zero = sample[1::2].count(0) / len(sample[1::2])
    if odd_zero > 0.3 and even_zero < 0.05:
        return "utf-16-le"
    if even_zero > 0.3 and odd_zero < 0.05:
        return "utf-16-be"
    return None


def load_text(data: bytes | str, name: str = "<teks>") -> Document:
    """A plain-text draft: each line a paragraph, the first non-empty line the headline."""
    text = decode(data, name) if isinstance(data, bytes) else data
    return with_dateline(Document.from_text(text))


def load_markdown_text(data: bytes | str, name: str = "<teks>") -> Document:
    return load_markdown_mapped(data, name)[0]


def load_markdown_mapped(data: bytes | str, name: str = "<teks>") -> tuple[Document, SourceMap]:
    text = decode(data, name) if isinstance(data, bytes) else data
    document, source = parse_markdown(text)
    return with_dateline(document), source


def load_paste(content: str, *, html: bool | None = None) -> Document:
    """Text pasted from a web page or chat; HTML (given or detected) has its tags stripped."""
    if len(content.encode("utf-8", errors="replace")) > MAX_BYTES:
        raise DraftError("Teks yang ditempel lebih dari 20 MB; itu bukan siaran pers")
    is_html = looks_like_html(content) if html is None else html
    document = load_html(content) if is_html else Document.from_text(content)
    return with_dateline(document)


def load_docx(path: Path) -> Document:
    return load_bytes(_read(path), path.name, ".docx")


def load_bytes(data: bytes, name: str, suffix: str) -> Document:
    """A draft from the bytes of a file named ``name`` with the given suffix."""
    if len(data) > MAX_BYTES:
        raise DraftError(f"{name}: lebih dari 20 MB, terlalu besar untuk siaran pers")
    suffix = suffix.lower()
    if suffix == ".docx":
        from editor.document.docx_reader import read_docx  # zipfile and XML: only for .docx

        return with_dateline(read_docx(data, name))
    _refuse_zip(data, name)
    if suffix == ".md":
        return load_markdown_text(data, name)
    return load_text(data, name)


def _read(path: Path) -> bytes:
    if not path.exists():
        raise DraftError(f"{path}: berkas tidak ditemukan")
    if not path.is_file():
        raise DraftError(f"{path}: bukan berkas")
    try:
        if path.stat().st_size > MAX_BYTES:
            raise DraftError(f"{path}: lebih dari 20 MB, terlalu besar untuk siaran pers")
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        raise DraftError(f"{path}: tidak dapat dibaca ({exc.strerror})") from None
    if len(data) > MAX_BYTES:
        raise DraftError(f"{path}: lebih dari 20 MB, terlalu besar untuk siaran pers")
    return data


def read_path(path: Path) -> bytes:
    """The bytes of a draft file (missing, unreadable or over 20 MB: :class:`DraftError`)."""
    return _read(Path(path))


def load_path(path: Path) -> Document:
    """A draft file (.txt, .md, .docx; anything else is read as text)."""
    path = Path(path)
    return load_bytes(_read(path), path.name, path.suffix)


def load_path_mapped(path: Path) -> tuple[Document, SourceMap | None]:
    """Like :func:`load_path`; for Markdown also where the checked text stood in the raw file
    (other formats check the file's own text, or for .docx its paragraphs: no map needed)."""
    path = Path(path)
    if path.suffix.lower() != ".md":
        return load_path(path), None
    data = _read(path)
    _refuse_zip(data, path.name)
    return load_markdown_mapped(data, path.name)


def _refuse_zip(data: bytes, name: str) -> None:
    if data.startswith(b"PK\x03\x04"):
        raise DraftError(f"{name}: isinya arsip ZIP/Word; beri nama berakhiran .docx")
