"""``quote_pairs``: quotation marks paired and placed within a paragraph (EYD V III.J).

A paragraph's curly double quotation marks are read in order, by their shape (straight ones do not
tell an opening from a closing mark, so they are read only for the attribution). Three faults are
reported:

- an opening mark never closed, when the next paragraph does not continue the quotation (the
  news convention opens each continued paragraph again and closes only the last): the closing
  mark goes before the attribution (", terangnya") if the paragraph has one, else after the
  paragraph's final mark;
- a closing mark with no opening one in a paragraph that no open quotation runs into: deleted;
- a quotation opened by a straight mark and closed by a curly one, or the other way round: the
  straight mark takes its partner's shape;
- an attribution run into the next point of a count (',” kata Budi Kedua, ...'): a period ends
  the attribution's sentence before the ordinal;
- a quotation closed by a period and then attributed ('... sudah siap." Ujarnya'): the period
  becomes a comma and the verb of saying lower case;
- a double quotation mark typed as two single ones (',’’ katanya', "''"): it becomes the double
  mark, and the pairs are read with it as one mark.

Verbs of saying come from resources/words/attribution-verbs.txt (stems; the -nya forms are
derived).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

import regex

from editor.checks.finding import Finding
from editor.checks.kinds.base import CheckContext, Kind, RuleHeader
from editor.checks.text import Span, paragraphs
from editor.checks.wordlists import entries

_STEMS = tuple(sorted(entries("attribution-verbs"), key=len, reverse=True))
_VERB = "(?:" + "|".join(_STEMS) + ")(?:nya)?"
# a comma, then the verb of saying (with -nya, or bare before its speaker), at a word end
_ATTRIBUTION = regex.compile(rf",[ \t]+(?:{_VERB})(?!\p{{L}})")
# a closing mark after a period, then the verb of saying with -nya, capitalised or not
# (or the period typed after the closing mark: '... Babinsa". Terangnya')
# (or the bare verb in lower case before its speaker: '... sudah siap.” kata Budi'; or a verb in
# lower case glued to the curly closing mark: '... tuan rumah.”ujar Budi', whose missing space
# EYD.Punctuation.QuoteAttribution reports)
_PERIOD_ATTRIBUTED = regex.compile(
    rf"(?:\.(?P<q>[”\"])|(?P<q>[”\"])\.)(?:[ \t]+|(?<=\.”)(?=\p{{Ll}}))"
    rf"(?:(?P<v>(?i:{'|'.join(_STEMS)})nya)"
    rf"(?=[ \t]*[.,]|[ \t]+\p{{L}})|(?P<v>{'|'.join(_STEMS)})(?=[ \t]+(?:\p{{Lu}}|dia\b|ia\b|beliau\b)))"
)
_FINAL = regex.compile(r"[.!?][ \t]*$")
# an attribution after a closed quotation, its speaker named by at most four capitalised words,
# then the next point of a count with its comma ("..., ” tutur Budi Santoso Kedua, ..."): the
# attribution's sentence ended before the ordinal
_ORDINALS = "Pertama|Kedua|Ketiga|Keempat|Kelima|Keenam|Ketujuh|Kedelapan|Kesembilan|Kesepuluh"
_ATTRIBUTED_COUNT = regex.compile(
    rf"[,!?][”\"][ \t]*(?P<w>{_VERB})(?!\p{{L}})(?:[ \t]+(?P<w>\p{{Lu}}(?:[\p{{L}}.'’-]*\p{{L}})?)){{0,4}}?"
    rf"[ \t]+(?P<o>{_ORDINALS}),"
)


# a closing curly mark written where a quotation opens (at the line start, a space after it
# allowed, or after a space or bracket and glued to a capital): an opening in the wrong shape,
# which EYD.Punctuation.OpeningQuoteShape reports
_OPENING_SHAPED = regex.compile(r"^”[ \t]?(?=\p{Lu})|(?<=[ \t(])”(?=\p{Lu})")


# two single marks typed for a double one: closing when glued to the word or mark before it (not
# a digit: 5'' reads inches) and followed by no letter or digit; opening after the line start, a
# space or a bracket and glued to a letter or digit
_DOUBLED = regex.compile(
    r"(?<=[^\s\d])(?P<c>’’|'')(?![\p{L}\p{N}])|(?<![^\s(\[])(?P<o>‘‘|''|’’)(?=[\p{L}\p{N}])"
)


def _doubled_marks(text: str) -> list[tuple[int, str]]:
    """(offset, the double mark meant) for each double quotation mark typed as two single ones:
    straight when the paragraph's nearest quotation mark on the other side is straight, else
    curly."""
    out = []
    for m in _DOUBLED.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        if m.group("c"):
            partner = regex.findall(r"[“”\"]", text[line_start : m.start()])[-1:]
            out.append((m.start(), '"' if partner == ['"'] else "”"))
        else:
            partner = regex.findall(r"[“”\"]", text[m.end() : line_end])[:1]
            out.append((m.start(), '"' if partner == ['"'] else "“"))
    return out


def _marks(text: str) -> list[tuple[int, bool]]:
    """(offset, opens) for each curly double quotation mark of one paragraph."""
    wrong = {m.start() for m in _OPENING_SHAPED.finditer(text)}
    return [
        (m.start(), m.group() == "“" or m.start() in wrong) for m in regex.finditer(r"[“”]", text)
    ]


class QuotePairs(Kind):
    """Spec: ``max_open`` (characters an unclosed quotation may run before the paragraph end
    and still be reported; a longer one is left to the writer), ``doubled_message`` (the
    message for a double mark typed as two single ones)."""

    name = "quote_pairs"
    keys = frozenset({"max_open", "doubled_message"})

    def __init__(self, header: RuleHeader, spec: Mapping[str, Any]) -> None:
        super().__init__(header, spec)
        self.max_open = int(spec["max_open"])
        self.doubled_message = str(spec["doubled_message"])

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        text = ctx.text
        if "’’" not in text and "''" not in text and "‘‘" not in text:
            yield from self._pairs(text, ctx.model.paragraphs, ctx.headline)
            return
        doubled = _doubled_marks(text)
        if not doubled:
            yield from self._pairs(text, ctx.model.paragraphs, ctx.headline)
            return
        for start, mark in doubled:
            yield self.header.finding(start, start + 2, text, [mark], message=self.doubled_message)
        # the pairs read with each doubled mark as one mark: offsets of the single-mark text
        # map back to the text (a doubled mark's finding covers both of its characters)
        pieces: list[str] = []
        origin: list[int] = []
        last = 0
        for start, mark in doubled:
            pieces.append(text[last:start])
            origin.extend(range(last, start))
            pieces.append(mark)
            origin.append(start)
            last = start + 2
        pieces.append(text[last:])
        origin.extend(range(last, len(text) + 1))
        single = "".join(pieces)
        wide = {n for n, at in enumerate(origin) if n < len(single) and at in dict(doubled)}
        headline = ctx.headline
        if headline is not None:
            inverse = {at: n for n, at in enumerate(origin)}
            headline = (inverse.get(headline[0], 0), inverse.get(headline[1], len(single)))
        for found in self._pairs(single, paragraphs(single), headline):
            start = origin[found.start]
            end = origin[found.end - 1] + (2 if found.end - 1 in wide else 1)
            yield self.header.finding(
                start, end, text, found.suggestions, found.message, found.severity
            )

    def _pairs(
        self, text: str, paras: list[Span], headline: tuple[int, int] | None
    ) -> Iterator[Finding]:
        for n, para in enumerate(paras):
            if headline and para.start < headline[1] and para.end > headline[0]:
                continue
            if '"' in para.text:
                # straight or mixed marks: only a pair of two shapes and the attribution below
                # are read
                yield from self._mixed_pair(text, para.start, para.text)
                continue
            if "“" not in para.text and "”" not in para.text:
                continue  # (no curly mark: nothing to pair)
            marks = _marks(para.text)
            depth, opened = 0, -1
            for pos, opens in marks:
                if opens:
                    depth, opened = 1, pos
                elif depth:
                    depth = 0
                elif pos == marks[0][0] and not self._runs_into(paras, n):
                    yield from self._stray(text, para.start, para.text, pos)
            if depth and not self._continued(paras, n):
                yield from self._unclosed(text, para.start, para.text, opened)
        for para in paras:
            if ",”" in para.text or ',"' in para.text:
                for m in _ATTRIBUTED_COUNT.finditer(para.text):
                    start, end = para.start + m.start("w"), para.start + m.end("o")
                    fix = m.group("w") + ". " + m.group("o")
                    yield self.header.finding(start, end, text, [fix])
            if not any(pair in para.text for pair in (".”", '."', "”.", '".')):
                continue  # (every match opens with a period and a closing mark)
            for m in _PERIOD_ATTRIBUTED.finditer(para.text):
                if m.group()[0] != "." and regex.match(r"[ \t]+\p{Ll}", para.text[m.end() :]):
                    continue  # 'tempat itu “pasar subuh”. Katanya pasar ...': a term, then a new
                    # sentence opened by "katanya" (reportedly)
                verb = m.group("v")
                start = para.start + m.start()
                if m.group().startswith(".”") and verb.islower() and m.group()[2:3] == verb[:1]:
                    # glued: only the period is this rule's (the space is the attribution's)
                    yield self.header.finding(start, start + 1, text, [","])
                    continue
                fix = "," + m.group("q") + " " + verb.lower()
                yield self.header.finding(start, para.start + m.end(), text, [fix])

    @staticmethod
    def _open_at_end(para: str) -> bool:
        depth = 0
        for _, opens in _marks(para):
            depth = 1 if opens else 0
        return bool(depth)

    def _runs_into(self, paras: list[Any], n: int) -> bool:
        """Does a quotation left open run into paragraph ``n``: the nearest paragraph before it
        with quotation marks ends with one open?"""
        for before in reversed(paras[max(0, n - 4) : n]):
            if _marks(before.text):
                return self._open_at_end(before.text)
        return False

    @staticmethod
    def _continued(paras: list[Any], n: int) -> bool:
        """Does the quotation open at the end of paragraph ``n`` go on in the next one: opened
        again there (the news convention) or closed there first (a line broken mid-quote)?"""
        if n + 1 >= len(paras):
            return False
        nxt = paras[n + 1].text
        if nxt.lstrip()[:1] in {"“", '"'}:
            return True
        marks = _marks(nxt)
        return bool(marks) and not marks[0][1]

    def _mixed_pair(self, text: str, base: int, para: str) -> Iterator[Finding]:
        """A quotation opened by a straight mark and closed by a curly one ('"Kami siap,” kata
        camat') or opened curly and closed straight: the straight mark takes the shape of its
        partner. The straight mark opens when it starts the paragraph or follows a space or a
        bracket, glued to a letter or digit, and closes when glued to the word or mark before it
        and followed by a space, a mark or the paragraph's end; its partner is the next (or the
        previous) quotation mark of the paragraph."""
        marks = [(m.start(), m.group()) for m in regex.finditer(r"[“”\"]", para)]
        for k, (pos, mark) in enumerate(marks):
            if mark != '"':
                continue
            before, after = para[pos - 1 : pos], para[pos + 1 : pos + 2]
            opening = (not before or before in " \t(") and (after.isalnum())
            closing = bool(before) and not before.isspace() and (not after or not after.isalnum())
            if opening and k + 1 < len(marks) and marks[k + 1][1] == "”":
                yield self.header.finding(base + pos, base + pos + 1, text, ["“"])
            elif closing and k > 0 and marks[k - 1][1] == "“":
                yield self.header.finding(base + pos, base + pos + 1, text, ["”"])

    def _stray(self, text: str, base: int, para: str, pos: int) -> Iterator[Finding]:
        """A closing mark no opening one answers. Glued to a word and followed by the verb of
        saying, the quotation was meant and only its comma is missing (...baik,” ucapnya);
        after a comma or period the mark closes reported speech and goes."""
        at = base + pos
        after = para[pos + 1 :]
        if para[pos - 1 : pos].isalpha() and regex.match(rf"[ \t]+{_VERB}(?!\p{{L}})", after):
            yield self.header.finding(at, at + 1, text, [",”"])
        elif para[pos - 1 : pos] in {",", "."}:
            yield self.header.finding(at, at + 1, text, [""])
        elif para[pos - 1 : pos].isalpha() and regex.match(r"[.!?]?[ \t]*$", after):
            # "... dukungan warga”.": the paragraph's last word, and no quotation opened
            yield self.header.finding(at, at + 1, text, [""])

    def _unclosed(self, text: str, base: int, para: str, opened: int) -> Iterator[Finding]:
        rest = para[opened + 1 :]
        verb = regex.match(rf"[ \t]*(?i:{_VERB})(?!\p{{L}})", rest)
        if verb:
            # '... diarahkan. ”Ujar Deno.': a closing mark astray after the quotation's period,
            # not a quotation: the period becomes a comma before the mark, the verb lower case
            if para[opened - 2 : opened] == ". " and para[opened - 3 : opened - 2].isalnum():
                start, end = base + opened - 2, base + opened + 1 + verb.end()
                fix = ",” " + verb.group().strip().lower()
                yield self.header.finding(start, end, text, [fix])
            return
        said = _ATTRIBUTION.search(rest)
        if said:
            at = base + opened + 1 + said.start()
            yield self.header.finding(at, at + 1, text, [",”"])
            return
        final = _FINAL.search(para)
        if final is None or len(rest) > self.max_open:
            return
        at = base + final.start()
        mark = para[final.start()]
        # a quotation that opens a sentence and runs to the paragraph's end is surely unclosed;
        # one opened mid-sentence may be a term whose closing mark went astray
        opens_sentence = not para[:opened].strip() or para[:opened].rstrip()[-1:] in ".:,!?"
        severity = None if opens_sentence else "suggestion"
        yield self.header.finding(at, at + 1, text, [mark + "”"], severity=severity)
