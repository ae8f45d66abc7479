"""What a user sees marked red or orange: the error and warning findings of one rule."""

from __future__ import annotations

from collections.abc import Collection

from editor.checks.engine import CheckEngine


def alarms(engine: CheckEngine, text: str, rule: str = "KBBI.Spelling") -> dict[str, list[str]]:
    """Flagged text -> its suggestions, for the error and warning findings of ``rule``."""
    return {
        f.text: list(f.suggestions)
        for f in engine.check(text)
        if f.rule == rule and f.severity in ("error", "warning")
    }


def first_fixes(
    engine: CheckEngine, text: str, rules: str | Collection[str]
) -> list[tuple[str, str]]:
    """(flagged text, first suggestion) of the error and warning findings of ``rules``."""
    wanted = {rules} if isinstance(rules, str) else set(rules)
    return [
        (f.text, f.suggestions[0])
        for f in engine.check(text, language="id")
        if f.rule in wanted and f.severity in ("error", "warning")
    ]


def graded(engine: CheckEngine, text: str, rule: str) -> list[tuple[str, str, list[str]]]:
    """(severity, flagged text, suggestions) of every finding of ``rule``, suggestions too."""
    return [
        (f.severity, text[f.start : f.end], list(f.suggestions))
        for f in engine.check(text)
        if f.rule == rule
    ]


def flagged_texts(engine: CheckEngine, text: str, rule: str) -> list[str]:
    """The flagged texts of ``rule``'s error and warning findings, in order (repeats kept)."""
    return [
        f.text
        for f in engine.check(text, language="id")
        if f.rule == rule and f.severity in ("error", "warning")
    ]
