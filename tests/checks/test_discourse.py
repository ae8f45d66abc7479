"""Names, defined acronyms, addresses and foreign phrases, learned from the draft itself."""

from __future__ import annotations

import pytest

from editor.checks.discourse import acronym_fits
from editor.checks.engine import CheckEngine
from tests.checks.alarms import alarms, first_fixes


@pytest.fixture(scope="module")
def engine() -> CheckEngine:
    return CheckEngine.default()


def spelling(engine: CheckEngine, text: str) -> list:
    return [f for f in engine.check(text) if f.rule == "KBBI.Spelling"]


def test_a_repeated_unknown_name_is_never_an_error(engine) -> None:
    text = (
        "Kegiatan dibuka oleh Lurah Marsudi. Marsudi berharap warga tertib. "
        "Menurut Marsudi, pasar murah akan digelar tiap bulan."
    )
    assert alarms(engine, text) == {}
    assert all(f.suggestions == () for f in spelling(engine, text))  # never "Mar sudi"


def test_a_name_after_a_title_gets_no_common_word_suggestion(engine) -> None:
    text = "Bantuan diserahkan Camat Santiko kepada kelompok tani. Santiko berpesan agar dirawat."
    found = spelling(engine, text)
    assert found and all(f.severity == "suggestion" for f in found)
    for f in found:
        assert not any(engine.lexicon.is_common(s) for s in f.suggestions)


def test_a_name_before_a_degree_or_among_name_parts_is_quiet(engine) -> None:
    text = (
        "Rapat dipimpin Kepala Dinas Pertanian Rusdianto Kalumpang, S.P., M.Si., "
        "didampingi staf ahli Andi Mappatunru."
    )
    assert spelling(engine, text) == []


def test_batch_never_turns_a_name_into_a_common_word(engine) -> None:
    text = "Wakil Bupati H. Hani Syopiar Rustam menyerahkan hadiah lomba."
    assert not [f for f in engine.check(text) if f.batch_safe and "Syopiar" in f.text]
    assert alarms(engine, text) == {}


def test_a_names_rarer_spelling_is_found_from_the_usual_one(engine) -> None:
    text = (
        "Kepala desa Marlianto membuka musyawarah. Marlianto meminta warga hadir. "
        "Usulan warga dicatat Marlianto. Rapat ditutup Marliyanto sore hari."
    )
    found = alarms(engine, text)
    assert found == {"Marliyanto": ["Marlianto"]}


def test_an_acronym_defined_in_the_draft_is_a_word_of_it(engine) -> None:
    text = (
        "Kelompok Penggerak Lumbung Desa (Pokgerlumdes) dibentuk bulan ini. "
        "Pokgerlumdes akan mendata lumbung padi."
    )
    assert spelling(engine, text) == []
    assert acronym_fits("Kabid", "Kepala Bidang")
    assert acronym_fits("PLTD", "pembangkit listrik tenaga diesel")
    assert acronym_fits("Pokdarwis", "Kelompok Sadar Wisata")
    assert not acronym_fits("Kabid", "Dinas Sosial")


def test_domains_handles_and_emails_are_not_words(engine) -> None:
    text = (
        "MAROS, kabarpesisir.co.id – Pendaftaran dibuka melalui dinsos@pangkepkab.go.id "
        "dan akun @dinsos_pangkep."
    )
    flagged = [f for f in engine.check(text) if f.severity in ("error", "warning")]
    assert not [f for f in flagged if f.category in ("spelling", "capitalization")]


def test_an_english_phrase_is_foreign_not_a_misspelling(engine) -> None:
    text = "Relawan menggelar aksi clean up the river di sepanjang bantaran kali."
    assert alarms(engine, text) == {}
    notes = {f.text for f in spelling(engine, text)}
    assert "the" not in alarms(engine, text)
    assert notes <= {"clean", "up", "the", "river"}


def test_a_typo_inside_an_office_name_is_still_found(engine) -> None:
    # a run of common capitalised words is an office, not a person: the typo stays an error
    found = alarms(engine, "Rapat digelar di Kantor Dinas Kesehatn Kabupaten.")
    assert found.get("Kesehatn", [None])[0] == "Kesehatan"


def test_a_regional_phrase_is_quiet_but_two_typos_are_not(engine) -> None:
    regional = "Tetua adat membuka acara dengan pepatah naiak batanggo, adaik bakato di halaman."
    assert alarms(engine, regional) == {}
    typos = "Petugas memerikas kendaraam di pos itu."
    assert set(alarms(engine, typos)) == {"memerikas", "kendaraam"}


def test_a_regional_saying_quoted_with_its_capitals_is_quiet(engine) -> None:
    # two lower-case unknowns with a capitalised one among them: a saying, not two typos
    text = "Tetua adat mengutip pepatah Alam Takambang jadi guru, adaik basandi syarak di balai."
    assert alarms(engine, text) == {}
    # a capitalised name beside one typo does not quiet the typo
    found = alarms(engine, "Bupati Hendrikus memerikas kendaraan di pos itu.")
    assert "memerikas" in found


def test_a_word_the_writer_uses_three_times_is_theirs(engine) -> None:
    text = (
        "Warga merawat lamporan di tepi sungai. Setiap lamporan dijaga pemuda. "
        "Pemerintah desa mendata lamporan yang rusak."
    )
    assert "lamporan" not in alarms(engine, text)
    assert any(f.text == "lamporan" for f in spelling(engine, text))  # still a quiet note


def test_a_registered_company_name_keeps_its_spelling(engine) -> None:
    text = "Jalan itu dibangun PT Multi Karya Sentosa bersama warga desa."
    assert not [f for f in engine.check(text) if "Multi" in f.text and f.severity != "suggestion"]
    plain = "Kegiatan itu bersifat multi sektor dan melibatkan warga."
    assert [f for f in engine.check(plain) if f.category == "affix"]


def test_a_name_in_common_use_is_no_slip_but_a_loan_adaptation_is(engine) -> None:
    assert alarms(engine, "Film itu menampilkan tokoh Thanos yang terkenal.") == {}
    found = alarms(engine, "Petugas menertibkan truk pengangkut kayu Illegal di jalan desa.")
    assert found.get("Illegal", [None])[0] == "Ilegal"


def test_a_degree_inside_the_run_still_marks_the_name(engine) -> None:
    text = "Acara dibuka Camat Sungai Lilin, Hendra Kharisma SIP MSi, di balai desa."
    assert not [
        f for f in engine.check(text) if f.text == "Kharisma" and f.severity != "suggestion"
    ]


def test_a_typo_of_a_frequent_word_next_to_a_name_is_still_found(engine) -> None:
    text = "Rapat dipandu Kepala Seksi Pemberdayaan Masyarakt Sukowiyono dari kecamatan."
    assert alarms(engine, text).get("Masyarakt", [None])[0] == "Masyarakat"
    assert "Sukowiyono" not in alarms(engine, text)


def test_a_non_standard_head_of_a_unit_after_a_title_is_not_part_of_a_name(engine) -> None:
    # "Wali Kota Sungai Penuh Propinsi Jambi": the title's name ends where the province begins;
    # the person's own spelling is respected, the province's head is not theirs to choose
    text = "Kunjungan itu diikuti Wali Kota Sungai Penuh Propinsi Jambi bersama rombongan."
    assert alarms(engine, text, "KBBI.Nonstandard") == {"Propinsi": ["Provinsi"]}
    named = "Rapat itu dibuka oleh Bupati Ahmad Sholeh di aula kantor."
    assert alarms(engine, named, "KBBI.Nonstandard") == {}


def test_a_defined_short_form_still_takes_its_period(engine) -> None:
    # defining "Kabid" lets the draft use it for its long form; defining "(Pj)" (the definition
    # itself left alone) does not make the period of the abbreviation "Pj." optional after it
    kabid = "Dinas itu kini punya Kepala Bidang (Kabid) baru. Kabid itu menjelaskan peta wilayah."
    assert "EYD.Abbreviation.Kabid" not in {f.rule for f in engine.check(kabid)}
    pj = "Pelantikan Penjabat (Pj) Bupati Sumber Jaya digelar. Pj Bupati lalu menyapa warga."
    assert first_fixes(engine, pj, "EYD.Abbreviation.Pj") == [("Pj", "Pj.")]
    # nor the case it is written in: "PLT" for the defined "Plt" is set right, with its period
    plt = "Empat Pelaksana Tugas (Plt) kepala desa dilantik. Keempat PLT Kepala Desa itu hadir."
    assert first_fixes(engine, plt, "EYD.Abbreviation.Plt") == [("PLT", "Plt.")]
