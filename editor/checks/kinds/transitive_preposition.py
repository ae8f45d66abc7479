"""``transitive_preposition``: a transitive verb with a preposition before its object
("membahas tentang anggaran", "menjelaskan mengenai jadwal").

A meN- verb in -kan, a meN- or memper- verb in -i, and the bare meN- verbs a list names take their
object directly; "tentang" or "mengenai" between the verb and the object is redundant (Badan
Bahasa's usage notes; KBBI gives these verbs as transitive). The fix drops the preposition.
Only the listed bare verbs (membahas tentang, the classic slip) get the rule's severity (a
suggestion in the bundled pack: the judged releases leave "membahas mengenai" standing as often
as they mark it; an office's house style may raise it); after a verb in -kan or -i edited news
keeps the preposition often enough ("menjelaskan tentang") that the finding is always a
suggestion. Quoted speech keeps its register: there it is a suggestion too."""

from __future__ import annotations

from collections.abc import Iterator

import regex as re

from editor.checks.finding import Finding
from editor.checks.kinds.base import CheckContext, Kind
from editor.checks.quotes import in_quote
from editor.checks.wordlists import word_set

# meN- verbs without a suffix that are transitive (membahas)
_BARE = word_set("transitive-bare-verbs")
_PHRASE = re.compile(
    r"(?<![\p{L}\p{N}-])(?P<verb>me\p{Ll}{4,})[ \t]+(?P<prep>tentang|mengenai)(?![\p{L}\p{N}-])"
)


class TransitivePreposition(Kind):
    """Spec: nothing beyond the header (the bare verbs: resources/words/transitive-bare-verbs.txt)."""

    name = "transitive_preposition"
    paragraph_local = True
    keys = frozenset[str]()

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        text = ctx.text
        if "tentang" not in text and "mengenai" not in text:
            return
        for m in _PHRASE.finditer(text):
            verb = m.group("verb")
            if verb in _BARE:
                # membahas, mengkaji: the preposition after them is the classic slip
                severity = "suggestion" if in_quote(ctx, m.start()) else None
            elif self._transitive(ctx, verb):
                # "menjelaskan tentang" is written so widely that edited news keeps it: a note
                severity = "suggestion"
            else:
                continue
            message = self.header.message.replace("{verb}", verb)
            message = message.replace("{preposition}", m.group("prep"))
            yield self.header.finding(m.start(), m.end(), text, [verb], message, severity)

    def _transitive(self, ctx: CheckContext, verb: str) -> bool:
        lex = ctx.lexicon
        if lex is None or not lex.is_word(verb):
            return False
        if verb.endswith("kan"):
            return True  # every meN- verb in -kan takes an object
        if verb.startswith(("memper", "mempel")) and verb.endswith("i"):
            return True  # mempelajari, memperbaiki: memper- ... -i
        analysis = lex.analyse(verb)
        return (
            analysis is not None
            and analysis.prefixes[:1] == ("meN",)
            and analysis.suffix == "i"
            and not lex.is_root(verb)
        )
