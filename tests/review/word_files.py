"""Real .docx files for the review tests, made with python-docx plus raw XML where python-docx has
no API (footnotes, fields, hyperlinks, bookmarks, someone else's tracked changes and comments).
The sentences are written for these tests."""

from __future__ import annotations

import copy
import io
import zipfile
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt

from editor.paths import resource

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "resources" / "samples" / "draft-banyuasin-pilkada.txt"
LOGO = resource("templates", "logo-contoh.png")
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def seed_docx(path: Path) -> Path:
    """The seed draft as a writer types it in Word: the headline in Title, one paragraph a line."""
    word = docx.Document()
    lines = SEED.read_text(encoding="utf-8").split("\n")
    word.add_paragraph(lines[0], style="Title")
    for line in lines[1:]:
        word.add_paragraph(line)
    word.save(str(path))
    return path


def _hyperlink(paragraph, url: str, text: str) -> None:
    rel = paragraph.part.relate_to(url, docx.opc.constants.RELATIONSHIP_TYPE.HYPERLINK,
                                   is_external=True)  # fmt: skip
    paragraph._p.append(parse_xml(
        f'<w:hyperlink {nsdecls("w", "r")} r:id="{rel}"><w:r><w:rPr><w:u w:val="single"/>'
        f'</w:rPr><w:t xml:space="preserve">{text}</w:t></w:r></w:hyperlink>'
    ))  # fmt: skip


def _page_field(paragraph) -> None:
    for xml in (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>',
        '<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>',
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>',
        "<w:r><w:t>1</w:t></w:r>",
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
    ):
        paragraph._p.append(parse_xml(xml.replace("<w:r>", f"<w:r {nsdecls('w')}>", 1)))


def dinas_docx(path: Path) -> Path:
    """Custom styles, a header with a page field in the footer, a table, a hyperlink, a
    bookmark, and a misspelling split across a bold and a plain run."""
    word = docx.Document()
    style = word.styles.add_style("Isi Rilis", 1)
    style.font.name = "Georgia"
    style.font.size = Pt(12)
    header = word.sections[0].header.paragraphs[0]
    header.text = "Dinas Kesehatan Kabupaten Ogan Ilir – Layanan Kesehatan Se-Kabupaten"
    footer = word.sections[0].footer.paragraphs[0]
    footer.text = "Halaman "
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _page_field(footer)
    word.add_paragraph("Vaksinasi Gratis Digelar di Tiap Puskesmas", style="Heading 1")
    body = word.add_paragraph(
        "Indralaya – Dinas Kesehatan menggelar vaksinasi gratis di seluruh puskesmas "
        "Se-Kabupaten Ogan Ilir tanpa biaya apapun bagi warga. ", style="Isi Rilis")  # fmt: skip
    bold = body.add_run("Penyelengga")
    bold.bold = True
    body.add_run("ran vaksinasi dipusatkan di balai desa.")
    second = word.add_paragraph("Para kader posyandu diminta bekerjasama dengan bidan desa. ",
                                style="Isi Rilis")  # fmt: skip
    second._p.append(parse_xml(f'<w:bookmarkStart {nsdecls("w")} w:id="0" w:name="jadwal"/>'))
    second.add_run("Jadwal lengkap dapat dilihat di ")
    _hyperlink(second, "https://example.org/jadwal", "laman resmi dinas")
    second.add_run(".")
    second._p.append(parse_xml(f'<w:bookmarkEnd {nsdecls("w")} w:id="0"/>'))
    table = word.add_table(rows=2, cols=2)
    table.style = "Table Grid"
    table.cell(0, 0).text = "Lokasi"
    table.cell(0, 1).text = "Sasaran"
    table.cell(1, 0).text = "Puskesmas Se-Kecamatan Tanjung Batu"
    table.cell(1, 1).text = "1.200 warga"
    word.add_paragraph("Warga diharap membawa kartu identitas. (*)", style="Isi Rilis")
    word.save(str(path))
    return path


FOOTNOTES = (
    f'<w:footnotes xmlns:w="{W}">'
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
    "</w:r></w:p></w:footnote>"
    '<w:footnote w:id="1"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
    '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
    '<w:r><w:t xml:space="preserve"> Data ini diolah oleh tim yang bekerjasama dengan '
    "perguruan tinggi.</w:t></w:r></w:p></w:footnote></w:footnotes>"
)


def add_footnotes(path: Path, anchor_text: str) -> Path:
    """Give the .docx a footnotes part with one footnote, referenced after ``anchor_text``."""
    with zipfile.ZipFile(path) as zf:
        parts = {info.filename: zf.read(info.filename) for info in zf.infolist()}
    document = parts["word/document.xml"].decode("utf-8")
    reference = (
        '</w:t></w:r><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
        '<w:footnoteReference w:id="1"/></w:r><w:r><w:t xml:space="preserve">'
    )
    assert anchor_text in document
    parts["word/document.xml"] = document.replace(anchor_text, anchor_text + reference, 1).encode()
    parts["word/footnotes.xml"] = FOOTNOTES.encode()
    types = parts["[Content_Types].xml"].decode()
    parts["[Content_Types].xml"] = types.replace(
        "</Types>",
        '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.wordprocessingml.footnotes+xml"/></Types>',
    ).encode()
    rels = parts["word/_rels/document.xml.rels"].decode()
    parts["word/_rels/document.xml.rels"] = rels.replace(
        "</Relationships>",
        '<Relationship Id="rIdFoot1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/footnotes" Target="footnotes.xml"/></Relationships>',
    ).encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    return path


def catatan_docx(path: Path) -> Path:
    """An image, a footnote, italics for a foreign term, a numbered list, a two-column table."""
    word = docx.Document()
    word.add_paragraph("Festival Kopi Robusta Resmi Dibuka", style="Title")
    word.add_picture(io.BytesIO(LOGO.read_bytes()))
    intro = word.add_paragraph("Pagar Alam – Wali Kota membuka festival kopi dengan konsep ")
    intro.add_run("coffee cupping").italic = True
    intro.add_run(" yang diikuti 40 petani. Kegiatan ini merupakan hasil kerja sama dinas.")
    word.add_paragraph("Petani diajak memperbaiki mutu panen dengan cara apapun.",
                       style="List Number")  # fmt: skip
    word.add_paragraph("Pemasaran daring diperluas Se-Kota Pagar Alam.", style="List Number")
    table = word.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Peserta"
    table.cell(0, 1).text = "40 petani kopi"
    word.add_paragraph("Festival berlangsung hingga Minggu. (*)")
    word.save(str(path))
    return add_footnotes(path, "40 petani.")


def existing_review_docx(path: Path) -> Path:
    """A file someone already marked: a tracked insertion and deletion by "Budi", and a comment."""
    word = docx.Document()
    word.add_paragraph("Pasar Murah Digelar Jelang Lebaran", style="Title")
    para = word.add_paragraph("Muara Enim – Pemerintah daerah menggelar pasar murah ")
    para._p.append(parse_xml(
        f'<w:ins {nsdecls("w")} w:id="901" w:author="Budi" w:date="2024-03-01T08:00:00Z">'
        '<w:r><w:t xml:space="preserve">selama tiga hari </w:t></w:r></w:ins>'
    ))  # fmt: skip
    para._p.append(parse_xml(
        f'<w:del {nsdecls("w")} w:id="902" w:author="Budi" w:date="2024-03-01T08:00:00Z">'
        '<w:r><w:delText xml:space="preserve">saja </w:delText></w:r></w:del>'
    ))  # fmt: skip
    para.add_run("di halaman kantor camat tanpa syarat apapun.")
    other = word.add_paragraph("Warga diminta bekerjasama menjaga ketertiban.")
    word.add_comment(other.runs, "Tambahkan jam buka.", author="Budi", initials="B")
    word.add_paragraph("Stok beras cukup hingga akhir bulan. (*)")
    word.save(str(path))
    return path


def big_docx(path: Path, pages: int = 50) -> Path:
    """About ``pages`` pages of release text with misspellings the checks catch."""
    word = docx.Document()
    word.add_paragraph("Laporan Kegiatan Pemerintah Kabupaten Sepanjang Tahun", style="Title")
    sentences = (
        "Kegiatan ini diikuti warga Se-Kabupaten tanpa biaya apapun. ",
        "Para kader diminta bekerjasama dengan petugas kesehatan di desa masing-masing. ",
        "Pemerintah daerah terus memperluas layanan publik bagi seluruh masyarakat. ",
        "Anggaran kegiatan disusun bersama dinas terkait dan dilaporkan setiap bulan. ",
    )
    for index in range(pages * 5):
        para = word.add_paragraph()
        for number, sentence in enumerate(sentences):
            run = para.add_run(sentence)
            if (index + number) % 3 == 0:
                run.bold = True
    word.save(str(path))
    return path


def copy_tree(element):  # type: ignore[no-untyped-def]
    return copy.deepcopy(element)


def qname(name: str) -> str:
    return qn(name)


TEXT_BOX = (
    '<w:r xmlns:w="{w}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml"><mc:AlternateContent>'
    '<mc:Choice Requires="wps"><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">'
    '<wp:extent cx="3600000" cy="540000"/><wp:docPr id="77" name="Kotak Teks 1"/>'
    '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/'
    'wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/>'
    '<a:ext cx="3600000" cy="540000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
    "</wps:spPr><wps:txbx><w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent>"
    "</wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing>"
    '</mc:Choice><mc:Fallback><w:pict><v:rect style="width:283pt;height:42pt"><v:textbox>'
    "<w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent></v:textbox></v:rect>"
    "</w:pict></mc:Fallback></mc:AlternateContent></w:r>"
)


def kotak_docx(path: Path) -> Path:
    """A text box (DrawingML with its VML fallback) and a smart tag around a place name."""
    word = docx.Document()
    word.add_paragraph("Pendaftaran Sekolah Dibuka Serentak", style="Title")
    para = word.add_paragraph("Lahat – Pendaftaran sekolah dibuka serentak di ")
    para._p.append(parse_xml(
        f'<w:smartTag {nsdecls("w")} w:uri="urn:schemas-microsoft-com:office:smarttags" '
        'w:element="place"><w:r><w:t>Se-Kabupaten Lahat</w:t></w:r></w:smartTag>'
    ))  # fmt: skip
    para.add_run(" mulai Senin.")
    box = word.add_paragraph()
    box._p.append(parse_xml(TEXT_BOX.format(
        w=W, text="Pendaftaran gratis bagi warga tanpa syarat apapun.")))  # fmt: skip
    word.add_paragraph("Orang tua diminta bekerjasama dengan pihak sekolah. (*)")
    word.save(str(path))
    return path
