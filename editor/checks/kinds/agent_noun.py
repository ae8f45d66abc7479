"""``agent_noun``: the doer written for the deed before ``oleh`` (``proses penandatangan oleh
bupati`` for ``penandatanganan``).

peN-/pe-/per- nouns come in pairs: the one who does it (pelaksana, penandatangan, pembina) and the
doing of it with -an (pelaksanaan, penandatanganan, pembinaan). ``oleh`` introduces who does a
deed, so the noun right before it is the deed: an agent noun there whose -an sibling is a
dictionary word in common use was meant as that sibling. Where the agent noun is the object of a
deed noun before it ("pendataan penduduk oleh petugas", "penularan penyakit oleh nyamuk") it is
right and left alone. Some nouns take only a deed after them ("proses pelaksanaan", never "proses
pelaksana" in edited news): an agent noun right after one of those (``cues``) is the deed too.
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
    """Spec: ``min_zipf`` (frequency the -an sibling must have at least, and more than the
    written word) and either ``marker`` (the word after the noun that introduces the doer:
    "oleh") or ``cues`` (a list of the nouns that take only a deed right after them:
    "proses")."""

    name = "agent_noun"
    paragraph_local = True
    keys = frozenset({"min_zipf"})
    optional = frozenset({"marker", "cues"})

    def __init__(self, header: RuleHeader, spec: Mapping[str, Any]) -> None:
        super().__init__(header, spec)
        self.marker = str(spec.get("marker", ""))
        self.cues = frozenset(str(c) for c in spec.get("cues", ()))
        if bool(self.marker) == bool(self.cues):
            raise self.fail("give either marker or cues")
        self.min_zipf = float(spec["min_zipf"])

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        lex = ctx.lexicon
        if lex is None:
            return
        text, toks = ctx.text, ctx.model.tokens
        if self.cues:
            yield from self._after_cues(ctx, lex)
            return
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

    def _after_cues(self, ctx: CheckContext, lex: Lexicon) -> Iterator[Finding]:
        text, toks, cues = ctx.text, ctx.model.tokens, self.cues
        for i in range(1, len(toks)):
            cue, noun = toks[i - 1], toks[i]
            if cue.text.lower() not in cues or noun.kind is not Tok.WORD:
                continue
            if text[cue.end : noun.start] != " " or not noun.text.islower():
                continue
            deed = self._deed(lex, noun.text)
            if deed is not None:
                yield self.header.finding(noun.start, noun.end, text, [deed])

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
