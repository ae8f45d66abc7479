"""Capitalised runs judged by the draft's own acronyms and by how news capitalises words standing
alone or after a place (EYD V I.F): the words before a name its acronym spells out, a common
word standing alone, an adjective after a place."""

from __future__ import annotations

from tests.checks.alarms import flagged_texts

PREFIX = "EYD.Capitalization.AcronymPrefix"


def test_the_words_before_the_acronyms_name_are_lowered(engine) -> None:
    text = "Dinas Kesehatan menggelar Lomba Memperingati Hari Gizi Nasional (HGN) di lapangan."
    assert flagged_texts(engine, text, PREFIX) == ["Lomba Memperingati"]


def test_a_name_defined_in_brackets_does_not_make_its_line_a_title(engine) -> None:
    # the capitals of "Musyawarah Perencanaan Pembangunan (Musrenbang)" are the name's
    text = (
        "Kecamatan Merapi menggelar Musyawarah Perencanaan Pembangunan (Musrenbang) untuk "
        "Penyusunan Rencana Kerja Pemerintah Daerah (RKPD) tahun depan."
    )
    assert flagged_texts(engine, text, PREFIX) == ["Penyusunan"]


def test_an_office_before_the_acronyms_name_stays(engine) -> None:
    for text in (
        "Rapat itu dihadiri Ketua Dewan Perwakilan Rakyat Daerah (DPRD) Lahat.",
        "Ia bekerja di Sekretariat Badan Pusat Statistik (BPS) sejak tahun lalu.",
        "Bantuan disalurkan Dinas Sosial (DS) Lahat pekan lalu.",
    ):
        assert flagged_texts(engine, text, PREFIX) == [], text


def test_a_run_the_acronym_spells_out_whole_stays(engine) -> None:
    text = "Warga menerima bantuan Program Keluarga Harapan (PKH) bulan ini."
    assert flagged_texts(engine, text, PREFIX) == []


ALONE = "EYD.Capitalization.GenericAlone"


def test_a_common_word_standing_alone_is_lowered_but_not_in_a_name(engine) -> None:
    assert flagged_texts(engine, "Harga minyak Dunia naik lagi bulan ini.", ALONE) == ["Dunia"]
    assert flagged_texts(engine, "Timnas berlaga di Piala Dunia tahun ini.", ALONE) == []
    assert flagged_texts(engine, "Camat memimpin Rapat koordinasi (rakor) pagi ini.", ALONE) == []


TAIL = "EYD.Capitalization.GenericTail"


def test_an_adjective_after_a_place_is_lowered(engine) -> None:
    assert flagged_texts(engine, "Mari kita jaga Kota Lahat Tercinta bersama.", TAIL) == [
        "Tercinta"
    ]
    assert flagged_texts(engine, "Ia kuliah di Universitas Terbuka Lahat.", TAIL) == []


def test_a_long_first_paragraph_with_a_sentence_end_is_prose_not_a_headline(engine) -> None:
    # no closing full stop (a date line ends it), so the text reads it as its headline
    lead = (
        "Lahat – Warta Desa | Bupati meninjau sosialisasi masa jabatan Kepala Desa dan Badan "
        "Permusyawaratan Desa (BPD) di balai desa yang dihadiri warga dari empat dusun dan "
        "perangkat kecamatan. Senin 3 Maret 2025"
    )
    text = lead + "\n\nAcara itu berlangsung lancar hingga sore."
    assert flagged_texts(engine, text, PREFIX) == ["Kepala Desa"]
    headline = "Bupati Bahas Masa Jabatan Kepala Desa dan Badan Permusyawaratan Desa (BPD)"
    assert (
        flagged_texts(engine, headline + "\n\nAcara itu berlangsung lancar hingga sore.", PREFIX)
        == []
    )


HEAD = "EYD.Capitalization.GenericHead"


def test_a_generic_head_coordinated_before_a_name_is_lowered(engine) -> None:
    text = "Laporan itu mengacu pada Visi dan Misi Gubernur Jambi periode ini."
    assert flagged_texts(engine, text, HEAD) == ["Visi dan Misi"]
    text = "Rapat itu diikuti Asisten dan Kepala Bagian Setda Lahat di aula."
    assert flagged_texts(engine, text, HEAD) == ["Asisten"]


def test_coordinated_offices_before_a_name_stay(engine) -> None:
    text = "Rapat itu dipimpin Bupati dan Wakil Bupati Lahat di pendopo."
    assert flagged_texts(engine, text, HEAD) == []


OFFICE = "EYD.Capitalization.OfficeAlone"


def test_an_office_alone_is_lowered_but_not_before_its_holders_name(engine) -> None:
    assert flagged_texts(
        engine, "Pertemuan itu dibuka Sekretaris, lalu warga berdiskusi.", OFFICE
    ) == ["Sekretaris"]
    assert (
        flagged_texts(
            engine, "Pesan itu dibacakan Sekretaris, Andi Rahman, di depan warga.", OFFICE
        )
        == []
    )
    assert (
        flagged_texts(engine, "Pesan itu dibacakan Sekretaris Dinas Sosial di depan warga.", OFFICE)
        == []
    )


PHRASE = "EYD.Capitalization.GenericPhrase"


def test_a_plural_office_ending_a_run_is_lowered(engine) -> None:
    text = "Camat berdialog dengan Kepala Dusun Kepala-kepala keluarga dan pemuda desa."
    assert flagged_texts(engine, text, PHRASE) == ["Kepala-kepala"]


TERM = "EYD.Capitalization.AcronymTerm"


def test_a_common_term_before_its_acronym_is_lowered(engine) -> None:
    text = "Pelatihan itu menyiapkan Sumber Daya Manusia (SDM) yang terampil."
    assert flagged_texts(engine, text, TERM) == ["Sumber Daya Manusia"]
    # a pair news writes in lower case in all its uses, though one word is capitalised oftener
    text = "Gubernur memulai Kunjungan Kerja (Kunker) di pulau terluar."
    assert flagged_texts(engine, text, TERM) == ["Kunjungan Kerja"]


def test_a_name_or_an_unknown_pair_before_its_acronym_stays(engine) -> None:
    for text in (
        "Sekolah itu menambah jam Pendidikan Lingkungan Hidup (PLH) bagi murid.",
        "Warga menerima bantuan Program Keluarga Harapan (PKH) bulan ini.",
        "Camat membuka Musyawarah Rencana Pembangunan (Musrenbang) di aula.",
        "Pemkab menggelar Rapat Koordinasi (Rakor) bersama para camat.",
    ):
        assert flagged_texts(engine, text, TERM) == [], text


def test_a_common_term_before_a_place_is_lowered_but_not_a_body(engine) -> None:
    text = "Beasiswa itu untuk Sumber Daya Manusia Kalimantan Tengah yang berprestasi."
    assert flagged_texts(engine, text, HEAD) == ["Sumber Daya Manusia"]
    text = "Bantuan itu disalurkan Pemerintah Daerah Halmahera Tengah pekan lalu."
    assert flagged_texts(engine, text, HEAD) == []
    text = "Bantuan itu disalurkan Pemerintah Daerah (Pemda) Kabupaten Lahat."
    assert flagged_texts(engine, text, TERM) == []


def test_a_word_with_the_possessive_nya_opening_a_run_is_lowered(engine) -> None:
    text = "Bupati Lahat datang bersama Wakilnya Ahmad Rifai ke pasar itu."
    assert flagged_texts(engine, text, PHRASE) == ["Wakilnya"]


def test_a_pair_news_never_capitalises_is_lowered_once_not_when_repeated(engine) -> None:
    text = "Wakil gubernur memulai Kunjungan Kerja ke pulau-pulau terluar pekan ini."
    assert flagged_texts(engine, text, PHRASE) == ["Kunjungan Kerja"]
    text = "Wakil gubernur memulai Kunjungan Kerja ke pulau itu. Kunjungan Kerja itu singkat."
    assert flagged_texts(engine, text, PHRASE) == []


def test_a_noun_before_the_acronym_of_a_common_term_is_lowered(engine) -> None:
    text = "Camat meminta para pejabat teliti saat Penyusunan Renstra tahun depan."
    assert flagged_texts(engine, text, HEAD) == ["Penyusunan"]
    assert flagged_texts(engine, "Rapat itu dihadiri Kepala BPBD Lahat pekan lalu.", HEAD) == []


def test_a_noun_capitalised_before_the_noun_of_its_common_pair_is_lowered(engine) -> None:
    assert flagged_texts(engine, "Ibu-ibu PKK mengelola Bank sampah di setiap dusun.", ALONE) == [
        "Bank"
    ]
    for text in (
        "Pengusaha Indonesia yang hadir menandatangani kontrak.",
        "Pedagang itu meminjam modal dari Bank Mandiri tahun lalu.",
    ):
        assert flagged_texts(engine, text, ALONE) == [], text


def test_a_function_word_in_a_pair_news_never_capitalises_is_lowered(engine) -> None:
    rule = "EYD.Capitalization.FunctionWord"
    text = "Seminar bertema “Peran Pemuda Dalam Rangka Menjaga Desa” digelar kemarin."
    assert flagged_texts(engine, text, rule) == ["Dalam"]
    assert flagged_texts(engine, "Ia pegawai Kementerian Dalam Negeri sejak lama.", rule) == []
