"""The officials registry on the desk (issue 17), on SQLite and on PostgreSQL: it learns from
approved releases only, and the desk's engine then knows the office's people."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.checks.finding import Finding
from editor.services import articles, people, review, workflow
from editor.services.checking import build_engine
from editor.services.errors import NotFound, ServiceError


def corrected_seed(seed_text: str) -> str:
    """The seed draft with its errors corrected, as an editor would approve it."""
    return (
        seed_text.replace("Rustam, SH", "Rustam, S.H.")
        .replace(
            "Pj Bupati Banyuasin H. Hani S Rustam", "Pj. Bupati Banyuasin H. Hani Syopiar Rustam"
        )
        .replace("SE.,M.SI", "S.E., M.Si.")
        .replace("Kebangsaam", "Kebangsaan")
        .replace("Se-Kabupaten", "se-Kabupaten")
    )


# fresh wording, written for these tests
POLICE_RELEASE = (
    "Apel Kesiapan Pengamanan Lebaran\n"
    "Banyuasin – Kapolres Banyuasin AKBP Ruri Prastowo, S.I.K. memimpin apel kesiapan "
    "pengamanan arus mudik di halaman Mapolres Banyuasin, Senin (3/3).\n"
    "Menurut dia, seluruh pos pengamanan akan dijaga selama dua pekan.\n"
)


def approve(db, text: str) -> int:  # type: ignore[no-untyped-def]
    article = articles.import_text(db, text)
    workflow.submit(db, article.id)
    workflow.approve(db, article.id)
    return article.id


def check(db, text: str) -> list[Finding]:  # type: ignore[no-untyped-def]
    return build_engine(db=db).check(text, language="id")


def covering(findings: list[Finding], text: str, word: str) -> list[Finding]:
    at = text.index(word)
    return [f for f in findings if f.start <= at < f.end]


def test_approved_seed_teaches_the_desk_its_people(database, seed_text: str) -> None:  # type: ignore[no-untyped-def]
    article_id = approve(database, corrected_seed(seed_text))
    found = {p.name: p for p in people.list_people(database)}
    hani = found["Hani Syopiar Rustam"]
    assert hani.degrees == ("S.H.",) and hani.honorific == "H." and not hani.confirmed
    assert hani.source.startswith(f"#{article_id} ")
    assert "Pj. Bupati Banyuasin" in {p.title for p in hani.positions}
    assert people.show_person(database, hani.id).mentions[0].article_id == article_id

    draft = "Rapat Persiapan\nPj. Bupati Banyuasin H. Hani Syopiar Rustan, S.H. memimpin rapat pagi ini.\n"
    near = covering(check(database, draft), draft, "Rustan")
    assert near and near[0].severity == "error"
    assert any("Rustam" in s for s in near[0].suggestions)

    clean = (
        "Kunjungan Kerja\nPj. Bupati Banyuasin H. Hani Syopiar Rustam, S.H. meninjau pasar desa.\n"
    )
    assert covering(check(database, clean), clean, "Syopiar") == []

    other_degree = (
        "Kunjungan Kerja\nPj. Bupati Banyuasin Hani Syopiar Rustam, SE meninjau pasar desa.\n"
    )
    warned = [
        f for f in check(database, other_degree) if f.severity == "warning" and "S.H." in f.message
    ]
    assert warned, "a registered S.H. written with another degree is a warning"
    assert any(f"#{article_id}" in f.message for f in warned), "the warning cites the release"


def test_kapolres_with_another_rank_is_a_warning(database) -> None:  # type: ignore[no-untyped-def]
    approve(database, POLICE_RELEASE)
    draft = (
        "Patroli Malam\nKapolres Banyuasin AKP Ruri Prastowo, S.I.K. melepas patroli malam "
        "di pusat kota.\n"
    )
    warned = [f for f in check(database, draft) if f.severity == "warning" and "AKBP" in f.message]
    assert warned


def test_nothing_is_learned_from_an_unapproved_draft(database, seed_text: str) -> None:  # type: ignore[no-untyped-def]
    article = articles.import_text(database, corrected_seed(seed_text))
    workflow.submit(database, article.id)
    workflow.request_changes(database, article.id, comment="judul kurang jelas")
    assert people.list_people(database) == []
    assert not [e for e in review.audit_log(database) if e.action.startswith("people.")]


def test_editors_correct_confirm_and_merge_with_audit(database) -> None:  # type: ignore[no-untyped-def]
    article_id = approve(database, POLICE_RELEASE)
    ruri = people.list_people(database)[0]
    short = people.add_person(database, "Ruri P. Prastowo", rank="AKBP")
    joined = people.merge_people(database, ruri.id, short.id)
    assert "Ruri P. Prastowo" in joined.short_forms
    assert [p.name for p in people.list_people(database)] == ["Ruri Prastowo"]
    assert people.show_person(database, ruri.id).mentions[0].article_id == article_id
    edited = people.edit_person(database, ruri.id, degrees=["SIK", "MH"])
    assert edited.degrees == ("S.I.K.", "M.H.") and edited.confirmed
    with pytest.raises(NotFound, match="digabung ke"):
        people.confirm_person(database, short.id)
    with pytest.raises(ServiceError, match="sudah ada"):
        people.add_person(database, "ruri  prastowo")
    actions = [e.action for e in review.audit_log(database)]
    for action in ("people.learn", "people.add", "people.merge", "people.edit"):
        assert action in actions
    assert build_engine(db=database).style.people.people[0].degrees == ("S.I.K.", "M.H.")


def test_check_desk_uses_the_registry(database, seed_text: str, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    from editor import cli

    approve(database, corrected_seed(seed_text))
    draft = tmp_path / "draf.txt"
    draft.write_text(
        "Rapat Pagi\nPj. Bupati Banyuasin H. Hani Syopiar Rustan, S.H. memimpin rapat.\n"
    )
    assert cli.main(["check", "--desk", "--db", database.url, "--format", "json", str(draft)]) == 1
    out = capsys.readouterr().out
    assert "Rustam" in out
    cli.main(["check", "--format", "json", str(draft)])
    assert "Hani Syopiar Rustam" not in capsys.readouterr().out


def test_a_later_release_with_a_short_form_adds_it_to_the_same_person(database) -> None:  # type: ignore[no-untyped-def]
    approve(database, POLICE_RELEASE.replace("Ruri Prastowo", "Ruri Pamungkas Prastowo"))
    later = (
        "Sosialisasi Keselamatan Berlalu Lintas\n"
        "Banyuasin – Kapolres Banyuasin AKBP Ruri P. Prastowo, S.I.K. membuka sosialisasi "
        "keselamatan berlalu lintas bagi pelajar, Rabu (5/3).\n"
    )
    second = approve(database, later)
    [ruri] = people.list_people(database)
    assert ruri.name == "Ruri Pamungkas Prastowo" and ruri.short_forms == ("Ruri P. Prastowo",)
    assert ruri.mentions == 2
    assert [m.article_id for m in people.show_person(database, ruri.id).mentions][-1] == second
    learned = [e for e in review.audit_log(database) if e.action == "people.learn"]
    assert learned[0].article_id == second and "short_form" in str(learned[0].detail)
