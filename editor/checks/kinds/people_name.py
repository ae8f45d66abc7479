"""``people_name``: the name of a people, an ethnic group or its language written in lower case
("masyarakat minang", "adat dayak"), EYD V I.F.10.

The evidence is the gazetteer of Indonesia's peoples (resources/gazetteer/peoples.txt), not a
list of a draft's words: a word of it in lower case that no dictionary knows as a common word is
the name ("minang" -> "Minang"); one that is also a common word ("bali", "melayu": the verb
"layu" with me-) counts only right after a word that introduces a people (the spec's ``cues``:
masyarakat, suku, adat, ...). A word glued to its neighbours (an address, a hashtag, a file
name) is left alone, as for ``lower_name``.

Spec: ``cues`` (lower-case words after which a common word of the gazetteer is the name)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from functools import cache
from typing import Any

from editor.checks.finding import Finding
from editor.checks.kinds.base import CheckContext, Kind, RuleHeader
from editor.checks.text import WORD
from editor.paths import resource


@cache
def peoples() -> frozenset[str]:
    """The gazetteer's names of peoples, languages and customary regions, lower-cased."""
    lines = resource("gazetteer", "peoples.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(
        line.strip().lower() for line in lines if line.strip() and not line.startswith("#")
    )


class PeopleName(Kind):
    name = "people_name"
    paragraph_local = True
    keys = frozenset({"cues"})

    def __init__(self, header: RuleHeader, spec: Mapping[str, Any]) -> None:
        super().__init__(header, spec)
        self.cues = frozenset(str(c).lower() for c in spec["cues"])

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        names = peoples()
        text, toks, lex = ctx.text, ctx.model.tokens, ctx.lexicon
        for i in range(1, len(toks)):
            tok = toks[i]
            if tok.kind is not WORD or tok.text not in names:
                continue  # (lower case only: the gazetteer's keys are lower-cased)
            prev = toks[i - 1]
            gap = text[prev.end : tok.start]
            if prev.end == tok.start or "\n" in gap:
                continue
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if nxt is not None and nxt.start == tok.end and nxt.text not in '.,;:!?)”"':
                continue
            if lex.is_common(tok.text) or lex.is_english(tok.text):
                if prev.kind is not WORD or prev.text.lower() not in self.cues or gap != " ":
                    continue
            yield self.header.finding(tok.start, tok.end, text, [tok.text.capitalize()])
