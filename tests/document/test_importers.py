"""Importers on real-world shapes and on every bad input: each gives its own clear message."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor.document.importers import DraftError, load_paste, load_path, load_text
from editor.paths import resource
from tests.document.docx_factory import docx_from_lines, many_entries, styled_docx, zip_bomb

LOGO = resource("templates", "logo-contoh.png").read_bytes()


def spans_text(paragraph, style: str) -> list[str]:
    return [paragraph.text[s.start : s.end] for s in paragraph.spans if s.style == style]


# --- .txt encodings ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "encoding, bom",
    [("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("utf-16-le", b"\xff\xfe"),
     ("utf-16-be", b"\xfe\xff"), ("utf-16-le", b"")],
)  # fmt: skip
def test_txt_encodings_and_crlf(tmp_path: Path, seed_text: str, encoding: str, bom: bytes) -> None:
    path = tmp_path / "draft.txt"
    path.write_bytes(bom + seed_text.replace("\n", "\r\n").encode(encoding))
    document = load_path(path)
    assert document.text == seed_text
    assert document.title.startswith("PJ Bupati Banyuasin")
    assert document.dateline == "Banyuasin"


def test_cp1252_fallback_keeps_curly_quotes_and_accents(tmp_path: Path) -> None:
    path = tmp_path / "lama.txt"
    path.write_bytes("Judul\r\n\u201cKafé\u201d \u2013 naïve\r\n".encode("cp1252") + b"\x81")
    assert load_path(path).text == "Judul\n\u201cKafé\u201d \u2013 naïve\n\x81"


def test_lone_cr_line_ends(tmp_path: Path) -> None:
    assert load_text(b"Judul\rBaris dua\r").text == "Judul\nBaris dua\n"


# --- .md --------------------------------------------------------------------------------------


def test_markdown_release(tmp_path: Path) -> None:
    path = tmp_path / "rilis.md"
    path.write_text(
        "Catatan redaksi\n\n# Bupati Buka *Festival* Kopi\n\n"
        "PANGKALAN BALAI, 3 Juli 2024 – Festival **kopi robusta** dan _latte art_ "
        "[resmi dibuka](https://example.org).\n![foto](a.jpg)\n| a | b |\n",
        encoding="utf-8",
    )
    document = load_path(path)
    assert len(document.paragraphs) == 8  # one per source line, so line numbers match
    title = document.paragraphs[2]
    assert (title.kind, title.text) == ("title", "Bupati Buka Festival Kopi")
    assert spans_text(title, "italic") == ["Festival"]
    body = document.paragraphs[4]
    assert body.text.endswith("dan latte art resmi dibuka.")
    assert spans_text(body, "bold") == ["kopi robusta"] and spans_text(body, "italic") == [
        "latte art"
    ]
    assert document.dateline == "PANGKALAN BALAI"
    assert document.paragraphs[0].kind == "body"  # a marked title wins over the first line
    assert any("gambar" in n for n in document.notices) and any(
        "Tabel" in n for n in document.notices
    )


# --- pasted web text --------------------------------------------------------------------------

WEB_PAGE = """<!doctype html><html><head><title>Portal</title><style>p{color:red}</style></head>
<body><nav>Beranda | Berita</nav><h1>PJ Bupati Banyuasin Siap Sukseskan Pilkada</h1>
<div class="meta">Banyuasin<span>103 Dilihat</span></div>
<p>Banyuasin &ndash; Penjabat Bupati membuka <em>dialog</em> bersama <strong>FKUB</strong>.</p>
<img src="foto.jpg"><p>Baca juga: <a href="/x">Bupati Tinjau Banjir</a></p>
<script>track();</script><div class="share">Bagikan: Facebook Twitter WhatsApp</div>
<div>Tulis Komentar</div></body></html>"""


def test_web_paste_strips_tags_but_keeps_leftovers() -> None:
    document = load_paste(WEB_PAGE)
    texts = [p.text for p in document.paragraphs]
    assert document.title == "PJ Bupati Banyuasin Siap Sukseskan Pilkada"
    assert "Banyuasin 103 Dilihat" in texts or "Banyuasin103 Dilihat" in texts
    assert "Baca juga: Bupati Tinjau Banjir" in texts
    assert "Bagikan: Facebook Twitter WhatsApp" in texts and "Tulis Komentar" in texts
    assert not any("track()" in t or "color:red" in t or "<" in t for t in texts)
    body = next(p for p in document.paragraphs if p.text.startswith("Banyuasin –"))
    assert spans_text(body, "italic") == ["dialog"] and spans_text(body, "bold") == ["FKUB"]
    assert document.dateline == "Banyuasin"
    assert document.notices == ("1 gambar dilewati (hanya teks yang diimpor).",)


def test_plain_paste_from_chat_is_text() -> None:
    document = load_paste("Judul rilis\r\nJAKARTA – Isi <3 sekali.")
    assert document.text == "Judul rilis\nJAKARTA – Isi <3 sekali."


# --- .docx ------------------------------------------------------------------------------------


def test_seed_docx_and_txt_give_the_same_document(tmp_path: Path, seed_text: str) -> None:
    txt = tmp_path / "seed.txt"
    txt.write_text(seed_text, encoding="utf-8")
    word = docx_from_lines(seed_text.split("\n"), tmp_path / "seed.docx")
    from_txt, from_docx = load_path(txt), load_path(word)
    assert from_docx == from_txt
    assert from_docx.text == seed_text and from_docx.dateline == "Banyuasin"


def test_styled_docx_headings_runs_and_skipped_parts(tmp_path: Path) -> None:
    document = load_path(styled_docx(tmp_path / "gaya.docx", with_image=LOGO))
    kinds = [(p.kind, p.text) for p in document.paragraphs]
    assert kinds[0] == ("body", "Siaran Pers")
    assert kinds[1] == ("title", "Bupati Resmikan Pasar Rakyat")
    assert ("heading", "Latar Belakang") in kinds
    body = document.paragraphs[2]
    assert body.text == "Banyuasin – Bupati meresmikan pasar rakyat dengan konsep smart market."
    assert spans_text(body, "bold") == ["pasar rakyat"]
    assert spans_text(body, "italic") == ["smart market"]
    assert spans_text(document.paragraphs[4], "italic") == ["Luar biasa"]
    assert "Kios" not in document.text  # the table is skipped ...
    assert document.notices == (  # ... and said so, as is the picture
        "1 tabel dilewati; isinya tidak diimpor, periksa secara manual.",
        "1 gambar atau kotak teks dilewati (hanya teks yang diimpor).",
    )
    assert document.dateline == "Banyuasin"


def test_docx_hyperlinks_and_soft_breaks_keep_their_text(tmp_path: Path) -> None:
    word = docx.Document()
    par = word.add_paragraph("Judul")
    par = word.add_paragraph("Lihat ")
    par.add_run("laman").add_break()
    par.add_run("resmi\tkami")
    word.save(str(tmp_path / "a.docx"))
    raw = (tmp_path / "a.docx").read_bytes()
    document = load_path(tmp_path / "a.docx")
    assert document.paragraphs[1].text == "Lihat laman resmi\tkami"
    assert raw.startswith(b"PK")


# --- bad input: each refused with its own message, nothing crashes ----------------------------


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    "name, data, message",
    [
        ("lama.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "Word lama (.doc)"),
        ("scan.docx", b"%PDF-1.7\n" + b"x" * 100, "berkas PDF"),
        ("rtf.docx", b"{\\rtf1\\ansi Halo}", "berkas RTF"),
        ("teks.docx", b"Ini hanya teks biasa.", "bukan dokumen Word (.docx) yang sah"),
        ("potong.docx", b"PK\x03\x04" + b"\0" * 40, "rusak"),
        ("gambar.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR" + bytes(range(256)), "bukan berkas teks"),
        ("arsip.txt", b"PK\x03\x04" + b"\0" * 40, "beri nama berakhiran .docx"),
    ],
)
def test_refused_inputs(tmp_path: Path, name: str, data: bytes, message: str) -> None:
    with pytest.raises(DraftError, match=message.replace("(", r"\(").replace(")", r"\)")):
        load_path(write(tmp_path / name, data))


def test_other_zip_with_docx_name(tmp_path: Path) -> None:
    path = tmp_path / "tabel.docx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("xl/workbook.xml", "<workbook/>")
    with pytest.raises(DraftError, match="bukan dokumen Word"):
        load_path(path)


def test_zip_bomb_refused(tmp_path: Path) -> None:
    bomb = zip_bomb(tmp_path / "bom.docx")
    assert bomb.stat().st_size < 1024 * 1024  # small on disk, 300 MB inside
    with pytest.raises(DraftError, match="zip bomb"):
        load_path(bomb)


def test_archive_with_too_many_entries_refused(tmp_path: Path) -> None:
    with pytest.raises(DraftError, match="5002 bagian"):
        load_path(many_entries(tmp_path / "banyak.docx"))


def test_files_over_20_mb_refused(tmp_path: Path) -> None:
    path = tmp_path / "besar.txt"
    with path.open("wb") as handle:
        handle.truncate(20 * 1024 * 1024 + 1)
    with pytest.raises(DraftError, match="lebih dari 20 MB"):
        load_path(path)


@pytest.mark.parametrize(
    "name, message", [("tidak-ada.txt", "tidak ditemukan"), (".", "bukan berkas")]
)
def test_missing_and_folder(tmp_path: Path, name: str, message: str) -> None:
    with pytest.raises(DraftError, match=message):
        load_path(tmp_path / name)


def test_broken_document_xml_refused(tmp_path: Path) -> None:
    good = styled_docx(tmp_path / "baik.docx")
    broken = tmp_path / "rusak.docx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(broken, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "word/document.xml":
                data = data[: len(data) // 2]
            dst.writestr(item, data)
    with pytest.raises(DraftError, match="rusak atau tidak didukung"):
        load_path(broken)


@pytest.fixture(scope="module")
def sample_docx_bytes(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    return styled_docx(tmp_path_factory.mktemp("fuzz") / "f.docx", with_image=LOGO).read_bytes()


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_fuzzed_docx_never_crashes(sample_docx_bytes: bytes, data: st.DataObject) -> None:
    blob = bytearray(sample_docx_bytes)
    for _ in range(data.draw(st.integers(1, 8))):
        pos = data.draw(st.integers(0, len(blob) - 1))
        blob[pos] = data.draw(st.integers(0, 255))
    cut = data.draw(st.integers(len(blob) // 2, len(blob)))
    try:
        document = load_path_bytes(bytes(blob[:cut]))
    except DraftError as exc:
        assert str(exc).startswith("f.docx: ")
    else:
        assert isinstance(document.text, str)


def load_path_bytes(data: bytes):
    from editor.document.importers import load_bytes

    return load_bytes(data, "f.docx", ".docx")


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=2000))
def test_fuzzed_text_never_crashes(data: bytes) -> None:
    try:
        document = load_text(data)
    except DraftError as exc:
        assert "bukan berkas teks" in str(exc) or "rusak" in str(exc)
    else:
        assert "\r" not in document.text
