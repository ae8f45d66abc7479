"""The one place where the server builds Sunting's engine (the adapter to the check pipeline).

Everything the server knows about the engine goes through :func:`build_engine` and
:func:`check_text`, built by ``editor.services.checking.build_engine`` like every other engine: the bundled
engine, or a house style's (``--style``, or the ``house_style`` setting of a desk database),
with the desk's house dictionary merged in, and a request's rule filter applied as options.
When the check pipeline changes, only this module follows.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from editor.checks.engine import CheckEngine
from editor.checks.finding import Finding
from editor.checks.language import resolve_language
from editor.server.protocol import RuleFilter


@dataclass(frozen=True)
class EngineConfig:
    """What the engine of every worker is built from (picklable: it goes to the workers)."""

    style_path: str | None = None  # a house-style YAML file (--style)
    style_data: Mapping[str, Any] | None = None  # the house style stored in the desk database
    accepted: frozenset[str] = frozenset()  # the desk dictionary
    rejected: frozenset[str] = frozenset()
    replacements: tuple[tuple[str, str], ...] = ()


def _house_style(config: EngineConfig) -> Any:
    from editor.checks.house_style import load_house_style, parse_house_style

    if config.style_path:
        return load_house_style(config.style_path)
    if config.style_data is not None:
        return parse_house_style(config.style_data, Path("<desk:house_style>"))
    return None


@cache
def _base(config: EngineConfig) -> CheckEngine:
    """The engine of ``config`` with no request filter (HouseStyleError when the style is bad):
    the house style, then the desk's words over it, built by the one engine builder."""
    from editor.checks.lexicon import HouseDictionary
    from editor.checks.style import HouseStyle
    from editor.services.checking import build_engine as build

    style = _house_style(config) or HouseStyle()
    if config.accepted or config.rejected or config.replacements:
        desk = HouseDictionary(config.accepted, config.rejected, dict(config.replacements))
        style = style.merged(HouseStyle(house=desk, name="desk"))
    return build(style=style)


NO_FILTER = RuleFilter()


def build_engine(config: EngineConfig, rules: RuleFilter = NO_FILTER) -> CheckEngine:
    """The engine for ``config`` with a request's rule filter applied."""
    if rules == NO_FILTER:
        return _base(config)
    return _filtered(config, rules)


@lru_cache(maxsize=32)
def _filtered(config: EngineConfig, rules: RuleFilter) -> CheckEngine:
    from editor.checks.style import NO_RULES, HouseStyle

    base = _base(config)
    style = base.style
    disabled = set(style.disabled_rules) | set(rules.disabled_rules)
    if rules.enabled_only:
        disabled |= {
            r.id
            for r in base.rules.rules
            if r.id not in rules.enabled_rules and r.category not in rules.enabled_categories
        }
    extra = HouseStyle(disabled_rules=frozenset(disabled),
                       disabled_categories=frozenset(rules.disabled_categories))  # fmt: skip
    # the base engine's lexicon and rule set already hold the house's words and rules
    filtered = replace(style.merged(extra), house=None, rules=NO_RULES)
    return CheckEngine(base.lexicon, base.rules, filtered)


def detect_language(text: str) -> str:
    """ "id" or "en" for a text sent with language=auto."""
    return resolve_language(text, "auto")


def check_text(config: EngineConfig, text: str, rules: RuleFilter) -> Sequence[Finding]:
    """Sunting's findings for Indonesian ``text``."""
    return build_engine(config, rules).check(text, language="id")


def rule_ids(config: EngineConfig) -> frozenset[str]:
    return frozenset(r.id for r in _base(config).rules.rules)
