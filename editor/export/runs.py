"""Writing a paragraph's text as runs: italic/bold spans, a bold prefix, and cut points.

Cut points split runs so that a Word comment can be anchored on exactly the flagged words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from editor.document.model import InlineSpan

# Characters XML 1.0 cannot carry; replaced by a space (same length, offsets stay valid).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_safe(text: str) -> str:
    return _NOT_XML.sub(" ", text)


def add_runs(
    paragraph,
    text: str,
    spans: Iterable[InlineSpan] = (),
    *,
    prefix: int = 0,
    prefix_style: str | None = None,
    cuts: Iterable[int] = (),
) -> list[tuple[int, int, object]]:
    """Fill ``paragraph`` with runs; returns ``(start, end, run)`` for each run, in order.

    The first ``prefix`` characters (the dateline) get the character style ``prefix_style``.
    """
    spans = tuple(spans)
    styled = [(s.start, s.end, s.style) for s in spans]
    bounds = {0, len(text), prefix}
    bounds.update(p for s in styled for p in s[:2])
    bounds.update(c for c in cuts if 0 < c < len(text))
    points = sorted(bounds)
    made = []
    for start, end in zip(points, points[1:], strict=False):
        run = paragraph.add_run(xml_safe(text[start:end]))
        if any(a <= start and end <= b and st == "italic" for a, b, st in styled):
            run.italic = True
        if any(a <= start and end <= b and st == "bold" for a, b, st in styled):
            run.bold = True
        if prefix_style and end <= prefix:
            run.style = prefix_style
        made.append((start, end, run))
    return made


def add_field(paragraph, instruction: str, placeholder: str) -> None:
    """A complex field (PAGE, NUMPAGES) that Word and LibreOffice update when laying out."""

    def char(kind: str) -> None:
        run = paragraph.add_run()
        element = OxmlElement("w:fldChar")
        element.set(qn("w:fldCharType"), kind)
        run._r.append(element)

    char("begin")
    run = paragraph.add_run()
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    run._r.append(instr)
    char("separate")
    paragraph.add_run(placeholder)
    char("end")


def bottom_rule(paragraph) -> None:
    """The double rule (thick over thin) under a kop surat."""
    ppr = paragraph._p.get_or_add_pPr()
    border = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (
        ("val", "thickThinSmallGap"),
        ("sz", "24"),
        ("space", "1"),
        ("color", "000000"),
    ):
        bottom.set(qn(f"w:{key}"), value)
    border.append(bottom)
    ppr.insert_element_before(
        border, "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap",
        "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi",
        "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing",
        "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment",
        "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr",
        "w:pPrChange",
    )  # fmt: skip
