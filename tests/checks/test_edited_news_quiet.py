"""Edited news stays quiet where the rules' mechanisms misread it: a word of an English phrase,
a bound form that ends a compound, a title going on after its function word, a song title's
doubled word, a name that ends a longer name, an Indonesian sentence naming an English title."""

from __future__ import annotations

from tests.checks.alarms import flagged_texts

_BODY = (
    "Pemerintah kabupaten menyiapkan anggaran untuk perbaikan jalan desa yang rusak akibat "
    "hujan deras pada pekan lalu, kata kepala dinas kepada wartawan di kantornya."
)


def test_a_word_of_an_english_phrase_is_no_nonstandard_indonesian_form(engine) -> None:
    text = f"{_BODY} Perseroan berencana menggelar rights issue pada semester depan."
    assert flagged_texts(engine, text, "KBBI.Nonstandard") == []
    # the same word alone in an Indonesian sentence is still the non-standard form
    text = f"{_BODY} Warga membahas issue kenaikan tarif air bersih itu."
    assert flagged_texts(engine, text, "KBBI.Nonstandard") == ["issue"]


def test_a_bound_form_that_ends_a_compound_is_a_free_word(engine) -> None:
    text = f"{_BODY} Festival itu pertama digelar pada musim semi 1950 di tepi danau."
    assert flagged_texts(engine, text, "EYD.Affix.BoundForm") == []
    text = f"{_BODY} Sektor non migas tumbuh pada masa pasca 2020."
    assert flagged_texts(engine, text, "EYD.Affix.BoundForm") == ["non migas", "pasca 2020"]


def test_a_title_goes_on_after_its_function_word(engine) -> None:
    text = (
        f"{_BODY} Dalam acara yang dibuka oleh camat pada pagi hari itu, panitia menggelar "
        "Lokakarya Strategi Daerah dalam Mendorong Pertumbuhan Ekspor dan mengundang pelaku "
        "usaha dari berbagai kecamatan."
    )
    assert flagged_texts(engine, text, "EYD.Capitalization.GenericPhrase") == []


def test_a_doubled_english_word_of_a_title_is_no_slip(engine) -> None:
    text = f"{_BODY} Band itu membawakan lagu Really Really Happy di panggung utama."
    assert flagged_texts(engine, text, "EYD.Typography.DoubledWord") == []
    text = f"{_BODY} Acara itu dihadiri Bupati Bupati dan para camat."
    assert flagged_texts(engine, text, "EYD.Typography.DoubledWord") == [" Bupati"]


def test_a_name_ending_a_longer_name_is_not_a_repetition(engine) -> None:
    text = f"{_BODY} Patahan itu membentuk Lembah Sungai Ular, Sungai Ular kemudian meluap."
    assert flagged_texts(engine, text, "EYD.Typography.RepeatedName") == []
    text = f"{_BODY} Acara dihadiri Wahyu Sentosa, Wahyu Sentosa dan jajaran."
    assert flagged_texts(engine, text, "EYD.Typography.RepeatedName") == [", Wahyu Sentosa"]


def test_an_indonesian_sentence_naming_an_english_title_is_no_leftover(engine) -> None:
    text = (
        f"{_BODY}\n\nAktris Emma Stone meraih Oscar atas film The Lady of the Lake: The Song "
        f"of the North.\n\n{_BODY}"
    )
    assert flagged_texts(engine, text, "STRUCT.Leftover") == []


def test_an_office_after_seorang_is_no_title_before_a_name(engine) -> None:
    text = f"{_BODY} Ia ingin menjadi seorang perdana menteri Jepang yang jujur."
    assert flagged_texts(engine, text, "EYD.Capitalization.OfficeBeforeName") == []
    text = f"{_BODY} Rombongan disambut perdana menteri Malaysia di bandara."
    assert flagged_texts(engine, text, "EYD.Capitalization.OfficeBeforeName") == ["perdana menteri"]


def test_a_generic_institution_word_before_a_state_stays_lower_case(engine) -> None:
    text = f"{_BODY} Buku itu membahas lembaga Kerajaan Sriwijaya dan hukumnya."
    assert flagged_texts(engine, text, "EYD.Capitalization.InstitutionType") == []
    text = f"{_BODY} Laporan itu dikirim ke dinas Kesehatan pekan ini."
    assert flagged_texts(engine, text, "EYD.Capitalization.InstitutionType") == ["dinas"]


def test_the_name_of_an_award_after_its_head_noun_keeps_its_capitals(engine) -> None:
    text = (
        f"{_BODY} Desa itu pernah meraih penghargaan Mobil Paling Sehat pilihan warga "
        "dan kini menyiapkan diri untuk tahun berikutnya."
    )
    assert flagged_texts(engine, text, "EYD.Capitalization.GenericPhrase") == []


def test_di_before_an_adjective_headed_compound_is_a_preposition(engine) -> None:
    text = f"{_BODY} Kapal nelayan itu berlabuh di lepas pantai utara selama dua hari."
    assert (
        flagged_texts(engine, text, "EYD.Affix.DiVerbApart")
        == flagged_texts(engine, text, "EYD.Affix.DiPassive")
        == []
    )
    # the same verb written apart before anything else is still the passive verb
    text = f"{_BODY} Burung hasil sitaan itu di lepas ke hutan lindung kemarin."
    assert flagged_texts(engine, text, "EYD.Affix.DiPassive") == ["di lepas"]


def test_a_bound_form_opening_an_english_phrase_is_no_affixation(engine) -> None:
    text = f"{_BODY} Dana itu ditanam dalam bentuk aset (non-fungible tokens) milik perusahaan."
    assert flagged_texts(engine, text, "EYD.Affix.BoundForm") == []
    text = f"{_BODY} Pegawai non-organik mendapat pelatihan pekan depan."
    assert flagged_texts(engine, text, "EYD.Affix.BoundForm") == ["non-organik"]


def test_a_capital_after_an_abbreviations_period_may_open_a_sentence(engine) -> None:
    # EYD V lets an abbreviation's period end the sentence too: what follows is a sentence start
    text = (
        f"{_BODY} Penjualan naik tajam pada triwulan II. Dengan kenaikan itu, target tahunan "
        "tercapai. Kuil itu berdiri sejak abad ke-7 M. Di halamannya kini ada pasar."
    )
    assert flagged_texts(engine, text, "EYD.Capitalization.FunctionWord") == []
    # a function word capitalised in the middle of a sentence is still flagged
    text = f"{_BODY} Beras itu dibagikan Kepada warga di tiga kelurahan."
    assert flagged_texts(engine, text, "EYD.Capitalization.FunctionWord") == ["Kepada"]
