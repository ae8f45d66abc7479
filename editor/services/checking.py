"""The one place that builds the checking engine, for the CLI, the app and export.

``build_engine`` combines an office's house style from its sources, in this order (a later source
wins where two disagree): the house-style YAML file, the desk's dictionary in the database, the
app's category switches; and it attaches the English grammar checker (the LanguageTool adapter)
when one is given. The bundled lexicon and rule packs are loaded once per process, so engines for
other styles are cheap.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from db.database import Database
    from editor.checks.engine import CheckEngine, Grammar
    from editor.checks.style import HouseStyle


def load_style(path: Path | str, language: str = "id") -> HouseStyle:
    """The house style of a YAML file; ``HouseStyleError`` (its message, Indonesian, names the
    file and line) when it is unusable."""
    from editor.checks.house_style import load_house_style

    return load_house_style(path, language)


def desk_style(db: Database) -> HouseStyle:
    """The desk's accepted, rejected and replaced words and its officials registry (the people
    learned from approved releases) as a house style."""
    from editor.checks.style import HouseStyle
    from editor.services.dictionary import house_dictionary
    from editor.services.people import registry

    return HouseStyle(house=house_dictionary(db), name="desk", people=registry(db))


def build_engine(
    *,
    style: HouseStyle | Path | str | None = None,
    db: Database | None = None,
    disabled_categories: Iterable[str] = (),
    language: str = "id",
    grammar: Grammar | None = None,
    on_notice: Callable[[str], None] | None = None,
) -> CheckEngine:
    """The engine for one office: the bundled packs and lexicon with ``style`` (a HouseStyle or
    the path of its YAML file), the words of the desk ``db`` and the category switches."""
    from editor.checks.engine import CheckEngine
    from editor.checks.lexicon import Lexicon
    from editor.checks.rules import load_bundled
    from editor.checks.style import HouseStyle

    if isinstance(style, (str, Path)):
        style = load_style(style, language)
    combined = style or HouseStyle(language=language)
    if db is not None:
        combined = combined.merged(desk_style(db))
    categories = frozenset(disabled_categories)
    if categories:
        combined = combined.with_categories_off(categories)
    return CheckEngine(Lexicon.load_default(), load_bundled(), combined, grammar, on_notice)
