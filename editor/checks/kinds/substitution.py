"""``substitution``: a word or phrase and the form to use instead (Vale's substitution check)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from editor.checks.finding import Finding
from editor.checks.kinds.base import CheckContext, Kind, RuleHeader, preserve_case
from editor.checks.kinds.existence import word_alternation


class Substitution(Kind):
    """Spec: ``swap`` mapping a form to its replacement (one or several, separated by "|");
    optional ``ignorecase`` (default true), ``skip_italic``. The message may use ``{text}`` and
    ``{suggestion}``."""

    name = "substitution"
    keys = frozenset({"swap"})
    optional = frozenset({"ignorecase", "skip_italic"})

    def __init__(self, header: RuleHeader, spec: Mapping[str, Any]) -> None:
        super().__init__(header, spec)
        swap = spec["swap"]
        if not isinstance(swap, Mapping) or not swap:
            raise self.fail("swap must be a non-empty mapping")
        self.ignorecase = bool(spec.get("ignorecase", True))
        self.swap: dict[str, list[str]] = {}
        for bad, good in swap.items():
            if not isinstance(bad, str) or not isinstance(good, str):
                raise self.fail(f"swap entry {bad!r}: both sides must be strings")
            key = bad.lower() if self.ignorecase else bad
            self.swap[key] = [g.strip() for g in good.split("|")]
        self.pattern = word_alternation(list(swap), self.ignorecase)
        self.skip_italic = bool(spec.get("skip_italic", False))

    def entries(self) -> int:
        return len(self.swap)

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        for m in self.pattern.finditer(ctx.text):
            if self.skip_italic and ctx.is_italic(m.start(), m.end()):
                continue
            found = m.group()
            key = " ".join(found.split())
            goods = self.swap.get(key.lower() if self.ignorecase else key, [])
            suggestions = [preserve_case(found, g) for g in goods]
            message = self.header.message.replace("{text}", found).replace(
                "{suggestion}", suggestions[0] if suggestions else ""
            )
            yield self.header.finding(m.start(), m.end(), ctx.text, suggestions, message)
