"""Real-word slips: a typo that makes another valid word is flagged only where the context says
which word belongs there (a month between a day and a year, an official name as news writes it,
the words either side), and a correct sentence stays silent."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from editor.checks.engine import CheckEngine
from editor.services.checking import build_engine

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def engine() -> CheckEngine:
    return build_engine()


def realword(engine: CheckEngine, text: str) -> list[tuple[str, str, str, tuple[str, ...]]]:
    findings = engine.check(text)
    return [
        (f.rule, f.severity, f.text, f.suggestions)
        for f in findings
        if f.rule.startswith("KBBI.RealWord")
    ]


def test_a_word_between_a_day_and_a_year_becomes_the_nearest_month(engine: CheckEngine) -> None:
    found = realword(engine, "Pendaftaran calon peserta dibuka sejak 4 Mare 2025 di kantor desa.")
    assert found == [("KBBI.RealWord.Month", "warning", "Mare", ("Maret",))]
    found = realword(engine, "Gedung serbaguna itu diresmikan pada 21 Jeli 2024.")
    assert found and found[0][3] == ("Juli",)


def test_a_real_month_or_a_count_before_a_year_is_left_alone(engine: CheckEngine) -> None:
    assert realword(engine, "Pendaftaran calon peserta dibuka sejak 4 Maret 2025.") == []
    assert realword(engine, "Sebanyak 12 Desa 2024 menerima penghargaan.") == []


def test_an_official_name_with_one_word_off_is_put_right(engine: CheckEngine) -> None:
    found = realword(
        engine, "Warga wajib melampirkan kartu Nomor Rokok Wajib Pajak saat mendaftar."
    )
    assert found == [("KBBI.RealWord.Name", "warning", "Rokok", ("Pokok",))]
    assert (
        realword(engine, "Warga wajib melampirkan kartu Nomor Pokok Wajib Pajak saat mendaftar.")
        == []
    )


def test_an_official_form_of_the_gazetteer_counts_as_a_name(engine: CheckEngine) -> None:
    found = realword(engine, "Pemkab menargetkan predikat Kota Layak Anal pada tahun depan.")
    assert found == [("KBBI.RealWord.Name", "warning", "Anal", ("Anak",))]


def test_the_words_either_side_name_the_word_meant_a_warning_when_counts_are_strong(
    engine: CheckEngine,
) -> None:
    found = realword(engine, "Pembangunan jembatan gantung itu selesai pada tahu 2024 silam.")
    assert found == [("KBBI.RealWord.Context", "warning", "tahu", ("tahun",))]
    assert realword(engine, "Ibu-ibu PKK belajar membuat tahu dari kedelai lokal.") == []


def test_a_far_more_frequent_sibling_that_fits_both_sides_is_suggested(engine: CheckEngine) -> None:
    found = realword(engine, "Rumah sakit daerah terus meningkatkan pelayan kesehatan bagi warga.")
    assert found == [("KBBI.RealWord.Context", "suggestion", "pelayan", ("pelayanan",))]
    assert realword(engine, "Pelayan rumah makan itu melayani tamu dengan ramah.") == []


def test_a_slip_for_a_function_word_is_caught_on_one_neighbour(engine: CheckEngine) -> None:
    found = realword(engine, "Para nelayan tang tinggal di pesisir mendapat bantuan jaring.")
    assert found == [("KBBI.RealWord.Context", "suggestion", "tang", ("yang",))]
    assert realword(engine, "Para nelayan yang tinggal di pesisir mendapat bantuan jaring.") == []


def test_build_script_explains_itself_without_network() -> None:
    script = ROOT / "scripts" / "data" / "build_realword_stats.py"
    out = subprocess.run([sys.executable, str(script), "--help"], capture_output=True, text=True)
    assert out.returncode == 0 and "--shared" in out.stdout and "--wheel-dir" in out.stdout
    head = (ROOT / "resources" / "stats" / "realword.tsv").read_text(encoding="utf-8")[:600]
    assert "nlp-id" in head and "build_realword_stats.py" in head


def test_the_real_word_tables_come_back_from_the_cache_and_a_corrupt_cache_is_remade(
    tmp_path, monkeypatch
) -> None:
    from editor.checks.corpus_stats import _read_realword, cached_from

    monkeypatch.setenv("SUNTING_CACHE_DIR", str(tmp_path))
    builds: list[int] = []

    def build():  # type: ignore[no-untyped-def]
        builds.append(1)
        return _read_realword()

    first = cached_from("realword.tsv", "realword-test", type(_read_realword()), build)
    again = cached_from("realword.tsv", "realword-test", type(first), build)
    assert builds == [1] and again == first
    (cached,) = tmp_path.glob("realword-test-*.pickle")
    cached.write_bytes(b"not a pickle")
    remade = cached_from("realword.tsv", "realword-test", type(first), build)
    assert builds == [1, 1] and remade == first


def test_the_neighbours_of_a_word_are_those_a_scan_of_the_corpus_words_finds() -> None:
    from editor.checks.corpus_stats import realword_stats
    from editor.checks.kinds.realword import _known_neighbours, distance

    words = realword_stats().words
    for word in ("pelayan", "tahu", "sekolha", "anggaran", "bantuab", "desaan", "jalaan"):
        scan = {v for v in words if v != word and distance(v, word) == 1}
        siblings = {word + "an"}
        if word.endswith("an"):
            siblings |= {word[:-2], word[:-2] + "aran"}
        if word.endswith("aran"):
            siblings.add(word[:-4] + "an")
        scan |= siblings & words.keys()
        assert _known_neighbours(word) == tuple(sorted((v, words[v]) for v in scan))


def test_a_corpus_words_neighbours_from_the_table_are_those_the_index_finds() -> None:
    from editor.checks.corpus_stats import realword_stats
    from editor.checks.kinds.realword import _corpus_neighbours, _known_neighbours, _neighbours

    words = realword_stats().words
    assert len(_corpus_neighbours()) > 1000
    for word in list(words)[::40]:  # every 40th corpus word, the table's and the index's
        assert _known_neighbours(word) == _neighbours(word)


def test_pada_after_a_verb_of_telling_before_a_person_addressed_is_kepada(
    engine: CheckEngine,
) -> None:
    found = realword(engine, "Lurah menjelaskan pada wartawan bahwa posko ditutup sore ini.")
    assert found == [("KBBI.RealWord.Recipient", "warning", "pada", ("kepada",))]
    found = realword(engine, "Sekda menyampaikan langsung pada masyarakat hasil rapat itu.")
    assert [f[2:] for f in found] == [("pada", ("kepada",))]
    # a time, a meeting or an object after "pada", or no verb of telling before it: left alone
    for text in (
        "Lurah menjelaskan pada Selasa bahwa posko ditutup sore ini.",
        "Hasilnya dijelaskan pada rapat koordinasi di kantor bupati.",
        "Beban itu paling berat pada masyarakat miskin di pinggiran kota.",
        "Lurah menjelaskan kepada wartawan bahwa posko ditutup sore ini.",
    ):
        assert realword(engine, text) == [], text


def test_one_neighbour_that_marks_the_other_word_is_enough_for_a_suggestion(
    engine: CheckEngine,
) -> None:
    # "ibu hamil" is common, "ibu hasil" never met though "hasil" is as frequent: a suggestion
    found = realword(engine, "Bidan desa mengunjungi ibu hasil secara rutin.")
    assert found == [("KBBI.RealWord.Context", "suggestion", "hasil", ("hamil",))]
    assert realword(engine, "Bidan desa mengunjungi ibu hamil secara rutin.") == []
    # a neighbour that goes with anything ("di", "yang") names no word
    assert realword(engine, "Hasil panen di dusun itu melimpah tahun ini.") == []


def test_an_official_expansion_of_an_acronym_counts_as_a_name(engine: CheckEngine) -> None:
    # written out without its acronym, an official name with one word one edit off
    found = realword(engine, "Kepala Badan Penanggulangan Bencana Darah meninjau lokasi longsor.")
    assert found == [("KBBI.RealWord.Name", "warning", "Darah", ("Daerah",))]
    # official names one edit from each other are both known: neither is flagged
    assert (
        realword(engine, "Kepala Badan Penanggulangan Bencana Daerah meninjau lokasi longsor.")
        == []
    )
    assert realword(engine, "Ketua Dewan Pimpinan Daerah dan Dewan Perwakilan Daerah hadir.") == []


def test_a_listed_name_of_two_words_with_one_word_off_is_put_right(engine: CheckEngine) -> None:
    found = realword(engine, "Pegawai Sekretariat Darah mengikuti apel pagi di halaman kantor.")
    assert found == [("KBBI.RealWord.Name", "warning", "Darah", ("Daerah",))]
    # two capitalised words the lists do not hold (a person's name) are left alone
    assert realword(engine, "Sekretariat Daerah menerima Bayu Santosa kemarin.") == []
