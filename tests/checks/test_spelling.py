"""Spelling: typos found and fixed, names and acronyms left quiet."""

from __future__ import annotations

import pytest

from editor.checks.engine import CheckEngine
from editor.checks.lexicon import Lexicon
from editor.checks.rules import RuleSet, load_bundled
from editor.checks.spelling import Speller, weighted_distance


@pytest.fixture(scope="module")
def engine() -> CheckEngine:
    rules = load_bundled()
    return CheckEngine(
        Lexicon.load_default(), RuleSet(rules.packs, (rules.by_id("KBBI.Spelling"),))
    )


def flagged(
    engine: CheckEngine, text: str, severities=("error", "warning")
) -> dict[str, list[str]]:
    return {f.text: list(f.suggestions) for f in engine.check(text) if f.severity in severities}


@pytest.mark.parametrize(
    ("sentence", "typo", "fix"),
    [
        ("Dalam sambutanya bupati mengajak warga.", "sambutanya", "sambutannya"),
        ("Camat mengutaran rencana kerja.", "mengutaran", "mengutarakan"),
        ("Aplikasi Bebasis data desa diluncurkan.", "Bebasis", "Berbasis"),
        ("Forum Pembauran Kebangsaam hadir.", "Kebangsaam", "Kebangsaan"),
        ("Panitia menyiapkan penyelenggaran lomba.", "penyelenggaran", "penyelenggaraan"),
        ("Warga melakuan kerja bakti.", "melakuan", "melakukan"),
        ("Hasilnya sellalu memuaskan warga.", "sellalu", "selalu"),
        ("Rapat dihadiri AnggotaDPRD setempat.", "AnggotaDPRD", "Anggota DPRD"),
        ("Rapat desa digelar jumaat pagi di aula.", "jumaat", "Jumat"),  # a day's name: capital
        (
            "Bantuan tiba di KecamatanWatubangga kemarin.",
            "KecamatanWatubangga",
            "Kecamatan Watubangga",
        ),
        (  # after a title the next capitalised word reads as a name: a unit head glued is not
            "Rapat dihadiri Sekda KabupatenSumberjaya dan para camat.",
            "KabupatenSumberjaya",
            "Kabupaten Sumberjaya",
        ),
    ],
)
def test_typo_is_flagged_with_the_right_first_fix(engine, sentence, typo, fix) -> None:
    found = flagged(engine, sentence)
    assert typo in found, found
    assert found[typo][0] == fix


def test_a_units_short_form_after_a_slipped_head_is_no_degree(engine) -> None:
    # "Prov." reads like a degree's letters (Pd., Ak.), but it is a unit: the head's slip stays
    found = flagged(engine, "Laporan dibacakan Kepala Biro Sekretarian Kab. Lahat pagi itu.")
    assert found.get("Sekretarian", [None])[0] == "Sekretariat"
    # a degree after a name still marks a person's name
    assert "Jalung" not in flagged(engine, "Materi disampaikan Rina Jalung, S.Sos. di aula.")


def test_place_typo_next_to_its_correct_form_in_the_same_draft(engine) -> None:
    text = "Bupati Grobogan membuka pameran. Warga Grobogsn antusias menyambut."
    found = flagged(engine, text)
    assert found.get("Grobogsn", [None])[0] == "Grobogan"


def test_clean_release_copy_has_no_alarms(engine) -> None:
    text = (
        "Penjabat Bupati Banyuasin membuka dialog Forkopimda bersama FKUB, FKDM, dan FPK. "
        "Ia berkomitmen menyukseskan penyelenggaraan Pilkada 2024 dan mengimbau ASN, PPPK, "
        "TNI, serta Polri menjaga netralitas. Kesiapan dan kebersamaan seluruh pihak, ujarnya, "
        "menjadi kunci. Masing-masing camat melaporkan langkah-langkahnya kepada Kesbangpol."
    )
    assert flagged(engine, text) == {}


def test_unknown_names_are_quiet(engine) -> None:
    text = "Kegiatan dibuka oleh Zulkarnaen Wiradipraja di Balai Desa Talang Kelapa."
    loud = flagged(engine, text)
    assert loud == {}
    quiet = flagged(engine, text, severities=("suggestion",))
    assert set(quiet) <= {"Zulkarnaen", "Wiradipraja"}


def test_acronyms_are_left_alone_unless_a_slip_of_a_known_one(engine) -> None:
    assert flagged(engine, "Tim dari BPKAD dan LPSE hadir.") == {}
    found = flagged(engine, "Anggota DRPD Banyuasin hadir.")
    assert found.get("DRPD") == ["DPRD"]


def test_italic_words_are_not_spell_checked(engine) -> None:
    from editor.document.model import Document, InlineSpan, Paragraph

    doc = Document(
        (Paragraph("Acara bertajuk grandopening dimulai.", (InlineSpan(15, 27, "italic"),)),)
    )
    assert all(f.text != "grandopening" for f in engine.check(doc))


def test_weighted_distance_prefers_typing_slips() -> None:
    assert weighted_distance("sellalu", "selalu") < weighted_distance("sellalu", "sella") + 0.5
    assert weighted_distance("kebangsaam", "kebangsaan") < 1.0  # neighbouring keys
    assert weighted_distance("sekertaris", "sekretaris") < 1.0  # transposition


def _reference_distance(a: str, b: str) -> float:
    """The weighted Damerau-Levenshtein table written out in full (what the fast loop keeps)."""
    from editor.checks.spelling import _indel_cost, _sub_cost

    rows = [[0.0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for j in range(1, len(b) + 1):
        rows[0][j] = rows[0][j - 1] + _indel_cost(b, j - 1, False)
    for i in range(1, len(a) + 1):
        rows[i][0] = rows[i - 1][0] + _indel_cost(a, i - 1, True)
        for j in range(1, len(b) + 1):
            best = min(
                rows[i - 1][j] + _indel_cost(a, i - 1, True),
                rows[i][j - 1] + _indel_cost(b, j - 1, False),
                rows[i - 1][j - 1] + _sub_cost(a[i - 1], b[j - 1]),
            )
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                best = min(best, rows[i - 2][j - 2] + 0.55)
            rows[i][j] = best
    return rows[-1][-1]


def test_weighted_distance_is_the_full_table() -> None:
    pairs = [
        ("sellalu", "selalu"), ("kebangsaam", "kebangsaan"), ("sekertaris", "sekretaris"),
        ("", "desa"), ("desa", ""), ("pemerinth", "pemerintah"), ("grobogsn", "grobogan"),
        ("kafé", "kafe"), ("abab", "baba"), ("mengutaran", "mengutarakan"), ("x", "y"),
    ]  # fmt: skip
    for a, b in pairs:
        assert weighted_distance(a, b) == _reference_distance(a, b), (a, b)


def test_weighted_distance_of_one_edit_is_the_full_table() -> None:
    # one edit of a random string (its cost read off without the table when cheap enough); in
    # "aab" -> "abb" two doubled letters (0.45 each) cost less than the substitution (1.0)
    import random

    assert weighted_distance("aab", "abb") == _reference_distance("aab", "abb") == 0.9
    rnd = random.Random(3)
    letters = "aaeiouubbkkmnnrsstgqwpé"
    for _ in range(2000):
        a = "".join(rnd.choice(letters) for _ in range(rnd.randint(1, 9)))
        i, c = rnd.randrange(len(a)), rnd.choice(letters)
        swapped = a[:i] + a[i + 1 : i + 2] + a[i : i + 1] + a[i + 2 :]
        for b in (a[:i] + a[i + 1 :], a[:i] + c + a[i:], a[:i] + c + a[i + 1 :], swapped):
            assert weighted_distance(a, b) == _reference_distance(a, b), (a, b)
            assert weighted_distance(b, a) == _reference_distance(b, a), (b, a)


def test_suggestions_never_offer_nonstandard_forms() -> None:
    speller = Speller(Lexicon.load_default())
    words = [c.word for c in speller.candidates("prakrek")]
    assert "praktek" not in words


def test_a_split_news_never_writes_ranks_below_a_derived_word() -> None:
    # "capain": capaian (one letter dropped) before "cap ain", two words never seen side by
    # side; "padahari" is still "pada hari" first, a pair news writes all the time
    speller = Speller(Lexicon.load_default())
    words = [c.word for c in speller.candidates("capain")]
    assert words.index("capaian") < words.index("cap ain")
    assert speller.candidates("padahari")[0].word == "pada hari"


def test_a_ke_derivation_without_its_an_is_completed() -> None:
    # ke- + a root typed without the -an of the confix: the whole derivation comes first,
    # not a one-letter neighbour (ketahuan, kecaman)
    speller = Speller(Lexicon.load_default())
    assert speller.candidates("ketahan")[0].word == "ketahanan"
    assert speller.candidates("keaman")[0].word == "keamanan"


def test_english_words_and_abbreviation_parts_are_not_typos(engine) -> None:
    text = "Program penurunan stunting menyasar warga se-Kec. Talang Kelapa pada December Fest."
    assert flagged(engine, text) == {}
    quiet = flagged(engine, text, severities=("suggestion",))
    assert "December" in quiet  # an English month: a quiet note
    assert "stunting" not in quiet  # a standard release word (resources/dictionaries)


def test_substitution_never_suggests_the_text_itself() -> None:
    rules = load_bundled()
    nonstandard = rules.by_id("KBBI.Nonstandard")
    eng = CheckEngine(Lexicon.load_default(), RuleSet(rules.packs, (nonstandard,)))
    for f in eng.check(
        "Warga menghimbau, merubah, dan menampakkan kepedulian; himbauan disampaikan."
    ):
        assert f.text not in f.suggestions


def test_offices_own_acronym_variants_are_no_typos(engine) -> None:
    text = "Kepala Bappelitbangda dan Dinkominfo hadir bersama Ketua Porda."
    assert flagged(engine, text) == {}


def test_a_name_before_a_degree_is_a_name(engine) -> None:
    assert flagged(engine, "Kepala BPBD, Yohanis Jalung, S.Sos., hadir.") == {}


def test_a_doubled_last_letter_is_fixed_before_any_split(engine) -> None:
    assert flagged(engine, "Pelayanann publik dibuka.")["Pelayanann"][0] == "Pelayanan"


def test_a_loan_process_noun_in_isasi_is_a_word_but_its_slip_is_not(engine) -> None:
    assert flagged(engine, "Tim sedang dalam tahap finalisasi dokumen anggaran desa.") == {}
    found = flagged(engine, "Tim melakukan sosialisai program kepada warga.")
    assert found.get("sosialisai", [None])[0] == "sosialisasi"


def test_another_adaptation_ending_is_offered_before_a_split(engine) -> None:
    # "optimistik" differs from KBBI's "optimistis" in its ending only: no "optimis tik"
    found = flagged(engine, "Target yang paling optimistik dipasang oleh dinas itu.")
    assert found["optimistik"][0] == "optimistis"
    assert not any(" " in s for s in found["optimistik"])
    # a word glued to a short one is still split
    assert flagged(engine, "Bantuan diserahkan kepadawarga desa.")["kepadawarga"][0] == (
        "kepada warga"
    )


def test_the_particle_kan_glued_to_a_pronoun_is_split(engine) -> None:
    found = flagged(engine, "Jadwal inikan sudah dibagikan, jadi mereka tahu.")
    assert found["inikan"][0] == "ini kan"
    # a verb in -kan on a content root stays a word
    assert "sukseskan" not in flagged(engine, "Mari sukseskan pemilihan kepala desa.")


def test_two_capitalised_words_glued_are_only_a_guess_unless_a_unit_heads_them(engine) -> None:
    # a programme's brand glues its words on purpose; a unit's head glued to its name does not
    text = "Warga memakai aplikasi SuaraWarga untuk melapor."
    assert "SuaraWarga" not in flagged(engine, text)
    assert flagged(engine, text, severities=("suggestion",))["SuaraWarga"][0] == "Suara Warga"


def test_a_capitalised_glued_name_at_a_line_start_is_only_a_guess(engine) -> None:
    # an outlet's masthead glues its words on purpose: no red mark, the split only suggested
    text = "Kabarselatan [LAHAT] Pemerintah kabupaten menggelar rapat koordinasi."
    assert "Kabarselatan" not in flagged(engine, text)
    guess = flagged(engine, text, severities=("suggestion",))
    assert guess["Kabarselatan"][0] == "Kabar selatan"


def test_an_unknown_word_typed_twice_without_a_cheap_slip_is_the_writers_word(engine) -> None:
    # the same unknown word twice, with no neighbouring-key, doubled or dropped letter to a word,
    # is a regional or rare word the writer means; once, or a cheap slip twice, is still a typo
    once = "Warga mau berkumpal di balai adat sebelum pulang."
    twice = "Warga mau berkumpal di balai adat. Sesudah berkumpal, mereka pulang."
    slips = "Dalam sambutanya bupati berterima kasih. Di akhir sambutanya ia berpamitan."
    assert flagged(engine, once)["berkumpal"][0] == "berkumpul"
    assert flagged(engine, twice) == {}
    assert "berkumpal" in flagged(engine, twice, severities=("suggestion",))
    assert list(flagged(engine, slips)) == ["sambutanya"]
    # a letter dropped from a derived word is dropped every time the writer types it
    dropped = "Acara penyaluan bantuan digelar pagi. Usai penyaluan, warga kembali ke rumah."
    assert flagged(engine, dropped).get("penyaluan", [""])[0] == "penyaluran"


def test_a_hasty_slip_of_a_derived_word_is_no_part_of_a_regional_phrase(engine) -> None:
    # two unknown words around it made "sambutanya" read as a phrase of a regional language;
    # a dropped letter of an Indonesian derived word (sambutannya) is still a typo there
    text = "Bupati Warsonoyo dalam sambutanya berharap sinerjitas warga tetap terjaga."
    assert flagged(engine, text).get("sambutanya", [""])[0] == "sambutannya"


def test_an_acronym_or_a_domain_makes_no_regional_phrase(engine) -> None:
    # an acronym (KKB) and the pieces of a domain (BeritaTimur.co) are no words of a regional
    # language: the typos beside them stay typos
    acronym = "Kami bertemu kelompok sipil besenjata (KKB) dan sempat berbicang dengan mereka."
    assert set(flagged(engine, acronym)) == {"besenjata", "berbicang"}
    domain = "Ia menjelaskan dalam keterangan tertulisa yang diterima BeritaTimur.co pagi tadi."
    assert flagged(engine, domain).get("tertulisa", [""])[0] == "tertulis"


def test_a_letter_dropped_from_a_derived_word_is_a_slip_another_vowel_is_regional(engine) -> None:
    # three unknown words in a row read as a regional phrase, unless one of them is a derived
    # Indonesian word a letter short (besenjata: bersenjata); a vowel for another (mamakai for
    # memakai) is how a regional language writes the word, and the phrase stays quiet
    slip = "Tetua menyebut pepatah naiak batanggo besenjata di balai."
    assert "besenjata" in flagged(engine, slip)
    regional = "Tetua adat mengutip pepatah naiak batanggo, adaik mamakai di halaman."
    assert flagged(engine, regional) == {}


def test_a_capitalised_slip_of_a_phrase_the_draft_spells_right_is_a_typo(engine) -> None:
    # "Kepela" alone is read as a possible name; beside "Dinas", in a draft that writes
    # "Kepala Dinas" elsewhere, it is that office mistyped
    alone = "Acara dibuka oleh Kepela Dinas Pertanian pagi tadi."
    assert "Kepela" not in flagged(engine, alone)
    twin = "Kepala Dinas Perikanan hadir. Acara dibuka oleh Kepela Dinas Pertanian pagi tadi."
    assert flagged(engine, twin).get("Kepela", [""])[0] == "Kepala"
    # a name beside a function word is no phrase of the draft: "kata Asli" is no evidence
    name = "Harga asli naik, kata Aslimo usai rapat. Warga berkata Asli adalah nama bukit."
    assert "Aslimo" not in flagged(engine, name)


def test_a_slip_of_a_word_the_draft_writes_more_often_is_a_typo(engine) -> None:
    # "pokdarwis" is no dictionary word, but the draft writes it three times: "pokdarwus",
    # one slip from it, is that word mistyped; alone in a draft it is only a quiet note
    text = (
        "Pengurus pokdarwis desa berkumpul. Ketua pokdarwis membuka rapat. Program "
        "pokdarwis disusun, lalu anggota pokdarwus menyampaikan usulan wisata."
    )
    assert flagged(engine, text) == {"pokdarwus": ["pokdarwis"]}
    assert "pokdarwus" not in flagged(engine, "Anggota pokdarwus menyampaikan usulan wisata.")


def test_a_slipped_half_of_a_reduplication_is_a_typo_an_echo_pair_is_quiet(engine) -> None:
    # "berbicang-bincang": fixing the half gives the reduplication of bincang, a sure typo;
    # an imitative pair with a half no list knows stays a quiet note
    found = flagged(engine, "Warga berbicang-bincang dengan camat di balai.")
    assert list(found) == ["berbicang"] and found["berbicang"][0] == "berbincang"
    assert flagged(engine, "Suasana riuh-rendah dan hiruk-pikuk pasar terasa pagi itu.") == {}


def test_a_lower_case_name_beside_a_word_news_pairs_with_a_common_twin_is_a_slip(engine) -> None:
    # "vivi" is a name, one inner letter from "visi", which news writes before "misi": the
    # common word was meant; beside a function word there is no such evidence
    assert flagged(engine, "Camat wajib menjalankan vivi misi pemerintah daerah.") == {
        "vivi": ["visi"]
    }
    assert "vivi" not in flagged(engine, "Kami bertemu dengan vivi dan kawan-kawannya di pasar.")
