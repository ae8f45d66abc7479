"""A word of a full office name in lower case before a person, an institution or a place
(EYD V I.F.6), found by the office's structure: a capitalised head and the words up to the name,
or a lower-case head right before a capitalised unit or a Roman numeral and a name."""

from __future__ import annotations

from editor.checks.engine import CheckEngine
from tests.checks.alarms import first_fixes

RULE = "EYD.Capitalization.OfficeTitle"


def flags(engine: CheckEngine, text: str) -> list[tuple[str, str]]:
    return first_fixes(engine, text, RULE)


def test_words_between_a_capitalised_head_and_an_institution(engine) -> None:
    text = "Berkas itu diperiksa Kepala bidang perencanaan Dinas Pertanian Kabupaten Ngada kemarin."
    assert flags(engine, text) == [("bidang perencanaan", "Bidang Perencanaan")]


def test_the_administrative_word_is_left_to_its_own_rule(engine) -> None:
    text = "Acara dibuka Sekretaris daerah kabupaten Alor Yusuf Lapenangga pagi tadi."
    assert flags(engine, text) == [("daerah", "Daerah")]


def test_a_lower_case_head_before_a_capitalised_unit_and_its_name(engine) -> None:
    text = "Surat itu diteken penjabat kepala Kelurahan Oesapa dan dibacakan di balai."
    assert flags(engine, text) == [("kepala", "Kepala")]


def test_a_lower_case_head_before_a_roman_numeral_and_a_name(engine) -> None:
    text = "Rapat itu juga diikuti Asisten I Daniel Lobo dan asisten III Petrus Manek."
    assert flags(engine, text) == [("asisten", "Asisten")]


def test_generic_offices_stay(engine) -> None:
    text = (
        "Para kepala Dinas Pendidikan se-NTT hadir. Kepala desa setempat Yakob Tefa menyambut "
        "rombongan. Warga bertemu Kepala dinas yang baru. Ia menjadi kepala sekolah di Kupang. "
        "Presiden terpilih Korea Selatan berkunjung. Ketua mengatakan Jakarta siap."
    )
    assert flags(engine, text) == []
