"""CheckEngine(lexicon, rules, options).check(document) -> list[Finding]."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace

from editor.checks.finding import SEVERITY_RANK, Finding, sort_key
from editor.checks.kinds.base import CheckContext
from editor.checks.lexicon import HouseDictionary, Lexicon
from editor.checks.rules import Rule, RuleSet, load_bundled
from editor.checks.spans import Containment
from editor.checks.spelling import Speller
from editor.checks.text import TextModel
from editor.document.model import Document

# When two rules flag the same span with the same fix, the more specific one speaks: a typo that is
# also a non-standard form is reported once, as the non-standard form.
_GENERIC_CATEGORIES = ("spelling", "consistency", "style")


@dataclass(frozen=True)
class CheckOptions:
    language: str = "id"
    disabled_rules: frozenset[str] = frozenset()
    disabled_categories: frozenset[str] = frozenset()
    # rule id or category -> "error" | "warning" | "suggestion"
    severities: Mapping[str, str] = field(default_factory=dict)
    house: HouseDictionary | None = None


class CheckEngine:
    """Runs every enabled rule over a text. Immutable: new options or packs mean a new engine."""

    def __init__(
        self, lexicon: Lexicon, rules: RuleSet, options: CheckOptions | None = None
    ) -> None:
        self.options = options or CheckOptions()
        self.lexicon = lexicon.with_house(self.options.house) if self.options.house else lexicon
        self.rules = rules
        self.active: tuple[Rule, ...] = tuple(r for r in rules.rules if self._enabled(r))
        # one speller per engine: its caches outlive a check and are safe to share by threads
        self.speller = Speller(self.lexicon)

    @classmethod
    def default(cls, options: CheckOptions | None = None) -> CheckEngine:
        """The bundled lexicon and rule packs."""
        return cls(Lexicon.load_default(), load_bundled(), options)

    def _enabled(self, rule: Rule) -> bool:
        opts = self.options
        return (
            rule.enabled
            and rule.id not in opts.disabled_rules
            and rule.category not in opts.disabled_categories
        )

    def check(self, document: Document | str, language: str | None = None) -> list[Finding]:
        if isinstance(document, Document):
            text, italic = document.text, document.styled_ranges("italic")
        else:
            text, italic = document, []
        lang = language or self.options.language
        ctx = CheckContext(TextModel(text), self.lexicon, italic, lang, shared_speller=self.speller)
        found: list[Finding] = []
        for rule in self.active:
            if lang != "id" and not getattr(rule.kind, "any_language", False):
                continue
            found.extend(self._with_severity(f) for f in rule.kind.check(ctx))
        return merge_findings(found)

    def _with_severity(self, finding: Finding) -> Finding:
        sev = self.options.severities
        wanted = sev.get(finding.rule) or sev.get(finding.category)
        if wanted and wanted != finding.severity:
            return replace(finding, severity=wanted)
        return finding


def merge_findings(findings: Iterable[Finding]) -> list[Finding]:
    """Sorted findings with overlaps from one rule and duplicates at one span removed."""
    ordered = sorted(findings, key=sort_key)
    last_end: dict[str, int] = {}
    kept: list[Finding] = []
    for f in ordered:
        if last_end.get(f.rule, -1) > f.start:
            continue  # a rule never overlaps itself
        last_end[f.rule] = f.end
        kept.append(f)
    # a finding that deletes its span (a pasted web widget) takes the findings inside it along
    deletions = Containment((f.start, f.end) for f in kept if f.suggestions[:1] == ("",))
    if deletions:
        kept = [f for f in kept if not deletions.strictly_contains(f.start, f.end)]
    # a spelling note inside a longer finding of another kind ("on the spot", "pra sejahtera")
    # is explained by that finding, and its fix would spoil the longer one's
    longer = Containment((f.start, f.end) for f in kept if f.category not in _GENERIC_CATEGORIES)
    if longer:
        kept = [
            f
            for f in kept
            if f.category != "spelling" or not longer.strictly_contains(f.start, f.end)
        ]
    by_span: dict[tuple[int, int], list[Finding]] = {}
    for f in kept:
        by_span.setdefault((f.start, f.end), []).append(f)
    out: list[Finding] = []
    for group in by_span.values():
        out.extend(_dedupe_span(group))
    return sorted(out, key=sort_key)


def _dedupe_span(group: list[Finding]) -> list[Finding]:
    if len(group) == 1:
        return group
    result: list[Finding] = []
    for f in sorted(group, key=_specificity):
        same = next(
            (
                r
                for r in result
                if (r.suggestions[:1] == f.suggestions[:1] or f.category in _GENERIC_CATEGORIES)
            ),
            None,
        )
        if same is None:
            result.append(f)
    return result


def _specificity(f: Finding) -> tuple[int, int]:
    generic = f.category in _GENERIC_CATEGORIES
    return (1 if generic else 0, SEVERITY_RANK[f.severity])
