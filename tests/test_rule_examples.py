"""Every rule's examples run as tests (LanguageTool's PatternRuleTest, proselint's example test).

For each bad example: exactly one finding from that rule, at the marked span, with the expected
suggestions; applying the first suggestion clears that finding. Good examples stay clean of the
rule. A meta-test fails for a rule without bad and good examples or whose id does not match its file.
"""

from __future__ import annotations

import pytest

from editor.checks.engine import CheckEngine
from editor.checks.lexicon import Lexicon
from editor.checks.rules import Rule, RuleSet, load_bundled
from editor.checks.style import HouseStyle

RULES = load_bundled()


def _engine_for(rule: Rule) -> CheckEngine:
    # a rule of the officials registry is checked against the registry its examples name
    people = getattr(rule.kind, "example_people", None)
    style = HouseStyle(people=people) if people else None
    return CheckEngine(Lexicon.load_default(), RuleSet(RULES.packs, (rule,)), style)


def _bad_cases():
    for rule in RULES.rules:
        for i, example in enumerate(rule.examples.bad):
            yield pytest.param(rule, example, id=f"{rule.id}-bad{i}")


def _good_cases():
    for rule in RULES.rules:
        for i, example in enumerate(rule.examples.good):
            yield pytest.param(rule, example, id=f"{rule.id}-good{i}")


@pytest.mark.parametrize(("rule", "example"), list(_bad_cases()))
def test_bad_example_is_flagged_and_fixed(rule, example) -> None:
    engine = _engine_for(rule)
    findings = [f for f in engine.check(example.text) if f.rule == rule.id]
    assert len(findings) == 1, (
        f"{rule.id}: expected one finding in {example.text!r}, got {findings}"
    )
    finding = findings[0]
    # the writer reads the message: no placeholder of the rule's YAML is left unfilled
    assert "{text}" not in finding.message and "{suggestion}" not in finding.message, (
        f"{rule.id}: unfilled placeholder in {finding.message!r}"
    )
    marked = example.text[example.start : example.end]
    assert (finding.start, finding.end) == (example.start, example.end), (
        f"{rule.id}: flagged {finding.text!r}, the example marks {marked!r}"
    )
    if example.fix is None:
        assert finding.suggestions == ()
        return
    if isinstance(example.fix, list):
        assert list(finding.suggestions) == example.fix
    else:
        assert finding.suggestions[:1] == (example.fix,)
    fixed = finding.apply(example.text)
    again = [
        f
        for f in engine.check(fixed)
        if f.rule == rule.id
        and f.start < example.start + len(finding.suggestions[0]) + 1
        and f.end > example.start - 1
    ]
    assert not again, f"{rule.id}: the fix {fixed!r} is flagged again: {again}"


@pytest.mark.parametrize(("rule", "example"), list(_good_cases()))
def test_good_example_stays_clean(rule, example) -> None:
    findings = [f for f in _engine_for(rule).check(example) if f.rule == rule.id]
    assert not findings, f"{rule.id}: false alarm on {example!r}: {findings}"


@pytest.mark.parametrize("rule", RULES.rules, ids=lambda r: r.id)
def test_rule_has_examples_and_matching_id(rule) -> None:
    assert rule.examples.bad, f"{rule.path}: no bad examples"
    assert rule.examples.good, f"{rule.path}: no good examples"
    pack = next(p for p in RULES.packs if p.name == rule.pack)
    assert rule.id == f"{pack.prefix}.{rule.path.stem}", f"{rule.path}: id {rule.id} != file name"
    assert rule.header.reference, f"{rule.path}: no reference (EYD V section or KBBI)"
