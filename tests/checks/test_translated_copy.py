"""Translated and technical copy on edited news: foreign names and words, name particles, a
draft's own terms and productive derivations are not Indonesian typos; optional commas and
sentence-level style stay suggestions (the severity policy in the README)."""

from __future__ import annotations

import pytest

from editor.checks.engine import CheckEngine
from tests.checks.alarms import alarms, first_fixes


@pytest.fixture(scope="module")
def engine() -> CheckEngine:
    return CheckEngine.default()


def test_a_word_with_letters_indonesian_does_not_use_is_foreign(engine) -> None:
    text = "Pelatih tim tamu, Joaquín Peñalosa, memuji lapangan yang baru direnovasi itu."
    assert alarms(engine, text) == {}
    found = [f for f in engine.check(text) if f.text == "Joaquín"]
    assert found and all(f.severity == "suggestion" and f.suggestions == () for f in found)


def test_a_name_in_use_in_the_world_is_no_typo_but_its_twin_in_the_draft_is(engine) -> None:
    # "Bristol" is a known word's neighbour only by the dictionary, not by this draft
    assert alarms(engine, "Kapal itu berlayar dari pelabuhan Bristol menuju Lisbon.") == {}
    twin = (
        "Wali kota Durbin membuka festival. Durbin berharap pengunjung datang. "
        "Menurut Durbin, acara digelar tahunan. Warga menyambut Durbon dengan tarian."
    )
    assert "Durbon" in alarms(engine, twin)


def test_a_short_particle_between_capitalised_words_is_part_of_the_name(engine) -> None:
    text = "Lukisan karya Pieter van Dongen dipamerkan bersama koleksi Andrea di Sarto."
    assert alarms(engine, text) == {}
    title = "Posko dibuka di Jalan dr Soetomo sejak pagi."
    assert "dr" in alarms(engine, title) or any(
        f.text == "dr" and f.severity != "suggestion" for f in engine.check(title)
    )


def test_a_frequent_english_word_is_foreign_not_a_slip_but_its_adaptation_is_wanted(
    engine,
) -> None:
    assert alarms(engine, "Pabrik itu menjual kain dengan lapisan flock yang lembut.") == {}
    # the English spelling of a word Indonesian has adapted is the thing to fix (KBBI: dron)
    found = alarms(engine, "Warga menerbangkan drone di atas lapangan desa.")
    assert found.get("drone", [None])[0] == "dron"


def test_an_unknown_word_written_three_times_is_the_drafts_own_term(engine) -> None:
    text = (
        "Gabah jenis ciherang diserahkan. Petani menanam ciherang di sawah. "
        "Benih ciherang dibagikan gratis."
    )
    assert "ciherang" not in alarms(engine, text)


def test_productive_derivations_of_frequent_words_are_words(engine) -> None:
    assert alarms(engine, "Laporan kuartalan perusahaan itu terbit bulan depan.") == {}
    # a suffix doubled by a slip is still a typo
    assert "pelayananan" in alarms(engine, "Mutu pelayananan puskesmas terus dibenahi.")


def test_an_optional_comma_after_an_opening_adverbial_is_only_a_suggestion(engine) -> None:
    text = "Rapat dibuka pukul delapan. Menurutnya semua usulan warga akan dibahas."
    found = [f for f in engine.check(text) if "Menurutnya" in f.text]
    assert found and all(f.severity == "suggestion" for f in found)
    connector = "Jembatan ditutup. Oleh karena itu warga memutar lewat pasar."
    assert [f for f in engine.check(connector) if f.rule == "EYD.Punctuation.CommaAfterOpener"]


def test_sedangkan_opening_a_sentence_is_only_a_suggestion(engine) -> None:
    text = "Tahap pertama selesai bulan lalu. Sedangkan tahap kedua dimulai pekan depan."
    found = [f for f in engine.check(text) if f.rule == "STYLE.SedangkanOpening"]
    assert found and all(f.severity == "suggestion" for f in found)


def test_colloquial_speech_inside_a_quotation_is_only_a_suggestion(engine) -> None:
    quoted = 'Camat berkata, "Kami pengen jalan ini cepat diperbaiki," di balai desa.'
    found = [f for f in engine.check(quoted) if f.rule == "KBBI.Colloquial"]
    assert found and all(f.severity == "suggestion" for f in found)
    plain = "Warga pengen jalan desa cepat diperbaiki."
    assert [
        f for f in engine.check(plain) if f.rule == "KBBI.Colloquial" and f.severity != "suggestion"
    ]


def test_a_foreign_word_inside_a_name_is_no_usage_slip(engine) -> None:
    named = "Lagu itu masuk tangga lagu Billboard 100 pekan lalu."
    assert not [f for f in engine.check(named) if f.rule == "STYLE.Foreign"]
    plain = "Panitia menyiapkan launching aplikasi desa."
    assert [f for f in engine.check(plain) if f.rule == "STYLE.Foreign"]


def test_a_misspelled_foreign_word_gets_its_indonesian_equivalent(engine) -> None:
    text = "Kepala dinas mengundang para stakholder dan membuka workhsop di aula desa."
    assert first_fixes(engine, text, "STYLE.Foreign") == [
        ("stakholder", "pemangku kepentingan"),
        ("workhsop", "lokakarya"),
    ]
    # a capitalised unknown word may be a name or a brand; a short one is a slip of too many
    named = "Tim Stakholder Nusantara dan grup Onlin tampil di panggung."
    assert not first_fixes(engine, named, "STYLE.Foreign")


def test_a_short_form_right_after_its_long_form_is_defined(engine) -> None:
    text = "Badan Usaha Milik Desa Bumdesa membuka kios. Pengurus Bumdesa melapor tiap bulan."
    assert "Bumdesa" not in alarms(engine, text)
    assert "Pendidkan" in alarms(engine, "Kepala Dinas Pendidikan Pendidkan hadir di sekolah itu.")


def test_a_rating_code_glued_to_capitals_is_the_drafts_term(engine) -> None:
    text = "Lembaga itu memberi peringkat 'AA-kr' (AA minus, kr) kepada obligasi daerah."
    assert "kr" not in alarms(engine, text)


def test_the_mechanisms_decide_on_their_evidence() -> None:
    from editor.checks.kinds import spelling as sp
    from editor.checks.text import TextModel

    assert sp._foreign_letters("Peñalosa") and not sp._foreign_letters("Penalosa")
    assert sp._adaptation("drone", "dron") and sp._adaptation("protocol", "protokol")
    assert sp._adaptation("california", "kalifornia") and not sp._adaptation("matte", "mate")
    text = "Lukisan Pieter van Dongen dan Jalan dr Soetomo"
    words = TextModel(text).words
    at = {t.text: i for i, t in enumerate(words)}
    assert sp._name_particle(text, words, at["van"])
    assert not sp._name_particle(text, words, at["dr"])  # a title without its period
    assert sp._CODE_TAIL.findall("peringkat 'AA-idn' dan 'A+idn'") == ["idn", "idn"]
