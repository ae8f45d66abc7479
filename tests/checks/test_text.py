"""The tokenizer: exact offsets, Indonesian word shapes, sentences that survive S.H. and Pj."""

from __future__ import annotations

import pytest

from editor.checks.text import TextModel, sentences, tokenize, words


def kinds(text: str) -> list[tuple[str, str]]:
    return [(t.kind.value, t.text) for t in tokenize(text)]


def test_offsets_are_exact() -> None:
    text = "Pj. Bupati H. Hani, S.H., M.Si., membuka acara—di sini…"
    tokens = tokenize(text)
    for tok in tokens:
        assert text[tok.start : tok.end] == tok.text
    # every character but white space belongs to exactly one token
    assert "".join(t.text for t in tokens) == "".join(text.split())


@pytest.mark.parametrize(
    "word",
    ["masing-masing", "sayur-mayur", "langkah-langkahnya", "non-PNS", "Jum'at", "bersama-sama"],
)
def test_hyphenated_and_apostrophe_words_are_one_token(word: str) -> None:
    assert kinds(f"kata {word} lagi")[1] == ("word", word)


@pytest.mark.parametrize("abbrev", ["S.H.", "M.Si.", "S.Sos.", "S.I.K.", "Pj.", "dr.", "Hj.", "H."])
def test_abbreviations_with_dots(abbrev: str) -> None:
    toks = kinds(f"oleh {abbrev} Banyuasin")
    assert ("abbrev", abbrev) in toks


@pytest.mark.parametrize(
    "number", ["11/6/2024", "Rp10", "0430", "1.500", "2,5", "13.45", "Covid-19", "2024–2029"]
)
def test_numbers_keep_their_shape(number: str) -> None:
    toks = kinds(f"pada {number} itu")
    assert toks[1][0] == "number"
    assert number.startswith(toks[1][1])


def test_urls_and_emails() -> None:
    toks = kinds(
        "Lihat https://banyuasinkab.go.id/berita/1 atau tulis ke humas@banyuasinkab.go.id."
    )
    assert ("url", "https://banyuasinkab.go.id/berita/1") in toks
    assert ("email", "humas@banyuasinkab.go.id") in toks


def test_words_skip_numbers_and_punctuation() -> None:
    assert [w.text for w in words("“Sukses, 2024!” ujarnya…")] == ["Sukses", "ujarnya"]


def test_sentences_never_split_at_degrees_or_offices() -> None:
    text = (
        "Pj. Bupati Banyuasin H. Hani S. Rustam, S.H., membuka dialog. "
        "Kepala Kesbangpol, Adam, S.E., M.Si., hadir. “Mari sukseskan pilkada,” ujarnya."
    )
    got = [s.text for s in sentences(text)]
    assert got == [
        "Pj. Bupati Banyuasin H. Hani S. Rustam, S.H., membuka dialog.",
        "Kepala Kesbangpol, Adam, S.E., M.Si., hadir.",
        "“Mari sukseskan pilkada,” ujarnya.",
    ]


def test_paragraph_break_ends_a_sentence_and_quotes_stay_attached() -> None:
    text = "Judul tanpa titik\n\nIa berkata, “Kita siap.” Lalu pergi... Selesai?"
    got = [s.text for s in sentences(text)]
    assert got == ["Judul tanpa titik", "Ia berkata, “Kita siap.”", "Lalu pergi...", "Selesai?"]


def test_sentence_starts_after_opening_quote() -> None:
    model = TextModel("Ia datang. “Sukses nya pilkada,” ujarnya.")
    starts = {model.text[i : i + 6] for i in model.sentence_starts}
    assert starts == {"Ia dat", "Sukses"}


def test_empty_and_whitespace_text() -> None:
    assert sentences("") == []
    assert sentences("  \n \n") == []
    assert tokenize("") == []


def test_decades_are_numbers() -> None:
    assert kinds("Pada tahun 1990-an dan 20-an itu")[2:5] == [
        ("number", "1990-an"),
        ("word", "dan"),
        ("number", "20-an"),
    ]
