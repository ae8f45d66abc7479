"""The one place the review calls the engine (so a change to how the engine is built touches
only this module): each story of the file is checked as its own document."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from editor.checks.finding import Finding
from editor.document.model import Document


class Checker(Protocol):
    def check(self, document: Document) -> list[Finding]: ...


def default_checker(style: str | None = None) -> Checker:
    """The bundled engine, or the one a house-style file describes."""
    if style:
        from editor.checks.house_style import load_house_style

        return load_house_style(style).engine()
    from editor.checks.engine import CheckEngine, CheckOptions

    return CheckEngine.default(CheckOptions())


def check_stories(checker: Checker, stories: Sequence[Document]) -> list[list[Finding]]:
    """Findings per story, offsets into that story's text (paragraphs joined with "\\n")."""
    return [checker.check(story) if story.text.strip() else [] for story in stories]
