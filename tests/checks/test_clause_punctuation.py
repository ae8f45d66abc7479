"""Punctuation inside the clause: a comma between a noun-phrase subject and its verb is flagged
for deletion; commas that close an adverbial, an apposition or a parenthesis stay quiet."""

from __future__ import annotations

import pytest

from editor.checks.engine import CheckEngine
from editor.checks.lexicon import Lexicon
from editor.checks.rules import load_bundled

RULE = "EYD.Punctuation.SubjectPhraseComma"


@pytest.fixture(scope="module")
def engine() -> CheckEngine:
    return CheckEngine(Lexicon.load_default(), load_bundled())


def flags(engine: CheckEngine, text: str, rule: str) -> list[tuple[str, str, list[str]]]:
    return [
        (f.severity, text[max(0, f.start - 12) : f.end + 1], list(f.suggestions))
        for f in engine.check(text)
        if f.rule == rule
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ketua tim penggerak PKK Kabupaten Klaten, meninjau posyandu di Desa Jetis.",
        "SLEMAN – Kepala Dinas Pertanian Sleman bersama penyuluh lapangan, memeriksa benih jagung.",
        "Bantuan bibit kakao tahap kedua itu, diterima tiga kelompok tani.",
        "Kepala Pelaksana BPBD Sragen, juga menyerahkan terpal kepada warga.",
        "Sementara itu, Kepala Dinas Sosial Klaten Budi Santosa, menyerahkan kursi roda.",
    ],
)
def test_comma_after_the_subject_is_a_warning_to_delete(engine, sentence) -> None:
    found = flags(engine, sentence, RULE)
    assert len(found) == 1
    severity, _, fixes = found[0]
    assert severity == "warning"
    assert fixes == [""]


@pytest.mark.parametrize(
    "sentence",
    [
        "Kepala Dinas Pertanian, Sri Lestari, meninjau sawah yang terendam.",
        "Sore itu, diumumkan pemenang lomba kebersihan kampung.",
        "Usai apel pagi, dilanjutkan dengan senam bersama di halaman kantor.",
        "Dalam kunjungan kerja tersebut, bupati meninjau gudang pupuk.",
        "Setelah rapat selesai, peserta mengikuti makan siang.",
        "Jembatan gantung Kali Opak, dibangun pada 1998, menjadi satu-satunya akses warga.",
        "Kepala desa yang baru dilantik, menurut camat, segera menyusun APBDes.",
        "Warga berkumpul di balai desa, menunggu kedatangan petugas.",
        "Selain itu, warga, terutama kaum ibu, mengikuti senam pagi.",
    ],
)
def test_commas_that_close_an_opener_or_an_apposition_stay_quiet(engine, sentence) -> None:
    assert flags(engine, sentence, RULE) == []


def test_an_unattested_subject_word_is_only_a_suggestion(engine) -> None:
    found = flags(engine, "Pengrajin anyaman pandan, mengikuti pameran di alun-alun.", RULE)
    assert [severity for severity, _, _ in found] in ([], ["suggestion"])


QUOTES = "EYD.Punctuation.QuotePairs"


def quote_fixes(engine: CheckEngine, text: str) -> list[tuple[str, str, list[str]]]:
    return [
        (f.severity, text[f.start : f.end], list(f.suggestions))
        for f in engine.check(text)
        if f.rule == QUOTES
    ]


def test_a_quotation_left_open_before_its_attribution_is_closed_there(engine) -> None:
    text = "Judul\n\n“Posko banjir kami buka sampai air surut, tuturnya.\n\nWarga mengungsi."
    assert quote_fixes(engine, text) == [("warning", ",", [",”"])]


def test_a_quotation_left_open_to_the_paragraph_end_is_closed_after_its_period(engine) -> None:
    text = "Judul\n\nIa menegaskan hal itu. “Pasar lama akan kami tata ulang.\n\nRapat ditutup."
    assert quote_fixes(engine, text) == [("warning", ".", [".”"])]


def test_a_closing_mark_after_reported_speech_goes(engine) -> None:
    text = (
        "Judul\n\n“Air bersih sudah mengalir,” kata lurah.\n\n"
        "Lurah menambahkan, pipa baru dipasang pekan depan,” ujarnya."
    )
    assert quote_fixes(engine, text) == [("warning", "”", [""])]


def test_a_period_closing_an_attributed_quotation_becomes_a_comma(engine) -> None:
    text = "Judul\n\n“Semua gudang sudah kami periksa.” Ungkapnya."
    assert quote_fixes(engine, text) == [("warning", ".” Ungkapnya", [",” ungkapnya"])]


def test_a_quotation_that_runs_on_into_the_next_paragraph_stays_quiet(engine) -> None:
    text = (
        "Judul\n\n“Tahun ini kami membangun tiga jembatan gantung.\n\n"
        "“Tahun depan giliran jalan usaha tani,” kata kepala desa.\n\n"
        "“Anggaran dusun kami bagi rata\n"
        "sesuai jumlah warga,” ujarnya."
    )
    assert quote_fixes(engine, text) == []


PERIOD = "EYD.Punctuation.FinalPeriod"


def period_flags(engine: CheckEngine, text: str) -> list[tuple[str, str, list[str]]]:
    return [
        (f.severity, text[f.start : f.end], list(f.suggestions))
        for f in engine.check(text)
        if f.rule == PERIOD
    ]


def test_a_lead_without_its_final_period_is_a_warning(engine) -> None:
    text = (
        "WONOSARI – Bupati Gunungkidul meresmikan embung baru di Kapanewon Semin, Selasa "
        "(4/3/2025), bersama para lurah setempat\nEmbung itu menampung air hujan."
    )
    assert period_flags(engine, text) == [("warning", "setempat", ["setempat."])]


def test_another_body_paragraph_without_a_period_is_only_a_suggestion(engine) -> None:
    text = (
        "Embung Baru Diresmikan\n\nWONOSARI – Bupati meresmikan embung baru.\n"
        "Warga berharap embung itu mampu mengairi sawah pada musim kemarau panjang\n"
        "Embung dibangun dengan dana desa."
    )
    assert [s for s, _, _ in period_flags(engine, text)] == ["suggestion"]


@pytest.mark.parametrize(
    "text",
    [
        "Bupati Resmikan Embung Baru di Kapanewon Semin\n\nWONOSARI – Embung itu diresmikan.",
        "Judul\n\nWarga berharap embung itu mampu mengairi sawah pada musim\nkemarau panjang.",
        "Judul\n\nBerikut lokasi embung yang dibangun dinas pekerjaan umum tahun ini:\n- Semin",
        "Judul\n\nWONOSARI – Embung baru diresmikan.\nFoto: Bupati meninjau embung yang dibangun",
        "Judul\n\nWONOSARI – Bupati meresmikan embung baru yang dibangun dengan dana desa",
    ],
)
def test_headlines_wrapped_lines_lists_captions_and_the_last_line_stay_quiet(engine, text) -> None:
    assert [f for f in period_flags(engine, text) if f[0] != "suggestion"] == []


SUBJECTLESS = "STYLE.Subjectless"


def usage_flags(engine: CheckEngine, text: str) -> list[tuple[str, str]]:
    return [
        (f.severity, text[f.start : f.end]) for f in engine.check(text) if f.rule == SUBJECTLESS
    ]


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        ("Dalam musyawarah itu menyepakati jadwal tanam serentak.", "Dalam"),
        ("Pada arahannya meminta lurah mendata warga miskin.", "Pada"),
        ("Melalui program tersebut berhasil menekan angka putus sekolah.", "Melalui"),
        (
            "Warga bergotong royong. Dalam rangka menyongsong musim hujan di lereng Merapi.",
            "Dalam rangka menyongsong musim hujan di lereng Merapi",
        ),
    ],
)
def test_a_sentence_that_loses_its_subject_to_a_preposition_is_flagged(
    engine, sentence, flagged
) -> None:
    assert usage_flags(engine, sentence) == [("warning", flagged)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Dalam musyawarah itu disepakati jadwal tanam serentak.",
        "Dalam musyawarah itu petani menyepakati jadwal tanam serentak.",
        "Pada arahannya, camat meminta lurah mendata warga miskin.",
        "Dalam rangka menyongsong musim hujan, warga membersihkan selokan.",
        "Dalam rangka menyongsong musim hujan warga membersihkan selokan.",
    ],
)
def test_a_passive_or_a_present_subject_stays_quiet(engine, sentence) -> None:
    assert usage_flags(engine, sentence) == []


def rule_fixes(engine: CheckEngine, text: str, rule: str) -> list[tuple[str, str, list[str]]]:
    return [
        (f.severity, text[f.start : f.end], list(f.suggestions))
        for f in engine.check(text)
        if f.rule == rule
    ]


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        ("Program padat karya itu berjalan 2023 – 2026 di enam kecamatan.", " – "),
        ("Festival layang-layang berlangsung 17 - 19 Agustus di pantai.", " - "),
        ("Angka stunting periode 2021- 2024 turun separuh.", "- "),
    ],
)
def test_a_spaced_dash_in_a_year_or_date_range_is_a_warning(engine, sentence, span) -> None:
    assert rule_fixes(engine, sentence, "EYD.Number.RangeSpaced") == [("warning", span, ["–"])]


@pytest.mark.parametrize(
    "sentence",
    [
        "Program padat karya itu berjalan 2023–2026 di enam kecamatan.",
        "Kesebelasan desa menang 3 - 1 dalam final.",
        "Nomor antrean 120 - 130 dipanggil siang.",
    ],
)
def test_scores_and_closed_ranges_stay_quiet(engine, sentence) -> None:
    assert rule_fixes(engine, sentence, "EYD.Number.RangeSpaced") == []


def test_a_speaker_inside_the_sentence_is_set_off_on_both_sides(engine) -> None:
    text = "Perbaikan tanggul sungai kata Kepala BPBD Klaten, selesai pekan depan."
    found = rule_fixes(engine, text, "EYD.Punctuation.AttributionInside")
    assert found == [("warning", "sungai", ["sungai,"])]
    quiet = "Nama desa itu berasal dari kata Wana, yang berarti hutan."
    assert rule_fixes(engine, quiet, "EYD.Punctuation.AttributionInside") == []


def test_a_thousands_group_split_by_a_space_is_joined(engine) -> None:
    text = "Sebanyak 3. 250 bibit durian dibagikan kepada petani."
    assert rule_fixes(engine, text, "EYD.Number.ThousandsSpace") == [("warning", ". ", ["."])]
    quiet = "Jumlah pemilih tahap ini 2.140. Tahap berikutnya dihitung pekan depan."
    assert rule_fixes(engine, quiet, "EYD.Number.ThousandsSpace") == []


def test_a_final_period_glued_to_a_signature_bracket_gets_its_space(engine) -> None:
    text = "Posko ditutup setelah air surut.(ads)"
    rule = "EYD.Punctuation.SpaceAfterPeriodBracket"
    assert rule_fixes(engine, text, rule) == [("warning", ".(", [". ("])]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Panen raya dipimpin oleh Camat Merapi Barat, Yohanes Lakamau yang datang pagi.",
            "Lakamau",
        ),
        ("PALU – Peresmian Bupati Sigi, Rusdin Talamoa terus dinanti warga.", "Talamoa"),
        ("Bantuan diterima Kepala Desa Pombewe, Andi Rahmat Pettalolo YR pekan lalu.", None),
        ("Kepala Dinas Sosial Sigi, Rusdin Talamoa YR menyerahkan kursi roda.", "YR"),
    ],
)
def test_a_name_after_a_mid_sentence_office_is_closed_by_a_comma(engine, text, name) -> None:
    found = rule_fixes(engine, text, "EYD.Punctuation.AppositionClose")
    if name is None:
        assert found == []
    else:
        assert [(sev, sugg) for sev, _, sugg in found] == [("warning", [name + ","])]


def test_a_name_before_a_phrase_that_runs_on_into_the_predicate_is_closed(engine) -> None:
    text = "Kepala Dinas Pangan Sigi, Rusdin Talamoa dalam sambutannya menjelaskan jadwal panen."
    found = rule_fixes(engine, text, "EYD.Punctuation.AppositionClose")
    assert [(sev, sugg) for sev, _, sugg in found] == [("warning", ["Talamoa,"])]


def test_a_name_before_a_preposition_or_after_a_place_phrase_stays_quiet(engine) -> None:
    for text in (
        "Analis pasar Bank Sulteng, Yohanes Lakamau di Palu mengatakan harga cabai naik.",
        "Di Kantor Bupati Sigi, Rusdin Talamoa menyerahkan kursi roda.",
        "Kepala Dinas Pangan Sigi, Rusdin Talamoa dalam rapat pekan lalu, menjelaskan jadwalnya.",
        "Kepala Desa Pombewe, Yohanes Lakamau sebagai ketua panitia, Rina sebagai bendahara.",
    ):
        assert rule_fixes(engine, text, "EYD.Punctuation.AppositionClose") == []


@pytest.mark.parametrize(
    ("quote", "last"),
    [
        ("“Sumur bor ini kami rawat bersama sejak musim kemarau lalu,” tuturnya", "tuturnya"),
        ("“Panen tahun ini lebih baik,” kata Lurah Sidomulyo Wahyu Prasetyo", "Prasetyo"),
    ],
)
def test_a_quotation_with_its_attribution_but_no_period_is_a_warning(engine, quote, last) -> None:
    text = f"WONOSARI – Lurah membuka lumbung desa.\n{quote}\nLumbung itu dibuka setiap Senin."
    assert period_flags(engine, text) == [("warning", last, [last + "."])]


def test_an_attribution_of_one_name_alone_is_no_warning(engine) -> None:
    text = (
        "WONOSARI – Lurah membuka lumbung.\n“Lumbung ini milik seluruh warga desa kami,” kata"
        " Wahyu\nIa pulang."
    )
    assert [sev for sev, _, _ in period_flags(engine, text) if sev == "warning"] == []


def test_spacing_around_an_initial_a_number_and_a_bracket_is_fixed(engine) -> None:
    initial = "Kepala Desa H.Sukardi Wiryo meninjau sawah."
    assert rule_fixes(engine, initial, "EYD.Punctuation.SpaceAfterInitial") == [
        ("error", ".", [". "])
    ]
    degree = "Sambutan dibacakan Rina Wulandari, S.Kom Sekretaris Dinas."
    assert rule_fixes(engine, degree, "EYD.Punctuation.SpaceAfterInitial") == []
    number = "Anggaran tahun 2027 , untuk irigasi, belum cair."
    assert rule_fixes(engine, number, "EYD.Punctuation.SpaceBefore") == [("error", " ", [""])]
    bracket = "Badan Permusyawaratan Desa (BPD),perangkat, dan warga hadir."
    assert rule_fixes(engine, bracket, "EYD.Punctuation.SpaceAfterComma") == [
        ("error", ",", [", "])
    ]


def test_a_day_is_set_off_from_its_place_and_its_date(engine) -> None:
    after = "Lomba perahu naga digelar di Sungai Musi, Minggu 8 Juni 2025 sore."
    assert rule_fixes(engine, after, "EYD.Punctuation.CommaAfterDay") == [
        ("warning", "Minggu", ["Minggu,"])
    ]
    before = "Lomba perahu naga digelar di Dermaga Benteng Kuto Besak Minggu (8/6/2025)."
    assert rule_fixes(engine, before, "EYD.Punctuation.CommaBeforeDay") == [
        ("warning", "Besak", ["Besak,"])
    ]
    quiet = "Lomba perahu naga digelar di Sungai Musi, Minggu, 8 Juni 2025 sore."
    assert rule_fixes(engine, quiet, "EYD.Punctuation.CommaAfterDay") == []


def test_a_paragraph_without_its_final_period_is_found_after_quotes_and_dashes() -> None:
    # the last word is read from the run of word characters that ends the line, and an
    # attribution from the line's last closing quote mark
    from editor.checks.engine import CheckEngine

    engine = CheckEngine.default()
    text = (
        "SUKAMAJU - Warga Desa Karangjati menanam seribu bibit pohon di tepi sungai\n"
        "“Kami ingin sungai ini tetap jernih bagi anak cucu,” kata Lurah Karangjati Sutrisno\n"
        "Petugas kebersihan berjaga di sepanjang bantaran sungai itu.\n"
    )
    found = [f for f in engine.check(text) if f.rule == "EYD.Punctuation.FinalPeriod"]
    assert [(f.text, f.severity) for f in found] == [("sungai", "warning"), ("Sutrisno", "warning")]
