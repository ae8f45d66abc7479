"""``attribution_case``: a quotation closed by a period before a capitalised verb of saying and
its speaker.

"“Jalan ini kami rawat bersama.” Tutur Camat Merapi." -> ",” tutur": the attribution continues the
sentence of the quotation, so the quotation ends with a comma (or its own ! or ?) inside the mark
and the verb of saying is written in lower case (EYD V, III.B: tanda koma memisahkan petikan
langsung dari bagian lain kalimat). The verbs come from resources/words/attribution-verbs.txt
(stems). This kind takes the bare stem before the speaker ("Ucap Lurah Sukamaju."), and only
when the speaker's capitalised name follows and ends the sentence, since "Kata Bupati, ..." may
open a sentence of its own; the -nya forms ("Ujarnya") are quote_pairs' (Punctuation.QuotePairs).
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from editor.checks.finding import Finding
from editor.checks.kinds.base import CheckContext, Kind
from editor.checks.wordlists import word_set

_STEMS = frozenset(word_set("attribution-verbs")) - {"aku"}
_CLOSED = regex.compile(r"(?P<p>[.,!?])(?P<q>[”\"])(?P<s>[ \t]*)(?P<v>\p{Lu}\p{Ll}+)(?![\p{L}-])")
# the speaker after a bare verb: capitalised words, initials and titles, then the sentence's end
_SPEAKER = regex.compile(r"(?:[ \t]+(?:\p{Lu}[\p{L}']*\.?|\p{Lu}\.))+[ \t]*(?:[.!?]|$)", regex.M)


class AttributionCase(Kind):
    """No spec keys."""

    name = "attribution_case"
    paragraph_local = True

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        text = ctx.text
        for m in _CLOSED.finditer(text):
            p, verb = m["p"], m["v"]
            low = verb.lower()
            if p == "," and not m["s"]:
                continue  # a closing mark glued to the next word is another rule's
            if low not in _STEMS or not _SPEAKER.match(text, m.end()):
                continue
            if m.start() > 0 and text[m.start() - 1].isspace():
                continue  # the mark stands apart: an opening quotation, not this one's end
            mark = p if p in "!?" else ","
            fix = f"{mark}{m['q']} {low}"
            yield self.header.finding(m.start(), m.end(), text, [fix])
