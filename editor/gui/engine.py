"""Building the checking engine for the desk (runs on a worker thread).

The desk checks with :class:`DeskChecker`: Sunting's engine in the article's language, plus
LanguageTool for English releases once the window has attached a backend (settings: off / local /
server URL; started by :mod:`editor.gui.ltstart`).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from editor.checks.engine import CheckEngine, ParagraphCache
from editor.checks.finding import Finding


def build_engine(
    desk: Any = None, disabled_categories: frozenset[str] = frozenset()
) -> CheckEngine:
    """The bundled engine with the office's house dictionary (when a desk is open) and the
    settings' category switches: the services' one builder."""
    from editor.services.checking import build_engine as build

    return build(db=desk.db if desk is not None else None, disabled_categories=disabled_categories)


@dataclass(frozen=True)
class DeskChecker:
    """What the editor's worker calls: ``check(document)`` in one language."""

    engine: CheckEngine
    language: str = "id"
    backend: Any = None  # LanguageToolBackend for English, or None (the window attaches it)
    # the findings of unchanged paragraphs, kept between the checks of the window's draft (shared
    # by the checker's language and backend variants: the key holds the language)
    cache: ParagraphCache = field(default_factory=ParagraphCache, compare=False, repr=False)

    def check(self, document: Any, language: str | None = None) -> list[Finding]:
        lang = language or self.language
        engine = self.engine.with_grammar(self.backend) if lang == "en" else self.engine
        return engine.check(document, language=lang, cache=self.cache)

    def for_language(self, language: str) -> DeskChecker:
        return self if language == self.language else replace(self, language=language)

    def with_backend(self, backend: Any) -> DeskChecker:
        return self if backend is self.backend else replace(self, backend=backend)


def build_checker(desk: Any, settings: Any) -> DeskChecker:
    """The engine for ``desk`` with the settings' categories; LanguageTool is started apart
    (:mod:`editor.gui.ltstart`) so Indonesian checking never waits for it."""
    engine = build_engine(desk, frozenset(settings.disabled_categories))
    return DeskChecker(engine, "id")
