"""The officials registry in the engine (HouseStyle.people): registered names are words, near
misses are errors with the registered spelling, other degrees, ranks and positions are warnings
citing the release they were learned from, short forms follow the registry. Fresh sentences."""

from __future__ import annotations

import pytest

from editor.checks.engine import CheckEngine
from editor.checks.finding import Finding
from editor.checks.kinds.people import index_for
from editor.checks.people import PeopleRegistry, Person, Position
from editor.checks.policy import apply_fixes, batch_fixes
from editor.checks.style import HouseStyle
from editor.services.checking import build_engine

REGISTRY = PeopleRegistry(
    (
        Person(
            "Hani Syopiar Rustam",
            degrees=("S.H.",),
            positions=(Position("Pj. Bupati Banyuasin", "2026-01-05", "#3 Musrenbang Banyuasin"),),
            short_forms=("Hani S. Rustam",),
            source="#3 Musrenbang Banyuasin",
        ),
        Person(
            "Ruri Prastowo",
            rank="AKBP",
            degrees=("S.I.K.", "M.H."),
            positions=(Position("Kapolres Banyuasin", "2025-09-01", "#7 Apel Operasi Ketupat"),),
            source="#7 Apel Operasi Ketupat",
        ),
        Person(
            "Rosmala Dewi",
            honorific="dr.",
            positions=(
                Position("Kepala Puskesmas Sekayu", "2023-02-01", "#1 Posyandu"),
                Position("Kepala Dinas Kesehatan Banyuasin", "2025-11-02", "#5 Imunisasi"),
            ),
            source="#1 Posyandu",
        ),
    )
)


@pytest.fixture(scope="module")
def plain() -> CheckEngine:
    return build_engine()


@pytest.fixture(scope="module")
def desk() -> CheckEngine:
    return build_engine(style=HouseStyle(people=REGISTRY))


def _on(findings: list[Finding], text: str) -> list[Finding]:
    return [f for f in findings if f.text == text]


def test_a_registered_name_is_a_word_and_never_fixed(plain: CheckEngine, desk: CheckEngine) -> None:
    text = "Warga menyambut Syopiar dan rombongannya di dermaga Sungsang."
    # without the registry the speller offers "Sopir" for the name
    assert any("Sopir" in f.suggestions for f in _on(plain.check(text), "Syopiar"))
    found = desk.check(text)
    assert _on(found, "Syopiar") == []
    assert "Syopiar" in apply_fixes(text, batch_fixes(found))


def test_a_near_miss_of_a_registered_name_is_an_error_with_its_spelling(
    desk: CheckEngine,
) -> None:
    text = "Pasar murah dibuka Pj. Bupati Banyuasin Hani Syopiar Rustan, S.H., di Pangkalan Balai."
    found = desk.check(text)
    (miss,) = _on(found, "Rustan")
    assert miss.rule == "STRUCT.Registry.Name" and miss.severity == "error"
    assert miss.suggestions[0] == "Rustam"
    assert "#3 Musrenbang Banyuasin" in miss.message
    # reported once: no spelling note of its own on the same word
    assert [f.rule for f in found if f.start <= miss.start < f.end] == [miss.rule]
    other = desk.check("Sambutan Hani Syofiar Rustam dibacakan oleh asisten.")
    assert [f.suggestions[0] for f in _on(other, "Syofiar")] == ["Syopiar"]


def test_other_people_and_far_names_are_no_near_miss(desk: CheckEngine) -> None:
    text = "Ketua karang taruna Hana Rustami dan Rudi Prasetyo memimpin kerja bakti."
    assert [f for f in desk.check(text) if f.rule.startswith("STRUCT.Registry.")] == []


def test_other_degrees_are_a_warning_citing_the_release(desk: CheckEngine) -> None:
    text = "Pj. Bupati Banyuasin Hani Syopiar Rustam, SE, menyerahkan bantuan bibit."
    found = desk.check(text)
    (degree,) = _on(found, "SE")
    assert degree.rule == "STRUCT.Registry.Degree" and degree.severity == "warning"
    assert degree.suggestions == ("S.H.",) and "#3 Musrenbang Banyuasin" in degree.message
    # the registry wins: "Perbaiki semua" does not make the wrong degree "S.E."
    assert "S.E." not in apply_fixes(text, batch_fixes(found))


def test_the_same_degrees_or_none_give_no_warning(desk: CheckEngine) -> None:
    for text in (
        "Kapolres Banyuasin AKBP Ruri Prastowo, S.I.K., M.H., memimpin apel pagi.",
        "Kapolres Banyuasin AKBP Ruri Prastowo memimpin apel pagi.",
    ):
        assert [f for f in desk.check(text) if f.rule.startswith("STRUCT.Registry.")] == []


def test_another_rank_is_a_warning(desk: CheckEngine) -> None:
    found = desk.check("Kapolres Banyuasin AKP Ruri Prastowo memeriksa kesiapan personel.")
    (rank,) = _on(found, "AKP")
    assert rank.rule == "STRUCT.Registry.Rank" and rank.severity == "warning"
    assert rank.suggestions == ("AKBP",) and "#7 Apel Operasi Ketupat" in rank.message


def test_another_office_of_the_same_kind_is_a_warning(desk: CheckEngine) -> None:
    found = desk.check("Bupati Lahat Hani Syopiar Rustam menghadiri rapat koordinasi.")
    (office,) = [f for f in found if f.rule == "STRUCT.Registry.Position"]
    assert office.text == "Bupati Lahat" and office.severity == "warning"
    assert office.suggestions == ("Pj. Bupati Banyuasin",) and "#3 Musrenbang" in office.message
    # the current office is the latest one learned
    found = desk.check("Kepala Puskesmas Sekayu dr. Rosmala Dewi membuka kelas ibu hamil.")
    (office,) = [f for f in found if f.rule == "STRUCT.Registry.Position"]
    assert office.suggestions == ("Kepala Dinas Kesehatan Banyuasin",)
    assert "#5 Imunisasi" in office.message


def test_a_second_role_or_the_same_office_is_no_warning(desk: CheckEngine) -> None:
    for text in (
        "Ketua Satgas Pangan Hani Syopiar Rustam meninjau gudang beras.",
        "Penjabat Bupati Banyuasin Hani Syopiar Rustam meninjau gudang beras.",
        "Pj. Bupati Banyuasin Hani Syopiar Rustam, S.H., meninjau gudang beras.",
    ):
        found = [f for f in desk.check(text) if f.rule.startswith("STRUCT.Registry.")]
        assert found == [], text


def test_a_short_form_follows_the_registry_once(plain: CheckEngine, desk: CheckEngine) -> None:
    text = "Pj. Bupati Banyuasin Hani Syopiar Rustam hadir. Menurut Hani S Rustam, panen naik."
    assert [f.rule for f in _on(plain.check(text), "Hani S Rustam")] == ["STRUCT.ConsistentName"]
    (short,) = _on(desk.check(text), "Hani S Rustam")
    assert short.rule == "STRUCT.Registry.ShortForm" and short.severity == "suggestion"
    assert short.suggestions == ("Hani S. Rustam",)
    fine = "Pj. Bupati Banyuasin Hani Syopiar Rustam hadir. Menurut Hani S. Rustam, panen naik."
    assert _on(desk.check(fine), "Hani S. Rustam") == []


def test_without_a_registry_nothing_changes(plain: CheckEngine) -> None:
    text = "Pj. Bupati Banyuasin Hani Syopiar Rustan, SE, membuka pasar murah. Kapolres AKP Ruri."
    empty = build_engine(style=HouseStyle(people=PeopleRegistry()))
    assert empty.check(text) == plain.check(text)
    assert not [f for f in plain.check(text) if f.rule.startswith("STRUCT.Registry.")]


def test_the_index_is_built_once_per_registry(desk: CheckEngine) -> None:
    index = index_for(desk.style.people)
    desk.check("Hani Syopiar Rustam hadir.")
    assert index_for(desk.style.people) is index
    again = CheckEngine(desk.lexicon, desk.rules, desk.style)
    assert index_for(again.style.people) is index


def test_the_registry_speaks_once_where_the_draft_sees_a_variant(
    plain: CheckEngine, desk: CheckEngine
) -> None:
    text = (
        "Pj. Bupati Banyuasin Hani Syopiar Rustam membuka rapat. Syopiar meminta data yang jujur. "
        "Menurut Syopiar, anggaran terbatas. Sambutan Hani Syopiyar Rustam ditutup doa."
    )
    # the draft alone sees the rarer spelling of its own name
    assert [f.suggestions[0] for f in _on(plain.check(text), "Syopiyar")] == ["Syopiar"]
    found = _on(desk.check(text), "Syopiyar")
    assert [(f.rule, f.severity, f.suggestions[0]) for f in found] == [
        ("STRUCT.Registry.Name", "error", "Syopiar")
    ]
