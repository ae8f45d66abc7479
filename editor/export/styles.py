"""Named styles of an exported release, so an office can restyle it in Word.

Styles already in the office's template are left as they are; missing ones are added with
Sunting's defaults. The frame styles (SIARAN PERS, nomor, penutup, narahubung) are also how the
importer recognises and skips the frame when an exported release is read back.
"""

from __future__ import annotations

from dataclasses import dataclass

from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

BODY = "Sunting Isi"
TITLE = "Title"
HEADING = "Heading 2"
PRESS = "Sunting Siaran Pers"
NUMBER = "Sunting Nomor"
CLOSING = "Sunting Penutup"
CONTACT = "Sunting Narahubung"
KOP_NAME = "Sunting Kop Instansi"
KOP_ADDRESS = "Sunting Kop Alamat"
FOOTER = "Sunting Kaki"
DATELINE = "Sunting Dateline"  # character style: bold, not part of the text's own bold
FONT = "Arial"
LANGUAGE = "id-ID"


@dataclass(frozen=True)
class _Spec:
    name: str
    size: float
    bold: bool = False
    align: WD_ALIGN_PARAGRAPH | None = None
    before: float = 0
    after: float = 0
    line: float | None = None


_SPECS = (
    _Spec(BODY, 12, align=WD_ALIGN_PARAGRAPH.JUSTIFY, after=6, line=1.15),
    _Spec(TITLE, 16, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, before=6, after=12),
    _Spec(HEADING, 13, bold=True, before=12, after=6),
    _Spec(PRESS, 16, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, before=6, after=0),
    _Spec(NUMBER, 11, align=WD_ALIGN_PARAGRAPH.CENTER, after=0),
    _Spec(CLOSING, 12, align=WD_ALIGN_PARAGRAPH.CENTER, before=6, after=12),
    _Spec(CONTACT, 10, after=0),
    _Spec(KOP_NAME, 14, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER),
    _Spec(KOP_ADDRESS, 9, align=WD_ALIGN_PARAGRAPH.CENTER),
    _Spec(FOOTER, 9, align=WD_ALIGN_PARAGRAPH.CENTER),
)


def ensure_styles(document, *, own_template: bool) -> None:
    """Add Sunting's named styles that ``document`` (maybe an office template) lacks.

    With ``own_template`` (python-docx's blue, underlined defaults) Title and Heading 2 are
    restyled too; an office template's own Title and headings are kept.
    """
    styles = document.styles
    _set_language(styles)
    existing = {s.name for s in styles}
    _ensure_dateline(styles, existing)
    for spec in _SPECS:
        if spec.name in existing and spec.name in (TITLE, HEADING) and own_template:
            style = styles[spec.name]  # python-docx's own Title is blue and underlined: restyle
        elif spec.name in existing:
            continue
        else:
            style = styles.add_style(spec.name, WD_STYLE_TYPE.PARAGRAPH)
            style.base_style = styles["Normal"]
            style.quick_style = True
        _apply(style, spec)


def _ensure_dateline(styles, existing: set[str]) -> None:
    if DATELINE in existing:
        return
    style = styles.add_style(DATELINE, WD_STYLE_TYPE.CHARACTER)
    style.font.bold = True
    style.quick_style = True


def _apply(style, spec: _Spec) -> None:
    font = style.font
    font.name, font.size, font.bold = FONT, Pt(spec.size), spec.bold
    font.italic = False
    font.color.rgb = RGBColor(0, 0, 0)
    fmt = style.paragraph_format
    fmt.alignment = spec.align
    fmt.space_before, fmt.space_after = Pt(spec.before), Pt(spec.after)
    if spec.line:
        fmt.line_spacing = spec.line
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is not None:
        for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            fonts.attrib.pop(qn(attr), None)
    ppr = style.element.get_or_add_pPr()
    border = ppr.find(qn("w:pBdr"))
    if border is not None:
        ppr.remove(border)


def _set_language(styles) -> None:
    """Indonesian proofing language on Normal, so Word checks the text as Indonesian."""
    normal = styles["Normal"]
    rpr = normal.element.get_or_add_rPr()
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), LANGUAGE)
