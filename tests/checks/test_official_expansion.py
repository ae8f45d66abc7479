"""The words written out before an official acronym in brackets are compared with its official
expansions (resources/words/acronym-expansions.tsv): one word off is flagged with the official word,
a proper name in lower case gets its capitals, anything further off is left alone."""

from __future__ import annotations

import pytest

from editor.checks.engine import CheckEngine
from editor.checks.kinds.official_expansion import _align, _expansions
from editor.checks.lexicon import Lexicon
from editor.checks.rules import load_bundled

WORD = "KBBI.OfficialExpansion"
CASE = "EYD.Capitalization.OfficialExpansion"


@pytest.fixture(scope="module")
def engine() -> CheckEngine:
    return CheckEngine(Lexicon.load_default(), load_bundled())


def flags(engine: CheckEngine, text: str, rule: str = WORD) -> list[tuple[str, str, list[str]]]:
    return [
        (f.severity, text[f.start : f.end], list(f.suggestions))
        for f in engine.check(text)
        if f.rule == rule
    ]


def test_the_table_is_large_and_every_expansion_has_words() -> None:
    table = _expansions()
    assert len(table) >= 200
    assert all(table[key] for key in table)
    assert {e.words for e in table["bpkad"]} >= {
        ("Badan", "Pengelolaan", "Keuangan", "dan", "Aset", "Daerah"),
        ("Badan", "Pengelola", "Keuangan", "dan", "Aset", "Daerah"),
    }


def test_alignment_finds_the_one_word_changed() -> None:
    cost, ops = _align(("a", "x", "c"), ("a", "b", "c"))
    assert cost == 1
    assert [o[0] for o in ops] == ["eq", "sub", "eq"]
    cost, ops = _align(("a", "c"), ("a", "b", "c"))
    assert cost == 1 and ("del", -1, 1) in ops


def test_a_wrong_word_that_fits_the_letters_is_flagged(engine) -> None:
    text = "Wakil bupati memaparkan Rencana Pembangunan Jangka Mendatang Daerah (RPJMD) di depan dewan."
    assert flags(engine, text) == [("warning", "Mendatang", ["Menengah"])]


def test_a_wrong_common_word_that_also_names_a_place_is_still_flagged(engine) -> None:
    text = "Tim ahli menelaah Rencana Panjang Jangka Menengah Daerah (RPJMD) bersama dinas terkait."
    assert flags(engine, text) == [("warning", "Panjang", ["Pembangunan"])]


def test_a_typo_in_one_word_is_flagged_with_the_official_word(engine) -> None:
    text = "Rapat Forum Kerukunan Umat Beragam (FKUB) membahas pendirian rumah ibadah baru."
    assert flags(engine, text) == [("warning", "Beragam", ["Beragama"])]


def test_a_dropped_word_is_flagged_where_it_is_missing(engine) -> None:
    text = "Loket Dinas Kependudukan Pencatatan Sipil (Disdukcapil) dibuka hingga sore."
    assert flags(engine, text) == [("suggestion", "Pencatatan", ["dan Pencatatan"])]


def test_the_fix_keeps_the_lower_case_of_the_run(engine) -> None:
    text = "Pendamping sosial mendata penerima program keluarga harmonis (PKH) di dusun itu."
    assert flags(engine, text) == [("warning", "harmonis", ["harapan"])]


@pytest.mark.parametrize(
    "text",
    [
        # the official expansion
        "Kepala Badan Narkotika Nasional Provinsi (BNNP) meninjau panti rehabilitasi.",
        "Hasil Musyawarah Perencanaan Pembangunan (Musrenbang) desa diserahkan ke camat.",
        # the other official expansion of the same acronym
        "Laporan Badan Pengelola Keuangan dan Aset Daerah (BPKAD) dibahas pekan depan.",
        # more than one word different: another body or a regional name
        "Kantor Badan Perencanaan Penelitian dan Pengembangan Daerah (Bappeda) pindah gedung.",
        "Staf Dinas Komunikasi, Informatika, dan Statistik (Diskominfo) memotret acara itu.",
        # a place inside or after the name
        "Relawan Badan Penanggulangan Bencana Sigi (BPBD) membagikan selimut.",
        "Petugas Dinas Kesehatan Kabupaten Sigi (Dinkes) memeriksa air sumur warga.",
        # a word of level for another: rather the acronym is the slip
        "Rancangan Rencana Pembangunan Jangka Menengah Desa (RPJMD) dibacakan di balai desa.",
        # a word that does not fit the acronym's letters
        "Pelatihan digelar Dinas Pemberdayaan Masyarakat dan Kelurahan (DPMD) setempat.",
        # two words only: a different word is no slip
        "Pegawai Dinas Pendidikan (Dinkes) ikut rapat itu.",
        # an affix sibling of the official word: a variant, not a slip
        "Pejabat Badan Perencana Pembangunan Nasional (Bappenas) meninjau bendungan.",
        "Hasil Musyawarah Rencana Pembangunan (Musrenbang) dibawa ke forum kabupaten.",
        # the words are the name of another acronym: the acronym is the slip
        "Naskah Rencana Pembangunan Jangka Panjang Daerah (RPJMD) diuji publik.",
        # the end of a longer name is another acronym's name (Pekerja Migran Indonesia, PMI)
        "Kantor Badan Pelindungan Pekerja Migran Indonesia (BP2MI) membuka posko pengaduan.",
        # a regional body's kind named in lower case, in general
        "Penyuluh menekankan peran badan permusyawaratan desa (BPD) dalam musyawarah.",
    ],
)
def test_quiet(engine, text: str) -> None:
    assert flags(engine, text) == []
    assert flags(engine, text, CASE) == []


def test_a_level_never_the_bodys_own_is_flagged_even_written_twice(engine) -> None:
    # Daerah for Desa: the acronym's letter fits both, the words are no official name
    text = (
        "Ketua Badan Permusyawaratan Daerah (BPD) Desa Ujung Batu membuka rapat. "
        "Anggota Badan Permusyawaratan Daerah (BPD) lainnya mencatat usulan warga."
    )
    assert flags(engine, text) == [("warning", "Daerah", ["Desa"])] * 2


@pytest.mark.parametrize(
    "text",
    [
        # the words as written are another acronym's official name (RPJMDes)
        "Rancangan Rencana Pembangunan Jangka Menengah Desa (RPJMD) dibacakan di balai desa.",
        # the word of level does not stand at the acronym's letter for it
        "Petugas Dinas Penanggulangan Bencana Daerah (BPBD) datang ke lokasi longsor.",
        # levels with bodies alike at both: the acronym may be the slip
        "Ketua Dewan Perwakilan Rakyat Kota (DPRK) Banda Aceh menerima tamu.",
    ],
)
def test_a_level_swap_is_quiet_where_the_letters_or_the_table_allow_it(engine, text) -> None:
    assert flags(engine, text) == []


def test_a_name_the_draft_writes_alike_twice_is_its_own(engine) -> None:
    text = (
        "Ketua Forum Kerukunan Umat Beragam (FKUB) membuka dialog. "
        "Sekretaris Forum Kerukunan Umat Beragam (FKUB) mencatat usulan."
    )
    assert flags(engine, text) == []


def test_an_official_name_in_lower_case_gets_its_capitals(engine) -> None:
    text = "Warga penerima program keluarga harapan (PKH) diminta memperbarui data di kantor desa."
    assert flags(engine, text, CASE) == [
        ("warning", "program keluarga harapan", ["Program Keluarga Harapan"])
    ]


def test_a_common_noun_in_lower_case_is_left_alone(engine) -> None:
    text = "Pemohon membawa kartu tanda penduduk (KTP) dan kartu keluarga (KK) asli."
    assert flags(engine, text, CASE) == []
    assert flags(engine, text) == []


def test_a_regional_body_in_lower_case_before_its_place_gets_its_capitals(engine) -> None:
    text = "Petugas dinas perhubungan (Dishub) Banyuasin mengatur arus mudik di simpang."
    assert flags(engine, text, CASE) == [("warning", "dinas perhubungan", ["Dinas Perhubungan"])]
    general = "Petugas dinas perhubungan (Dishub) di banyak daerah kewalahan saat mudik."
    assert flags(engine, general, CASE) == []


def test_a_one_letter_slip_that_makes_another_word_is_flagged(engine) -> None:
    text = "Personel Kepolisian Resort (Polres) berjaga di simpang empat."
    assert flags(engine, text) == [("warning", "Resort", ["Resor"])]


def test_a_common_noun_begun_with_a_capital_mid_sentence_is_lowered(engine) -> None:
    text = "Camat memimpin Rapat koordinasi (rakor) menjelang musim hujan."
    assert flags(engine, text, CASE) == [("warning", "Rapat", ["rapat"])]
    for quiet in (
        "Camat memimpin Rapat Koordinasi (Rakor) menjelang musim hujan.",
        "Rapat koordinasi (rakor) dipimpin camat menjelang musim hujan.",
    ):
        assert flags(engine, quiet, CASE) == []


def test_a_half_capitalised_run_whose_initials_are_the_acronym_is_left_to_acronym_expansion(
    engine,
) -> None:
    text = "Penyidik komisi Pemberantasan korupsi (KPK) memeriksa dua saksi kemarin."
    assert flags(engine, text, CASE) == []
    assert flags(engine, text, "EYD.Capitalization.AcronymExpansion") != []


def test_a_body_whose_acronym_is_written_as_a_name_gets_its_capitals(engine) -> None:
    text = "Petugas dinas kesehatan (Dinkes) memeriksa kesehatan warga di balai desa."
    assert flags(engine, text, CASE) == [("warning", "dinas kesehatan", ["Dinas Kesehatan"])]
    half = "Rapat dibuka oleh Badan perencanaan pembangunan daerah (Bappeda) pagi tadi."
    assert flags(engine, half, CASE) == [
        ("warning", "perencanaan pembangunan daerah", ["Perencanaan Pembangunan Daerah"])
    ]
    # the words to recase only: the same finding as Institution's on "Dinas kesehatan"
    both = "Petugas Dinas kesehatan (Dinkes) memeriksa warga di balai desa."
    found = [(f.rule, f.text) for f in engine.check(both)]
    assert [t for r, t in found if "Institution" in r or "OfficialExpansion" in r] == ["kesehatan"]
    for quiet in (
        "Setiap dinas kesehatan (Dinkes) wajib menyiapkan data gizi balita.",
        "Peran badan permusyawaratan desa (BPD) makin penting bagi warga.",
    ):
        assert flags(engine, quiet, CASE) == []


def test_an_event_and_its_acronym_both_in_lower_case_are_a_common_noun(engine) -> None:
    quiet = "Bupati membuka musyawarah perencanaan pembangunan (musrenbang) di kecamatan."
    assert flags(engine, quiet, CASE) == []
    body = "Staf badan kesatuan bangsa dan politik (kesbangpol) menggelar diskusi."
    assert flags(engine, body, CASE) == [
        ("warning", "badan kesatuan bangsa dan politik", ["Badan Kesatuan Bangsa dan Politik"])
    ]


def test_a_government_or_office_named_by_the_place_after_its_acronym_is_capitalised(
    engine,
) -> None:
    text = "Bantuan dari pemerintah kota (Pemkot) Lahat tiba kemarin sore."
    assert flags(engine, text, CASE) == [("warning", "pemerintah kota", ["Pemerintah Kota"])]
    office = "Rapat dibuka Sekretaris daerah provinsi (Sekdaprov) Jambi di aula."
    assert flags(engine, office, CASE) == [("warning", "daerah provinsi", ["Daerah Provinsi"])]
    assert flags(engine, "Peran pemerintah kota (pemkot) sangat besar.", CASE) == []
