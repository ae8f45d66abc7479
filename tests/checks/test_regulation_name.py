"""The cited name of a regulation: its number word, year word, head and article take capitals
(EYD V I.F.11), found by the citation's structure (head, capitalised chain, number), while a
number and a year outside a citation stay as written."""

from __future__ import annotations

from editor.checks.engine import CheckEngine
from tests.checks.alarms import first_fixes

RULE = "EYD.Capitalization.RegulationName"


def flags(engine: CheckEngine, text: str) -> list[tuple[str, str]]:
    return first_fixes(engine, text, RULE)


def test_year_word_after_a_long_capitalised_chain(engine) -> None:
    text = "Izin itu mengacu pada Peraturan Gubernur Jawa Tengah (Pergub) Nomor 19 tahun 2017."
    assert flags(engine, text) == [("tahun", "Tahun")]


def test_lower_case_head_number_word_and_year(engine) -> None:
    text = "Pungutan itu dihapus lewat perwali no 3 tahun 2016 yang kini direvisi."
    assert flags(engine, text) == [("perwali", "Perwali"), ("no", "No."), ("tahun", "Tahun")]


def test_article_after_the_citation_and_before_a_code(engine) -> None:
    text = "Penyidik memakai UU 8 tahun 1999 pasal 62 dan pasal 372 KUHP dalam berkas itu."
    assert flags(engine, text) == [("tahun", "Tahun"), ("pasal", "Pasal"), ("pasal", "Pasal")]


def test_a_citation_wholly_in_lower_case_is_given_in_title_case(engine) -> None:
    text = (
        "Pembagian kewenangan itu diatur keputusan menteri agama nomor 9 tahun 2015 tentang haji."
    )
    assert flags(engine, text) == [
        ("keputusan menteri agama nomor 9 tahun 2015", "Keputusan Menteri Agama Nomor 9 Tahun 2015")
    ]


def test_numbers_and_years_outside_a_citation_stay(engine) -> None:
    text = (
        "Pemenang nomor 7 tahun 2019 kembali ikut. Sejak tahun 2012 ia bekerja di Dinas "
        "Perhubungan. Pasal itu dibahas ulang, dan pasal lain menyusul tahun depan. "
        "Kamar nomor 12 tahun lalu direnovasi."
    )
    assert flags(engine, text) == []


def test_a_citation_written_right_is_quiet(engine) -> None:
    text = "Sesuai Peraturan Daerah Kabupaten Sikka Nomor 4 Tahun 2020 Pasal 12 ayat (2), retribusi naik."
    assert flags(engine, text) == []


def test_a_lower_case_law_keeps_both_halves_of_its_reduplicated_head(engine) -> None:
    text = "Dana desa itu diatur undang-undang nomor 6 tahun 2014 dan aturan turunannya."
    assert flags(engine, text) == [
        ("undang-undang nomor 6 tahun 2014", "Undang-Undang Nomor 6 Tahun 2014")
    ]
