"""An adverb or verb capitalised mid-sentence before a lower-case word is lowered."""

from __future__ import annotations

import pytest

from editor.checks.engine import CheckEngine
from tests.checks.alarms import graded

RULE = "EYD.Capitalization.ClauseWord"


def flags(engine: CheckEngine, text: str) -> list[tuple[str, str, list[str]]]:
    return graded(engine, text, RULE)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Dalam rapat itu Lurah Sukamaju Juga meminta warga ikut kerja bakti.", "Juga"),
        ("Kepala sekolah itu Sudah menyiapkan ruang kelas tambahan.", "Sudah"),
    ],
)
def test_an_adverb_capitalised_inside_the_sentence_is_lowered(engine, text, word) -> None:
    assert flags(engine, text) == [("warning", word, [word.lower()])]


@pytest.mark.parametrize(
    "text",
    [
        "Juga hadir dalam rapat itu para ketua RT.",
        "Warga menulis di spanduk: Terus maju desaku.",
        "Lagu “Sudah Waktunya Pulang” dinyanyikan bersama.",
        "Lurah Sukamaju juga meminta warga ikut kerja bakti.",
        "Nelayan menambatkan perahu di Pantai Lebih setiap sore.",
    ],
)
def test_sentence_starts_quotes_titles_and_lower_case_stay_quiet(engine, text) -> None:
    assert flags(engine, text) == []
