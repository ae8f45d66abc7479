"""Distribution formats: PDF on the letterhead, WhatsApp text, clean HTML, each recorded.

The seed release goes through a real SQLite desk, is approved and exported in all four formats;
the PDF is rendered by LibreOffice and read back with pdftotext/pdfinfo, the HTML is parsed by
lxml's HTML parser, and the WhatsApp text is read back the way WhatsApp shows it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import subprocess
from pathlib import Path

import lxml.html
import pytest

from db import open_database
from editor.cli import main
from editor.document.importers import load_text
from editor.document.model import Document, InlineSpan, Paragraph
from editor.export.channels import (
    WHATSAPP_MESSAGE_LIMIT,
    plain_from_whatsapp,
    release_html,
    whatsapp_text,
)
from editor.export.profile import ReleaseInfo
from editor.export.sample import example_profile
from editor.services import NotApproved, ServiceError, articles, settings, workflow
from editor.services.exporting import copy_release, export_approved, export_release
from tests.export.helpers import require_tool

DAY = dt.date(2026, 12, 2)
PROFILE = {
    "institution_lines": ["PEMERINTAH KABUPATEN MUARA ENIM", "DINAS KOMUNIKASI DAN INFORMATIKA"],
    "address": "Jalan Merdeka 1, Muara Enim",
    "contact": {"name": "Sari Wulandari", "role": "Kasubag Humas", "phone": "0812 1111 2222"},
}
INFO = ReleaseInfo("007/SP/XII/2026", DAY)


def content_paragraphs(text: str) -> list[str]:
    """The approved text's paragraphs as a reader sees them (blank lines are layout)."""
    return [line for line in text.split("\n") if line.strip()]


def styled() -> Document:
    """A fresh release with an italic foreign word and a bold phrase."""
    body = "MUARA ENIM – Pelatihan daring digelar untuk para pelaku usaha kecil di aula dinas."
    italic_at = body.index("daring")
    bold_at = body.index("pelaku usaha kecil")
    note = "Peserta membawa laptop & <berkas> usaha masing-masing."
    return Document(
        (
            Paragraph("Dinas Gelar Pelatihan Pemasaran Daring", kind="title"),
            Paragraph(""),
            Paragraph(
                body,
                (
                    InlineSpan(italic_at, italic_at + len("daring "), "italic"),
                    InlineSpan(bold_at, bold_at + len("pelaku usaha kecil"), "bold"),
                ),
            ),
            Paragraph(""),
            Paragraph(note),
        )
    )


def test_whatsapp_text_uses_whatsapp_markup_and_round_trips() -> None:
    document = styled()
    out = whatsapp_text(document, example_profile(), INFO)
    blocks = out.text.rstrip("\n").split("\n\n")
    assert blocks[0] == "*Dinas Gelar Pelatihan Pemasaran Daring*"
    assert "Pelatihan _daring_ digelar" in blocks[1] and "*pelaku usaha kecil*" in blocks[1]
    assert all("\n" not in block for block in blocks)  # no hard wraps, one blank line between
    assert blocks[-2] == example_profile().closing_mark
    assert blocks[-1].startswith("Narahubung: ")
    plain = plain_from_whatsapp(out.text).rstrip("\n").split("\n\n")
    assert plain[: len(content_paragraphs(document.text))] == content_paragraphs(document.text)
    assert out.warnings == ()


def test_whatsapp_warns_past_one_message() -> None:
    long = Document((Paragraph("Judul Panjang", kind="title"), Paragraph("kata " * 14_000)))
    out = whatsapp_text(long, example_profile(), INFO)
    assert len(out.text) > WHATSAPP_MESSAGE_LIMIT
    assert out.warnings and "65.536" in out.warnings[0] and "beberapa pesan" in out.warnings[0]


def test_html_is_semantic_and_its_text_is_the_release() -> None:
    document = styled()
    page = release_html(document, example_profile(), INFO).text
    tree = lxml.html.document_fromstring(page)
    assert tree.get("lang") == "id"
    assert tree.xpath("//meta[@charset]")[0].get("charset") == "utf-8"
    assert tree.xpath('//meta[@name="dcterms.identifier"]')[0].get("content") == INFO.number
    assert tree.xpath('//meta[@name="dateline"]')[0].get("content") == "MUARA ENIM"
    assert tree.findtext(".//title") == document.title
    blocks = tree.xpath("//article/*")
    assert [b.tag for b in blocks] == ["h1", "p", "p"]
    assert [b.text_content() for b in blocks] == content_paragraphs(document.text)
    assert blocks[1].xpath("./em")[0].text == "daring" and blocks[1].xpath("./strong")
    assert not tree.xpath("//@style | //@class | //*[contains(name(), ':')]")
    assert {e.tag for e in tree.iter() if isinstance(e.tag, str)} <= {
        "html", "head", "meta", "title", "body", "article", "h1", "h2", "p", "em", "strong",
    }  # fmt: skip
    assert "&lt;berkas&gt;" in page and "&amp;" in page  # escaped, never markup


@pytest.fixture
def desk(tmp_path: Path):
    db = open_database(str(tmp_path / "desk.db"), create=True)
    settings.save_office_profile(db, PROFILE)
    yield db
    db.dispose()


def approved(db, text: str) -> int:  # noqa: ANN001
    article = articles.import_document(db, load_text(text))
    workflow.submit(db, article.id)
    workflow.approve(db, article.id)
    return article.id


def pdf_text(path: Path) -> str:
    tool = require_tool("pdftotext")
    assert tool, "pdftotext missing"
    return subprocess.run([tool, "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout  # fmt: skip


def pdf_info(path: Path) -> dict[str, str]:
    tool = require_tool("pdfinfo")
    assert tool, "pdfinfo missing"
    out = subprocess.run([tool, str(path)], capture_output=True, text=True, check=True).stdout
    return {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in out.splitlines())}


def test_seed_release_in_all_four_formats(desk, tmp_path: Path, seed_text: str) -> None:
    article_id = approved(desk, seed_text)
    out = tmp_path / "keluar"
    out.mkdir()
    done = {f: export_release(desk, article_id, out, format=f, day=DAY)
            for f in ("docx", "pdf", "whatsapp", "html")}  # fmt: skip
    for fmt, outcome in done.items():
        assert outcome.path.suffix == {"docx": ".docx", "pdf": ".pdf", "whatsapp": ".txt",
                                       "html": ".html"}[fmt]  # fmt: skip
        assert hashlib.sha256(outcome.path.read_bytes()).hexdigest() == outcome.sha256
    headline = load_text(seed_text).title
    assert headline
    text = " ".join(pdf_text(done["pdf"].path).split())
    assert "PEMERINTAH KABUPATEN MUARA ENIM" in text
    assert " ".join(headline.split()) in text and "Halaman 1 dari" in text
    info = pdf_info(done["pdf"].path)
    assert info["Title"] == headline and info["Author"].startswith("PEMERINTAH KABUPATEN")
    paragraphs = content_paragraphs(seed_text)
    wa = done["whatsapp"].path.read_text(encoding="utf-8")
    plain = plain_from_whatsapp(wa).rstrip("\n").split("\n\n")
    assert plain[: len(paragraphs)] == [
        p.strip() if i == 0 else p for i, p in enumerate(paragraphs)
    ]
    page = lxml.html.document_fromstring(done["html"].path.read_bytes())
    assert "\n".join(b.text_content() for b in page.xpath("//article/*")) == "\n".join(
        p.strip() if i == 0 else p for i, p in enumerate(paragraphs)
    )
    history = articles.get_article(desk, article_id)
    records = [(x.format, x.file_name, x.sha256) for x in history.exports]
    assert records == [(f, o.path.name, o.sha256) for f, o in done.items()]
    assert {x.revision_id for x in history.exports} == {history.article.approved_revision_id}


def test_only_the_approved_revision_is_exported(desk, tmp_path: Path) -> None:
    article = articles.import_document(desk, load_text("Judul Rilis\nMUARA ENIM – Isi rilis."))
    with pytest.raises(NotApproved):
        export_release(desk, article.id, tmp_path, format="html", day=DAY)
    workflow.submit(desk, article.id)
    workflow.approve(desk, article.id)
    with pytest.raises(NotApproved, match="bukan revisi yang disetujui"):
        export_release(desk, article.id, tmp_path, format="whatsapp", revision=2, day=DAY)
    assert not list(tmp_path.glob("*.txt"))
    assert export_release(desk, article.id, tmp_path, format="whatsapp", revision=1, day=DAY)
    with pytest.raises(ServiceError, match="tidak dikenal"):
        export_release(desk, article.id, tmp_path, format="odt", day=DAY)


def test_clipboard_copies_are_recorded(desk) -> None:
    article_id = approved(desk, "Judul Rilis\nMUARA ENIM – Isi rilis yang disalin.")
    copied = copy_release(desk, article_id, "whatsapp", day=DAY)
    assert copied.text.startswith("*Judul Rilis*\n\nMUARA ENIM – Isi rilis yang disalin.")
    assert copied.sha256 == hashlib.sha256(copied.text.encode("utf-8")).hexdigest()
    html_copy = copy_release(desk, article_id, "html", day=DAY)
    assert "<h1>Judul Rilis</h1>" in html_copy.text
    history = articles.get_article(desk, article_id)
    assert [(x.format, x.file_name) for x in history.exports] == [
        ("whatsapp", "papan klip"), ("html", "papan klip")
    ]  # fmt: skip
    with pytest.raises(ServiceError):
        copy_release(desk, article_id, "pdf")


def test_batch_by_format_and_cli(desk, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    first = approved(desk, "Bupati Tinjau Pasar\nMUARA ENIM – Pasar ditinjau.")
    second = approved(desk, "Festival Kopi Dibuka\nMUARA ENIM – Festival dibuka.")
    out = tmp_path / "keluar"
    out.mkdir()
    export_release(desk, first, out, day=DAY)  # DOCX already out: PDF and WhatsApp still owed
    batch = export_approved(desk, out, formats=("pdf", "whatsapp"), day=DAY)
    assert not batch.failed
    assert sorted((d.article_id, d.format) for d in batch.exported) == sorted(
        [(first, "pdf"), (second, "pdf"), (first, "whatsapp"), (second, "whatsapp")]
    )
    assert len(list(out.glob("*.pdf"))) == 2 and len(list(out.glob("*.txt"))) == 2
    assert export_approved(desk, out, formats=("pdf", "whatsapp"), day=DAY).exported == ()
    url = str(tmp_path / "desk.db")
    html_out = tmp_path / "web"
    args = ["export", "--approved", "--format", "html,docx", "--out", str(html_out), "--db", url]
    assert main(args) == 0
    printed = capsys.readouterr().out
    assert printed.count("(HTML)") == 2 and printed.count("(DOCX)") == 1  # first had its DOCX
    assert main(["export", str(first), "--format", "rtf", "--db", url]) == 2
    assert "tidak dikenal" in capsys.readouterr().err
    assert main(["export", str(first), "--revision", "9", "--format", "html", "--db", url,
                 "--out", str(html_out)]) == 2  # fmt: skip
    assert "bukan revisi yang disetujui" in capsys.readouterr().err


def test_pdf_without_libreoffice_says_what_is_missing(
    desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    article_id = approved(desk, "Judul Rilis\nMUARA ENIM – Isi rilis.")
    monkeypatch.setenv("SUNTING_SOFFICE", str(tmp_path / "tidak-ada" / "soffice"))
    url = str(tmp_path / "desk.db")
    assert main(["export", str(article_id), "--format", "pdf", "--out", str(tmp_path),
                 "--db", url]) == 2  # fmt: skip
    err = capsys.readouterr().err
    assert "LibreOffice" in err and "apt-get install libreoffice-writer" in err
    assert "Traceback" not in err and not list(tmp_path.glob("*.pdf"))
    assert articles.get_article(desk, article_id).exports == ()
