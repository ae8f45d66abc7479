"""A name spelt out before its acronym, some of its words in lower case, one capitalised
mid-sentence: the lower-case words take capitals (EYD V I.F.11); a common term with its short
form, all in lower case, or a phrase whose only capital opens the sentence, stays."""

from __future__ import annotations

from editor.checks.engine import CheckEngine
from tests.checks.alarms import first_fixes

RULE = "EYD.Capitalization.AcronymExpansion"


def flags(engine: CheckEngine, text: str) -> list[tuple[str, str]]:
    return first_fixes(engine, text, RULE)


def test_lower_case_words_of_a_name_before_its_acronym(engine) -> None:
    text = "Kapal itu berlabuh di pelabuhan perikanan Samudera Bungus (PPSB) sejak Jumat."
    assert flags(engine, text) == [("pelabuhan perikanan", "Pelabuhan Perikanan")]


def test_a_function_word_inside_keeps_its_lower_case(engine) -> None:
    text = "Guru dilatih di lembaga penjaminan dan mutu Pendidikan (LPMP) selama sebulan."
    assert flags(engine, text) == [("lembaga penjaminan dan mutu", "Lembaga Penjaminan dan Mutu")]


def test_common_terms_and_sentence_openers_stay(engine) -> None:
    text = (
        "Pelatihan itu menyiapkan sumber daya manusia (SDM) desa. "
        "Penanaman modal asing (PMA) naik tahun ini. Naskah ditulis dalam bahasa Indonesia (BI)."
    )
    assert flags(engine, text) == []
