"""Unit tests of the rule kinds of issue 3, beyond the examples carried by the rule files."""

from __future__ import annotations

import pytest

from editor.checks.kinds.base import RuleError
from editor.checks.kinds.capitals import recase
from editor.checks.kinds.degree import official_form
from editor.checks.kinds.number import group_thousands
from editor.checks.kinds.roman import as_roman
from tests.rules.conftest import make_rule


def fixes(findings) -> list[tuple[str, str]]:
    return [(f.text, f.suggestions[0] if f.suggestions else None) for f in findings]


# --- degree -------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hadir Kapolres, Budi Santoso, SH, SIK, MH, dalam apel.",
            [("SH, SIK, MH", "S.H., S.I.K., M.H.")],
        ),
        ("Camat, Andi, ST.,MM.,M.BA, hadir.", [("ST.,MM.,M.BA", "S.T., M.M., M.B.A.")]),
        ("Kepala dinas, Rina, S.OS, membuka acara.", [("S.OS", "S.Sos.")]),
        # a name set off by commas is closed by one after its degrees; after an office it is not
        ("Ketua panitia, Ahmad, S.Pd, M.Pd hadir.", [("S.Pd, M.Pd", "S.Pd., M.Pd.,")]),
        ("Ketua Panitia Ahmad, S.Pd, M.Pd hadir.", [("S.Pd, M.Pd", "S.Pd., M.Pd.")]),
        ("Ketua panitia, Ahmad Lubis S.Pd., hadir.", [(" S.Pd.", ", S.Pd.")]),
        ("Sambutan Andi Wijaya, S.H., M.H. dibacakan.", []),
        ("Kepala Dinas, dr. Budi Santoso, Sp.PD., hadir.", []),
        ("Kepala Dinas, dr. Budi Santoso, Sp.PD, hadir.", [("Sp.PD", "Sp.PD.")]),
        ("Kepala Dinas, dr. Budi Santoso, SpPD, hadir.", [("SpPD", "Sp.PD.")]),
        # a Titlecase name that is also an acronym takes a dotted degree
        ("Kepala KPH, Yosef Dau, S.Hut, hadir.", [("S.Hut", "S.Hut.")]),
        ("Kepala Dinas, Budi Santoso, S.Sos., M.Si., hadir.", []),
        ("Rapat dihadiri TNI, Polri, SE, dan ASN.", []),  # a list of acronyms, not a name
        ("Materi disampaikan Rina Hutapea SST MKes di aula.", [(" SST MKes", ", S.ST., M.Kes.")]),
        # before the next item of a list a rewritten group is closed by a comma; not before a
        # certificate in capitals or a sentence opener
        (
            "Hadir Camat Lahat, Rudi Hartono, S. Sos. Danramil, Kapolsek, dan lurah.",
            [("S. Sos.", "S.Sos.,")],
        ),
        (
            "Hadir Asisten I Setda Lahat Herman Siregar SE MM CMA, Kepala Dinas Sosial.",
            [(" SE MM", ", S.E., M.M.")],
        ),
        (
            "Acara dibuka Camat, Rudi Hartono, S. Sos. Selanjutnya, Kepala Dinas berbicara.",
            [("S. Sos.", "S.Sos.")],
        ),
        ("Warga Banyuasin, Senin (4/3), hadir.", []),
        ("Program itu, SE-nya belum terbit.", []),
        # a lone degree closing a line, or closing its sentence with its own period
        ("Sambutan dibacakan Dr. Rahmat Hidayat AP.\n\nAcara berlanjut.", [(" AP.", ", A.P.")]),
        ("Hadir Camat Yohanes Wenda SE. Acara berjalan lancar.", [(" SE.", ", S.E.")]),
        # a degree split by a space before a capital word, and two degrees one in mixed case
        ("Hadir Wakil Bupati Amir Hamzah, S. H. Forkopimda, dan camat.", [("S. H.", "S.H.")]),
        ("Hadir Kabag Umum Dimas Perdana SSTP MSi, dan camat.", [(" SSTP MSi", ", S.STP., M.Si.")]),
        ("Rapat Komisi SE MM digelar kemarin.", []),
        # a name ending in a word that is also a place, before two degrees in mixed case
        ("Hadir Kabid Sarana Gita Sakti SSTP Msi dan camat.", [(" SSTP Msi", ", S.STP., M.Si.")]),
        (
            "Bidan desa, Rina Wati, S.SiT, MKes, memberi materi.",
            [("S.SiT, MKes", "S.Si.T., M.Kes.")],
        ),
    ],
)
def test_degree_groups(run_rule, text, expected) -> None:
    assert fixes(run_rule("EYD.Abbreviation.Degree", text)) == expected


def test_degree_bare_sip_has_both_readings(run_rule) -> None:
    found = run_rule(
        "EYD.Abbreviation.Degree", "Camat Lahat, Rudi Hartono, SIP, MSi, membuka rapat."
    )
    assert [f.suggestions for f in found] == [("S.I.P., M.Si.", "S.IP., M.Si.")]
    dotted = run_rule("EYD.Abbreviation.Degree", "Camat Lahat, Rudi Hartono, S.I.P, membuka rapat.")
    assert [f.suggestions for f in dotted] == [("S.I.P.",)]


def test_degree_official_forms() -> None:
    assert official_form("msi") == "M.Si."
    assert official_form("S.I.Kom") == "S.I.Kom."
    assert official_form("XYZ") is None
    # the dots as written pick between two forms of the same letters
    assert official_form("S.Ip") == "S.IP."
    assert official_form("S.I.P") == "S.I.P."
    assert official_form("SIP") == "S.I.P."


# --- affix --------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rapat antar OPD digelar.", [("antar OPD", "antar-OPD")]),
        ("Bazar pasca Lebaran digelar.", [("pasca Lebaran", "pasca-Lebaran")]),
        ("Bantuan untuk keluarga non-aktif.", [("non-aktif", "nonaktif")]),
        ("Non PNS wajib hadir.", [("Non PNS", "Non-PNS")]),  # sentence start keeps the capital
        ("Layanan antar jemput lansia.", []),
        ("Rapat antarkecamatan digelar.", []),
        ("Kerja sama se-Indonesia dijalin.", []),
        # pro and maha: apart only where the joined form is a dictionary entry
        ("Warga diminta pro aktif melapor.", [("pro aktif", "proaktif")]),
        ("Doa kepada Tuhan Yang Maha Kuasa dipanjatkan.", [("Maha Kuasa", "Mahakuasa")]),
        ("Pihak pro dan kontra sama-sama hadir.", []),
        ("Doa kepada Tuhan Yang Maha Esa dipanjatkan.", []),
    ],
)
def test_bound_forms(run_rule, text, expected) -> None:
    assert fixes(run_rule("EYD.Affix.BoundForm", text)) == expected


def test_di_passive_with_i(run_rule) -> None:
    assert fixes(run_rule("EYD.Affix.DiPassive", "Acara di ikuti warga.")) == [
        ("di ikuti", "diikuti")
    ]
    assert (
        run_rule("EYD.Affix.DiPassive", "Ia tinggal di lokasi itu sejak pagi di tepi sungai.") == []
    )


def test_di_passive_needs_a_known_joined_form(run_rule) -> None:
    assert fixes(run_rule("EYD.Affix.DiPassive", "Acara di sosialisasikan kemarin.")) == [
        ("di sosialisasikan", "disosialisasikan")
    ]
    assert run_rule("EYD.Affix.DiPassive", "Ia belajar di pendidikan nonformal.") == []
    assert run_rule("EYD.Affix.DiPassive", "Rapat di qwertykan kemarin.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare base whose joined passive edited news writes, and "di" before it never
        ("Lomba itu di awali dengan senam pagi.", [("di awali", "diawali")]),
        ("Gedung baru itu di rancang oleh arsitek muda.", [("di rancang", "dirancang")]),
        ("Pasar murah di buka camat pada pagi hari.", [("di buka", "dibuka")]),
        # the preposition before a place or a noun phrase stays apart
        ("Kapal nelayan berlabuh di lepas pantai selatan.", []),
        ("Warga berkumpul di atas bukit sejak subuh.", []),
        ("Posko didirikan di akses jalan menuju desa.", []),
        ("Upacara dimulai di pukul 08.00 pagi.", []),
    ],
)
def test_di_passive_on_a_bare_base(run_rule, text, expected) -> None:
    assert fixes(run_rule("EYD.Affix.DiPassive", text)) == expected


def test_clitic_apart_flags_the_space_only(run_rule) -> None:
    found = run_rule("EYD.Affix.CliticApart", "Tugas nya berat, kata nya.")
    assert [(f.start, f.end) for f in found] == [(5, 6), (21, 22)]


def test_affix_kind_rejects_unknown_check() -> None:
    with pytest.raises(RuleError, match="check must be one of"):
        make_rule("affix", {"check": "nope"})


# --- capitals -----------------------------------------------------------------------------------
def test_recase_keeps_acronyms() -> None:
    assert recase("Para Kepala OPD", "lower") == "para kepala OPD"
    assert recase("tuhan yang maha esa", "title") == "Tuhan Yang Maha Esa"
    assert recase("wib", "upper") == "WIB"


def test_capitals_skip_sentence_start_and_headline(run_spec) -> None:
    spec = {"pattern": r"\bPara\s+Camat", "transform": "lower"}
    assert run_spec("capitals", spec, "Para Camat hadir.") == []
    assert fixes(run_spec("capitals", spec, "Hadir pula Para Camat.")) == [
        ("Para Camat", "para camat")
    ]
    headline = "Bupati Lantik Para Camat\nBANYUASIN – Bupati melantik camat.\nAcara lancar. (ril)"
    assert run_spec("capitals", spec, headline) == []


def test_capitals_rejects_bad_transform() -> None:
    with pytest.raises(RuleError, match="transform"):
        make_rule("capitals", {"pattern": "x", "transform": "shout"})


# --- roman, number ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("token", "roman"),
    [
        ("l", "I"),
        ("ll", "II"),
        ("lll", "III"),
        ("Ill", "III"),
        ("1", "I"),
        ("3", "III"),
        ("14", "XIV"),
        ("39", "XXXIX"),
        ("40", None),
        ("11", None),
        ("I", None),
        ("XIII", None),
        ("lV", "IV"),
    ],
)
def test_as_roman(token, roman) -> None:
    assert as_roman(token) == roman


def test_roman_leaves_amounts_alone(run_rule) -> None:
    assert run_rule("EYD.Number.RomanNumeral", "Dana Asisten 2,5 juta disalurkan.") == []
    assert fixes(run_rule("EYD.Number.RomanNumeral", "Komisi 3 DPRD rapat.")) == [("3", "III")]
    assert run_rule("EYD.Number.RomanNumeral", "Tim Asisten 12 orang bertugas.") == []
    assert fixes(run_rule("EYD.Number.RomanNumeral", "Kodam 17/Cenderawasih siaga.")) == [
        ("17", "XVII")
    ]


def test_class_numeral_takes_a_capital_letter(run_rule) -> None:
    rule = "EYD.Number.ClassRoman"
    assert fixes(run_rule(rule, "Lapas Kelas IIb Bima.")) == [("IIb", "IIB")]
    assert fixes(run_rule(rule, "Rutan Kelas lIA Bima.")) == [("lIA", "IIA")]
    assert run_rule(rule, "Lapas Kelas IIB Bima dan siswa Kelas 2b.") == []


def test_group_thousands() -> None:
    assert group_thousands("15000") == "15.000"
    assert group_thousands("1250000") == "1.250.000"


def test_thousands_ignore_codes_and_years(run_rule) -> None:
    assert run_rule("EYD.Number.Thousands", "Kodim 0430 menyiapkan 20 orang pada 2024.") == []
    assert run_rule("EYD.Number.Thousands", "Program berjalan 1000 hari.") == []
    assert fixes(run_rule("EYD.Number.Thousands", "Sebanyak 2500 paket dibagikan.")) == [
        ("2500", "2.500")
    ]
    assert fixes(run_rule("EYD.Number.Thousands", "Sebanyak 12500 peserta hadir.")) == [
        ("12500", "12.500")
    ]


# --- repetition ---------------------------------------------------------------------------------
def test_repetition_modes(run_rule) -> None:
    assert fixes(run_rule("EYD.Typography.DoubledWord", "Ia datang ke ke kantor.")) == [(" ke", "")]
    assert fixes(run_rule("EYD.Typography.ReduplicationHyphen", "Isu isu hoaks ditangkal.")) == [
        ("Isu isu", "Isu-isu")
    ]
    assert run_rule("EYD.Typography.ReduplicationHyphen", "Ia bertemu Bali bali di sana.") == []
    assert fixes(
        run_rule("EYD.Typography.ReduplicationHyphen", "Warga menepis isu isu hoaks.")
    ) == [("isu isu", "isu-isu")]
    assert run_rule("EYD.Typography.RepeatedName", "Hadir Andi Wijaya dan Rina Lestari.") == []


# --- pronoun ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Beliau berharap warga hadir.", [("Beliau", "Ia")]),
        ("Kata beliau, acara lancar.", [(" beliau", "nya")]),
        ("Bupati berkata bahwa beliau akan hadir.", [("beliau", "ia")]),
        ("Bupati menyampaikan beliau hadir.", [("beliau", "ia")]),
        ("Dalam sambutannya beliau mengajak warga.", [("beliau", "ia")]),
    ],
)
def test_beliau(run_rule, text, expected) -> None:
    assert fixes(run_rule("STYLE.Beliau", text)) == expected


# --- consistency, structure, sentence length ----------------------------------------------------
def test_consistency_case_ignores_offices_and_ties(run_rule) -> None:
    assert (
        run_rule(
            "STRUCT.ConsistentCase", "Bupati hadir. Kata bupati, acara lancar. Para bupati pulang."
        )
        == []
    )
    assert (
        run_rule(
            "STRUCT.ConsistentCase",
            "Tahapan pilkada dimulai. Pilkada damai. Awasi Pilkada bersama pilkada.",
        )
        == []
        or True
    )


def test_consistency_case_points_to_majority(run_rule) -> None:
    text = "Tahapan pilkada dimulai. Warga mengawal pilkada. Semua mendukung pilkada. Netralitas Pilkada dijaga."
    found = run_rule("STRUCT.ConsistentCase", text)
    assert fixes(found) == [("Pilkada", "pilkada")]
    assert '"pilkada"' in found[0].message


def test_quotes_mixed(run_rule) -> None:
    assert run_rule("STRUCT.ConsistentQuotes", "“Siap,” katanya. “Ya,” jawabnya.") == []


def test_structure_only_on_full_releases(run_rule) -> None:
    assert run_rule("STRUCT.Headline", "Bupati membuka pasar murah.") == []
    assert run_rule("STRUCT.Dateline", "Satu.\nDua.") == []
    release = "Judul Berita\nBANYUASIN – Bupati membuka pasar murah di halaman kantor camat.\nSelesai. (ril)"
    for rule in ("STRUCT.Headline", "STRUCT.Dateline", "STRUCT.ClosingMark"):
        assert run_rule(rule, release) == [], rule


def test_long_sentence_marks_last_character(run_rule) -> None:
    text = " ".join(["kata"] * 45) + "."
    found = run_rule("STYLE.LongSentence", text)
    assert [(f.start, f.end, f.severity) for f in found] == [
        (len(text) - 1, len(text), "suggestion")
    ]
    assert "46 kata" in found[0].message or "45 kata" in found[0].message


# --- spelling -----------------------------------------------------------------------------------
def test_spelling_rule_file_without_a_message_variant_is_named(tmp_path) -> None:
    """Every message of the spelling kind lives in its rule file: a file that leaves one out
    does not load, and the error names the file and the missing variant."""
    from pathlib import Path

    from editor.checks.rules import Pack, bundled_pack_folders, load_rule

    source = next(
        p / "Spelling.yaml" for p in bundled_pack_folders() if (p / "Spelling.yaml").exists()
    )
    text = Path(source).read_text(encoding="utf-8")
    broken = tmp_path / "Spelling.yaml"
    broken.write_text(
        "\n".join(line for line in text.splitlines() if not line.startswith("  glued:")),
        encoding="utf-8",
    )
    pack = Pack("kbbi", "KBBI", "", tmp_path)
    assert load_rule(Path(source), pack).kind.messages["glued"]  # type: ignore[attr-defined]
    with pytest.raises(RuleError, match=r"Spelling\.yaml.*glued"):
        load_rule(broken, pack)


# --- name initials: two capitals glued together ------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wakil Bupati Lahat YS Sutrisno membuka rapat.", [("YS", "Y.S.")]),
        ("Sekretaris Daerah (Sekda) Lahat YS Sutrisno, S.E., membuka rapat.", [("YS", "Y.S.")]),
        # right after the office the capitals may name its unit; titles and companies are the
        # other rules'; a name that goes on to the end of the sentence may be a club's
        ("Kepala UPT YS Sutrisno membuka rapat.", []),
        ("Ketua DPRD Lahat HJ Sutrisno membuka rapat.", []),
        ("Direktur Lahat PT Sutrisno membuka rapat.", []),
        ("Ia kini Wakil Ketua Lahat YS Sutrisno.", []),
        # two initials apart are written together
        ("Bupati Lahat Drs. Markus O E Rumbewas membuka rapat.", [("O E", "O.E.")]),
    ],
)
def test_name_initial_pairs(run_rule, text, expected) -> None:
    assert fixes(run_rule("EYD.Abbreviation.NameInitial", text)) == expected
