"""Every export the tests make is built once per session and rendered by LibreOffice in one batch."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import docx
import pytest

from editor.checks.finding import Finding
from editor.document.importers import load_text
from editor.document.model import Document, InlineSpan, Paragraph
from editor.export.docx_writer import release_bytes
from editor.export.profile import ReleaseInfo
from editor.export.report import ReportNote, report_bytes
from editor.export.sample import example_profile
from tests.export.helpers import ARTIFACTS, render_pdfs

RELEASE_DATE = dt.date(2024, 6, 11)
CREATED = dt.datetime(2024, 6, 11, 9, 30)
ITALIC_WORDS = ("suport", "zero konflik")


def with_italics(document: Document, words: tuple[str, ...]) -> Document:
    """The seed with the foreign words set in italics, as a writer would."""
    paragraphs = []
    for paragraph in document.paragraphs:
        spans = [
            InlineSpan(pos, pos + len(w), "italic")
            for w in words
            if (pos := paragraph.text.find(w)) >= 0
        ]
        paragraphs.append(Paragraph(paragraph.text, tuple(spans), paragraph.kind))
    return document.with_paragraphs(paragraphs)


def office_template(path: Path) -> Path:
    """An office's own template: its header, and its own 'Sunting Isi' style (Georgia)."""
    word = docx.Document()
    style = word.styles.add_style("Sunting Isi", 1)
    style.font.name = "Georgia"
    header = word.sections[0].header
    header.paragraphs[0].text = "KOP KANTOR TEMPLAT DISKOMINFO"
    word.add_paragraph("isi contoh yang harus hilang")
    word.save(str(path))
    return path


@pytest.fixture(scope="session")
def seed_document(seed_text: str) -> Document:
    return with_italics(load_text(seed_text), ITALIC_WORDS)


@pytest.fixture(scope="session")
def release_info() -> ReleaseInfo:
    return ReleaseInfo("045/SP/Diskominfo/VI/2024", RELEASE_DATE, revision=3,
                       keywords=("pilkada", "Banyuasin"), author="editor", created=CREATED)  # fmt: skip


@pytest.fixture(scope="session")
def report_findings(seed_document: Document) -> tuple[list[Finding], list[ReportNote]]:
    text = seed_document.text

    def at(word: str, rule: str, suggestion: str) -> Finding:
        start = text.index(word)
        return Finding(rule, "spelling", "error", start, start + len(word), word,
                       f"“{word}” tidak baku.", (suggestion,), None, "sunting")  # fmt: skip

    findings = [at("Kebangsaam", "KBBI.Spelling", "Kebangsaan"), at("Sukses nya", "EYD.Nya", "Suksesnya"),
                at("suport", "KBBI.Foreign", "dukungan")]  # fmt: skip
    start = text.index("Banyuasin103 Dilihat")
    notes = [ReportNote(start, start + 20, "Hapus sisa laman web ini.", "Dewi Lestari")]
    return findings, notes


@pytest.fixture(scope="session")
def exports(
    tmp_path_factory: pytest.TempPathFactory, seed_document: Document, release_info: ReleaseInfo,
    report_findings,
) -> dict[str, Path]:  # fmt: skip
    """name -> .docx for every export variant the tests look at."""
    out = tmp_path_factory.mktemp("exports")
    profile = example_profile()
    no_close = seed_document.with_paragraphs(
        Paragraph(p.text.replace(" (*)", ""), p.spans, p.kind) for p in seed_document.paragraphs
    )
    variants = {
        "release": release_bytes(seed_document, profile, release_info),
        "release-nologo": release_bytes(
            no_close, dataclasses.replace(profile, logo=None), release_info
        ),
        "release-template": release_bytes(
            seed_document, profile, release_info, template=office_template(out / "templat.docx")
        ),
        "report": report_bytes(seed_document, *report_findings, revision=3, day=RELEASE_DATE),
    }
    paths = {}
    for name, data in variants.items():
        paths[name] = out / f"{name}.docx"
        paths[name].write_bytes(data)
    return paths


@pytest.fixture(scope="session")
def rendered(exports: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    profile = tmp_path_factory.mktemp("lo-profile")
    return render_pdfs(list(exports.values()), ARTIFACTS, profile)
