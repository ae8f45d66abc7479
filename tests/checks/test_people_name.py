"""Names of peoples and languages from the gazetteer, holy books and Covid-19 written in lower
case (EYD V I.F.10, I.F.3; KBBI): a gazetteer name that is also a common word only after a cue."""

from __future__ import annotations

from editor.checks.engine import CheckEngine
from tests.checks.alarms import first_fixes

RULES = (
    "EYD.Capitalization.PeopleName",
    "EYD.Capitalization.HolyBook",
    "EYD.Capitalization.NumberedName",
)


def flags(engine: CheckEngine, text: str) -> list[tuple[str, str]]:
    return first_fixes(engine, text, RULES)


def test_a_people_no_dictionary_knows_as_a_common_word(engine) -> None:
    text = "Rumah panggung itu dibangun perajin bugis dari Bone bersama tukang setempat."
    assert flags(engine, text) == [("bugis", "Bugis")]


def test_a_people_that_is_also_a_common_word_needs_a_cue(engine) -> None:
    text = "Sanggar itu melatih tari masyarakat bali. Daun pisang di kebun mulai melayu."
    assert flags(engine, text) == [("bali", "Bali")]


def test_holy_books_and_covid(engine) -> None:
    text = "Ia menulis tafsir taurat dan alquran selama masa pandemi covid-19 di rumahnya."
    assert flags(engine, text) == [
        ("taurat", "Taurat"),
        ("alquran", "Alquran"),
        ("covid-19", "Covid-19"),
    ]


def test_glued_words_and_derived_forms_stay(engine) -> None:
    text = (
        "Ikuti akun @bugis_kuliner dan laman covid-19.go.id setiap hari. "
        "Para penginjil berangkat ke pedalaman membawa semangat injili."
    )
    assert flags(engine, text) == []
