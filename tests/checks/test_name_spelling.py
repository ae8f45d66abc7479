"""A name spelt two ways in one draft, and the period of a short form the draft defines."""

from __future__ import annotations

import pytest

from editor.checks.engine import CheckEngine


@pytest.fixture(scope="module")
def engine() -> CheckEngine:
    return CheckEngine.default()


def name_fixes(engine: CheckEngine, text: str) -> list[tuple[str, str]]:
    return [
        (f.text, f.suggestions[0])
        for f in engine.check(text)
        if f.rule == "STRUCT.ConsistentNameSpelling"
    ]


def test_a_name_beside_the_same_name_spelt_otherwise_is_flagged(engine) -> None:
    text = (
        "Kepala desa Sartika Wulandari membuka pasar murah di balai desa.\n"
        "Pasar murah itu, menurut Sartika Wulandary, digelar tiap bulan."
    )
    assert name_fixes(engine, text) == [("Wulandary", "Wulandari")]


def test_a_later_mention_alone_takes_the_full_names_spelling(engine) -> None:
    text = (
        "Camat Lembah Hijau, Darsono Wikanta, meninjau sawah warga.\n"
        "“Irigasi harus segera diperbaiki,” kata Wikana di sela kunjungan."
    )
    assert name_fixes(engine, text) == [("Wikana", "Wikanta")]


def test_words_terms_and_short_forms_are_not_names_to_align(engine) -> None:
    for text in (
        "Rapat dihadiri Vice President perusahaan. Presiden direktur tidak hadir hari itu.",
        "Kepala Dinkes Lembah Hijau hadir. Sementara itu, Dikes provinsi mengirim dua petugas.",
        "Dusun Sukamaju dan Dusun Sukamaja berbatasan langsung dengan hutan lindung.",
    ):
        assert name_fixes(engine, text) == []


def test_two_people_with_names_a_letter_apart_stay(engine) -> None:
    text = (
        "Penghargaan diterima Rahmat Hidayat dari Desa Sukamaju.\n"
        "Penghargaan lain diterima Rahmad Saputra dari Desa Makmur."
    )
    assert name_fixes(engine, text) == []
