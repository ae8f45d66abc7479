"""The review desk's services, on SQLite and on a real PostgreSQL (same tests, parametrised)."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from editor.checks.finding import Finding
from editor.document.model import Document, InlineSpan, Paragraph
from editor.services import (
    Conflict,
    Forbidden,
    InvalidTransition,
    NotApproved,
    NotFound,
    ServiceError,
    articles,
    dictionary,
    review,
    settings,
    stats,
    users,
    workflow,
)
from editor.services.content import document_from_json


def _doc(*lines: str) -> Document:
    return Document.from_text("\n".join(lines))


def test_import_file_folder_and_paste_keeps_formatting(database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "drafts"
    folder.mkdir()
    (folder / "a.txt").write_text("Bupati Resmikan Pasar\nIsi rilis pertama.\n", encoding="utf-8")
    word = docx.Document()
    word.add_paragraph("Judul Word")
    para = word.add_paragraph("Kata ")
    para.add_run("asing").italic = True
    word.save(folder / "b.docx")
    (folder / "broken.docx").write_bytes(b"not a zip")
    outcomes = articles.import_paths(database, [folder])
    assert [o.error is None for o in outcomes] == [True, True, False]
    assert outcomes[2].error and "broken.docx" in outcomes[2].error
    pasted = articles.import_text(database, "Judul Tempel\nIsi tempel.")
    rows = articles.list_articles(database)
    assert [r.title for r in rows] == ["Judul Tempel", "Judul Word", "Bupati Resmikan Pasar"]
    history = articles.get_article(database, outcomes[1].article.id)
    stored = document_from_json(history.current.content)
    assert stored.paragraphs[1].spans == (InlineSpan(5, 10, "italic"),)
    assert history.current.plain_text == "Judul Word\nKata asing"
    assert articles.get_article(database, pasted.id).article.status == "draft"


def test_list_filters_search_and_keyset_pages(database) -> None:  # type: ignore[no-untyped-def]
    made = [articles.import_text(database, f"Rilis nomor {i}\nIsi {i} tentang jembatan.")
            for i in range(7)]  # fmt: skip
    workflow.submit(database, made[2].id)
    assert [r.id for r in articles.list_articles(database, status="in_review")] == [made[2].id]
    assert [r.id for r in articles.list_articles(database, search="NOMOR 3")] == [made[3].id]
    assert len(articles.list_articles(database, search="jembatan")) == 7
    assert articles.list_articles(database, search="100%") == []
    first = articles.list_articles(database, limit=3)
    last = first[-1]
    second = articles.list_articles(database, limit=10, before=(last.updated_at, last.id))
    assert len(first) == 3 and len(second) == 4
    assert not {r.id for r in first} & {r.id for r in second}
    me = users.current_user(database).name
    assert len(articles.list_articles(database, author=me)) == 7
    assert articles.list_articles(database, author="orang-lain") == []


def test_save_only_when_changed_and_conflict_keeps_both(database) -> None:  # type: ignore[no-untyped-def]
    a = articles.import_text(database, "Judul\nIsi awal.")
    same = articles.save_revision(
        database, a.id, _doc("Judul", "Isi awal."), base_version=a.version
    )
    assert not same.changed and same.revision.number == 1
    mine = articles.save_revision(database, a.id, _doc("Judul", "Isi dari saya."),
                                  base_version=a.version)  # fmt: skip
    assert mine.changed and mine.revision.number == 2
    with pytest.raises(Conflict) as caught:
        articles.save_revision(database, a.id, _doc("Judul", "Isi dari rekan."),
                               base_version=a.version)  # fmt: skip
    conflict = caught.value
    assert conflict.theirs == "Judul\nIsi dari saya." and conflict.yours == "Judul\nIsi dari rekan."
    history = articles.get_article(database, a.id)
    assert history.current.plain_text == "Judul\nIsi dari saya."
    assert [(r.number, r.conflict) for r in history.revisions] == [
        (1, False),
        (2, False),
        (3, True),
    ]
    kept = articles.get_document(database, conflict.conflict_revision_id)
    assert kept.text == "Judul\nIsi dari rekan."


def test_workflow_pins_approval_to_a_revision(database) -> None:  # type: ignore[no-untyped-def]
    a = articles.import_text(database, "Judul\nIsi.")
    with pytest.raises(NotApproved):
        workflow.approved_document(database, a.id)
    with pytest.raises(InvalidTransition, match="Draf"):
        workflow.approve(database, a.id)
    workflow.submit(database, a.id, comment="mohon ditinjau")
    workflow.request_changes(database, a.id, comment="perbaiki judul")
    a = workflow.submit(database, a.id)
    a = workflow.approve(database, a.id)
    approved = workflow.approved_document(database, a.id)
    assert approved.revision.id == a.current_revision_id and approved.document.text == "Judul\nIsi."
    saved = articles.save_revision(
        database, a.id, _doc("Judul", "Isi baru."), base_version=a.version
    )
    assert saved.article.status == "in_review" and saved.article.approved_revision_id is None
    a = workflow.approve(database, a.id)
    assert workflow.approved_not_exported(database)[0].id == a.id
    with pytest.raises(NotApproved):
        workflow.record_export(database, a.id, saved.revision.id - 1, "x.docx", "0" * 64)
    record = workflow.record_export(database, a.id, a.approved_revision_id, "rilis.docx", "ab" * 32)
    assert record.sha256 == "ab" * 32
    assert workflow.approved_not_exported(database) == []
    history = articles.get_article(database, a.id)
    assert history.article.status == "exported"
    assert [c.to_status for c in history.status_changes] == [
        "draft", "in_review", "changes_requested", "in_review", "approved", "in_review",
        "approved", "exported",
    ]  # fmt: skip
    assert history.status_changes[1].comment == "mohon ditinjau"
    assert history.exports[0].file_name == "rilis.docx"
    workflow.archive(database, a.id)
    with pytest.raises(InvalidTransition):
        articles.save_revision(database, a.id, _doc("x"), base_version=history.article.version + 1)
    with pytest.raises(NotFound):
        articles.get_article(database, 999999)


def test_sqlite_team_mode_roles_and_four_eyes(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """SQLite team mode (a trust mode: names are not authenticated); PostgreSQL's team desk,
    where the login role acts, is tested in tests/security."""
    from db import open_database

    database = open_database(str(tmp_path / "desk.db"), create=True)
    monkeypatch.setenv("SUNTING_USER", "kepala")
    users.set_team_mode(database, True)
    users.add_user(database, "ani", "writer")
    users.add_user(database, "rudi", "editor")
    with pytest.raises(Forbidden, match="belum terdaftar"):
        articles.import_text(database, "Judul\nIsi.", user="asing")
    a = articles.import_text(database, "Judul\nIsi.", user="ani")
    workflow.submit(database, a.id, user="ani")
    with pytest.raises(Forbidden, match="penulis"):
        workflow.approve(database, a.id, user="ani")
    with pytest.raises(Forbidden):
        dictionary.add_word(database, "Banyuasin", user="rudi")
    b = articles.import_text(database, "Rilis Rudi\nIsi.", user="rudi")
    workflow.submit(database, b.id, user="rudi")
    with pytest.raises(Forbidden, match="sendiri"):
        workflow.approve(database, b.id, user="rudi")
    assert workflow.approve(database, a.id, user="rudi").reviewer == "rudi"
    workflow.archive(database, b.id, user="rudi")  # an author may archive their own release
    c = articles.import_text(database, "Rilis Ani\nIsi.", user="ani")
    articles.save_revision(database, c.id, _doc("Rilis Ani", "Isi dari Rudi."),
                           base_version=c.version, user="rudi")  # fmt: skip
    workflow.submit(database, c.id, user="ani")
    with pytest.raises(Forbidden, match="ikut menulis"):  # rudi wrote text of this revision
        workflow.approve(database, c.id, user="rudi")
    assert workflow.approve(database, c.id, user="kepala").reviewer == "kepala"
    with pytest.raises(ServiceError, match="kosong"):
        workflow.submit(database, b.id, user="")
    users.deactivate_user(database, "ani")
    with pytest.raises(Forbidden, match="dinonaktifkan"):
        articles.import_text(database, "x", user="ani")
    database.dispose()


def test_dictionary_feeds_the_house_dictionary(database) -> None:  # type: ignore[no-untyped-def]
    dictionary.add_word(database, "Banyuasin")
    dictionary.add_word(database, "gak", action="replace", replacement="tidak")
    dictionary.add_word(database, "bisa  dipastikan", action="reject", note="gaya")
    house = dictionary.house_dictionary(database)
    assert house.accepted == frozenset({"Banyuasin"})
    assert house.rejected == frozenset({"bisa dipastikan"})
    assert dict(house.replacements) == {"gak": "tidak"}
    dictionary.remove_word(database, "Banyuasin")
    with pytest.raises(NotFound):
        dictionary.remove_word(database, "Banyuasin")
    assert [e.word for e in dictionary.list_words(database)] == ["bisa dipastikan", "gak"]


class _WordChecker:
    """Flags every 'gak' as non-standard: enough to test storage independently of the rules."""

    def check(self, document: Document) -> list[Finding]:
        text, out, at = document.text, [], document.text.find("gak")
        while at >= 0:
            out.append(Finding("TEST.Gak", "nonstandard", "warning", at, at + 3, "gak", "tidak baku",
                               ("tidak",)))  # fmt: skip
            at = text.find("gak", at + 3)
        return out


def test_dismissals_survive_edits_and_counts_are_stored(database) -> None:  # type: ignore[no-untyped-def]
    a = articles.import_text(database, "Judul\nWarga gak datang. Petugas gak hadir.")
    outcome = review.run_check(database, a.id, checker=_WordChecker())
    assert outcome.counts == {"nonstandard": 2}
    text = articles.get_article(database, a.id).current.plain_text
    review.dismiss_finding(database, a.id, outcome.findings[0], text, scope="once")
    edited = articles.save_revision(
        database, a.id, _doc("Judul Baru Sekali", "Warga gak datang. Petugas gak hadir."),
        base_version=a.version,
    )  # fmt: skip
    after = review.run_check(database, a.id, checker=_WordChecker())
    assert after.dismissed == 1 and [f.start for f in after.findings] == [44]
    history = articles.get_article(database, a.id)
    assert history.current.id == edited.revision.id
    assert history.current.finding_counts == {"nonstandard": 1}
    review.dismiss_finding(database, a.id, after.findings[0], history.current.plain_text,
                           scope="article")  # fmt: skip
    assert review.run_check(database, a.id, checker=_WordChecker()).findings == ()
    assert [d.scope for d in articles.get_article(database, a.id).decisions] == ["once", "article"]
    board = stats.statistics(database)
    assert board.by_category == {} and board.by_status == {"draft": 1}
    b = articles.import_text(database, "Lain\ngak")
    review.run_check(database, b.id, checker=_WordChecker())
    board = stats.statistics(database)
    me = users.current_user(database).name
    assert board.by_category == {"nonstandard": 1}
    assert board.by_writer == {me: {"nonstandard": 1}}
    assert list(board.by_week.values()) == [{"nonstandard": 1}]


def test_dismiss_into_dictionary_and_audit(database) -> None:  # type: ignore[no-untyped-def]
    a = articles.import_text(database, "Judul\nKe Sembawa.")
    text = "Judul\nKe Sembawa."
    finding = Finding("KBBI.Spelling", "spelling", "error", 9, 16, "Sembawa", "tidak dikenal")
    review.dismiss_finding(database, a.id, finding, text, scope="dictionary")
    assert "Sembawa" in dictionary.house_dictionary(database).accepted
    actions = [e.action for e in review.audit_log(database, a.id)]
    assert actions[0] == "finding.dismiss" and "article.import" in actions


def test_comments_anchor_to_a_span(database) -> None:  # type: ignore[no-untyped-def]
    a = articles.import_text(database, "Judul\nBupati meresmikan pasar.")
    c = review.add_comment(database, a.id, 6, 12, "Sebut nama bupati.")
    assert c.quote == "Bupati" and not c.resolved
    assert review.resolve_comment(database, c.id).resolved
    assert articles.get_article(database, a.id).comments[0].resolved_by


def test_office_profile_setting(database) -> None:  # type: ignore[no-untyped-def]
    assert settings.get_office_profile(database) == {}
    profile = {"name": "Dinas Kominfo Kabupaten Banyuasin", "phone": "(0711) 123"}
    settings.save_office_profile(database, profile)
    assert settings.get_office_profile(database) == profile


def test_default_engine_check_is_stored(database) -> None:  # type: ignore[no-untyped-def]
    """The real engine with the house dictionary: its counts are stored with the revision."""
    doc = Document((Paragraph("Judul Rilis", kind="title"), Paragraph("Kami akan merubah jadwal.")))
    a = articles.import_document(database, doc)
    outcome = review.run_check(database, a.id)
    assert ("KBBI.Nonstandard", "merubah") in [(f.rule, f.text) for f in outcome.findings]
    assert outcome.counts["nonstandard"] == 1
    assert articles.get_article(database, a.id).current.finding_counts == outcome.counts
