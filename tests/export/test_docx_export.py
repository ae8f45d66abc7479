"""Exported releases: golden XML, read back with python-docx, re-imported, rendered to PDF/PNG."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import docx
import pytest
from lxml import etree

from editor.document.importers import load_path
from editor.document.model import Document
from editor.export import styles as st
from editor.export.files import ExportExists, atomic_write, release_file_name, slugify
from editor.export.profile import indonesian_date, release_number, validate_numbering
from tests.export.helpers import ARTIFACTS, compare_golden, pdf_pages, pdf_png, pdf_text

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
HEADLINE = "PJ Bupati Banyuasin, Siap Sukseskan Pilkada Serentak 2024, Ajak Forkopimda Netralitas Harga Mati"


def body_paragraphs(word) -> list:
    """The release text: the paragraphs between the frame (SIARAN PERS ...) and the closing."""
    return [
        p
        for p in word.paragraphs
        if not p.style.name.startswith(
            ("Sunting Siaran", "Sunting Nomor", "Sunting Penutup", "Sunting Narahubung")
        )
    ]


def test_golden_document_xml(exports: dict[str, Path]) -> None:
    compare_golden(exports["release"], "release-document.xml")
    compare_golden(exports["release"], "release-header-first.xml", "word/header1.xml")


def test_read_back_text_styles_and_italics(
    exports: dict[str, Path], seed_document: Document
) -> None:
    word = docx.Document(str(exports["release"]))
    frame = [p.text for p in word.paragraphs[:3]]
    assert frame == [
        "SIARAN PERS",
        "Nomor: 045/SP/Diskominfo/VI/2024",
        "Tanggal: Selasa, 11 Juni 2024",
    ]
    body = body_paragraphs(word)
    assert [p.text for p in body] == [p.text for p in seed_document.paragraphs]
    assert body[0].style.name == "Title" and body[0].text == HEADLINE
    italic = [r.text for p in body for r in p.runs if r.italic]
    assert italic == ["suport", "zero konflik"]
    dateline = next(p for p in body if p.text.startswith("Banyuasin –"))
    assert dateline.runs[0].text == "Banyuasin –" and dateline.runs[0].style.name == st.DATELINE
    assert dateline.runs[0].style.font.bold
    assert not any(r.bold for r in dateline.runs[1:])
    contact = [p.text for p in word.paragraphs if p.style.name == st.CONTACT]
    assert contact[0] == "Narahubung:" and contact[1] == "Rina Marlina, S.I.Kom."
    # the seed already ends with "(*)": no second closing mark
    assert not [p for p in word.paragraphs if p.style.name == st.CLOSING]


def test_closing_mark_added_when_missing(exports: dict[str, Path]) -> None:
    word = docx.Document(str(exports["release-nologo"]))
    assert [p.text for p in word.paragraphs if p.style.name == st.CLOSING] == ["(*)"]


def test_core_properties_and_named_styles(exports: dict[str, Path]) -> None:
    word = docx.Document(str(exports["release"]))
    props = word.core_properties
    assert props.title == HEADLINE
    assert props.author == "PEMERINTAH KABUPATEN BANYUASIN DINAS KOMUNIKASI DAN INFORMATIKA"
    assert props.subject == "Siaran Pers 045/SP/Diskominfo/VI/2024"
    assert props.keywords == "siaran pers, pilkada, Banyuasin"
    assert props.revision == 3 and props.created == dt.datetime(2024, 6, 11, 9, 30, tzinfo=dt.UTC)
    assert props.language == "id-ID"
    names = {s.name for s in word.styles}
    assert {st.BODY, st.PRESS, st.NUMBER, st.CLOSING, st.CONTACT, st.KOP_NAME, st.FOOTER} <= names


def test_footer_has_page_fields(exports: dict[str, Path]) -> None:
    with zipfile.ZipFile(exports["release"]) as zf:
        footers = [n for n in zf.namelist() if n.startswith("word/footer")]
        xml = [zf.read(n).decode() for n in footers]
    assert len(footers) == 2  # first page and the others
    for part in xml:
        assert " PAGE " in part and " NUMPAGES " in part and "Halaman " in part


def test_reimport_gives_the_approved_text(
    exports: dict[str, Path], seed_document: Document
) -> None:
    for name in ("release", "release-template"):
        again = load_path(exports[name])
        assert again.text == seed_document.text
        assert again.paragraphs == seed_document.paragraphs
        assert again.dateline == "Banyuasin"
    nologo = load_path(exports["release-nologo"])
    assert "(*)" not in nologo.text  # the added closing mark is frame, not text


def test_rendered_release(rendered: dict[str, Path]) -> None:
    pdf = rendered["release"]
    assert pdf_pages(pdf) == 2
    first, second = pdf_text(pdf, 1), pdf_text(pdf, 2)
    flat = " ".join(first.split())
    for expected in ("PEMERINTAH KABUPATEN BANYUASIN", "DINAS KOMUNIKASI DAN INFORMATIKA", "SIARAN PERS",
                     "Nomor: 045/SP/Diskominfo/VI/2024", "PJ Bupati Banyuasin, Siap Sukseskan",
                     "Banyuasin – Penjabat Bupati", "Halaman 1 dari 2"):  # fmt: skip
        assert expected in flat, expected
    assert "Halaman 2 dari 2" in second and "Narahubung:" in second
    assert "PEMERINTAH KABUPATEN" not in second  # the kop is on the first page only
    png = pdf_png(pdf, 1, ARTIFACTS / "release-page1.png")
    assert png.stat().st_size > 10_000


def test_rendered_variants(rendered: dict[str, Path]) -> None:
    templ = " ".join(pdf_text(rendered["release-template"]).split())
    assert "KOP KANTOR TEMPLAT DISKOMINFO" in templ and "PEMERINTAH KABUPATEN" not in templ
    assert "isi contoh yang harus hilang" not in templ
    nologo = " ".join(pdf_text(rendered["release-nologo"]).split())
    assert "PEMERINTAH KABUPATEN BANYUASIN" in nologo and "(*) Narahubung:" in nologo
    report = " ".join(pdf_text(rendered["report"]).split())
    assert "LAPORAN TINJAUAN" in report and "3 temuan, 1 komentar peninjau" in report
    pdf_png(rendered["report"], 1, ARTIFACTS / "report-page1.png")


def test_template_keeps_the_office_style(exports: dict[str, Path]) -> None:
    word = docx.Document(str(exports["release-template"]))
    assert word.styles[st.BODY].font.name == "Georgia"
    assert "KOP KANTOR TEMPLAT" in word.sections[0].header.paragraphs[0].text


def comment_anchors(docx_path: Path) -> dict[str, str]:
    """comment id -> the document text between its range start and end."""
    with zipfile.ZipFile(docx_path) as zf:
        root = etree.fromstring(zf.read("word/document.xml"))
    open_ids: dict[str, list[str]] = {}
    done: dict[str, str] = {}
    for element in root.iter():
        if element.tag == f"{W}commentRangeStart":
            open_ids[element.get(f"{W}id")] = []
        elif element.tag == f"{W}commentRangeEnd":
            cid = element.get(f"{W}id")
            done[cid] = "".join(open_ids.pop(cid))
        elif element.tag == f"{W}t":
            for parts in open_ids.values():
                parts.append(element.text or "")
    return done


def test_report_comments_anchor_on_flagged_words(exports: dict[str, Path], report_findings) -> None:
    findings, notes = report_findings
    anchors = comment_anchors(exports["report"])
    assert sorted(anchors.values()) == sorted([f.text for f in findings] + ["Banyuasin103 Dilihat"])
    word = docx.Document(str(exports["report"]))
    comments = {c.comment_id: c for c in word.comments}
    by_text = {anchors[str(cid)]: c for cid, c in comments.items()}
    kebangsaam = by_text["Kebangsaam"]
    assert kebangsaam.author == "Sunting"
    assert [p.text for p in kebangsaam.paragraphs] == [
        "“Kebangsaam” tidak baku.", "Saran: “Kebangsaan”", "Aturan: KBBI.Spelling"]  # fmt: skip
    note = by_text["Banyuasin103 Dilihat"]
    assert note.author == "Dewi Lestari" and note.initials == "DL"
    assert note.paragraphs[0].text == "Hapus sisa laman web ini."


def test_file_names_and_atomic_writes(tmp_path: Path) -> None:
    name = release_file_name(dt.date(2024, 6, 11), HEADLINE)
    assert name == "2024-06-11-pj-bupati-banyuasin-siap-sukseskan-pilkada-serentak-2024-ajak.docx"
    assert slugify("Ketahanan Pangan: Café & Naïve — 100%") == "ketahanan-pangan-cafe-naive-100"
    assert slugify("“”") == "siaran-pers"
    out = tmp_path / "keluar"
    out.mkdir()
    target = out / name
    atomic_write(target, b"one")
    with pytest.raises(ExportExists):
        atomic_write(target, b"two")
    assert target.read_bytes() == b"one"
    atomic_write(target, b"three", overwrite=True)
    assert target.read_bytes() == b"three"
    assert sorted(p.name for p in out.iterdir()) == [name]  # no temporary files left


def test_numbering_and_dates() -> None:
    day = dt.date(2024, 6, 11)
    assert (
        release_number("{seq:03d}/SP/Diskominfo/{month_roman}/{year}", 45, day)
        == "045/SP/Diskominfo/VI/2024"
    )
    assert indonesian_date(day, weekday=True) == "Selasa, 11 Juni 2024"
    with pytest.raises(ValueError, match="yang dikenal"):
        validate_numbering("{nomor}/SP")


def test_report_comment_shows_the_word_a_space_fix_makes() -> None:
    from editor.checks.engine import CheckEngine
    from editor.export.report import finding_lines

    text = "Rapat Koordinasi\n\nSukses nya rapat ini berkat kerja sama semua pihak.\n"
    clitic = next(f for f in CheckEngine.default().check(text) if f.rule.endswith("CliticApart"))
    assert finding_lines(clitic, text)[1] == "Saran: “Suksesnya”"
    assert finding_lines(clitic)[1] == "Saran: hapus «␣»"  # without its text: what goes
