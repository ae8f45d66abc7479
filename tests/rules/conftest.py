"""Helpers for the rule-kind tests: run one bundled rule, or a rule built from an inline spec."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from editor.checks.engine import CheckEngine
from editor.checks.finding import Finding
from editor.checks.kinds import KINDS
from editor.checks.kinds.base import RuleHeader
from editor.checks.lexicon import Lexicon
from editor.checks.rules import Examples, Rule, RuleSet, load_bundled


@pytest.fixture(scope="session")
def lexicon() -> Lexicon:
    return Lexicon.load_default()


@pytest.fixture(scope="session")
def run_rule(lexicon: Lexicon) -> Callable[[str, str], list[Finding]]:
    """Findings of one bundled rule on a text (through the real engine and lexicon)."""
    bundled = load_bundled()
    engines: dict[str, CheckEngine] = {}

    def run(rule_id: str, text: str) -> list[Finding]:
        if rule_id not in engines:
            engines[rule_id] = CheckEngine(
                lexicon, RuleSet(bundled.packs, (bundled.by_id(rule_id),))
            )
        return [f for f in engines[rule_id].check(text) if f.rule == rule_id]

    return run


def make_rule(kind: str, spec: dict[str, Any], category: str = "style") -> Rule:
    header = RuleHeader("TEST.Rule", category, "warning", "pesan {text}", "EYD V", "test:1")
    return Rule(header, KINDS[kind](header, spec), Examples((), ()), "test", None)  # type: ignore[arg-type]


@pytest.fixture(scope="session")
def run_spec(lexicon: Lexicon) -> Callable[..., list[Finding]]:
    def run(kind: str, spec: dict[str, Any], text: str) -> list[Finding]:
        rule = make_rule(kind, spec)
        return CheckEngine(lexicon, RuleSet((), (rule,))).check(text)

    return run
