"""``prefixed_name``: a name written in lower case after a prefix and its hyphen (``se-jawa``).

EYD V writes a prefix before a name with a hyphen and keeps the name's capital (se-Jawa,
pra-Reformasi is not such a case: "reformasi" is a common word). The evidence that the part
after the hyphen is a name is the same as for ``lower_name``: real text capitalises it nearly
every time mid-sentence (resources/stats/capitals.tsv), it is tagged a proper noun, and no
dictionary knows it as a common word.

Spec: ``prefixes`` (the prefixes, lower case), ``min_rate``, ``min_count``."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from editor.checks.finding import Finding
from editor.checks.kinds.base import CheckContext, RuleHeader
from editor.checks.kinds.rate_capitals import LowerName
from editor.checks.text import Kind as Tok


class PrefixedName(LowerName):
    name = "prefixed_name"
    keys = frozenset({"prefixes", "min_rate", "min_count"})

    def __init__(self, header: RuleHeader, spec: Mapping[str, Any]) -> None:
        super().__init__(header, spec)
        self.prefixes = tuple(f"{str(p).lower()}-" for p in spec["prefixes"])

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        text = ctx.text
        for tok in ctx.model.tokens:
            if tok.kind is not Tok.WORD or "-" not in tok.text:
                continue
            low = tok.text.lower()
            prefix = next((p for p in self.prefixes if low.startswith(p)), None)
            if prefix is None:
                continue
            name = tok.text[len(prefix) :]
            if "-" in name or not self.lower_name(ctx, name):
                continue
            fixed = tok.text[: len(prefix)] + name.capitalize()
            yield self.header.finding(tok.start, tok.end, text, [fixed])
