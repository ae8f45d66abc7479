"""An office's house style, the one value that adapts the checking to a press unit.

It gathers what used to live in three places: the house-style YAML (``house_style.py``), the
desk's dictionary (accepted, rejected and replaced words, from the database through
``editor.services``) and the app's category switches. The engine takes one ``HouseStyle``;
``merged`` combines styles from several sources (a YAML file and the desk, say).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from editor.checks.lexicon import HouseDictionary
from editor.checks.people import PeopleRegistry
from editor.checks.rules import RuleSet

NO_RULES = RuleSet((), ())


@dataclass(frozen=True)
class HouseStyle:
    """Options, words and extra rules of one office (all optional: the default is no change)."""

    language: str = "id"  # the default language of the drafts checked
    disabled_rules: frozenset[str] = frozenset()
    disabled_categories: frozenset[str] = frozenset()
    # rule id or category -> "error" | "warning" | "suggestion"
    severities: Mapping[str, str] = field(default_factory=dict)
    house: HouseDictionary | None = None  # accepted, rejected and replaced words
    rules: RuleSet = NO_RULES  # the office's own rules (substitutions of the YAML)
    name: str = ""
    people: PeopleRegistry = PeopleRegistry()  # the desk's officials registry

    def merged(self, other: HouseStyle | None) -> HouseStyle:
        """Both styles at once; where they disagree (a severity, a replacement) ``other`` wins."""
        if other is None:
            return self
        return HouseStyle(
            language=other.language if other.language != "id" else self.language,
            disabled_rules=self.disabled_rules | other.disabled_rules,
            disabled_categories=self.disabled_categories | other.disabled_categories,
            severities={**self.severities, **other.severities},
            house=_merge_words(self.house, other.house),
            rules=self.rules.merged(other.rules),
            name=self.name or other.name,
            people=self.people.merged(other.people),
        )

    def with_categories_off(self, categories: frozenset[str]) -> HouseStyle:
        """The app's category switches on top of this style."""
        return self.merged(HouseStyle(disabled_categories=frozenset(categories)))


def _merge_words(a: HouseDictionary | None, b: HouseDictionary | None) -> HouseDictionary | None:
    if a is None or b is None:
        return a or b
    return HouseDictionary(
        accepted=a.accepted | b.accepted,
        rejected=a.rejected | b.rejected,
        replacements=MappingProxyType({**a.replacements, **b.replacements}),
    )
