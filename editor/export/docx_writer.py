"""An approved release -> DOCX on the office letterhead (kop surat).

Layout: first-page header with logo, institution lines, address and a double rule; "SIARAN PERS"
with number and date; the headline (style Title); the body (style "Sunting Isi") with the dateline
in bold and the draft's italics and bold; the closing mark unless the text already ends with one;
the contact block; "Halaman X dari Y" in every footer. An office template's styles and header win.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt
from docx.table import _Cell

from editor.document.dateline import locate_dateline
from editor.document.model import Document
from editor.export import styles as st
from editor.export.profile import (
    OfficeProfile,
    ReleaseInfo,
    ends_with_closing_mark,
    indonesian_date,
)
from editor.export.runs import add_field, add_runs, bottom_rule, xml_safe

KIND_STYLES = {"title": st.TITLE, "heading": st.HEADING, "body": st.BODY}
LOGO_HEIGHT = Cm(2.4)
LOGO_COLUMNS = (Cm(3.0), Cm(13.0))


class TemplateError(ValueError):
    """The office template cannot be used; the message says why (Indonesian)."""


def new_document(template: Path | None):
    """A python-docx Document: the office template emptied of body text, or a fresh A4 page."""
    if template is None:
        word = docx.Document()
        section = word.sections[0]
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
        section.left_margin = section.right_margin = Cm(2.5)
        section.top_margin, section.bottom_margin = Cm(2.0), Cm(2.0)
        section.header_distance = section.footer_distance = Cm(1.0)
        st.ensure_styles(word, own_template=True)
        _clear_body(word)
        return word
    try:
        word = docx.Document(str(template))
    except Exception as exc:
        raise TemplateError(f"Templat {template} tidak dapat dipakai: {exc}") from None
    st.ensure_styles(word, own_template=False)
    _clear_body(word)
    return word


def _clear_body(word) -> None:
    body = word.element.body
    for child in list(body):
        if not child.tag.endswith("}sectPr"):
            body.remove(child)


def build_release(document: Document, profile: OfficeProfile, info: ReleaseInfo, *, template=None):
    template = template or profile.template
    word = new_document(Path(template) if template else None)
    section = word.sections[0]
    if not _has_header(section):
        section.different_first_page_header_footer = True
        letterhead(section.first_page_header, profile)
    _footers(word)
    _frame_top(word, info)
    write_body(word, document)
    _frame_bottom(word, document, profile, info)
    set_properties(word, document, profile, info)
    return word


def release_bytes(
    document: Document, profile: OfficeProfile, info: ReleaseInfo, *, template=None
) -> bytes:
    buffer = io.BytesIO()
    build_release(document, profile, info, template=template).save(buffer)
    return buffer.getvalue()


def _has_header(section) -> bool:
    """Whether the template's header already carries a kop (text or a picture)."""
    for header in (section.first_page_header, section.header):
        if header.is_linked_to_previous:
            continue
        element = header._element
        if "".join(element.itertext()).strip() or element.xpath(".//w:drawing | .//w:pict"):
            return True
    return False


def letterhead(header, profile: OfficeProfile) -> None:
    header.is_linked_to_previous = False
    container = header
    if profile.logo:
        table = header.add_table(1, 2, Cm(16.0))
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        table.autofit = False
        logo_cell, text_cell = table.rows[0].cells
        for column, cell, width in zip(
            table.columns, (logo_cell, text_cell), LOGO_COLUMNS, strict=True
        ):
            column.width = cell.width = width
        logo_par = logo_cell.paragraphs[0]
        logo_par.alignment = WD_ALIGN_PARAGRAPH.CENTER
        logo_par.add_run().add_picture(io.BytesIO(profile.logo), height=LOGO_HEIGHT)
        container = text_cell
        first = header.paragraphs[0]._p
        first.getparent().remove(first)  # the header's initial empty paragraph
    lines = [(line, st.KOP_NAME) for line in profile.institution_lines]
    lines += [(line, st.KOP_ADDRESS) for line in profile.contact_lines()]
    for index, (line, style) in enumerate(lines):
        if index == 0 and isinstance(container, _Cell):
            par = container.paragraphs[0]
            par.style = style
        elif index == 0 and not profile.logo:
            par = header.paragraphs[0]
            par.style = style
        else:
            par = container.add_paragraph(style=style)
        par.add_run(xml_safe(line))
    rule = header.add_paragraph(style=st.KOP_ADDRESS)
    bottom_rule(rule)


def _footers(word) -> None:
    section = word.sections[0]
    footers = [section.footer]
    if section.different_first_page_header_footer:
        footers.append(section.first_page_footer)
    for footer in footers:
        if not footer.is_linked_to_previous and "".join(footer._element.itertext()).strip():
            continue  # the template brings its own footer
        footer.is_linked_to_previous = False
        par = footer.paragraphs[0]
        par.style = st.FOOTER
        par.add_run("Halaman ")
        add_field(par, "PAGE", "1")
        par.add_run(" dari ")
        add_field(par, "NUMPAGES", "1")


def _frame_top(word, info: ReleaseInfo) -> None:
    word.add_paragraph("SIARAN PERS", style=st.PRESS)
    word.add_paragraph(xml_safe(f"Nomor: {info.number}"), style=st.NUMBER)
    when = indonesian_date(info.date, weekday=True)
    where = f"{info.place.strip()}, " if info.place.strip() else ""
    word.add_paragraph(xml_safe(f"Tanggal: {where}{when}"), style=st.NUMBER)


def write_body(word, document: Document, cuts: dict[int, set[int]] | None = None) -> list[list]:
    """The document's paragraphs; returns, per paragraph, its ``(start, end, run)`` list."""
    dateline = locate_dateline(document)
    written = []
    for index, paragraph in enumerate(document.paragraphs):
        par = word.add_paragraph(style=KIND_STYLES[paragraph.kind])
        if not paragraph.text:  # a blank line between paragraphs: one paragraph gap, not two
            par.paragraph_format.space_after = Pt(0)
            par.paragraph_format.line_spacing = Pt(2)
        prefix = dateline.end if dateline and dateline.paragraph == index else 0
        cut_points = (cuts or {}).get(index, ())
        runs = add_runs(par, paragraph.text, paragraph.spans, prefix=prefix,
                        prefix_style=st.DATELINE, cuts=cut_points)  # fmt: skip
        written.append(runs)
    return written


def _frame_bottom(word, document: Document, profile: OfficeProfile, info: ReleaseInfo) -> None:
    last = next((p.text for p in reversed(document.paragraphs) if p.text.strip()), "")
    if profile.closing_mark and not ends_with_closing_mark(last):
        word.add_paragraph(xml_safe(profile.closing_mark), style=st.CLOSING)
    contact = info.contact or profile.contact
    if contact is None:
        return
    head = word.add_paragraph(style=st.CONTACT)
    head.paragraph_format.space_before = Cm(0.4)
    head.add_run("Narahubung:").bold = True
    lines = [contact.name, contact.role]
    lines += [f"Telepon/WA: {contact.phone}" if contact.phone else ""]
    lines += [f"Surel: {contact.email}" if contact.email else ""]
    for line in lines:
        if line:
            word.add_paragraph(xml_safe(line), style=st.CONTACT)


def set_properties(word, document: Document, profile: OfficeProfile, info: ReleaseInfo) -> None:
    props = word.core_properties
    created = info.created or dt.datetime.now(dt.UTC).replace(microsecond=0)
    props.title = xml_safe(document.title or "")[:255]
    props.author = xml_safe(profile.institution)[:255]
    props.subject = xml_safe(f"Siaran Pers {info.number}")[:255]
    props.keywords = xml_safe(", ".join(("siaran pers", *info.keywords)))[:255]
    props.category = "Siaran Pers"
    props.comments = f"Revisi {info.revision} yang disetujui; diekspor oleh Sunting"
    props.created = props.modified = created.replace(tzinfo=None)
    props.last_modified_by = xml_safe(info.author or profile.institution)[:255]
    props.revision = max(1, info.revision)
    props.language = st.LANGUAGE
    props.identifier = xml_safe(info.number)[:255]
