"""Lines of the web page around a release: one deletion each, nothing judged inside them."""

from __future__ import annotations

import pytest

from editor.checks.engine import CheckEngine


@pytest.fixture(scope="module")
def engine() -> CheckEngine:
    return CheckEngine.default()


def leftovers(engine: CheckEngine, text: str) -> list:
    return [f for f in engine.check(text) if f.rule == "STRUCT.Leftover"]


BODY = "Bupati meresmikan gedung posyandu baru di desa itu."


@pytest.mark.parametrize(
    ("block", "why"),
    [
        ("Reporter: Dedi Kurniadi\nEditor: Nurhayati Lamba", "kredit"),
        ("Rabu, 15 Mei 2024 | 10:42 WITA", "tanggal"),
        ("Facebook Twitter WhatsApp Telegram Copy Link", "tombol"),
        ("Simak berita pilihan lainnya di saluran WhatsApp kami", "promosi"),
        ("Copyright © 2024 Kabar Lembah. All rights reserved.", "hak cipta"),
        ("![posyandu](https://contoh.example/img/posyandu.jpg)", "kode"),
        ("Your comment will be reviewed before it is published on this site.", "asing"),
        ("WARGA ANTUSIAS: Ibu-ibu mengantre di depan posyandu baru.", "keterangan foto"),
    ],
)
def test_each_leftover_kind_is_one_deletion_with_nothing_inside(engine, block, why) -> None:
    text = f"{BODY}\n{block}\nWarga menyambut baik pembangunan itu."
    start = text.index(block)
    found = leftovers(engine, text)
    assert [(f.start, f.end, f.suggestions) for f in found] == [(start, start + len(block), ("",))]
    assert why in found[0].message
    inside = [
        f for f in engine.check(text) if start <= f.start < start + len(block) and f not in found
    ]
    assert inside == []


def test_an_english_line_gets_no_indonesian_fixes(engine) -> None:
    text = f"{BODY}\nPlease read our privacy policy and terms of use before you continue.\n"
    found = engine.check(text)
    assert [f.rule for f in found if "privacy" in text[f.start : f.end]] == ["STRUCT.Leftover"]
    assert not [f for f in found if f.rule == "KBBI.Spelling"]


def test_inline_markup_is_deleted_on_its_own(engine) -> None:
    text = "Jalan desa kini sudah diaspal. spot_img Warga senang."
    found = leftovers(engine, text)
    assert [text[f.start : f.end] for f in found] == [" spot_img"]


def test_copy_is_never_a_leftover(engine) -> None:
    text = (
        "Kades Tinjau Irigasi\n"
        "Kepala desa meninjau saluran irigasi pada Senin, 13 Mei 2024, pukul 09.00 WIB.\n"
        "Editor buletin desa juga ikut mencatat keluhan petani.\n"
        "Kegiatan bertema Clean Village ini diikuti warga lima dusun."
    )
    assert leftovers(engine, text) == []


def test_a_wrapped_line_does_not_open_a_sentence(engine) -> None:
    text = "Menurut kepala dinas, perbaikan jalan\nakan dimulai bulan depan."
    caps = [f for f in engine.check(text) if f.category == "capitalization"]
    assert caps == []
    new_paragraph = "Perbaikan jalan selesai.\nakan ada lomba desa."
    caps = [f for f in engine.check(new_paragraph) if f.category == "capitalization"]
    assert [f.text for f in caps] == ["akan"]


def test_style_inside_a_quotation_is_only_a_suggestion(engine) -> None:
    quote = "“Bukan hanya petani saja yang diuntungkan,” kata camat."
    style = [f for f in engine.check(quote) if f.category == "style"]
    assert style and all(f.severity == "suggestion" for f in style)
    plain = "Bukan hanya petani saja yang diuntungkan oleh program itu."
    assert any(f.severity != "suggestion" for f in engine.check(plain) if f.category == "style")


def test_a_wrapped_dateline_line_goes_on_and_a_headline_does_not(engine) -> None:
    wrapped = "KOTA BARU – Pemerintah Kecamatan Sungai Durian\nmulai menyalurkan bantuan pangan."
    assert not [f for f in engine.check(wrapped) if f.category == "capitalization"]
    headline = "Camat Salurkan Bantuan Pangan\nbantuan diterima tiga ratus keluarga."
    caps = [f.text for f in engine.check(headline) if f.category == "capitalization"]
    assert caps == ["bantuan"]


def test_a_dateline_with_a_bracketed_place_wraps_too(engine) -> None:
    text = "KABAR DESA (SORONG) – Pemerintah Distrik Aimas\nmulai membagikan bibit kakao."
    assert not [f for f in engine.check(text) if f.category == "capitalization"]


def deletions(engine: CheckEngine, text: str) -> list[str]:
    """The text each leftover deletion removes."""
    return [
        text[f.start : f.end]
        for f in engine.check(text)
        if f.category == "structure" and f.suggestions[:1] == ("",)
    ]


@pytest.mark.parametrize(
    "block",
    [
        "Thursday, October 3, 2024",  # a date in English, month first
        "-->\n\nSenin, 7 Oktober 2024",  # a stray piece of markup over the date
        "Laporan Wartawan : Tim Liputan Daerah",  # a credit label of two words
        "Arsip Tag: Kecamatan Lembah Hijau",
        "oleh\noleh",
        "Oleh HUMAS KABUPATEN, Senin, 7 Oktober 2024 | 08:15 WIB - Editor: Rini",
    ],
)
def test_more_leftover_lines_are_one_deletion(engine, block) -> None:
    text = f"Bupati Tinjau Bendungan Baru\n\n{block}\n\n{BODY}\n"
    assert deletions(engine, text) == [block]


def test_a_caption_closed_by_its_photo_credit_is_deleted(engine) -> None:
    caption = "Kepala dinas menyerahkan bibit kopi kepada kelompok tani di balai desa. (Ist)"
    text = f"Bibit Kopi untuk Petani\n\n{caption}\n\nLEMBAH HIJAU – {BODY}\n"
    assert deletions(engine, text) == [caption]


def test_a_prose_line_between_headline_and_dateline_is_a_caption(engine) -> None:
    caption = "camat meninjau saluran irigasi bersama warga, Rabu (2/10/2024)."
    text = f"Camat Tinjau Irigasi Desa\n\n{caption}\n\nLEMBAH HIJAU – {BODY}\n"
    assert deletions(engine, text) == [caption]


def test_page_chrome_under_each_other_is_one_block(engine) -> None:
    chrome = (
        "Leave a Reply\n\nYour email address will not be shown to other readers.\n\nBack to top"
    )
    text = f"{BODY}\n\nPenyunting: Rini Astuti\n\n{chrome}\n"
    # the credit is a block of its own; the widgets and the English lines below it are one
    assert deletions(engine, text) == ["Penyunting: Rini Astuti", chrome]


def test_a_label_line_right_against_a_date_line_joins_it(engine) -> None:
    block = "Selasa, 8 Oktober 2024\nkabarlembahhijau\nPemerintahan"
    text = f"{block}\n\nBupati Tinjau Bendungan Baru\n\n{BODY}\n"
    assert deletions(engine, text) == [block]


def test_a_pasted_copy_of_the_article_is_deleted(engine) -> None:
    first = "Warga Desa Sukamaju menanam seribu bibit mangrove di pesisir pantai."
    second = "Kegiatan itu diikuti pelajar, nelayan, dan perangkat desa setempat."
    copy = f"{first}\n{second[:55]}"
    text = f"Warga Tanam Mangrove\n\n{first}\n{second}\n{copy}"
    assert deletions(engine, text) == [copy]


def test_the_site_name_after_the_headline_bar_is_deleted(engine) -> None:
    text = f"Bupati Tinjau Bendungan Baru | Kabar Lembah\n\n{BODY}\n"
    assert deletions(engine, text) == [" | Kabar Lembah"]


def test_a_run_of_markup_tags_is_one_deletion(engine) -> None:
    text = "Jalan desa kini sudah diaspal. <p> </p> <p>Warga senang."
    assert deletions(engine, text) == [" <p> </p> <p>"]


def test_a_headline_between_page_lines_stays(engine) -> None:
    text = "Pemerintahan\nBupati Tinjau Sawah Terdampak Banjir\nSelasa, 14 Mei 2024 | 09:15 WIB\n\n"
    text += f"{BODY}\n"
    assert deletions(engine, text) == ["Selasa, 14 Mei 2024 | 09:15 WIB"]


def test_a_credit_inside_a_sentence_does_not_make_the_line_a_caption(engine) -> None:
    text = "Dinas sosial membagikan beras di tiga desa Foto: Humas Desa agar warga terbantu.\n"
    assert not leftovers(engine, text)


def test_a_separator_line_is_no_leftover(engine) -> None:
    text = f"{BODY}\n\n***\n\nWarga menyambut baik pembangunan itu.\n"
    assert not leftovers(engine, text)


def test_a_line_is_judged_again_for_another_lexicon(engine) -> None:
    # what a line is gets remembered per lexicon: a line in English is a leftover where the
    # lexicon can tell its language, and copy for a check without one, in either order
    from editor.checks.zones import LEFTOVER, classify, leftover_kind

    vocab = next(r for r in engine.active if r.id == "STRUCT.Leftover").kind.vocab
    line = "Please share this story with your friends and family today."
    text = f"{BODY}\n{line}\n{BODY}"
    for _ in range(2):
        for lex in (engine.lexicon, None):
            kinds = [x.kind for x in classify(text, vocab, lex)]
            assert (kinds[1] == LEFTOVER) == bool(leftover_kind(line, vocab, lex))
    assert leftover_kind(line, vocab, engine.lexicon) and not leftover_kind(line, vocab, None)


def test_findings_inside_or_across_a_leftover_give_way_to_its_deletion(engine) -> None:
    # a misspelt byline and a list of other headlines with capitals of their own: the block's
    # one deletion is the only finding on it, so its first fix deletes it whole
    block = (
        "Baca Juga:\n"
        "- Warga Desa Sukamaju Gelar Lomba Perahu Hias Meriah\n"
        "- Petani Lembah Hijau Dihimbau Tanam Padi Serentak Bulan Depan"
    )
    text = f"Bupati Tinjau Bendungan Baru\n\nLEMBAH HIJAU – {BODY}\n{block}\n"
    start = text.index(block)
    found = [f for f in engine.check(text) if f.start < start + len(block) and start < f.end]
    assert [(f.rule, f.start, f.end, f.suggestions[:1]) for f in found] == [
        ("STRUCT.Leftover", start, start + len(block), ("",))
    ]
    assert "berita lain" in found[0].message


@pytest.mark.parametrize(
    "layout",
    [
        # headlines under a heading at the end, the last one cut off
        "{head}\n\nLEMBAH HIJAU – {body}\n[[Berita Terkait\n{a}\n{b}\n{c_cut}]]\n",
        # a marked list at the top, over the release's own headline
        "[[- {a}\n- {b}\n- {c}]]\n{head}\n\nLEMBAH HIJAU – {body}\n",
        # an unmarked list under a heading at the top: the last headline is the release's own
        "[[Pilihan\n{a}\n{b}]]\n{head}\n\nLEMBAH HIJAU – {body}\n",
        # a marked list inside the body over its heading
        "{head}\n\nLEMBAH HIJAU – {body}\n[[- {a}\n- {b}\nBaca Juga]]\n{body2}\n",
        # after the credit, headlines each with their first words, to the cut-off end
        "{head}\n\nLEMBAH HIJAU – {body}\nSumber: kabarlembah\n"
        "[[{a}\nSUKAMAJU – Warga desa menghias perahu.\n{b}\nLEMBAH HIJAU, KABARLEMBAH – Dinas pert.\n"
        "{c_cut}]]",
    ],
)
def test_a_list_of_the_sites_other_articles_is_one_deletion(engine, layout) -> None:
    parts = {
        "head": "Bupati Tinjau Bendungan Baru",
        "body": BODY,
        "body2": "Warga menyambut baik pembangunan itu.",
        "a": "Warga Desa Sukamaju Gelar Lomba Perahu Hias Meriah",
        "b": "Dinas Pertanian Bagikan Seribu Bibit Kopi kepada Petani",
        "c": "Camat Lembah Hijau Resmikan Jembatan Gantung Baru",
        "c_cut": "Camat Lembah Hijau Resm",
    }
    marked = layout.format(**parts)
    text = marked.replace("[[", "").replace("]]", "")
    want = marked[marked.index("[[") + 2 : marked.index("]]")]
    assert want in deletions(engine, text)


def test_a_list_of_the_releases_own_stays(engine) -> None:
    items = "- Desa Sukamaju Kecamatan Lembah\n- Desa Makmur Kecamatan Hijau\n"
    text = f"Bupati Serahkan Bantuan\n\nLEMBAH HIJAU – {BODY}\nBantuan diberikan kepada\n{items}"
    assert deletions(engine, text) == []
    lead_in = f"Bupati Serahkan Bantuan\n\nLEMBAH HIJAU – {BODY}\nAcara dihadiri:\n"
    lead_in += "- Kepala Dinas Pendidikan dan Kebudayaan Kabupaten Lembah Hijau\n"
    lead_in += "- Kepala Dinas Pertanian dan Ketahanan Pangan Kabupaten Lembah Hijau\n"
    assert deletions(engine, lead_in) == []


@pytest.mark.parametrize(
    ("ending", "code"),
    [
        ("Warga menyambut baik pembangunan itu. (abc/xyz)", " (abc/xyz)"),
        ("“Kami senang sekali,” kata Rudi.(rdk)", "(rdk)"),
        ("Warga menyambut baik pembangunan itu.\n( Dedi.K )", "( Dedi.K )"),
    ],
)
def test_the_news_sites_code_after_the_last_sentence_is_deleted(engine, ending, code) -> None:
    # offered as a quiet note: judged real copy leaves such a code standing as often as not
    text = f"Bupati Tinjau Bendungan Baru\n\nLEMBAH HIJAU – {BODY}\n{ending}"
    start = text.rindex(code)
    found = [f for f in engine.check(text) if f.start < start + len(code) and start < f.end]
    assert [(f.rule, f.text, f.suggestions[:1], f.severity) for f in found] == [
        ("STRUCT.Leftover", code, ("",), "suggestion")
    ]


def test_a_closing_mark_or_a_bracket_inside_the_body_stays(engine) -> None:
    for ending in (
        "Warga menyambut baik pembangunan itu. (***)",
        "Warga menyambut baik (LPM) itu.",
    ):
        text = f"Bupati Tinjau Bendungan Baru\n\nLEMBAH HIJAU – {BODY}\n{ending}"
        assert deletions(engine, text) == []
    middle = f"Bupati Tinjau Bendungan\n\n{BODY} (abc)\nWarga menyambut baik pembangunan itu."
    assert deletions(engine, middle) == []


def test_the_pages_list_of_facts_under_the_headline_is_one_block(engine) -> None:
    facts = "- 03 October 2024 10:15\n- Rina A\n- Kegiatan Bupati,\n- 1.204"
    text = f"BUPATI TINJAU BENDUNGAN BARU\n{facts}\nLEMBAH HIJAU – {BODY}\n"
    assert deletions(engine, text) == [facts]


def test_the_headline_said_again_over_the_dateline_is_deleted(engine) -> None:
    head = "Bupati Tinjau Bendungan Baru di Lembah Hijau"
    text = f"{head}\n\n{head}\n\nLEMBAH HIJAU – {BODY}\n"
    assert deletions(engine, text) == [head]


def test_the_page_end_with_blank_lines_between_its_lines_goes(engine) -> None:
    end = "Rina Astuti\n\nHalaman :\n\n#Lembah Hijau"
    text = f"Bupati Tinjau Bendungan\n\nLEMBAH HIJAU – {BODY}\n\n{end}\n\nIndex\n\nBerita Lainnya\n"
    assert deletions(engine, text) == [end, "Index\n\nBerita Lainnya"]
    star = f"Bupati Tinjau Bendungan\n\nLEMBAH HIJAU – {BODY}\n*Humas Lembah Hijau"
    assert deletions(engine, star) == ["*Humas Lembah Hijau"]
    caption = f"Bupati Tinjau Bendungan\n\nKeterangan Gambar : Bupati Lembah Hijau, Rudi.\n\n{BODY}"
    assert deletions(engine, caption) == ["Keterangan Gambar : Bupati Lembah Hijau, Rudi."]


def test_the_sites_summary_under_its_date_is_deleted(engine) -> None:
    summary = "Camat Lembah Hijau Dedi Kurnia meninjau saluran irigasi di Desa Sukamaju"
    text = (
        "Camat Tinjau Irigasi\nSelasa, 8 Oktober 2024\n\n"
        f"{summary}\n\nLEMBAH HIJAU – Kegiatan pagi itu diawali rapat singkat.\n"
        f"Setelah itu, {summary.replace('Camat', 'camat', 1)} bersama warga.\n"
    )
    assert summary in deletions(engine, text)


def test_a_caption_glued_after_the_sentence_it_repeats_is_deleted(engine) -> None:
    line = "Panitia menggelar rapat persiapan lomba perahu hias tingkat desa di balai desa Senin (7/10)."
    glued = "Rapat persiapan lomba perahu hias tingkat desa"
    text = f"Panitia Siapkan Lomba\n\n{line}{glued}\nRapat dipimpin kepala desa."
    assert deletions(engine, text) == [glued]
    unglued = f"Panitia Siapkan Lomba\n\n{line} Rapat dipimpin kepala desa setempat sejak pagi\n"
    assert deletions(engine, unglued) == []


def test_a_release_ending_with_its_own_list_keeps_it(engine) -> None:
    items = (
        "- Program Desa Sehat Mandiri Berbasis Gotong Royong Warga\n"
        "- Program Kampung Bersih dan Hijau Lestari Sepanjang Tahun\n"
    )
    numbered = items.replace("- ", "1. ", 1).replace("- ", "2. ", 1)
    for lead_in in ("Program unggulan itu antara lain", "Program unggulan itu sebagai berikut:"):
        text = f"Bupati Paparkan Program\n\nLEMBAH HIJAU – {BODY}\n{lead_in}\n{items}"
        assert deletions(engine, text) == []
    text = (
        f"Bupati Paparkan Program\n\nLEMBAH HIJAU – {BODY}\nAda dua program unggulan.\n{numbered}"
    )
    assert deletions(engine, text) == []


def test_a_headline_said_again_in_the_body_stays(engine) -> None:
    head = "Camat Lembah Hijau Tinjau Saluran Irigasi di Desa Sukamaju"
    text = (
        f"Selasa, 8 Oktober 2024\n{head}\n\nLEMBAH HIJAU – Pagi itu {head.lower()} bersama warga.\n"
    )
    assert deletions(engine, text) == ["Selasa, 8 Oktober 2024"]


def test_the_releases_own_closing_mark_stays_and_is_not_spelt(engine) -> None:
    text = f"Bupati Tinjau Bendungan Baru\n\nLEMBAH HIJAU – {BODY}\nWarga menyambut baik.(rls)\n"
    inside = text.rindex("rls")
    found = [f for f in engine.check(text) if f.start < inside + 3 and inside < f.end]
    assert [f.rule for f in found if f.category in ("spelling", "structure")] == []


@pytest.mark.parametrize(
    "block",
    [
        "Tentang Kami | Redaksi | Pedoman Media Siber | Kontak",
        "Pedoman Media Siber\nKebijakan Privasi\nKontak Kami",
        "Share on: Facebook Twitter WhatsApp",
        "Related Posts",
        "Sebelumnya\nCamat Tinjau Irigasi Desa Sukamaju Bersama Warga\n"
        "Selanjutnya\nDinas Pertanian Salurkan Bibit Padi Unggul",
        "Terpopuler\n1\nCamat Tinjau Irigasi Desa Sukamaju Bersama Warga\n"
        "2\nDinas Pertanian Salurkan Bibit Padi Unggul",
    ],
)
def test_the_pages_links_and_navigation_at_the_end_go(engine, block) -> None:
    text = f"Bupati Resmikan Posyandu\n\nLEMBAH HIJAU – {BODY}\n\n{block}\n"
    assert deletions(engine, text) == [block]


def test_a_sentence_about_privacy_or_contacts_stays(engine) -> None:
    text = (
        "Bupati Resmikan Posyandu\n\nLEMBAH HIJAU – Dinas menyusun kebijakan privasi data warga.\n"
        "Untuk informasi lebih lanjut, warga dapat menghubungi kontak kami di kantor desa.\n"
        "Harga beras | Rp12.000 per kilogram di pasar desa itu naik sejak pekan lalu | kata warga\n"
    )
    assert deletions(engine, text) == []
