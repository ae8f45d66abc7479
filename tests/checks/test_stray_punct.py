"""Stray and missing punctuation inside real releases: an apposition left open after an office
joined by "dan" or after the name that opens the sentence, a dateline carrying a site's name, a
bracket typed twice or closed with no opening, a time written with a space, a quotation opened in
one shape and closed in the other, an opener after an opening quotation mark, an open
paragraph in a draft that closes its other paragraphs, places of several levels written in a
row, and a period before an attribution glued to the closing mark."""

from __future__ import annotations

import pytest

from editor.checks.engine import CheckEngine
from editor.checks.lexicon import Lexicon
from editor.checks.rules import load_bundled


@pytest.fixture(scope="module")
def engine() -> CheckEngine:
    return CheckEngine(Lexicon.load_default(), load_bundled())


def found(engine: CheckEngine, text: str, rule: str) -> list[tuple[str, str, list[str]]]:
    return [
        (f.severity, text[f.start : f.end], list(f.suggestions))
        for f in engine.check(text)
        if f.rule == rule
    ]


APPOSITION = "EYD.Punctuation.AppositionClose"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "Kepala Dinas Perikanan dan Kelautan Lahat, Sumarni Hadiwijoyo menjelaskan jadwal "
            "penebaran benih ikan.",
            "Hadiwijoyo",
        ),
        (
            "Pameran dibuka oleh Ketua Dewan Kesenian dan Kebudayaan Lahat, Sumarni yang datang "
            "bersama rombongan.",
            "Sumarni",
        ),
        (
            "Andreas Pardede, Ketua Kelompok Tani Sumber Makmur menyampaikan keluhan soal pupuk.",
            "Makmur",
        ),
        (
            "Agus Wiratmo, Kepala Desa Sukamaju mengajak warga membersihkan saluran air.",
            "Sukamaju",
        ),
    ],
)
def test_an_apposition_left_open_is_closed(engine, text, word) -> None:
    assert found(engine, text, APPOSITION) == [("warning", word, [word + ","])]


@pytest.mark.parametrize(
    "text",
    [
        # two offices listed, not one office joining two fields
        "Rapat dihadiri Kepala Dinas Sosial dan Camat Merapi, Sumarni hadir pula.",
        # the office closed by its comma
        "Andreas Pardede, Ketua Kelompok Tani Sumber Makmur, menyampaikan keluhan soal pupuk.",
        # a title, not a given name, opens the sentence
        "Pak Agus, Kepala Desa Sukamaju mengajak warga membersihkan saluran air.",
        # "yang" goes on describing the office
        "Andreas Pardede, Ketua Kelompok Tani yang baru terpilih, menyampaikan keluhannya.",
        # an office of one word may be the next item of a list
        "Andreas Pardede, Camat dan lurah menghadiri panen raya.",
    ],
)
def test_closed_or_listed_offices_stay_quiet(engine, text) -> None:
    assert found(engine, text, APPOSITION) == []


def test_a_dateline_with_a_site_name_opens_the_subject(engine) -> None:
    text = (
        "Lahat | warta-lahat.co.id | Kepala Dinas Pertanian Lahat Sumarni Hadiwijoyo bersama "
        "penyuluh lapangan, meninjau sawah yang terendam."
    )
    assert found(engine, text, "EYD.Punctuation.SubjectPhraseComma") == [("warning", ",", [""])]


BRACKETS = "EYD.Punctuation.BracketPairs"


@pytest.mark.parametrize(
    ("text", "span", "fix"),
    [
        ("Dinas Perhubungan ((Dishub) Lahat memasang rambu baru.", "((", "("),
        ("Dinas Perhubungan (Dishub)) Lahat memasang rambu baru.", "))", ")"),
        ("Rambu dipasang petugas Dishub) Lahat di simpang pasar.", ")", ""),
    ],
)
def test_brackets_typed_twice_or_never_opened(engine, text, span, fix) -> None:
    assert found(engine, text, BRACKETS) == [("warning", span, [fix])]


@pytest.mark.parametrize(
    "text",
    [
        "Syarat lomba: a) warga desa, b) berusia 17 tahun, c) membawa KTP.",
        "Tahap pertama:\n1) pendaftaran;\n2) seleksi berkas.",
        "Selamat datang di Lahat ;)",
        "Rambu dipasang di Simpang Pasar (dekat\nterminal) dan Simpang Sekolah.",
    ],
)
def test_labels_faces_and_broken_lines_keep_their_brackets(engine, text) -> None:
    assert found(engine, text, BRACKETS) == []


def test_a_time_written_with_a_space_after_pukul(engine) -> None:
    text = "Upacara dimulai pukul 07 15 WIB di lapangan kantor bupati."
    assert found(engine, text, "EYD.Number.TimeSeparator") == [("error", "07 15", ["07.15"])]
    assert (
        found(engine, "Sebanyak 07 15 peserta hadir pukul 07.15 WIB.", "EYD.Number.TimeSeparator")
        == []
    )


QUOTES = "EYD.Punctuation.QuotePairs"


def test_a_quotation_in_two_shapes_takes_its_partner_shape(engine) -> None:
    opened = 'Camat meninjau gudang.\n"Stok beras cukup sampai akhir bulan,” kata camat.'
    assert found(engine, opened, QUOTES) == [("warning", '"', ["“"])]
    closed = 'Camat meninjau gudang.\n“Stok beras cukup sampai akhir bulan," kata camat.'
    assert found(engine, closed, QUOTES) == [("warning", '"', ["”"])]
    straight = 'Camat meninjau gudang.\n"Stok beras cukup sampai akhir bulan," kata camat.'
    assert found(engine, straight, QUOTES) == []


def test_an_opener_after_an_opening_quotation_mark_takes_its_comma(engine) -> None:
    text = "Panen tertunda sepekan.\n“Selain itu harga gabah sedang turun,” kata petani."
    assert found(engine, text, "EYD.Punctuation.CommaAfterOpener") == [
        ("warning", "Selain itu", ["Selain itu,"])
    ]


PERIOD = "EYD.Punctuation.FinalPeriod"
CLOSED = [
    "Warga tiga dusun membersihkan saluran irigasi sejak pagi hari bersama perangkat desa.",
    "Kegiatan itu diikuti lebih dari seratus warga yang membawa cangkul dan karung.",
    "Pemerintah desa menyediakan makan siang bagi semua peserta kerja bakti tersebut.",
]
OPEN = "Kepala desa berharap kegiatan serupa digelar setiap bulan menjelang musim tanam"


def test_an_open_paragraph_in_a_draft_that_closes_its_paragraphs(engine) -> None:
    text = "Kerja Bakti di Desa Tanjung\n\n" + "\n".join([*CLOSED, OPEN, CLOSED[0]])
    assert found(engine, text, PERIOD) == [("warning", "tanam", ["tanam."])]


def test_an_open_paragraph_stays_a_suggestion_without_the_habit(engine) -> None:
    text = "Kerja Bakti di Desa Tanjung\n\n" + "\n".join([CLOSED[0], OPEN, CLOSED[1]])
    assert found(engine, text, PERIOD) == [("suggestion", "tanam", ["tanam."])]


@pytest.mark.parametrize(
    "text",
    [
        "Ketua Pos 2 Pemadam Kebakaran Lahat Sumarni Hadiwijoyo, menjelaskan jadwal latihan.",
        "Kepala Dinas Perhubungan Lahat H. Sumarni, memeriksa rambu di simpang pasar.",
    ],
)
def test_a_subject_with_a_unit_number_or_an_initial_keeps_no_comma(engine, text) -> None:
    assert found(engine, text, "EYD.Punctuation.SubjectPhraseComma") == [("warning", ",", [""])]


def test_an_attribution_run_into_the_next_point_of_a_count(engine) -> None:
    text = (
        "“Pasar kami tata lebih dulu,” tutur Camat Sumarni Hadiwijoyo Ketiga, pemerintah "
        "menambah lampu jalan."
    )
    assert found(engine, text, QUOTES) == [("warning", "Hadiwijoyo Ketiga", ["Hadiwijoyo. Ketiga"])]


def test_a_province_set_off_after_its_regency_is_closed(engine) -> None:
    text = "Pemerintah Kabupaten Lahat, Sumatera Selatan membuka pendaftaran guru honorer."
    assert found(engine, text, APPOSITION) == [("warning", "Selatan", ["Selatan,"])]
    listed = "Guru honorer dari Kabupaten Lahat, Sumatera Selatan dan Bengkulu mendaftar."
    assert found(engine, listed, APPOSITION) == []


def test_a_paragraph_closed_by_a_comma_before_a_new_sentence(engine) -> None:
    comma = "Rapat itu dihadiri camat, lurah, dan perwakilan kelompok tani dari tiga desa,"
    nxt = "Bupati dalam arahannya meminta petani menanam padi lebih awal tahun ini."
    text = "Kerja Bakti di Desa Tanjung\n\n" + "\n".join([*CLOSED, comma, nxt, CLOSED[1]])
    assert found(engine, text, PERIOD) == [("warning", "desa,", ["desa."])]
    listed = "Bupati Lahat, Wakil Bupati Lahat, dan Ketua DPRD Lahat."
    text = "Kerja Bakti di Desa Tanjung\n\n" + "\n".join([*CLOSED, comma, listed, CLOSED[1]])
    assert found(engine, text, PERIOD) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "Lomba perahu hias dibuka Bupati Lahat, Sumarni Hadiwijoyo di Dermaga Baru, Sabtu.",
            "Hadiwijoyo",
        ),
        (
            "Bibit diserahkan oleh Kepala Dinas Pertanian, Sumarni kepada kelompok tani, Senin.",
            "Sumarni",
        ),
        (
            "Warga menyiapkan pawai (karnaval) untuk kunjungan Gubernur Jambi, Sumarni "
            "Hadiwijoyo di Kecamatan Merapi.",
            "Hadiwijoyo",
        ),
    ],
)
def test_an_apposition_inside_the_clause_closes_before_its_phrase(engine, text, word) -> None:
    assert found(engine, text, APPOSITION) == [("warning", word, [word + ","])]


@pytest.mark.parametrize(
    "text",
    [
        "Analis Bank Lahat, Sumarni Hadiwijoyo di Palembang mengatakan harga karet turun.",
        "“Harga karet turun,” kata Analis Bank Lahat, Sumarni Hadiwijoyo di Palembang, Senin.",
    ],
)
def test_the_reporters_locative_after_a_speakers_name_stays_quiet(engine, text) -> None:
    assert found(engine, text, APPOSITION) == []


QUOTES = "EYD.Punctuation.QuotePairs"


def test_a_double_mark_typed_as_two_single_ones_is_one_closing_mark(engine) -> None:
    """Two apostrophes closing a quotation become the double mark, and the pairs are read with
    them as one mark: no closing mark is asked for at the paragraph's end, and a fault later in
    the text is still reported on its own characters."""
    text = (
        "Warga Merapi Terima Bantuan Beras\n"
        "“Beras ini kami bagikan merata,’’ kata Rusmini Wiryono di balai desa.\n"
        "“Sisanya menyusul pekan depan, ujar camat.\n"
        "Pipa air bersih itu berukuran 4'' dan dipasang di tepi jalan."
    )
    assert found(engine, text, QUOTES) == [
        ("warning", "’’", ["”"]),
        ("warning", ",", [",”"]),
    ]
    straight = "Warga Merapi Terima Bantuan\n\"Beras ini kami bagikan merata,'' kata camat."
    assert found(engine, straight, QUOTES) == [("warning", "''", ['"'])]


PLACES = "EYD.Punctuation.PlaceLevels"


def test_places_of_three_levels_in_a_row_take_two_commas(engine) -> None:
    """A hamlet, its village and its district written in a row: a comma after the hamlet's name
    and one after the village's; the district's name, which ends the run, takes none."""
    text = "Sumur bor dibangun di Dusun Talang Jawa Desa Sukarami Kecamatan Merapi Barat."
    assert found(engine, text, PLACES) == [
        ("warning", "Jawa", ["Jawa,"]),
        ("warning", "Sukarami", ["Sukarami,"]),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Sumur bor dibangun di Dusun Talang Jawa, Desa Sukarami, Kecamatan Merapi Barat.",
        "Lomba Kampung Tangguh Kabupaten Lahat diikuti dua puluh kampung.",
        "Kepala Desa Se Kabupaten Lahat hadir dalam rapat itu.",
        "Rapat digelar di Desa Sukarami Dusun Talang Jawa.",
    ],
)
def test_places_already_set_off_or_a_programmes_name_stay_quiet(engine, text) -> None:
    assert found(engine, text, PLACES) == []


def test_a_period_before_a_glued_attribution_and_its_space_are_two_findings(engine) -> None:
    """'rumah.”ujar Budi': the period is the attribution's comma (QuotePairs) and the verb takes
    a space after the mark (QuoteAttribution); applied together they give 'rumah,” ujar'."""
    text = "“Pekan depan desa lain menjadi tuan rumah.”ujar Rusmini Wiryono."
    assert found(engine, text, QUOTES) == [("warning", ".", [","])]
    fixes = sorted(
        (f.start, f.end, f.suggestions[0])
        for f in engine.check(text)
        if f.rule in (QUOTES, "EYD.Punctuation.QuoteAttribution")
    )
    out, pos = [], 0
    for start, end, repl in fixes:
        out += [text[pos:start], repl]
        pos = end
    assert "rumah,” ujar" in "".join(out) + text[pos:]
