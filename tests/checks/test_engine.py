"""The engine: options, merging, and robustness on arbitrary text."""

from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor.checks.engine import CheckEngine, CheckOptions, merge_findings
from editor.checks.finding import Finding
from editor.checks.lexicon import HouseDictionary


@pytest.fixture(scope="module")
def engine() -> CheckEngine:
    return CheckEngine.default()


def _f(rule: str, category: str, start: int, end: int, text: str, sugg=()) -> Finding:
    return Finding(rule, category, "error", start, end, text[start:end], "m", tuple(sugg))


def test_merge_keeps_one_finding_per_span_and_prefers_the_specific_rule() -> None:
    text = "menghimbau warga"
    spelling = _f("KBBI.Spelling", "spelling", 0, 10, text, ["mengimbau"])
    nonstandard = _f("KBBI.Nonstandard", "nonstandard", 0, 10, text, ["mengimbau"])
    merged = merge_findings([spelling, nonstandard])
    assert [f.rule for f in merged] == ["KBBI.Nonstandard"]


def test_merge_drops_overlaps_from_the_same_rule() -> None:
    text = "aaaa bbbb"
    a = _f("R", "style", 0, 6, text)
    b = _f("R", "style", 3, 9, text)
    assert merge_findings([b, a]) == [a]


def test_disabled_categories_and_severity_overrides() -> None:
    text = "Forum Pembauran Kebangsaam hadir."
    quiet = CheckEngine.default(CheckOptions(disabled_categories=frozenset({"spelling"})))
    assert not [f for f in quiet.check(text) if f.category == "spelling"]
    soft = CheckEngine.default(CheckOptions(severities={"KBBI.Spelling": "suggestion"}))
    hits = [f for f in soft.check(text) if f.rule == "KBBI.Spelling"]
    assert hits and all(f.severity == "suggestion" for f in hits)


def test_house_dictionary_reaches_the_engine() -> None:
    text = "Bupati Syopiarr hadir."
    house = HouseDictionary(accepted=frozenset({"Syopiarr"}))
    engine = CheckEngine.default(CheckOptions(house=house))
    assert not [f for f in engine.check(text) if f.text == "Syopiarr"]


def test_seed_draft_flags_what_word_misses(engine, seed_text) -> None:
    found = {f.text: f for f in engine.check(seed_text)}
    assert found["Kebangsaam"].suggestions[0] == "Kebangsaan"
    assert found["penyelenggaran"].suggestions[0] == "penyelenggaraan"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.sampled_from(
            [*"aeiounyksmgbdtrlhpAEKSPBD .,;:!?-()“”\"'’…/\n0123456789", "S.H.", "Pj.", " nya"]
        ),
        max_size=120,
    ).map("".join)
)
def test_check_never_raises_and_spans_are_exact(text: str) -> None:
    engine = CheckEngine.default()
    for f in engine.check(text):
        assert 0 <= f.start < f.end <= len(text)
        assert text[f.start : f.end] == f.text


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=200))
def test_check_survives_any_unicode(text: str) -> None:
    for f in CheckEngine.default().check(text):
        assert text[f.start : f.end] == f.text


def test_findings_inside_a_deleted_span_are_dropped() -> None:
    text = "Bagikan: Facebook Twitter grup"
    widget = _f("STRUCT.WebWidget", "structure", 0, 25, text, [""])
    inside = _f("STYLE.Foreign", "foreign", 9, 17, text, ["Fesbuk"])
    outside = _f("KBBI.Spelling", "spelling", 26, 30, text, ["grub"])
    assert merge_findings([inside, widget, outside]) == [widget, outside]


def test_pathological_input_stays_fast_and_safe(engine) -> None:
    for text in (("Rp." * 5334)[:16000], "a" * 20000, "x" * 3000 + " kata"):
        findings = engine.check(text)
        assert all(text[f.start : f.end] == f.text for f in findings)


_BOUNDED = """
import resource, sys
resource.setrlimit(resource.RLIMIT_AS, (3 << 30, 3 << 30))
from editor.checks.engine import CheckEngine
text = "warga qzvx " + "a" * 20000 + " kbrw xqzt lmnq di balai"
findings = CheckEngine.default().check(text)
print(all(text[f.start : f.end] == f.text for f in findings))
"""


def test_a_run_of_letters_among_unknown_words_stays_within_memory() -> None:
    # a 20,000-letter "word" beside other unknown words once had its edits listed: gigabytes
    done = subprocess.run(
        [sys.executable, "-c", _BOUNDED], capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "True"


def test_pattern_rule_with_requires_runs_only_when_a_trigger_is_present(tmp_path) -> None:
    from editor.checks.rules import load_packs

    pack = tmp_path / "uji"
    pack.mkdir()
    (pack / "pack.yaml").write_text("name: uji\nprefix: UJI\n", encoding="utf-8")
    (pack / "Seru.yaml").write_text(
        """id: UJI.Seru
kind: pattern
category: style
severity: warning
message: "Kalimat seru"
reference: "EYD V"
pattern: "Jumat"
requires: ["!"]
examples:
  bad:
    - text: "[[Jumat]]!"
      fix: null
  good:
    - "Sabtu!"
""",
        encoding="utf-8",
    )
    engine = CheckEngine(CheckEngine.default().lexicon, load_packs([pack]))
    assert engine.check("Salat Jumat.") == []  # the pattern matches, but no "!" in the text
    assert [f.text for f in engine.check("Salat Jumat!")] == ["Jumat"]
