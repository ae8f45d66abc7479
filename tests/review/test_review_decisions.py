"""The reviewer's own choice per finding: a tracked change with the chosen suggestion, a comment
only, or nothing. The review service takes the decisions keyed by finding and the .docx follows
them exactly, read back with python-docx, accepted in XML and by LibreOffice."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import pytest
from lxml import etree

from editor.review.accept import settled_docx
from editor.review.ooxml import MAIN_PART, PARSER, w
from editor.review.tracked import Decision, FindingKey, story_texts
from editor.services.docx_review import ReviewFailed, file_findings, review_file
from tests.review.conftest import REVIEWER, WHEN, run_libreoffice, system_python_with_uno
from tests.review.word_files import dinas_docx


def anchored_texts(body: etree._Element) -> dict[str, str]:
    """comment id -> the text its range covers in document.xml (deleted text left out)."""
    open_ids: list[str] = []
    out: dict[str, str] = {}
    for el in body.iter(w("commentRangeStart"), w("commentRangeEnd"), w("t")):
        if el.tag == w("commentRangeStart"):
            open_ids.append(el.get(w("id")))
            out.setdefault(el.get(w("id")), "")
        elif el.tag == w("commentRangeEnd"):
            open_ids.remove(el.get(w("id")))
        else:
            for cid in open_ids:
                out[cid] += el.text or ""
    return out


def tracked(body: etree._Element) -> tuple[list[str], list[str]]:
    """(inserted texts, deleted texts) of the reviewer's tracked changes."""
    ins = ["".join(t.text or "" for t in el.iter(w("t"))) for el in body.iter(w("ins"))
           if el.get(w("author")) == REVIEWER]  # fmt: skip
    dels = ["".join(t.text or "" for t in el.iter(w("delText"))) for el in body.iter(w("del"))
            if el.get(w("author")) == REVIEWER]  # fmt: skip
    return ins, dels


@pytest.fixture
def chosen(tmp_path: Path, engine):  # noqa: ANN001, ANN201
    """The dinas file reviewed with one choice of each kind, against the defaults."""
    source = dinas_docx(tmp_path / "dinas.docx")
    found = file_findings(source, engine)
    by_text = {c.finding.text: c for c in found if c.key.story == MAIN_PART}
    second = by_text["Penyelenggaran"]  # default: a comment (a spelling call); two suggestions
    assert second.default == "comment" and second.changeable
    assert second.finding.suggestions[1] == "Penyelenggara"
    as_comment, ignored = by_text["apapun"], by_text["bekerjasama"]
    assert as_comment.default == ignored.default == "change"
    decisions = {c.key: Decision(c.default) for c in found}
    decisions[second.key] = Decision("change", "Penyelenggara")
    decisions[as_comment.key] = Decision("comment")
    decisions[ignored.key] = Decision("ignore")
    target = tmp_path / "dinas-ditinjau.docx"
    outcome = review_file(source, target, engine, REVIEWER, when=WHEN, decisions=decisions)
    return source, target, outcome, found, decisions


def test_the_file_follows_each_decision(chosen) -> None:  # noqa: ANN001
    source, target, outcome, found, decisions = chosen
    kinds = {m.key: m.kind for m in outcome.marks}
    expected = {k: d.kind for k, d in decisions.items() if d.kind != "ignore"}
    assert kinds == expected
    assert not outcome.notices

    with zipfile.ZipFile(target) as zf:
        body = etree.fromstring(zf.read(MAIN_PART), PARSER)
    ins, dels = tracked(body)
    changes = [c for c in found if decisions[c.key].kind == "change" and c.key.story == MAIN_PART]
    assert sorted(dels) == sorted(c.finding.text for c in changes)
    assert "Penyelenggara" in ins and "Penyelenggaraan" not in ins  # the chosen suggestion
    assert "apa pun" not in ins and "bekerja sama" not in ins
    assert "apapun" not in dels and "bekerjasama" not in dels

    # python-docx reads the comments back: one per comment decision, none for the ignored one
    comments = {str(c.comment_id): c for c in docx.Document(str(target)).comments}
    anchored = anchored_texts(body)
    comment_only = [c for c in found if decisions[c.key].kind == "comment"]
    assert len(comments) == len(comment_only)
    on_text = {anchored[cid]: c.text for cid, c in comments.items()}
    assert "apapun" in on_text and "apa pun" in on_text["apapun"]
    assert all(c.author == REVIEWER for c in comments.values())
    assert "bekerjasama" not in " ".join(anchored.values())
    assert not any("bekerja sama" in c.text for c in comments.values())


def test_accepting_all_gives_the_chosen_text_and_rejecting_all_the_original(chosen) -> None:  # noqa: ANN001
    source, target, outcome, _, _ = chosen
    accepted = story_texts(settled_docx(target.read_bytes(), accept=True))[MAIN_PART]
    original = story_texts(source.read_bytes())[MAIN_PART]
    expected = original
    for m in sorted((m for m in outcome.changes if m.story == MAIN_PART),
                    key=lambda m: m.finding.start, reverse=True):  # fmt: skip
        expected = expected[: m.finding.start] + m.replacement + expected[m.finding.end :]
    assert accepted == expected
    assert "Penyelenggara " in accepted and "apapun" in accepted and "bekerjasama" in accepted
    rejected = story_texts(settled_docx(target.read_bytes(), accept=False))
    assert rejected == story_texts(source.read_bytes())


def test_libreoffice_accept_all_gives_the_chosen_text(chosen, tmp_path: Path) -> None:  # noqa: ANN001
    python = system_python_with_uno()
    source, target, _, _, _ = chosen
    xml_accepted = tmp_path / "xml-accepted.docx"
    xml_accepted.write_bytes(settled_docx(target.read_bytes(), accept=True))
    jobs = [{"docx": str(docx_), "action": action, "txt": str(tmp_path / f"{key}.txt")}
            for key, docx_, action in (("accept", target, "accept"),
                                       ("xml", xml_accepted, "none"))]  # fmt: skip
    seen = run_libreoffice(python, jobs, tmp_path)
    accept = (tmp_path / "accept.txt").read_text(encoding="utf-8")
    assert seen[0]["redlines_after"] == 0 and seen[0]["redlines"] > 0
    assert accept == (tmp_path / "xml.txt").read_text(encoding="utf-8")
    assert "Penyelenggara " in accept and "apapun" in accept and "bekerjasama" in accept


def test_decisions_that_do_not_fit_the_file_are_refused(tmp_path: Path, engine) -> None:  # noqa: ANN001
    source = dinas_docx(tmp_path / "dinas.docx")
    found = file_findings(source, engine)
    stale = {FindingKey(MAIN_PART, 1, 5, "KBBI.Spelling"): Decision("change")}
    with pytest.raises(ReviewFailed, match="tidak cocok dengan temuan"):
        review_file(source, tmp_path / "a.docx", engine, REVIEWER, decisions=stale)
    typo = next(c for c in found if c.finding.text == "Penyelenggaran")
    foreign = {typo.key: Decision("change", "Pelaksanaan")}
    with pytest.raises(ReviewFailed, match="bukan saran temuan"):
        review_file(source, tmp_path / "b.docx", engine, REVIEWER, decisions=foreign)
    assert not (tmp_path / "a.docx").exists() and not (tmp_path / "b.docx").exists()


def test_an_empty_decision_list_leaves_every_finding_out(tmp_path: Path, engine) -> None:  # noqa: ANN001
    source = dinas_docx(tmp_path / "dinas.docx")
    found = file_findings(source, engine)
    nothing = {c.key: Decision("ignore") for c in found}
    done = review_file(source, tmp_path / "o.docx", engine, REVIEWER, decisions=nothing)
    assert not done.marks
    assert story_texts((tmp_path / "o.docx").read_bytes()) == story_texts(source.read_bytes())


def test_finding_keys_round_trip_as_text() -> None:
    key = FindingKey("word/header1.xml", 56, 68, "EYD.Affix.BoundForm")
    assert FindingKey.from_text(key.as_text()) == key
    with pytest.raises(ValueError):
        FindingKey.from_text("word/document.xml:x-3:R")


def test_the_cli_lists_the_findings_and_follows_a_decisions_file(tmp_path: Path, capsys) -> None:  # noqa: ANN001
    import json

    from editor.cli import main

    source = dinas_docx(tmp_path / "rilis.docx")
    assert main(["review", str(source), "--list", "--format", "json"]) == 0
    listed = json.loads(capsys.readouterr().out)["files"][0]["findings"]
    by_text = {f["text"]: f for f in listed if f["where"] == "isi"}
    assert by_text["apapun"]["default"] == "change"
    assert by_text["Penyelenggaran"]["suggestions"][:2] == ["Penyelenggaraan", "Penyelenggara"]
    assert main(["review", str(source), "--list"]) == 0
    text_lines = capsys.readouterr().out.splitlines()
    assert f"{by_text['apapun']['key']}\tubah\tapapun\tapa pun" in text_lines
    choices = tmp_path / "pilihan.json"
    choices.write_text(json.dumps({
        by_text["Penyelenggaran"]["key"]: {"kind": "change", "suggestion": "Penyelenggara"},
        by_text["apapun"]["key"]: "comment",
        by_text["bekerjasama"]["key"]: "ignore",
    }), encoding="utf-8")  # fmt: skip
    out = tmp_path / "hasil"
    code = main(["review", str(source), "--out", str(out), "--decisions", str(choices),
                 "--reviewer", REVIEWER])  # fmt: skip
    assert code == 0, capsys.readouterr().err
    capsys.readouterr()
    accepted = story_texts(settled_docx((out / "rilis-ditinjau.docx").read_bytes(), accept=True))
    body = accepted[MAIN_PART]
    assert "Penyelenggara " in body and "apapun" in body and "bekerjasama" in body
    assert "se-Kecamatan" in body  # not in the file: the default of --fixes
    choices.write_text('{"word/document.xml:1-2:X": "hapus"}', encoding="utf-8")
    code = main(["review", str(source), "--out", str(out), "--decisions", str(choices), "--force"])
    err = capsys.readouterr().err
    assert code == 2 and "harus change, comment, atau ignore" in err and "Traceback" not in err


def test_a_change_that_cannot_be_made_is_offered_as_a_comment_and_told(
    tmp_path: Path, engine
) -> None:  # noqa: ANN001
    import docx as python_docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    word = python_docx.Document()
    word.add_paragraph("Rapat Koordinasi Digelar", style="Title")
    para = word.add_paragraph("Rapat tanpa syarat ")
    para._p.append(parse_xml(
        f'<w:fldSimple {nsdecls("w")} w:instr=" MERGEFIELD Syarat "><w:r><w:t>apapun</w:t></w:r>'
        "</w:fldSimple>"
    ))  # fmt: skip
    para.add_run(" dan warga diminta bekerjasama.")
    source = tmp_path / "medan.docx"
    word.save(str(source))
    found = {c.finding.text: c for c in file_findings(source, engine)}
    in_field, plain = found["apapun"], found["bekerjasama"]
    assert not in_field.changeable and in_field.default == "comment"  # the dialog offers no Ubah
    assert plain.changeable and plain.default == "change"
    # a decisions file may still ask for it: the review makes it a comment and says so
    asked = {in_field.key: Decision("change"), plain.key: Decision("change")}
    done = review_file(source, tmp_path / "o.docx", engine, REVIEWER, decisions=asked)
    assert {m.key: m.kind for m in done.marks} == {in_field.key: "comment", plain.key: "change"}
    assert any("1 temuan yang dipilih untuk diubah menjadi komentar" in n for n in done.notices)


def test_the_text_list_shows_what_a_space_or_a_deletion_fix_leaves(tmp_path: Path, capsys) -> None:  # noqa: ANN001
    """Offsets of a finding are story offsets; the list shows the fix on the finding's own
    paragraph (not "(hapus)" or a slice of the wrong place), also past the first paragraph."""
    import docx

    from editor.cli import main

    source = tmp_path / "rilis.docx"
    document = docx.Document()
    document.add_paragraph("Pemkab Sukamaju menggelar lomba kebersihan kampung.")
    document.add_paragraph("Camat menilai kebersihan nya meningkat dibanding tahun lalu.")
    document.save(str(source))
    assert main(["review", str(source), "--list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    row = next(line for line in lines if "EYD.Affix.CliticApart" in line)
    assert row.endswith("\tkebersihannya"), row
    assert "(hapus)" not in "\n".join(lines)
