"""A lower-case part of a name where the text itself or the name's shape shows it is one: a
village the same draft writes with its capital after its administrative word, a surname after
an initial, and the two-word element of a geographical name (EYD V I.F)."""

from __future__ import annotations

from editor.checks.engine import CheckEngine
from tests.checks.alarms import first_fixes

RULES = (
    "EYD.Capitalization.PlaceName",
    "EYD.Capitalization.SurnameAfterInitial",
    "EYD.Capitalization.GeographyPhrase",
)


def flags(engine: CheckEngine, text: str) -> list[tuple[str, str]]:
    return first_fixes(engine, text, RULES)


def test_a_village_the_draft_writes_with_its_capital_elsewhere(engine) -> None:
    text = (
        "Posyandu Desa Kawaliwu dibuka lagi. Kader dari Desa kawaliwu dilatih menimbang bayi, "
        "lalu kader Desa Kawaliwu melapor ke puskesmas."
    )
    assert flags(engine, text) == [("kawaliwu", "Kawaliwu")]


def test_a_common_word_after_an_admin_word_is_no_name_even_if_capitalised_elsewhere(
    engine,
) -> None:
    text = "Lomba Desa Terbaik digelar lagi. Hadiah untuk Desa terbaik diserahkan camat."
    assert flags(engine, text) == []


def test_a_surname_after_an_initial(engine) -> None:
    text = "Sambutan disampaikan Kepala Bappeda Yustinus T. mbete, lalu doa bersama."
    assert flags(engine, text) == [("mbete", "Mbete")]


def test_a_word_after_an_initial_that_goes_on_the_sentence_stays(engine) -> None:
    text = "Kelompok B sepakat, dan Vitamin C larut dalam air. Mobil Ford T diproduksi massal."
    assert flags(engine, text) == []


def test_two_word_geographical_element(engine) -> None:
    text = "Jalan menuju air terjun Oenesu diperbaiki, dan Air terjun Tesbatan ikut ditata."
    assert flags(engine, text) == [("air terjun", "Air Terjun"), ("Air terjun", "Air Terjun")]


def test_a_lower_case_place_of_several_words_after_its_unit_is_capitalised(engine) -> None:
    # the unit's head is right; the place's words are what the gazetteer capitalises
    text = "Bibit kopi dibagikan kepada petani Kecamatan talang kelapa kemarin."
    found = {
        f.rule: (f.text, list(f.suggestions))
        for f in engine.check(text)
        if f.severity in ("error", "warning") and "Capitalization" in f.rule
    }
    assert found == {"EYD.Capitalization.PlaceName": ("talang kelapa", ["Talang Kelapa"])}
