"""The writer's own .docx reviewed: accept all gives the fixed text, reject all the original, in
the XML and in LibreOffice; nothing outside the marked paragraphs changes."""

from __future__ import annotations

import io
import zipfile

import pytest
from lxml import etree

from editor.review.accept import settled_docx
from editor.review.ooxml import MAIN_PART, PARSER, w
from editor.review.tracked import applied, story_texts
from tests.export.helpers import pdf_pages
from tests.review.conftest import REVIEWER, Reviewed

NAMES = ("seed", "dinas", "catatan", "tertanda", "kotak")


def expected_accepted(item: Reviewed) -> dict[str, str]:
    original = story_texts(item.source.read_bytes())
    return {
        part: applied(text, [m.finding for m in item.outcome.changes if m.story == part])
        for part, text in original.items()
    }


@pytest.mark.parametrize("name", NAMES)
def test_accept_all_in_xml_gives_the_fixed_text(reviewed, name: str) -> None:
    item = reviewed[name]
    assert item.outcome.changes, "every test file has fixes to track"
    accepted = story_texts(settled_docx(item.output.read_bytes(), accept=True))
    assert accepted == expected_accepted(item)


@pytest.mark.parametrize("name", NAMES)
def test_reject_all_in_xml_gives_the_original_text(reviewed, name: str) -> None:
    item = reviewed[name]
    rejected = story_texts(settled_docx(item.output.read_bytes(), accept=False))
    assert rejected == story_texts(settled_docx(item.source.read_bytes(), accept=False))
    if name != "tertanda":  # no one else's changes: rejecting ours is the writer's text
        assert rejected == story_texts(item.source.read_bytes())


def test_the_seed_fixes_are_the_ones_a_sub_editor_expects(reviewed) -> None:
    body = story_texts(settled_docx(reviewed["seed"].output.read_bytes(), accept=True))[MAIN_PART]
    for fixed in ("Kebangsaan (FPK)", "penyelenggaraan Pilkada", "Suksesnya pilkada",
                  "S.E., M.Si.", "Wakil Ketua I DPRD", "apa pun", "bekerja sama"):  # fmt: skip
        assert fixed in body
    assert "Banyuasin103 Dilihat" not in body
    comments = [m.finding.rule for m in reviewed["seed"].outcome.comments]
    assert "KBBI.Spelling" in comments  # a name the lexicon does not know stays the writer's call


@pytest.mark.parametrize("name", NAMES)
def test_libreoffice_accept_all_and_reject_all(libreoffice, reviewed, name: str) -> None:
    runs = libreoffice[name]
    accept_text, seen = runs["accept"]
    outcome = reviewed[name].outcome
    existing = runs["original"][1]
    assert seen["comments"] == len(outcome.comments) + existing["comments"]
    assert seen["redlines"] >= len(outcome.changes) + existing["redlines"]
    assert seen["redlines_after"] == 0
    assert accept_text == runs["xml-accept"][0]
    assert runs["reject"][0] == runs["original-reject"][0]
    if name != "tertanda":
        assert runs["reject"][0] == runs["original"][0]
    assert accept_text != runs["original"][0]


@pytest.mark.parametrize("name", NAMES)
def test_libreoffice_renders_the_same_number_of_pages(pdfs, reviewed, name: str) -> None:
    item = reviewed[name]
    assert pdf_pages(pdfs[item.output.stem]) == pdf_pages(pdfs[item.source.stem])


def _canonical(element) -> bytes:  # type: ignore[no-untyped-def]
    return etree.tostring(element, method="c14n")


def _marked(paragraph) -> bool:  # type: ignore[no-untyped-def]
    ours = {w("ins"), w("del")}
    return any(el.get(w("author")) == REVIEWER for el in paragraph.iter(*ours)) or any(
        True for _ in paragraph.iter(w("commentReference"))
    )


@pytest.mark.parametrize("name", NAMES)
def test_document_xml_differs_only_inside_marked_paragraphs(reviewed, name: str) -> None:
    item = reviewed[name]
    with zipfile.ZipFile(item.source) as a, zipfile.ZipFile(item.output) as b:
        before = etree.fromstring(a.read(MAIN_PART), PARSER)
        after = etree.fromstring(b.read(MAIN_PART), PARSER)
        changed_parts = {n for n in a.namelist() if a.read(n) != b.read(n)} | (
            set(b.namelist()) - set(a.namelist())
        )
    old_paras, new_paras = list(before.iter(w("p"))), list(after.iter(w("p")))
    assert len(old_paras) == len(new_paras)
    differing = 0
    for old, new in zip(old_paras, new_paras, strict=True):
        if _canonical(old) != _canonical(new) and not any(
            _canonical(o) != _canonical(n)
            for o, n in zip(old.iter(w("p")), new.iter(w("p")), strict=True)
            if o is not old
        ):
            assert _marked(new), "a paragraph changed without a change or comment in it"
            differing += 1
            for para in (old, new):
                for child in list(para):
                    para.remove(child)
    assert differing >= 1
    assert _canonical(before) == _canonical(after)
    allowed = {MAIN_PART, "word/comments.xml", "[Content_Types].xml",
               "word/_rels/document.xml.rels"} | {m.story for m in reviewed[name].outcome.marks}  # fmt: skip
    assert changed_parts <= allowed


def test_run_formatting_hyperlink_bookmark_and_fields_survive(reviewed) -> None:
    data = reviewed["dinas"].output.read_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        body = etree.fromstring(zf.read(MAIN_PART), PARSER)
        footer_before = zipfile.ZipFile(reviewed["dinas"].source).read("word/footer1.xml")
        assert zf.read("word/footer1.xml") == footer_before  # the PAGE field: untouched
        header = etree.fromstring(zf.read("word/header1.xml"), PARSER)
    # the misspelling split over a bold and a plain run: both deleted runs keep their formatting
    deleted = [d for d in body.iter(w("del")) if "".join(d.itertext()) == "Penyelenggaran"][0]
    runs = deleted.findall(w("r"))
    assert [r.find(f"{w('rPr')}/{w('b')}") is not None for r in runs] == [True, False]
    assert deleted.get(w("author")) == REVIEWER and deleted.get(w("date")) == "2024-06-12T08:30:00Z"
    inserted = deleted.getnext()
    assert inserted.tag == w("ins") and "".join(inserted.itertext()) == "Penyelenggaraan"
    # the fix keeps the writer's formatting: the bold part stays bold, the rest plain
    pieces = [("".join(r.itertext()), r.find(f"{w('rPr')}/{w('b')}") is not None)
              for r in inserted.findall(w("r"))]  # fmt: skip
    assert pieces == [("Penyelengga", True), ("raan", False)]
    link = next(body.iter(w("hyperlink")))
    assert link.get("{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id")
    assert "".join(link.itertext()) == "laman resmi dinas"
    starts = [b.get(w("name")) for b in body.iter(w("bookmarkStart"))]
    assert starts == ["jadwal"] and len(list(body.iter(w("bookmarkEnd")))) == 1
    # the header's fix is a tracked change too
    assert any(d.get(w("author")) == REVIEWER for d in header.iter(w("del")))
    # the table cell's fix
    cell = "".join(next(body.iter(w("tbl"))).itertext())
    assert "Se-Kecamatan" in cell and "se-Kecamatan" in cell


def test_footnote_is_checked_and_changed(reviewed) -> None:
    item = reviewed["catatan"]
    notes = [m for m in item.outcome.changes if m.story == "word/footnotes.xml"]
    assert [m.finding.text for m in notes] == ["bekerjasama"]
    accepted = story_texts(settled_docx(item.output.read_bytes(), accept=True))
    assert "bekerja sama dengan perguruan tinggi" in accepted["word/footnotes.xml"]


def test_someone_elses_changes_and_comments_are_kept(reviewed) -> None:
    item = reviewed["tertanda"]
    assert any(
        "sudah memuat 2 perubahan terlacak dan 1 komentar" in n for n in item.outcome.notices
    )
    with zipfile.ZipFile(item.output) as zf:
        body = etree.fromstring(zf.read(MAIN_PART), PARSER)
        comments = etree.fromstring(zf.read("word/comments.xml"), PARSER)
    theirs = [el for el in body.iter(w("ins"), w("del")) if el.get(w("author")) == "Budi"]
    assert [el.get(w("id")) for el in theirs] == ["901", "902"]
    authors = [c.get(w("author")) for c in comments.iter(w("comment"))]
    assert authors[0] == "Budi" and REVIEWER in authors
    ids = [el.get(w("id")) for el in body.iter(w("ins"), w("del"), w("commentRangeStart"))]
    assert len(ids) == len(set(ids))  # one id space for changes and comments
    our_ids = [int(el.get(w("id"))) for el in body.iter(w("ins"), w("del"))
               if el.get(w("author")) == REVIEWER]  # fmt: skip
    assert min(our_ids) > 902


def test_text_box_and_smart_tag_are_checked_and_kept(reviewed) -> None:
    item = reviewed["kotak"]
    fixed = {m.finding.text for m in item.outcome.changes}
    assert {"Se-Kabupaten", "apapun", "bekerjasama"} <= fixed
    with zipfile.ZipFile(item.output) as zf:
        body = etree.fromstring(zf.read(MAIN_PART), PARSER)
    tag = next(body.iter(w("smartTag")))
    assert tag.get(w("element")) == "place" and tag.find(w("del")) is not None
    boxes = list(body.iter(w("txbxContent")))  # the DrawingML box, then its VML copy
    assert len(boxes) == 2
    for box in boxes:
        assert "".join(t.text for t in box.iter(w("delText"))) == "apapun"
        assert "".join(t.text for t in box.iter(w("t"))).endswith("syarat apa pun.")
