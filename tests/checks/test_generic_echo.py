"""A phrase capitalised mid-sentence that the same release writes in lower case is generic."""

from __future__ import annotations

import pytest

from editor.checks.engine import CheckEngine
from editor.checks.lexicon import Lexicon
from editor.checks.rules import load_bundled

RULE = "EYD.Capitalization.GenericEcho"


@pytest.fixture(scope="module")
def engine() -> CheckEngine:
    return CheckEngine(Lexicon.load_default(), load_bundled())


def echoes(engine: CheckEngine, text: str) -> list[tuple[str, str, list[str]]]:
    return [
        (f.severity, text[f.start : f.end], list(f.suggestions))
        for f in engine.check(text)
        if f.rule == RULE
    ]


def test_a_capitalised_phrase_written_lower_case_later_is_a_warning(engine) -> None:
    text = (
        "Kelompok tani di Desa Lembah membersihkan Saluran Irigasi sejak pagi. Setelah itu, "
        "saluran irigasi yang rusak ditambal dengan semen."
    )
    assert echoes(engine, text) == [("warning", "Saluran Irigasi", ["saluran irigasi"])]


@pytest.mark.parametrize(
    "text",
    [
        # a title after "tentang" keeps its capitals
        "Bupati menandatangani peraturan tentang Saluran Irigasi. Perbaikan saluran irigasi "
        "dimulai pekan depan.",
        # the capitalised phrase runs on into a name (a bracketed short form after it)
        "Warga mengikuti Program Pangan Lestari (PPL) bulan ini. Program pangan lestari itu "
        "dibiayai desa.",
        # no lower-case echo in the release: left to the other capital rules
        "Kelompok tani membersihkan saluran air sejak pagi. Mereka juga menanam bibit.",
    ],
)
def test_a_title_a_named_programme_or_a_phrase_without_echo_stays_quiet(engine, text) -> None:
    assert echoes(engine, text) == []
