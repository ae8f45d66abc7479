"""Word files built with python-docx for the importer tests (real .docx, read back for real)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx


def docx_from_lines(lines: list[str], path: Path) -> Path:
    """One Word paragraph per line (blank lines as empty paragraphs), as a writer types it."""
    word = docx.Document()
    for line in lines:
        word.add_paragraph(line)
    word.save(str(path))
    return path


def styled_docx(path: Path, *, with_image: bytes | None = None) -> Path:
    """A release as an office writes it: Title style, a heading, italic/bold runs, a table."""
    word = docx.Document()
    word.add_paragraph("Siaran Pers", style="Normal")
    word.add_paragraph("Bupati Resmikan Pasar Rakyat", style="Title")
    body = word.add_paragraph("Banyuasin – Bupati meresmikan ")
    body.add_run("pasar rakyat").bold = True
    body.add_run(" dengan konsep ")
    body.add_run("smart market").italic = True
    body.add_run(".")
    word.add_paragraph("Latar Belakang", style="Heading 2")
    link = word.add_paragraph("Pedagang menyambut baik. ")
    link.add_run("Luar biasa", style="Emphasis")  # italic through a character style
    table = word.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Kios"
    table.cell(0, 1).text = "120"
    if with_image:
        word.add_picture(io.BytesIO(with_image))
    word.add_paragraph("Penutup acara berlangsung meriah. (*)")
    word.save(str(path))
    return path


def zip_bomb(path: Path, size: int = 300 * 1024 * 1024) -> Path:
    """A .docx-shaped archive whose document.xml inflates to ``size`` bytes of zeros."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        with zf.open("word/document.xml", "w", force_zip64=True) as handle:
            chunk = b"\0" * (1024 * 1024)
            for _ in range(size // len(chunk)):
                handle.write(chunk)
    return path


def many_entries(path: Path, count: int = 5000) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", "<w:document/>")
        for index in range(count):
            zf.writestr(f"word/media/x{index}.bin", b"x")
    return path
