"""``final_period``: a body paragraph that ends without its final mark (EYD V III.A.1: a
declarative sentence ends with a period).

A paragraph is read as a sentence when it is prose: at least ``min_words`` words, lower-case
words among them, and a verb (meN-, di-, ber- by the tag statistics or the morphology), so a
headline, a dateline, a caption, a byline, a list item or a signature is left alone. It lacks its
mark when it ends in a letter, a digit or a day's date in brackets ("Kamis (4/10)"); the next
line must open a new paragraph (a capital or a quotation mark), since a line wrapped by hand goes on in lower case; the last line (a signature,
or copy cut short) and the headline (as the Document marks it) are never read. Only the lead
that opens with its dateline, and a paragraph ending in a quotation's attribution (,” ujarnya),
are surely sentences (the rule's severity); elsewhere a line may be set apart on purpose, so the
finding is a suggestion, unless the draft's own habit decides: when it closes three prose
paragraphs or more and leaves at most one in four open, an open one is a slip (the rule's
severity). In such a draft a prose paragraph closed by a comma before a paragraph that is a
sentence of its own (a capital, a verb, a final mark) takes a period for its comma.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

import regex

from editor.checks.corpus_stats import capital_rates
from editor.checks.finding import Finding
from editor.checks.kinds.base import CheckContext, Kind, RuleHeader
from editor.checks.wordlists import word_set

_WORD = regex.compile(r"\p{L}[\p{L}'’-]*")
_LAST_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’-]*$")
_TAIL = regex.compile(r"(?r)[\p{L}\p{N}'’-]*$")  # the run _LAST_WORD's match lies in
# a list item, a caption or a label opens so: "1.", "a)", "-", "•", "Foto:", "Sumber:"
_ITEM = regex.compile(r"^\s*(?:[\p{N}\p{Ll}]{1,2}[.)]\s|[-–—•*·]\s?|\p{L}+\s?:)")
_VERB_START = ("me", "di", "be")
# a photo caption or credit anywhere in the line
_CAPTION = regex.compile(r"(?i)\bfoto\s?:")
# a lead's dateline: a place in capitals, then a comma or a dash (SLEMAN, ... / BATULICIN- ...)
# a quotation closed by its comma and attributed at the paragraph's end: ,” ujarnya / ,” kata
# Camat Budi Santoso (the verb of saying, then at most a title and a name in capitals)
_ATTRIBUTED = regex.compile(r"[,!?][”\"]\s*(\p{Ll}+)((?:\s+\p{Lu}[\p{L}.'’-]*){0,5})$")
_SAYING = word_set("attribution-verbs")
_CLOSING = frozenset('.!?”"’)')  # what a closed paragraph ends with
# a day's date in brackets ending the paragraph, "Kamis (4/10)": the sentence's last word, not a
# closing mark
_DATE_END = regex.compile(r"\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)$")
DATELINE = regex.compile(r"^\s*\p{Lu}{3,}(?:[ .]\p{Lu}{2,})*\s?(?:,|[–—-])")


class FinalPeriod(Kind):
    """Spec: ``min_words`` (words a paragraph needs to be read as a sentence)."""

    name = "final_period"
    keys = frozenset({"min_words"})

    def __init__(self, header: RuleHeader, spec: Mapping[str, Any]) -> None:
        super().__init__(header, spec)
        self.min_words = int(spec["min_words"])

    def _has_verb(self, ctx: CheckContext, words: list[str]) -> bool:
        rates = capital_rates()
        for word in words:
            if not word.islower() or not word.startswith(_VERB_START):
                continue
            rate = rates.get(word)
            if rate is not None:
                if rate.tag == "VB":
                    return True
                continue
            analysis = ctx.lexicon.analyse(word)
            if analysis is not None and analysis.prefixes[:1] in {("meN",), ("di",), ("ber",)}:
                return True
        return False

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        text = ctx.text
        paras = ctx.model.paragraphs
        headline = ctx.headline
        closed = 0  # prose paragraphs that end with their mark: the draft's own habit
        unsure: list[tuple[int, int]] = []
        comma_ended: list[tuple[int, int]] = []  # prose closed by a comma before a new sentence
        for n, para in enumerate(paras):
            line = para.text.rstrip()
            lead = bool(DATELINE.match(line))
            if headline and para.start < headline[1] and para.end > headline[0] and not lead:
                continue  # a headline has no period; a line opened by a dateline is the lead
            if _ITEM.match(line) or _CAPTION.search(line):
                continue
            words = _WORD.findall(line)
            # a lead opened by its dateline may be mostly names and offices; other prose has
            # lower-case words in a quarter of its words at least
            share = 8 if lead else 4
            if len(words) < self.min_words or sum(w.islower() for w in words) * share < len(words):
                continue
            # the last word lies in the run of word characters that ends the line
            last = _LAST_WORD.search(line, _TAIL.search(line).start()) if line else None
            dated = False
            if last is None:
                last = _DATE_END.search(line)
                dated = last is not None
            if last is None:
                if line[-1:] in _CLOSING and self._has_verb(ctx, words):
                    closed += 1
                elif line[-1:] == "," and self._sentence_follows(ctx, paras, n):
                    body = line[:-1]
                    word = _LAST_WORD.search(body, _TAIL.search(body).start()) if body else None
                    if word is not None and self._has_verb(ctx, words):
                        comma_ended.append((para.start + word.start(), para.start + len(line)))
                continue
            attributed = _attributed(line)
            if n + 1 >= len(paras):
                continue  # the last line: a signature, or copy cut short
            nxt = paras[n + 1].text.lstrip()[:1]
            if not (nxt.isupper() or nxt in {"“", '"'}):
                continue  # wrapped by hand, or a list follows
            if not (lead or attributed) and last.group()[:1].isupper() and nxt.isupper():
                continue  # a name may be wrapped across the line (Kementerian / Sosial)
            if not attributed and not (lead and dated) and not self._has_verb(ctx, words):
                continue  # (a lead closed by its day's date is a sentence, whatever its verb)
            start = para.start + last.start()
            end = para.start + last.end()
            # a lead opened by its dateline and a quotation with its attribution are surely
            # sentences; another paragraph may be a line the draft set apart on purpose, so it is
            # only a suggestion, unless the draft closes its other prose paragraphs (below)
            if lead or attributed:
                yield self.header.finding(start, end, text, [text[start:end] + "."])
            else:
                unsure.append((start, end))
        # a draft that closes three prose paragraphs or more, and leaves at most one in four of
        # them open, closes its paragraphs: an open one is a slip, not a line set apart
        sure = closed >= 3 and len(unsure) * 4 <= closed
        for start, end in unsure:
            yield self.header.finding(
                start, end, text, [text[start:end] + "."], severity=None if sure else "suggestion"
            )
        if sure:
            # a paragraph closed by a comma, in a draft that closes its paragraphs, before a
            # paragraph that is a sentence of its own: the comma was meant as the period
            for start, end in comma_ended:
                yield self.header.finding(start, end, text, [text[start : end - 1] + "."])

    def _sentence_follows(self, ctx: CheckContext, paras: list[Any], n: int) -> bool:
        """Is the paragraph after ``n`` a sentence of its own: opened by a capital, at least
        ``min_words`` words with a verb, closed by its mark? (A list continued on the next line
        has no verb or no final mark.)"""
        if n + 1 >= len(paras):
            return False
        nxt = paras[n + 1].text.strip()
        if not nxt[:1].isupper() or nxt[-1:] not in _CLOSING or _ITEM.match(nxt):
            return False
        words = _WORD.findall(nxt)
        return len(words) >= self.min_words and self._has_verb(ctx, words)


def _attributed(line: str) -> bool:
    """Does the paragraph end with a quotation's attribution (,” ujarnya / ,” kata Camat Budi)?"""
    # the match holds the line's last closing quote mark (nothing after it may be one) and the
    # mark before it: only there can it start
    quote = max(line.rfind("”"), line.rfind('"'))
    m = _ATTRIBUTED.match(line, quote - 1) if quote >= 1 else None
    if m is None:
        return False
    verb, speaker = m.group(1), m.group(2).split()
    if verb.endswith("nya") and not speaker:
        return verb[:-3] in _SAYING
    # a speaker named by one word only ("kata Haris") is how edited news ends a line it cut off
    # before the period too often (UD Indonesian), so it needs two words (title and name)
    return verb in _SAYING and len(speaker) >= 2
