"""Building the checking engine for the desk (runs on a worker thread)."""

from __future__ import annotations

from typing import Any

from editor.checks.engine import CheckEngine, CheckOptions


def build_engine(
    desk: Any = None, disabled_categories: frozenset[str] = frozenset()
) -> CheckEngine:
    """The bundled engine with the office's house dictionary (when a desk is open)."""
    house = desk.house() if desk is not None else None
    return CheckEngine.default(CheckOptions(house=house, disabled_categories=disabled_categories))
