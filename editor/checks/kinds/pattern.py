"""``pattern``: a regular expression, the part of it to flag and a replacement template."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from editor.checks.finding import Finding
from editor.checks.kinds.base import CheckContext, Kind, RuleHeader, newline_free
from editor.checks.prefilter import required, scan
from editor.checks.quotes import in_quote


class Pattern(Kind):
    """Spec: ``pattern`` (the ``regex`` module's syntax); optional ``group`` (name or number of
    the group to flag, default the whole match), ``replace`` (a template or list of templates
    expanded with the match, e.g. ``"\\g<word>nya"``; "" means delete), ``ignorecase`` (default
    false), ``exceptions`` (flagged texts to leave alone, compared case-insensitively),
    ``requires`` (strings of which one must occur in the text for the rule to run at all: a cheap
    test before the pattern, e.g. ``["'", "’"]`` for a rule about apostrophes),
    ``any_language`` (also run on English releases) and ``skip_quotes`` (leave quoted speech
    alone: usage and style rules)."""

    name = "pattern"
    paragraph_local = True
    keys = frozenset({"pattern"})
    optional = frozenset(
        {"group", "replace", "ignorecase", "exceptions", "requires", "any_language", "skip_quotes"}
    )

    def __init__(self, header: RuleHeader, spec: Mapping[str, Any]) -> None:
        super().__init__(header, spec)
        # compiled on first use (validate() compiles at once): a gated rule whose strings a
        # text lacks never pays for its pattern
        self._spec = {k: spec[k] for k in ("pattern", "ignorecase", "group") if k in spec}
        self._compiled: tuple[Any, int | str] | None = None
        self.group: int | str = spec.get("group", 0)
        self.paragraph_local = newline_free(spec["pattern"])
        replace = spec.get("replace", [])
        self.replace = [replace] if isinstance(replace, str) else [str(r) for r in replace]
        self.exceptions = {str(e).lower() for e in spec.get("exceptions", [])}
        requires = spec.get("requires", [])
        if not isinstance(requires, list) or not all(isinstance(r, str) and r for r in requires):
            raise self.fail("requires must be a list of non-empty strings")
        self.ignorecase = bool(spec.get("ignorecase"))
        self.requires = [r.lower() for r in requires] if self.ignorecase else list(requires)
        self.skip_quotes = bool(spec.get("skip_quotes"))
        # literals one of which every match holds: a text without them is not scanned
        self.requirement = required(spec["pattern"], self.ignorecase)

    @property
    def pattern(self) -> Any:
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = self.compile_pattern(self._spec)
        return compiled[0]

    def validate(self) -> None:
        self.pattern  # noqa: B018 - compiling is the check

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        text = ctx.text
        if self.requires:
            haystack = ctx.lowered if self.ignorecase else text
            for r in self.requires:  # a loop, not any() over a generator: once per rule a check
                if r in haystack:
                    break
            else:
                return
        for m in scan(ctx, self.pattern, self.requirement, self.paragraph_local):
            start, end = m.span(self.group)
            if start < 0 or end <= start:
                continue
            if text[start:end].lower() in self.exceptions:
                continue
            if self.skip_quotes and in_quote(ctx, start):
                continue
            suggestions = []
            for template in self.replace:
                # a template replaces the flagged part (the group, or the whole match)
                expanded = m.expand(template)
                if expanded not in suggestions:
                    suggestions.append(expanded)
            message = self.header.message.replace("{text}", text[start:end])
            yield self.header.finding(start, end, text, suggestions, message)
