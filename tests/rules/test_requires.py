"""``requires`` on a pattern rule is only a shortcut: every text the rule's pattern matches holds
one of the required strings, so skipping texts without them never loses a finding."""

from __future__ import annotations

from pathlib import Path

from editor.checks.rules import load_bundled

DATA = Path(__file__).parent / "data"


def _corpus() -> list[str]:
    """Every example of every rule (the patterns' own targets and their look-alikes) and the
    clean release."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(DATA.glob("*.txt"))]
    for rule in load_bundled().rules:
        texts.extend(b.text for b in rule.examples.bad)
        texts.extend(rule.examples.good)
    return texts


def test_every_pattern_match_holds_a_required_string() -> None:
    corpus = _corpus()
    gated = [r for r in load_bundled().rules if getattr(r.kind, "requires", None)]
    assert len(gated) >= 20
    broken = []
    for rule in gated:
        kind = rule.kind
        for text in corpus:
            if kind.pattern.search(text) is None:
                continue
            haystack = text.lower() if kind.ignorecase else text
            if not any(r in haystack for r in kind.requires):
                broken.append((rule.id, text[:80]))
    assert broken == []


def test_a_gated_rule_still_finds_its_bad_examples_and_skips_other_text(run_rule) -> None:
    rules = {r.id: r for r in load_bundled().rules}
    spaced = rules["EYD.Punctuation.SpaceInsideBrackets"]
    assert spaced.kind.requires
    assert [f.text for f in run_rule(spaced.id, "Dinas Sosial ( Dinsos) hadir.")] == [" "]
    assert run_rule(spaced.id, "Dinas Sosial (Dinsos) hadir di sana.") == []
    assert [f.text for f in run_rule("EYD.Typography.DoubleSpace", "dua  spasi")] == ["  "]
