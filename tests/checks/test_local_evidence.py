"""Evidence from the draft is local: a long file of many articles (a corpus pasted as one) does
not turn a guess into an alarm because a similar word stands pages away; loans formed by the
term-formation rules and English month names in dates are judged by their own mechanisms."""

from __future__ import annotations

import pytest

from editor.checks.engine import CheckEngine
from tests.checks.alarms import alarms

# a neutral sentence of about 140 characters, to put distance between two paragraphs
_FILLER = (
    "Petugas dinas mencatat jumlah kendaraan yang melintas di jalan provinsi itu setiap pagi "
    "dan melaporkannya kepada kepala bidang lalu lintas."
)


def far(n_chars: int) -> str:
    """Paragraphs of filler about ``n_chars`` characters long."""
    return "\n\n".join([_FILLER] * (n_chars // len(_FILLER) + 1))


@pytest.fixture(scope="module")
def engine() -> CheckEngine:
    return CheckEngine.default()


def test_a_names_rarer_spelling_is_a_slip_only_beside_the_usual_one(engine) -> None:
    usual = (
        "Bupati menyerahkan bantuan kepada Kepala Desa Warsongko. Menurut Warsongko, bantuan "
        "dibagikan besok. Warsongko juga meminta warga hadir."
    )
    slip = "Di akhir acara, Warsongkoo menutup pertemuan dengan doa."
    assert "Warsongkoo" in alarms(engine, f"{usual}\n\n{slip}")
    # the same two spellings in articles far apart of one long file: two articles, two names
    assert "Warsongkoo" not in alarms(engine, f"{usual}\n\n{far(8000)}\n\n{slip}")


def test_a_name_the_world_writes_is_no_slip_of_a_rarer_one_nearby(engine) -> None:
    text = (
        "Komikus Merlinto menggambar dua seri. Merlinto juga menulis naskahnya. "
        "Pada bagian lain buku itu, Stalin disebut dalam satu catatan kaki."
    )
    assert "Stalin" not in alarms(engine, text)


def test_a_name_with_another_ending_is_another_word(engine) -> None:
    text = (
        "Raja Teodoros memerintah lama. Teodoros membangun benteng. "
        "Putrinya, Teodorias, menikah dengan pangeran dari seberang laut."
    )
    assert "Teodorias" not in alarms(engine, text)


def test_a_tripled_letter_of_a_world_name_nearby_is_still_a_slip(engine) -> None:
    text = "Pasukan Ottoman bergerak ke utara. Setelah itu, tentara Otttoman mundur ke selatan."
    assert alarms(engine, text).get("Otttoman", [])[:1] == ["Ottoman"]


def test_a_far_common_word_does_not_make_an_unknown_term_an_alarm(engine) -> None:
    # "terutama" elsewhere in the file is no evidence that a medical term near the end is its slip
    text = f"Warga terutama anak-anak diperiksa.\n\n{far(8000)}\n\nDokter menemukan teratoma kecil."
    assert "teratoma" not in alarms(engine, text)


@pytest.mark.parametrize(
    "sentence",
    [
        "Hakim meminta kedua pihak menempuh jalur litigasi bila mediasi gagal.",
        "Komentar seksis itu dikecam banyak warganet.",
        "Ia mengenakan celana jins dan kemeja putih.",
        "Bahan meteoritik itu diteliti di laboratorium kampus.",
        "Pengguna dapat membalas pesan dengan emoji dan stiker.",
        "Kepala dinas meminta stafnya bekerja cepat dan solutif.",
    ],
)
def test_a_regular_loan_of_a_frequent_english_word_is_no_alarm(engine, sentence) -> None:
    assert alarms(engine, sentence) == {}


@pytest.mark.parametrize(
    ("sentence", "word", "fix"),
    [
        ("Pertumbuhan ekonomi yang paling optimistik tercapai tahun lalu.", "optimistik", None),
        ("Ia ditugaskan di konsulate kota itu.", "konsulate", "konsulat"),
    ],
)
def test_a_loan_with_the_ending_kbbi_did_not_choose_stays_flagged(
    engine, sentence, word, fix
) -> None:
    found = alarms(engine, sentence)
    assert word in found
    if fix:
        assert found[word][:1] == [fix]


def test_an_english_month_in_a_date_gets_its_indonesian_name(engine) -> None:
    text = "Lomba digelar pada bulan July dan final berlangsung 12 October 2025."
    found = alarms(engine, text)
    assert found["July"] == ["Juli"]
    assert found["October"] == ["Oktober"]
    # outside a date the word may be a title or a name: no alarm
    assert "July" not in alarms(engine, "Penyanyi itu membawakan lagu July Rain di panggung.")
