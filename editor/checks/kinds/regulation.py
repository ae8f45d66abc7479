"""``regulation_name``: the cited name of a regulation written with a lower-case part.

EYD V I.F.11 capitalises every word of a document's name, its number and year included
("Keputusan Presiden Republik Indonesia Nomor 57 Tahun 1972"), and the statute books cite an
article of it as "Pasal 26". A citation is recognised by its structure, not by a list of
documents: a regulation's head (resources/words/regulation-heads.txt: UU, Perda, Peraturan,
Keputusan, ...), then capitalised words or acronyms (Menteri Dalam Negeri, Bupati Sikka, RI),
then a number, with or without "No."/"Nomor" before it. Inside such a citation the checker asks
for the capital of

- "nomor" and "tahun" before the number and the year ("Perda No 5 tahun 2020"),
- a head written in lower case right before its number ("perda No 5" -> "Perda"),
- "pasal" with its number right after the citation ("PP 12 pasal 3") or right before a head
  ("pasal 378 KUHP"),

and a citation written wholly in lower case, from a full head word to its year ("peraturan
daerah nomor 5 tahun 2020"), is given back in title case: the number and the year make it one
document, never a generic mention.

Spec: nothing of its own (``max_chain``: the most words between the head and the number,
default 10)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from editor.checks.finding import Finding
from editor.checks.kinds.base import CheckContext, Kind, RuleHeader
from editor.checks.text import ABBREV, NUMBER, PUNCT, WORD, Token
from editor.checks.wordlists import entries

_HEADS = tuple(entries("regulation-heads"))
_WRITTEN = {h.lower(): h for h in _HEADS}
_HEAD_SET = frozenset(_HEADS)
# heads that may stand in lower case before their number (an acronym written as a word; an
# all-capital acronym in lower case, "pp", "se", is more likely another word)
_LOWER_ACRONYMS = frozenset(
    h.lower() for h in _HEADS if not h.isupper() and " " not in h and "-" not in h
) - {"peraturan", "keputusan", "instruksi", "ketetapan", "penetapan", "maklumat", "edaran"}
# full head words that open a citation written wholly in lower case
_FULL_HEADS = frozenset({"peraturan", "keputusan", "instruksi", "ketetapan", "undang-undang"})
_NUMBER_WORDS = frozenset({"no", "no.", "nomor"})
_CHAIN_PUNCT = frozenset({"(", ")", "/", "-"})
# words of a name that stay in lower case (EYD V I.F.11: "kecuali kata tugas")
_LOWER_INSIDE = frozenset({"dan", "atau", "serta"})
_YEAR_FIRST = ("19", "20")


def _year(tok: Token) -> bool:
    return (
        tok.kind is NUMBER
        and len(tok.text) == 4
        and tok.text.isdigit()
        and (tok.text.startswith(_YEAR_FIRST))
    )


def _number(tok: Token) -> bool:
    return tok.kind is NUMBER and tok.text[:1].isdigit()


class RegulationName(Kind):
    name = "regulation_name"
    paragraph_local = True
    optional = frozenset({"max_chain"})

    def __init__(self, header: RuleHeader, spec: Mapping[str, Any]) -> None:
        super().__init__(header, spec)
        self.max_chain = int(spec.get("max_chain", 10))

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        low = ctx.lowered
        if "tahun" not in low and "pasal" not in low and "no" not in low:
            return
        text, toks = ctx.text, ctx.model.tokens
        seen: set[int] = set()
        for i, tok in enumerate(toks):
            if _number(tok):
                for f in self._citation(ctx, toks, i):
                    if f.start not in seen:
                        seen.add(f.start)
                        yield f
            elif tok.kind is WORD and tok.text == "pasal" and tok.start not in seen:
                if self._article_before_head(text, toks, i):
                    seen.add(tok.start)
                    yield self.header.finding(tok.start, tok.end, text, ["Pasal"])

    def _citation(self, ctx: CheckContext, toks: list[Token], i: int) -> Iterator[Finding]:
        """The findings of a citation whose number is ``toks[i]``."""
        text = ctx.text
        j = i - 1
        nomor = None  # the index of "No"/"Nomor"
        if j >= 1 and toks[j].text == "." and toks[j - 1].text.lower() == "no":
            nomor, j = j - 1, j - 2
        elif j >= 0 and toks[j].kind in (WORD, ABBREV) and toks[j].text.lower() in _NUMBER_WORDS:
            nomor, j = j, j - 1
        if j < 0 or not _joined(text, toks, j, i):
            return
        head = self._head_before(text, toks, j)
        year = i + 2 if i + 2 < len(toks) and _year(toks[i + 2]) else None
        tahun = toks[i + 1] if year is not None and toks[i + 1].text.lower() == "tahun" else None
        if tahun is not None and not _joined(text, toks, i, i + 2):
            tahun = year = None
        lower_head = head is not None and toks[head].text.islower()
        if head is None or (lower_head and toks[head].text not in _LOWER_ACRONYMS):
            # "peraturan", "undang-undang" in lower case: only a whole lower-case citation
            if nomor is not None and tahun is not None:
                yield from self._lower_citation(text, toks, j, year)  # type: ignore[arg-type]
            return
        h = toks[head]
        if lower_head:
            yield self.header.finding(h.start, h.end, text, [_WRITTEN[h.text]])
        if nomor is not None and toks[nomor].text.islower():
            n = toks[nomor]
            dotted = n.text == "no" and toks[nomor + 1].text == "."
            fix = "No." if n.text == "no" and not dotted else n.text.capitalize()
            yield self.header.finding(n.start, n.end, text, [fix])
        if tahun is not None and tahun.text == "tahun":
            yield self.header.finding(tahun.start, tahun.end, text, ["Tahun"])
        last = year if year is not None else i
        if last + 2 < len(toks) and toks[last + 1].text == "pasal" and _number(toks[last + 2]):
            if _joined(text, toks, last, last + 2):
                p = toks[last + 1]
                yield self.header.finding(p.start, p.end, text, ["Pasal"])

    def _head_before(self, text: str, toks: list[Token], j: int) -> int | None:
        """The index of the regulation head that ``toks[j]`` ends the chain of (capitalised
        words, acronyms, "dan", brackets), or None."""
        stop = max(-1, j - self.max_chain - 1)
        k = j
        while k > stop:
            tok = toks[k]
            if k < j and not _joined(text, toks, k, k + 1):
                return None
            if tok.kind is WORD and (tok.text in _HEAD_SET or tok.text.lower() in _WRITTEN):
                if tok.text[:1].isupper() or k == j:
                    return k
            chain = (
                (tok.kind is WORD and (tok.text[:1].isupper() or tok.text in _LOWER_INSIDE))
                or tok.kind is ABBREV
                or (tok.kind is PUNCT and tok.text in _CHAIN_PUNCT)
            )
            if not chain:
                return None
            k -= 1
        return None

    def _lower_citation(self, text: str, toks: list[Token], j: int, year: int) -> Iterator[Finding]:
        """ "peraturan menteri dalam negeri no 76 tahun 2012": a full head word, at most five
        lower-case words, the number word, the number and its year, all in lower case."""
        k = j
        while k >= 0 and j - k <= 5:
            tok = toks[k]
            if tok.kind is not WORD or not tok.text.islower() or not _joined(text, toks, k, j):
                return
            if tok.text in _FULL_HEADS:
                break
            k -= 1
        else:
            return
        start, end = toks[k].start, toks[year].end
        span = text[start:end]
        if "\n" in span:
            return
        words = span.split(" ")
        fixed = " ".join(
            "Nomor"
            if w in ("no", "no.")
            else w
            if w in _LOWER_INSIDE or not w[:1].isalpha()
            else "-".join(part[:1].upper() + part[1:] for part in w.split("-"))
            for w in words
        )
        if fixed != span:
            yield self.header.finding(start, end, text, [fixed])

    @staticmethod
    def _article_before_head(text: str, toks: list[Token], i: int) -> bool:
        """ "pasal 378 KUHP", "pasal 5 ayat (2) UU ...": the article, then a capitalised head."""
        k = i + 1
        if k >= len(toks) or not _number(toks[k]):
            return False
        k += 1
        limit = min(len(toks), k + 6)
        while k < limit:
            tok = toks[k]
            if not _joined(text, toks, k - 1, k):
                return False
            if tok.kind is WORD and tok.text in _HEAD_SET and tok.text[:1].isupper():
                return True
            if tok.text in ("ayat", "huruf", "(", ")") or _number(tok) or len(tok.text) == 1:
                k += 1
                continue
            return False
        return False


def _joined(text: str, toks: list[Token], a: int, b: int) -> bool:
    """Are ``toks[a]`` to ``toks[b]`` on one line, with no sentence-ending stop between them
    (other than the dot of "No.")?"""
    between = text[toks[a].end : toks[b].start]
    if "\n" in between:
        return False
    for k in range(a + 1, b):
        t = toks[k].text
        if t in (".", "!", "?", ";", ":", ",") and not (
            t == "." and toks[k - 1].text.lower() == "no"
        ):
            return False
    return True
