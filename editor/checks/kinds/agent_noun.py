"""``agent_noun``: the doer written for the deed before ``oleh`` (``proses penandatangan oleh
bupati`` for ``penandatanganan``).

peN-/pe-/per- nouns come in pairs: the one who does it (pelaksana, penandatangan, pembina) and the
doing of it with -an (pelaksanaan, penandatanganan, pembinaan). ``oleh`` introduces who does a
deed, so the noun right before it is the deed: an agent noun there whose -an sibling is a
dictionary word in common use was meant as that sibling. Where the agent noun is the object of a
deed noun before it ("pendataan penduduk oleh petugas", "penularan penyakit oleh nyamuk") it is
right and left alone.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from editor.checks import morphology
from editor.checks.finding import Finding
from editor.checks.kinds.base import CheckContext, Kind, RuleHeader, preserve_case
from editor.checks.lexicon import Lexicon
from editor.checks.text import Kind as Tok

_AGENT_PREFIXES = frozenset({("peN",), ("pe",), ("per",)})


class AgentNoun(Kind):
    """Spec: ``marker`` (the word that introduces the doer: "oleh"), ``min_zipf`` (frequency the
    -an sibling must have at least, and more than the written word)."""

    name = "agent_noun"
    paragraph_local = True
    keys = frozenset({"marker", "min_zipf"})

    def __init__(self, header: RuleHeader, spec: Mapping[str, Any]) -> None:
        super().__init__(header, spec)
        self.marker = str(spec["marker"])
        self.min_zipf = float(spec["min_zipf"])

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        lex = ctx.lexicon
        if lex is None:
            return
        text, toks = ctx.text, ctx.model.tokens
        for i in range(1, len(toks)):
            if toks[i].text != self.marker:
                continue
            noun = toks[i - 1]
            if noun.kind is not Tok.WORD or text[noun.end : toks[i].start] != " ":
                continue
            deed = self._deed(lex, noun.text)
            if deed is None:
                continue
            if i >= 2 and self._deed(lex, toks[i - 2].text, own=True) is not None:
                continue  # "pendataan penduduk oleh": the agent noun is the deed's object
            yield self.header.finding(noun.start, noun.end, text, [preserve_case(noun.text, deed)])

    def _deed(self, lex: Lexicon, word: str, own: bool = False) -> str | None:
        """The -an sibling meant for the agent noun ``word``, or None (``own``: ``word`` itself
        when it is a deed noun of peN-/pe-/per-/ke- with -an)."""
        low = word.lower()
        if len(low) < 6 or not low.startswith(("pe", "ke")) or not low.isalpha():
            return None
        analyses = [a for a in morphology.analyse(low, lex.is_root) if not a.clitic]
        if own:
            deed = any(a.suffix == "an" and a.prefixes in _DEED_PREFIXES for a in analyses)
            return low if deed else None
        agent = any(a.prefixes in _AGENT_PREFIXES and not a.suffix for a in analyses)
        # (a compound's agent noun, penandatangan, is a dictionary form the analysis misses)
        if not agent and not (low in lex.data.forms and low.startswith(("pen", "pem", "peng"))):
            return None
        sibling = low + "an"
        if sibling not in lex.data.forms:
            return None
        if lex.zipf(sibling) < self.min_zipf or lex.zipf(sibling) <= lex.zipf(low):
            return None
        return sibling


_DEED_PREFIXES = frozenset({("peN",), ("pe",), ("per",), ("ke",)})
