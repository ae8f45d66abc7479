"""``existence``: flag any of a list of words or phrases (Vale's existence check)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from functools import lru_cache
from typing import Any

import regex as re

from editor.checks import pattern_store
from editor.checks.finding import Finding
from editor.checks.kinds.base import CheckContext, Kind, RuleHeader, preserve_case


def word_alternation(words: Iterable[str], ignorecase: bool) -> re.Pattern[str]:
    """A pattern matching any of ``words`` as whole words (longest first)."""
    return _alternation(tuple(sorted(set(words))), ignorecase)


@lru_cache(maxsize=4096)
def _alternation(words: tuple[str, ...], ignorecase: bool) -> re.Pattern[str]:
    # compiled once per process for each word list, and only when a check first needs it
    parts = sorted(words, key=len, reverse=True)
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in parts)
    flags = re.IGNORECASE if ignorecase else 0
    return pattern_store.compile(rf"(?<![\p{{L}}\p{{N}}])(?:{body})(?![\p{{L}}\p{{N}}])", flags)


class Existence(Kind):
    """Spec: ``tokens`` (words or phrases); optional ``ignorecase`` (default true), ``suggest``
    (replacements, case kept from the draft) or ``delete`` (offer to delete the match), and
    ``skip_italic`` (italic text in the draft is not flagged)."""

    name = "existence"
    paragraph_local = True
    keys = frozenset({"tokens"})
    optional = frozenset({"ignorecase", "suggest", "delete", "skip_italic"})

    def __init__(self, header: RuleHeader, spec: Mapping[str, Any]) -> None:
        super().__init__(header, spec)
        tokens = spec["tokens"]
        if (
            not isinstance(tokens, list)
            or not tokens
            or not all(isinstance(t, str) for t in tokens)
        ):
            raise self.fail("tokens must be a non-empty list of strings")
        # a phrase matches across any white space, a line break too
        self.paragraph_local = not any(c.isspace() for t in tokens for c in t)
        self.pattern = word_alternation(tokens, bool(spec.get("ignorecase", True)))
        self.suggest = [str(s) for s in spec.get("suggest", [])]
        if spec.get("delete"):
            self.suggest = [""]
        self.skip_italic = bool(spec.get("skip_italic", False))

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        for m in self.pattern.finditer(ctx.text):
            if self.skip_italic and ctx.is_italic(m.start(), m.end()):
                continue
            suggestions = [preserve_case(m.group(), s) for s in self.suggest]
            message = self.header.message.replace("{text}", m.group())
            yield self.header.finding(m.start(), m.end(), ctx.text, suggestions, message)
