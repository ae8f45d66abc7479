"""Building the checking engine for the desk (runs on a worker thread).

The desk checks with :class:`DeskChecker`: Sunting's engine in the article's language, plus
LanguageTool for English releases once the window has attached a backend (settings: off / local /
server URL; started by :mod:`editor.gui.ltstart`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from editor.checks.engine import CheckEngine, CheckOptions
from editor.checks.finding import Finding


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


@dataclass(frozen=True)
class DeskChecker:
    """What the editor's worker calls: ``check(document)`` in one language."""

    engine: CheckEngine
    language: str = "id"
    backend: Any = None  # LanguageToolBackend for English, or None (the window attaches it)

    def check(self, document: Any) -> list[Finding]:
        if self.backend is None or self.language != "en":
            return self.engine.check(document, language=self.language)
        from editor.checks.languagetool import check_document

        return check_document(self.engine, document, self.language, self.backend)

    def for_language(self, language: str) -> DeskChecker:
        return self if language == self.language else replace(self, language=language)

    def with_backend(self, backend: Any) -> DeskChecker:
        return self if backend is self.backend else replace(self, backend=backend)


def build_checker(desk: Any, settings: Any) -> DeskChecker:
    """The engine for ``desk`` with the settings' categories; LanguageTool is started apart
    (:mod:`editor.gui.ltstart`) so Indonesian checking never waits for it."""
    engine = build_engine(desk, frozenset(settings.disabled_categories))
    return DeskChecker(engine, "id")
