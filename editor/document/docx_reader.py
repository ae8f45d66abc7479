"""Word (.docx) -> Document, with the archive checked before anything is parsed.

Refused with a clear message: files that are not DOCX at all (old .doc, PDF, RTF, other zips),
archives whose entry count or uncompressed size is out of proportion (zip bombs), and anything
python-docx cannot make sense of. Tables, images and text boxes are skipped with a notice.
Paragraphs in Sunting's own frame styles (kop, nomor, penutup, narahubung) are skipped, so an
exported release re-imports as the approved text.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator

from editor.document.docx_comments import read_comments, tracked_change_count
from editor.document.errors import DraftError
from editor.document.model import Document, InlineSpan, Paragraph

MAX_ENTRIES = 2000
MAX_UNCOMPRESSED = 200 * 1024 * 1024
MAX_RATIO = 200  # uncompressed/compressed, for entries above RATIO_FLOOR bytes
RATIO_FLOOR = 1024 * 1024
REQUIRED_PARTS = ("[Content_Types].xml", "word/document.xml")

# Paragraph styles Sunting's exporter wraps around the release text (see editor.export.styles).
FRAME_STYLE_PREFIX = "Sunting "
FRAME_STYLES = frozenset(
    {"Sunting Siaran Pers", "Sunting Nomor", "Sunting Penutup", "Sunting Narahubung"}
)
DATELINE_STYLE = "Sunting Dateline"
TITLE_STYLES = frozenset({"Title", "Judul"})
HEADING_PREFIXES = ("Heading", "Judul ", "heading")

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_SKIPPED_ANCESTORS = ("del", "moveFrom", "txbxContent")


def sniff(data: bytes, name: str) -> None:
    """Raise :class:`DraftError` unless ``data`` is a sane DOCX archive."""
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise DraftError(
            f"{name}: berkas Word lama (.doc) atau dokumen berkata sandi; simpan ulang sebagai "
            ".docx tanpa kata sandi"
        )
    if data.startswith(b"%PDF"):
        raise DraftError(f"{name}: ini berkas PDF, bukan dokumen Word (.docx)")
    if data.lstrip().startswith(b"{\\rtf"):
        raise DraftError(
            f"{name}: ini berkas RTF, bukan dokumen Word (.docx); simpan ulang sebagai .docx"
        )
    if not data.startswith(b"PK"):
        raise DraftError(f"{name}: bukan dokumen Word (.docx) yang sah")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise DraftError(f"{name}: dokumen Word rusak (arsip tidak dapat dibuka)") from None
    if len(infos) > MAX_ENTRIES:
        raise DraftError(
            f"{name}: arsip berisi {len(infos)} bagian, tidak wajar untuk dokumen Word"
        )
    total = sum(info.file_size for info in infos)
    bomb = any(
        info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1)
        for info in infos
    )
    if total > MAX_UNCOMPRESSED or bomb:
        raise DraftError(
            f"{name}: isi arsip membengkak tidak wajar saat dibuka (kemungkinan zip bomb); ditolak"
        )
    names = {info.filename for info in infos}
    if not all(part in names for part in REQUIRED_PARTS):
        raise DraftError(f"{name}: arsip ZIP ini bukan dokumen Word (.docx)")


def read_docx(data: bytes, name: str) -> Document:
    sniff(data, name)
    import docx

    try:
        word = docx.Document(io.BytesIO(data))
        paragraphs, skipped, elements = _collect(word)
        skipped["tracked"] = tracked_change_count(word.element.body)
        starts = [sum(len(p.text) + 1 for p in paragraphs[:i]) for i in range(len(paragraphs))]
        comments = read_comments(word, elements, starts)
    except DraftError:
        raise
    except Exception as exc:  # corrupt XML, missing parts, odd content types: all unreadable
        reason = str(exc).splitlines()[0][:120] if str(exc) else type(exc).__name__
        raise DraftError(f"{name}: dokumen Word rusak atau tidak didukung ({reason})") from None
    notices = tuple(_notices(skipped))
    if comments:
        notices += (f"{len(comments)} komentar dalam berkas disimpan sebagai komentar revisi.",)
    return Document(tuple(_mark_title(paragraphs)), notices=notices, comments=comments)


def _collect(word) -> tuple[list[Paragraph], dict[str, int], list]:
    from docx.text.paragraph import Paragraph as WordParagraph

    skipped = {"table": 0, "image": 0, "frame": 0}
    paragraphs: list[Paragraph] = []
    elements: list = []
    for element in _body_blocks(word.element.body):
        if element.tag == f"{_W}tbl":
            skipped["table"] += 1
            continue
        para = WordParagraph(element, word._body)
        skipped["image"] += len(element.xpath(".//w:drawing | .//w:pict"))
        style = _style_name(para)
        if style in FRAME_STYLES:
            skipped["frame"] += 1
            continue
        text, spans = _runs(para)
        kind = "body"
        if style in TITLE_STYLES:
            kind = "title"
        elif style.startswith(HEADING_PREFIXES):
            kind = "heading"
        paragraphs.append(Paragraph(text, spans, kind))
        elements.append(element)
    return paragraphs, skipped, elements


def _body_blocks(body) -> Iterator:
    """Top-level paragraphs and tables in order, looking inside content controls (w:sdt)."""
    for child in body.iterchildren():
        if child.tag in (f"{_W}p", f"{_W}tbl"):
            yield child
        elif child.tag == f"{_W}sdt":
            content = child.find(f"{_W}sdtContent")
            if content is not None:
                yield from _body_blocks(content)


def _style_name(para) -> str:
    """The paragraph's style name, or the Title/heading/frame style it is based on."""
    try:
        style = para.style
    except Exception:
        return ""
    first = (style.name or "") if style is not None else ""
    for _ in range(10):
        if style is None:
            break
        name = style.name or ""
        if name in TITLE_STYLES or name in FRAME_STYLES or name.startswith(HEADING_PREFIXES):
            return name
        style = style.base_style
    return first


def _runs(para) -> tuple[str, tuple[InlineSpan, ...]]:
    from docx.text.run import Run

    parts: list[str] = []
    spans: list[InlineSpan] = []
    pos = 0
    for r in para._p.xpath(".//w:r"):
        if any(anc.tag.endswith(_SKIPPED_ANCESTORS) for anc in r.iterancestors()):
            continue
        run = Run(r, para)
        text = run.text.replace("\n", " ").replace("\r", " ")
        if not text:
            continue
        end = pos + len(text)
        for style, on in (("italic", _flag(run, "italic")), ("bold", _flag(run, "bold"))):
            if on:
                last = next((s for s in reversed(spans) if s.style == style), None)
                if last is not None and last.end == pos:
                    spans[spans.index(last)] = InlineSpan(last.start, end, style)
                else:
                    spans.append(InlineSpan(pos, end, style))
        parts.append(text)
        pos = end
    ordered = sorted(spans, key=lambda s: (s.start, s.style))
    return "".join(parts), tuple(ordered)


def _flag(run, attr: str) -> bool:
    direct = getattr(run.font, attr)
    if direct is not None:
        return bool(direct)
    style = run.style
    if attr == "bold" and style is not None and style.name == DATELINE_STYLE:
        return False  # Sunting's export sets the dateline bold; it is not the writer's bold
    while style is not None:
        value = getattr(style.font, attr)
        if value is not None:
            return bool(value)
        style = style.base_style
    return False


def _mark_title(paragraphs: list[Paragraph]) -> list[Paragraph]:
    if any(p.kind == "title" for p in paragraphs):
        first = next(i for i, p in enumerate(paragraphs) if p.kind == "title")
        return [
            Paragraph(p.text, p.spans, "heading") if p.kind == "title" and i != first else p
            for i, p in enumerate(paragraphs)
        ]
    for index, paragraph in enumerate(paragraphs):
        if paragraph.text.strip():
            paragraphs[index] = Paragraph(paragraph.text, paragraph.spans, "title")
            break
    return paragraphs


def _notices(skipped: dict[str, int]) -> Iterator[str]:
    if skipped["table"]:
        yield f"{skipped['table']} tabel dilewati; isinya tidak diimpor, periksa secara manual."
    if skipped["image"]:
        yield f"{skipped['image']} gambar atau kotak teks dilewati (hanya teks yang diimpor)."
    if skipped.get("tracked"):
        yield (
            f"Dokumen memuat {skipped['tracked']} perubahan terlacak; teksnya diimpor dengan semua "
            "perubahan diterima (sisipan masuk, hapusan dibuang)."
        )
    if skipped["frame"]:
        yield "Kop, nomor, penutup dan narahubung dari ekspor Sunting dilewati."
