"""A derived word that only a strained reading of the morphology accepts, never seen in use and
one dropped or swapped letter from a frequent word, is flagged with that word as its fix; plain
derivations of frequent roots stay quiet."""

from __future__ import annotations

import pytest

from editor.checks.engine import CheckEngine
from editor.checks.lexicon import Lexicon
from editor.checks.rules import RuleSet, load_bundled


@pytest.fixture(scope="module")
def engine() -> CheckEngine:
    rules = load_bundled()
    return CheckEngine(
        Lexicon.load_default(), RuleSet(rules.packs, (rules.by_id("KBBI.Spelling"),))
    )


def sure(engine: CheckEngine, text: str) -> dict[str, list[str]]:
    return {
        f.text: list(f.suggestions)
        for f in engine.check(text)
        if f.severity in ("error", "warning")
    }


@pytest.mark.parametrize(
    ("sentence", "typo", "fix"),
    [
        ("Pembukan turnamen voli antardesa ditandai pemukulan gong.", "Pembukan", "Pembukaan"),
        ("Kantor Kebudayan Provinsi dibuka untuk umum.", "Kebudayan", "Kebudayaan"),
        ("Lurah menjalankan tugas dan kewenangnya menata pasar.", "kewenangnya", "kewenangannya"),
    ],
)
def test_strained_derivation_one_slip_from_a_frequent_word_is_flagged(
    engine, sentence, typo, fix
) -> None:
    found = sure(engine, sentence)
    assert found.get(typo, [None])[0] == fix


@pytest.mark.parametrize(
    "sentence",
    [
        "Mesin pemanen padi itu dipinjamkan kepada kelompok tani.",
        "Bendahara desa melaporkan kasnya setiap bulan.",
        "Warga mengeluhkan langkanya pupuk bersubsidi.",
    ],
)
def test_plain_derivations_of_frequent_roots_stay_quiet(engine, sentence) -> None:
    assert sure(engine, sentence) == {}


def test_a_lower_case_name_one_inner_letter_from_a_very_common_word_is_that_word(engine) -> None:
    found = sure(engine, "Panen raya ditunda kalena sawah masih tergenang.")
    assert found == {"kalena": ["karena"]}


@pytest.mark.parametrize(
    "sentence",
    [
        "Kalena ikut menari di panggung utama.",  # a name, capitalised
        "Ia belajar memainkan koto dari gurunya di Kyoto.",  # a foreign instrument
    ],
)
def test_names_and_foreign_words_stay_names(engine, sentence) -> None:
    assert "kalena" not in sure(engine, sentence) and "koto" not in sure(engine, sentence)
