"""``place``: a place name from the gazetteer written with a lowercase part ("Kecamatan Sungai
lilin" -> "Sungai Lilin"), EYD V I.F.12. To stay clear of ordinary words ("Pasar baru itu ..."), the
name must follow an administrative word (Kecamatan, Desa, ...) or appear correctly elsewhere in the
same text; after an administrative word, the text's own capitalised use of the same name after
one is evidence too."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from editor.checks.finding import Finding
from editor.checks.kinds.base import CheckContext, Kind, RuleHeader
from editor.checks.wordlists import word_set

ADMIN_WORDS = word_set("admin-words")


class Place(Kind):
    """Spec: nothing of its own (``max_words``: longest name tried, default 3)."""

    name = "place"
    optional = frozenset({"max_words"})

    def __init__(self, header: RuleHeader, spec: Mapping[str, Any]) -> None:
        super().__init__(header, spec)
        self.max_words = int(spec.get("max_words", 3))

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        lexicon = ctx.lexicon
        if lexicon is None:
            return
        text = ctx.text
        words = ctx.model.words
        yield from self._after_admin_word(ctx, words)
        openers = lexicon.place_openers
        for i, first in enumerate(words):
            if (
                first.text not in openers
                or not first.text.istitle()
                or not any(w.text.islower() for w in words[i + 1 : i + self.max_words])
            ):
                continue
            run = [first]
            for nxt in words[i + 1 : i + self.max_words]:
                if text[run[-1].end : nxt.start] != " " or not nxt.text.isalpha():
                    break
                run.append(nxt)
                if not nxt.text.islower():
                    continue
                wanted = " ".join(w.text[:1].upper() + w.text[1:] for w in run)
                if not lexicon.is_place(wanted) or lexicon.is_place(" ".join(w.text for w in run)):
                    continue
                before = text[max(0, first.start - 12) : first.start].split()
                if (before and before[-1] in ADMIN_WORDS) or wanted in text:
                    yield self.header.finding(nxt.start, nxt.end, text, [wanted.split(" ")[-1]])
                break

    def _after_admin_word(self, ctx: CheckContext, words: list) -> Iterator[Finding]:
        """ "Kecamatan betung" -> "Betung": a one-word place name after an administrative word,
        known to the gazetteer or, when no dictionary knows it as a common word, written with
        its capital after an administrative word elsewhere in the same text ("Desa Batubulan"
        there, "Desa batubulan" here; "Kecamatan Terbaik", an award, never makes "kecamatan
        terbaik" a name)."""
        lexicon, text = ctx.lexicon, ctx.text
        pairs = [
            (first, nxt)
            for first, nxt in zip(words, words[1:], strict=False)
            if first.text in ADMIN_WORDS and text[first.end : nxt.start] == " "
        ]
        named = {nxt.text.lower() for _, nxt in pairs if nxt.text.istitle()}
        index = {w.start: i for i, w in enumerate(words)}
        for _, nxt in pairs:
            if not nxt.text.islower() or len(nxt.text) < 3:
                continue
            several = self._lower_name(ctx, words, index[nxt.start])
            if several is not None:
                # "Kecamatan sungai lilin": a place of several words the gazetteer knows
                start, end, wanted = several
                yield self.header.finding(start, end, text, [wanted])
                continue
            name = nxt.text.capitalize()
            if lexicon.is_place(name) and lexicon.zipf(nxt.text) < 3.0:
                yield self.header.finding(nxt.start, nxt.end, text, [name])
            elif nxt.text in named and not lexicon.is_common(nxt.text):
                yield self.header.finding(nxt.start, nxt.end, text, [name])

    def _lower_name(self, ctx: CheckContext, words: list, i: int) -> tuple[int, int, str] | None:
        """The longest run of two or more lower-case words from ``words[i]`` that, capitalised,
        is a place the gazetteer knows: (start, end, the name as it is written)."""
        text = ctx.text
        for k in range(self.max_words, 1, -1):
            run = words[i : i + k]
            if len(run) < k or not all(w.text.isalpha() and w.text.islower() for w in run):
                continue
            if any(text[a.end : b.start] != " " for a, b in zip(run, run[1:], strict=False)):
                continue
            wanted = " ".join(w.text.capitalize() for w in run)
            if ctx.lexicon is not None and ctx.lexicon.is_place(wanted):
                return run[0].start, run[-1].end, wanted
        return None
