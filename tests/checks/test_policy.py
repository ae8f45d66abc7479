"""The severity policy: errors only where sure, guesses are suggestions, batch fixes only sure."""

from __future__ import annotations

import pytest

from editor.checks.engine import CheckEngine, CheckOptions
from editor.checks.policy import apply_fixes, batch_fixes


@pytest.fixture(scope="module")
def engine() -> CheckEngine:
    return CheckEngine.default()


DRAFT = (
    "Penjabat Bupati H. Sutarmanto Lembang menyerahkan bantuan kepada warga.\n"
    "Panitia memastikan penyelenggaran lomba berjalan tertib.\n"
    "Rapat dihadiri Kepala Dinas Perhubungn dan Badan Perencanaan.\n"
    "Dalam kesempatan itu ia menyampaikan trimakasih kepada warga."
)


def test_batch_fix_applies_sure_fixes_and_skips_guesses(engine) -> None:
    findings = engine.check(DRAFT)
    fixes = batch_fixes(findings)
    fixed = apply_fixes(DRAFT, fixes)
    assert "penyelenggaraan lomba" in fixed
    assert "terima kasih kepada" in fixed
    # a capitalised word is never fixed by a batch, even when the guess is right
    assert "Perhubungn" in fixed
    assert "H. Sutarmanto Lembang" in fixed
    assert all(f.severity == "error" for f in fixes)


def test_no_spelling_guess_for_a_capitalised_word_is_batch_safe(engine) -> None:
    for f in engine.check(DRAFT):
        if f.category == "spelling" and f.text[:1].isupper():
            assert not f.batch_safe, f


def test_suggestions_are_never_batch_safe(engine) -> None:
    text = "Warga mengikuti kegiatan gathering di aula kecamatan bersama Sutarmanto."
    assert not [f for f in engine.check(text) if f.severity != "error" and f.batch_safe]


def test_an_office_lowering_a_rule_takes_it_out_of_batch_fixes() -> None:
    base = CheckEngine.default()
    lowered = CheckEngine.default(CheckOptions(severities={"KBBI.Spelling": "warning"}))
    text = "Panitia memastikan penyelenggaran lomba berjalan tertib."
    assert any(f.batch_safe for f in base.check(text) if f.rule == "KBBI.Spelling")
    assert not any(f.batch_safe for f in lowered.check(text) if f.rule == "KBBI.Spelling")


def test_overlapping_fixes_apply_once(engine) -> None:
    text = "Camat  membuka acara ,kata panitia."
    fixes = batch_fixes(engine.check(text))
    spans = [(f.start, f.end) for f in fixes]
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))
