"""A foreign word the writer already set in italics (DOCX) is not flagged as foreign (EYD V I.G.3)."""

from __future__ import annotations

from pathlib import Path

import docx

from editor.checks.engine import CheckEngine
from editor.document.importers import load_path
from editor.document.model import Document, InlineSpan, Paragraph


def _foreign(findings) -> list[str]:
    return [f.text for f in findings if f.category == "foreign"]


def test_italic_span_in_document_model_is_not_flagged() -> None:
    engine = CheckEngine.default()
    text = "Acara launching aplikasi dan meeting koordinasi digelar."
    start = text.index("launching")
    italic = Document((Paragraph(text, spans=(InlineSpan(start, start + 9, "italic"),)),))
    assert _foreign(engine.check(italic)) == ["meeting"]
    assert _foreign(engine.check(Document((Paragraph(text),)))) == ["launching", "meeting"]


def test_italic_run_in_a_real_docx_is_not_flagged(tmp_path: Path) -> None:
    path = tmp_path / "rilis.docx"
    document = docx.Document()
    para = document.add_paragraph("Bupati menghadiri acara ")
    para.add_run("launching").italic = True
    para.add_run(" aplikasi layanan dan meeting dengan camat.")
    document.save(path)
    findings = CheckEngine.default().check(load_path(path))
    assert _foreign(findings) == ["meeting"]
