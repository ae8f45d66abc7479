"""Building the checking engine for the desk (runs on a worker thread)."""

from __future__ import annotations

from functools import cache
from typing import Any

from editor.checks.engine import CheckEngine, CheckOptions


@cache
def _bundled() -> tuple[Any, Any]:
    """The lexicon and rule packs, loaded once per process (engines built on them are cheap)."""
    from editor.checks.lexicon import Lexicon
    from editor.checks.rules import load_bundled

    return Lexicon.load_default(), load_bundled()


def build_engine(
    desk: Any = None, disabled_categories: frozenset[str] = frozenset()
) -> CheckEngine:
    """The bundled engine with the office's house dictionary (when a desk is open)."""
    house = desk.house() if desk is not None else None
    lexicon, rules = _bundled()
    options = CheckOptions(house=house, disabled_categories=disabled_categories)
    return CheckEngine(lexicon, rules, options)
