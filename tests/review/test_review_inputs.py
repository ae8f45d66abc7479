"""`sunting review` from the command line: bad files get one Indonesian line and exit code 2,
the writer's file is never touched; modes, orphans, locked fields; reading a review back in."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from dataclasses import replace
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from lxml import etree

from editor.cli import main
from editor.document.importers import load_path
from editor.review.accept import settled_docx
from editor.review.ooxml import MAIN_PART, PARSER, w
from editor.services.docx_review import review_file
from tests.review import word_files as wf
from tests.review.conftest import REVIEWER, WHEN


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run_cli(capsys, *args: str) -> tuple[int, str, str]:
    code = main(["review", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_reviews_into_a_new_file_and_leaves_the_source_alone(tmp_path, capsys) -> None:
    source = wf.dinas_docx(tmp_path / "rilis.docx")
    before = digest(source)
    code, out, err = run_cli(capsys, str(source), "--out", str(tmp_path / "hasil"),
                             "--fixes", "all", "--reviewer", REVIEWER)  # fmt: skip
    assert code == 0, err
    target = tmp_path / "hasil" / "rilis-ditinjau.docx"
    assert "perubahan terlacak" in out and str(target) in out
    assert digest(source) == before
    assert docx.Document(str(target)).paragraphs  # python-docx opens it
    assert not list((tmp_path / "hasil").glob(".*tmp"))  # the atomic write left no temp file
    code, out, err = run_cli(capsys, str(source), "--out", str(tmp_path / "hasil"))
    assert code == 2 and "sudah ada" in err and "Traceback" not in err
    code, out, err = run_cli(capsys, str(source), "--out", str(tmp_path / "hasil"), "--force",
                             "--format", "json")  # fmt: skip
    assert code == 0
    safe_only = json.loads(out)["files"][0]
    code, out, err = run_cli(capsys, str(source), "--out", str(tmp_path / "hasil"), "--force",
                             "--format", "json", "--fixes", "all")  # fmt: skip
    every = json.loads(out)["files"][0]
    # default: only the batch-safe fixes become changes; the judgement calls stay comments
    assert safe_only["changes"] < every["changes"]
    assert safe_only["comments"] > every["comments"]
    assert digest(source) == before


def _ole(extra: bytes = b"") -> bytes:
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504 + extra


@pytest.mark.parametrize(
    "name, content, expected",
    [
        ("lama.doc", _ole("WordDocument".encode("utf-16-le")), "Word 97-2003"),
        ("lama.docx", _ole("WordDocument".encode("utf-16-le")), "Word 97-2003"),
        ("rahasia.docx", "encrypted", "kata sandi"),
        ("rusak.docx", "truncated", "rusak"),
        ("isi-rusak.docx", "bad-xml", "rusak"),
        ("bukan.docx", b"Teks biasa, bukan dokumen Word.", "bukan dokumen Word"),
    ],
)  # fmt: skip
def test_bad_files_get_a_clear_message(tmp_path, capsys, name, content, expected) -> None:
    path = tmp_path / name
    if content == "encrypted":  # a real password-protected .docx (agile encryption)
        from msoffcrypto.format.ooxml import OOXMLFile

        buffer = io.BytesIO()
        OOXMLFile(io.BytesIO(wf.dinas_docx(tmp_path / "asli.docx").read_bytes())).encrypt(
            "rahasia", buffer
        )
        content = buffer.getvalue()
    elif content == "truncated":
        data = wf.seed_docx(tmp_path / "utuh.docx").read_bytes()
        content = data[: len(data) // 2]
    elif content == "bad-xml":
        with zipfile.ZipFile(wf.seed_docx(tmp_path / "utuh.docx")) as zf:
            parts = {n: zf.read(n) for n in zf.namelist()}
        parts[MAIN_PART] = parts[MAIN_PART][:-200]
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as zf:
            for part, data in parts.items():
                zf.writestr(part, data)
        content = buffer.getvalue()
    path.write_bytes(content)
    code, out, err = run_cli(capsys, str(path), "--out", str(tmp_path / "hasil"))
    assert code == 2
    assert expected in err and "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert path.read_bytes() == content
    assert not any((tmp_path / "hasil").iterdir())


def test_missing_file_folder_and_own_output(tmp_path, capsys) -> None:
    code, _, err = run_cli(capsys, str(tmp_path / "tidak-ada.docx"), "--out", str(tmp_path))
    assert code == 2 and "tidak ditemukan" in err
    (tmp_path / "map.docx").mkdir()
    code, _, err = run_cli(capsys, str(tmp_path / "map.docx"), "--out", str(tmp_path / "o"))
    assert code == 2 and "bukan berkas" in err
    source = wf.seed_docx(tmp_path / "x-ditinjau.docx")
    before = digest(source)
    code, _, err = run_cli(capsys, str(source), "--out", str(tmp_path), "--force")
    # the output would be x-ditinjau-ditinjau.docx: allowed; the source itself never
    assert code == 0 and digest(source) == before
    same = tmp_path / "y.docx"
    wf.seed_docx(same)
    from editor.services.docx_review import ReviewFailed

    with pytest.raises(ReviewFailed, match="tidak boleh ditimpa"):
        review_file(same, same, _NoFindings(), REVIEWER, force=True)


class _NoFindings:
    def check(self, document):  # type: ignore[no-untyped-def]
        return []


class SafeFor:
    """The real engine; the named rules' findings marked batch-safe (issue 11 sets these)."""

    def __init__(self, engine, rules: set[str]) -> None:  # type: ignore[no-untyped-def]
        self.engine, self.rules = engine, rules

    def check(self, document):  # type: ignore[no-untyped-def]
        return [replace(f, batch_safe=f.rule in self.rules) for f in self.engine.check(document)]


def test_safe_mode_tracks_only_batch_safe_fixes(tmp_path, engine) -> None:
    source = wf.dinas_docx(tmp_path / "rilis.docx")
    checker = SafeFor(engine, {"EYD.Affix.PunApart"})
    done = review_file(source, tmp_path / "o.docx", checker, REVIEWER, when=WHEN)
    assert [m.finding.text for m in done.changes] == ["apapun"]
    assert {"bekerjasama", "Se-Kabupaten"} <= {m.finding.text for m in done.comments}
    none = review_file(source, tmp_path / "n.docx", checker, REVIEWER, fixes="none", when=WHEN)
    assert not none.changes and len(none.comments) == len(done.marks)


def test_header_findings_left_for_the_writer_are_comments_in_the_body(tmp_path, engine) -> None:
    source = wf.dinas_docx(tmp_path / "rilis.docx")
    done = review_file(source, tmp_path / "o.docx", engine, REVIEWER, fixes="none", when=WHEN)
    in_header = [m for m in done.comments if m.story == "word/header1.xml"]
    assert [m.finding.text for m in in_header] == ["Se-Kabupaten"]
    with zipfile.ZipFile(tmp_path / "o.docx") as zf:
        comments = etree.fromstring(zf.read("word/comments.xml"), PARSER)
        header = zf.read("word/header1.xml")
        assert header == zipfile.ZipFile(source).read("word/header1.xml")
    texts = ["".join(c.itertext()) for c in comments.iter(w("comment"))]
    assert any(t.startswith("Di kepala halaman: “Se-Kabupaten”") for t in texts)


def test_text_in_a_field_result_or_across_a_link_is_commented_not_changed(tmp_path, engine) -> None:
    word = docx.Document()
    word.add_paragraph("Rapat Koordinasi Digelar", style="Title")
    para = word.add_paragraph("Rapat diikuti camat ")
    for xml in (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>',
        '<w:r><w:instrText xml:space="preserve"> DOCPROPERTY Wilayah </w:instrText></w:r>',
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>',
        "<w:r><w:t>Se-Kabupaten</w:t></w:r>",
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
    ):
        para._p.append(parse_xml(xml.replace("<w:r>", f"<w:r {nsdecls('w')}>", 1)))
    para.add_run(" tanpa syarat ")
    para._p.append(parse_xml(
        f'<w:fldSimple {nsdecls("w")} w:instr=" MERGEFIELD Syarat "><w:r><w:t>apapun</w:t></w:r>'
        "</w:fldSimple>"
    ))  # fmt: skip
    para.add_run(" dan diminta bekerjasama.")
    linked = word.add_paragraph("Informasi tidak dipungut biaya ")
    wf._hyperlink(linked, "https://example.org/biaya", "apa")
    linked.add_run("pun.")
    source = tmp_path / "medan.docx"
    word.save(str(source))
    done = review_file(source, tmp_path / "o.docx", engine, REVIEWER, fixes="all", when=WHEN)
    changed = {m.finding.text for m in done.changes}
    assert "bekerjasama" in changed and not {"Se-Kabupaten", "apapun"} & changed
    assert {"Se-Kabupaten", "apapun"} <= {m.finding.text for m in done.comments}
    with zipfile.ZipFile(tmp_path / "o.docx") as zf:
        body = etree.fromstring(zf.read(MAIN_PART), PARSER)
    kinds = [f.get(w("fldCharType")) for f in body.iter(w("fldChar"))]
    assert kinds == ["begin", "separate", "end"]
    assert [t.text for t in body.iter(w("instrText"))] == [" DOCPROPERTY Wilayah "]
    assert "".join(next(body.iter(w("fldSimple"))).itertext()) == "apapun"
    link = next(body.iter(w("hyperlink")))
    assert "".join(link.itertext()) == "apa" and not list(link.iter(w("del")))
    assert sum(m.finding.text == "apapun" for m in done.comments) == 2


def test_reading_a_review_back_accepts_the_changes_and_keeps_the_comments(tmp_path, engine) -> None:
    source = wf.existing_review_docx(tmp_path / "pasar.docx")
    target = tmp_path / "pasar-ditinjau.docx"
    done = review_file(source, target, engine, REVIEWER, fixes="all", when=WHEN)
    document = load_path(target)
    accepted = tmp_path / "diterima.docx"
    accepted.write_bytes(settled_docx(target.read_bytes(), accept=True))
    assert document.text == load_path(accepted).text
    assert "apa pun" in document.text and "selama tiga hari" in document.text
    assert any("perubahan terlacak" in n and "diterima" in n for n in document.notices)
    assert len(document.comments) == 1 + len(done.comments)
    budi = document.comments[0]
    assert (budi.author, budi.text) == ("Budi", "Tambahkan jam buka.")
    assert document.text[budi.start : budi.end] == "Warga diminta bekerja sama menjaga ketertiban."


def test_desk_import_keeps_file_comments_and_reviews_the_release(tmp_path, engine) -> None:
    from db import open_database
    from editor.services import articles
    from editor.services.docx_review import ReviewFailed, review_article
    from editor.services.review import dismiss_finding, run_check

    db = open_database(str(tmp_path / "desk.db"), create=True)
    try:
        source = wf.existing_review_docx(tmp_path / "pasar.docx")
        (outcome,) = articles.import_paths(db, [source])
        assert outcome.error is None
        history = articles.get_article(db, outcome.article.id)
        assert [(c.quote, c.body) for c in history.comments] == [
            ("Warga diminta bekerjasama menjaga ketertiban.", "Budi: Tambahkan jam buka.")
        ]
        article_id = outcome.article.id
        text = history.current.plain_text
        found = run_check(db, article_id, checker=engine).findings
        pun = next(f for f in found if f.text == "apapun")
        dismiss_finding(db, article_id, pun, text, scope="article")
        done = review_article(db, article_id, source, tmp_path / "o.docx", checker=engine,
                              fixes="all", when=WHEN)  # fmt: skip
        assert "apapun" not in {m.finding.text for m in done.marks}
        assert "bekerjasama" in {m.finding.text for m in done.changes}
        other = wf.dinas_docx(tmp_path / "lain.docx")
        with pytest.raises(ReviewFailed, match="bukan berkas asal"):
            review_article(db, article_id, other, tmp_path / "x.docx", checker=engine)
        audit = [e.action for e in articles.get_article(db, article_id).audit]
        assert "article.review_docx" in audit
    finally:
        db.dispose()
