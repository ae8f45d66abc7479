"""What a user sees marked red or orange: the error and warning findings of one rule."""

from __future__ import annotations

from editor.checks.engine import CheckEngine


def alarms(engine: CheckEngine, text: str, rule: str = "KBBI.Spelling") -> dict[str, list[str]]:
    """Flagged text -> its suggestions, for the error and warning findings of ``rule``."""
    return {
        f.text: list(f.suggestions)
        for f in engine.check(text)
        if f.rule == rule and f.severity in ("error", "warning")
    }
