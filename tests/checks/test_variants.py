"""Unknown words with evidence beyond a guess: a tidak baku spelling recognised by the rewrites
KBBI's own non-standard pairs make (reported as a warning with the baku form first, not left as a
quiet guess), and a capitalised slip of the head of a name standing right before that name."""

from __future__ import annotations

import pytest

from editor.checks import variants
from editor.checks.engine import CheckEngine
from editor.checks.kinds import spelling
from editor.checks.lexicon import Lexicon
from editor.checks.rules import RuleSet, load_bundled
from editor.checks.spelling import Candidate


@pytest.fixture(scope="module")
def engine() -> CheckEngine:
    rules = load_bundled()
    return CheckEngine(
        Lexicon.load_default(), RuleSet(rules.packs, (rules.by_id("KBBI.Spelling"),))
    )


def test_a_rewrite_is_counted_with_its_context() -> None:
    edits = variants.learn([("aktuil", "aktual"), ("faktuil", "faktual"), ("Nominil", "nominal")])
    assert edits["u[i>a]l"] == 2
    assert edits["[i>a]l"] == 3
    assert variants.support("manuil", "manual", edits) == 2
    assert variants.support("kasuil", "kasual", edits) == 2


def test_a_rewrite_seen_only_in_other_contexts_counts_half() -> None:
    edits = variants.learn([("aktuil", "aktual"), ("faktuil", "faktual"), ("nominil", "nominal")])
    assert variants.support("liberil", "liberal", edits) == 1  # r[i>a]l never seen: 3 // 2


def test_words_apart_in_two_places_or_multiword_pairs_teach_nothing() -> None:
    edits = variants.learn([("praktek", "praktik"), ("kwalitet", "kualitas"), ("a b", "ab")])
    assert variants.support("kwalitet", "kualitas", edits) == 0
    assert "[ >]b" not in edits
    assert variants.support("praktek", "praktek", edits) == 0


def test_the_lexicon_learns_the_rewrites_of_its_own_pairs() -> None:
    edits = Lexicon.load_default().data.variant_edits
    # f before i becomes v (aktifitas), h after d is dropped before u: both made by many pairs
    assert edits["i[f>v]i"] >= 6
    assert edits["d[h>]u"] >= 6


@pytest.mark.parametrize(
    ("sentence", "written", "baku"),
    [
        ("Para santri belajar bab thaharah sebelum salat.", "thaharah", "taharah"),
        ("Ulama itu menilai hadis tersebut dhaif sanadnya.", "dhaif", "daif"),
        ("Pengurus masjid menggelar mudzakarah tiap bulan.", "mudzakarah", "muzakarah"),
        ("Guru itu menulis buku sejarah kesusasteraan daerah.", "kesusasteraan", "kesusastraan"),
    ],
)
def test_an_unknown_word_one_learnt_rewrite_from_a_rare_word_is_its_tidak_baku_form(
    engine, sentence, written, baku
) -> None:
    found = [f for f in engine.check(sentence) if f.text == written]
    assert len(found) == 1
    assert found[0].severity == "warning"
    assert found[0].suggestions[0] == baku
    assert "tidak baku" in found[0].message
    assert not found[0].batch_safe  # a warning is never applied by a batch fix


def test_a_capitalised_word_stays_a_guess(engine) -> None:
    found = [f for f in engine.check("Rombongan dipimpin Thaharah dari kecamatan.")]
    assert all(f.severity == "suggestion" for f in found if f.text == "Thaharah")


def test_a_short_word_is_not_judged_by_rewrites() -> None:
    # "dhi" is one well-attested rewrite (h dropped after d) from "di", but three or four letters
    # reach some dictionary word by almost any rewrite: an initial or a code, not a sure variant
    lex = Lexicon.load_default()
    assert variants.support("dhi", "di", lex.data.variant_edits) >= spelling.VARIANT_SUPPORT
    assert not spelling._variant(lex, "dhi", [Candidate("di", 1.0, 1.0)])
    assert spelling._variant(lex, "dhikir", [Candidate("dikir", 1.0, 1.0)])


def test_a_letter_written_once_for_twice_is_reported_as_a_slip(engine) -> None:
    found = [f for f in engine.check("Panitia menahan kesedihanya di depan warga.")]
    slip = [f for f in found if f.text == "kesedihanya"]
    assert slip and slip[0].suggestions[0] == "kesedihannya"
    assert slip[0].severity in ("error", "warning")
    assert "tidak baku" not in slip[0].message
    assert variants.doubling("kesedihanya", "kesedihannya")
    assert not variants.doubling("thaharah", "taharah")


@pytest.mark.parametrize(
    ("sentence", "typo", "head"),
    [
        ("Bantuan beras dibagikan kepada warga Dusum Sidomulyo pekan lalu.", "Dusum", "Dusun"),
        ("Rapat digelar di Kantor Binas Pertanian kemarin siang.", "Binas", "Dinas"),
    ],
)
def test_a_slip_of_a_name_head_before_the_name_it_heads_is_flagged(
    engine, sentence, typo, head
) -> None:
    found = [f for f in engine.check(sentence) if f.text == typo]
    assert found and found[0].severity == "error"
    assert found[0].suggestions[0] == head


def test_a_name_like_a_head_without_a_name_after_it_stays_a_guess(engine) -> None:
    # "Binas" alone (a person's name, a nickname): nothing it heads, no evidence of a slip
    found = [f for f in engine.check("Sore itu Binas pulang lebih awal dari sawah.")]
    assert all(f.severity == "suggestion" for f in found if f.text == "Binas")


def test_the_english_spelling_of_a_word_kbbi_adapts_is_fixed_to_the_adaptation(engine) -> None:
    found = [f for f in engine.check("Petugas memasang camera di setiap persimpangan jalan.")]
    camera = [f for f in found if f.text == "camera"]
    assert camera and camera[0].severity == "warning"
    assert camera[0].suggestions[0] == "kamera"
    strategy = [f for f in engine.check("Desa itu menyusun strategy baru.") if f.text == "strategy"]
    assert strategy and strategy[0].suggestions[0] == "strategi"
    # respelt beyond the reach of the candidate search (ph and y: three edits)
    phrase = "Juara lomba menerima trophy dari camat."
    trophy = [f for f in engine.check(phrase) if f.text == "trophy"]
    assert trophy and trophy[0].severity == "warning" and trophy[0].suggestions[0] == "trofi"


def test_an_english_word_a_dropped_e_from_another_indonesian_word_stays_english(engine) -> None:
    # mobile is no spelling of mobil: only respelt letters (c, ph, x, q, final y) make an adaptation
    found = [f for f in engine.check("Petugas vaksin kami mobile ke desa-desa terpencil.")]
    assert all(f.severity == "suggestion" for f in found if f.text == "mobile")
