"""A quotation closed by a period before its attribution gets a comma and a lower-case verb."""

from __future__ import annotations

import pytest

from editor.checks.engine import CheckEngine
from editor.checks.lexicon import Lexicon
from editor.checks.rules import load_bundled

RULE = "EYD.Punctuation.AttributionCase"


@pytest.fixture(scope="module")
def engine() -> CheckEngine:
    return CheckEngine(Lexicon.load_default(), load_bundled())


def fixes(engine: CheckEngine, text: str) -> list[tuple[str, str, list[str]]]:
    return [
        (f.severity, text[f.start : f.end], list(f.suggestions))
        for f in engine.check(text)
        if f.rule == RULE
    ]


def test_a_period_and_a_capitalised_verb_before_the_speaker_are_fixed_at_once(engine) -> None:
    text = "“Pasar ini kami buka tiap pagi.” Ucap Lurah Sukamaju."
    assert fixes(engine, text) == [("warning", ".” Ucap", [",” ucap"])]


def test_an_exclamation_keeps_its_mark_before_the_lower_case_verb(engine) -> None:
    text = "“Ayo belanja di pasar desa!” Ajak Lurah Sukamaju."
    assert fixes(engine, text) == [("warning", "!” Ajak", ["!” ajak"])]


@pytest.mark.parametrize(
    "text",
    [
        "“Pasar ini kami buka tiap pagi,” kata Lurah Sukamaju.",
        "“Pasar ini sudah ramai.” Kata Lurah Sukamaju, pedagang kini bertambah.",
        "“Pasar ini sudah ramai.” Ajak warga lain datang ke sini.",
    ],
)
def test_a_right_attribution_or_a_new_sentence_stays_quiet(engine, text) -> None:
    assert fixes(engine, text) == []
