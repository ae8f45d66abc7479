"""Headline and dateline have one definition each: the engine reads the title the Document marks,
and the structure rule asks the same dateline matcher the importers use."""

from __future__ import annotations

from editor.checks.engine import CheckEngine, _marked_title
from editor.document.dateline import locate_dateline
from editor.document.model import Document, Paragraph

BODY = [
    "Palembang (Humas), 3 Mei 2025 – Bupati Sukamaju meresmikan pasar rakyat yang baru "
    "dibangun di pusat kecamatan pada Senin pagi.",
    "Pasar itu menampung dua ratus pedagang kecil dari desa sekitar.",
    "(hms)",
]


def test_the_engine_takes_the_title_the_document_marks() -> None:
    doc = Document(
        (
            Paragraph("RILIS"),
            Paragraph("Bupati Resmikan Pasar Rakyat Sukamaju", kind="title"),
            *(Paragraph(p) for p in BODY),
        )
    )
    start = doc.text.index("Bupati Resmikan")
    assert _marked_title(doc) == (start, start + len("Bupati Resmikan Pasar Rakyat Sukamaju"))
    # a marked title that is a sentence is no headline; a Document without one: read the text
    sentence = Document((Paragraph("Bupati meresmikan pasar.", kind="title"), Paragraph("x")))
    assert _marked_title(sentence) is None
    assert _marked_title(Document((Paragraph("a"), Paragraph("b")))) == "unknown"


def test_structure_rule_and_importers_agree_on_the_dateline() -> None:
    doc = Document.from_text("\n".join(["Bupati Resmikan Pasar Rakyat", *BODY]))
    assert locate_dateline(doc) is not None and locate_dateline(doc).place == "Palembang"
    rules = {f.rule for f in CheckEngine.default().check(doc)}
    assert "STRUCT.Dateline" not in rules
    lead = BODY[0].split(" – ", 1)[1]
    undated = Document.from_text("\n".join(["Bupati Resmikan Pasar Rakyat", lead, *BODY[1:]]))
    assert locate_dateline(undated) is None
    assert "STRUCT.Dateline" in {f.rule for f in CheckEngine.default().check(undated)}
