"""Fixtures shared by the engine's tests."""

from __future__ import annotations

import pytest

from editor.checks.engine import CheckEngine


@pytest.fixture(scope="session")
def engine() -> CheckEngine:
    """The bundled lexicon and rule packs, built once for the session (rules are immutable and
    per-check state lives in the check's context, so tests may share it)."""
    return CheckEngine.default()
