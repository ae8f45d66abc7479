"""``pronoun``: "beliau" in news copy. Journalistic style refers to people as ia/dia or -nya;
"beliau" is for speech and letters. As a subject it becomes "ia" ("Beliau berharap" -> "Ia
berharap"); after a noun or preposition it becomes -nya ("Kehadiran beliau" -> "Kehadirannya")."""

from __future__ import annotations

from collections.abc import Iterator

import regex as re

from editor.checks.finding import Finding
from editor.checks.kinds.base import CheckContext, Kind
from editor.checks.wordlists import word_set

_BELIAU = re.compile(r"(?<![\p{L}-])(?P<w>[Bb]eliau)(?![\p{L}-])")
_PREVIOUS = re.compile(r"(?P<prev>\p{L}+)(?P<space>[ \t]+)$")
# words after which "beliau" is a subject: "bahwa beliau" -> "bahwa ia"
SUBJECT_AFTER = word_set("beliau-subject-after")
# prepositions that take -nya: "kepada beliau" -> "kepadanya"
NYA_AFTER = word_set("beliau-nya-after")


class Pronoun(Kind):
    """Spec: nothing of its own."""

    name = "pronoun"
    paragraph_local = True

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        text = ctx.text
        for m in _BELIAU.finditer(text):
            start, end = m.span("w")
            before = _PREVIOUS.search(text[max(0, start - 40) : start])
            prev = before.group("prev") if before else ""
            at_start = start in ctx.model.sentence_starts or not prev
            low = prev.lower()
            if at_start or low in SUBJECT_AFTER or prev.isupper() or low.endswith("nya"):
                wanted = "Ia" if m.group("w")[0].isupper() and at_start else "ia"
                yield self.header.finding(start, end, text, [wanted])
            elif low in NYA_AFTER or not low.startswith(("me", "ber", "di", "ter")):
                gap = len(before.group("space"))
                yield self.header.finding(start - gap, end, text, ["nya"])
            else:
                yield self.header.finding(start, end, text, ["ia"])
