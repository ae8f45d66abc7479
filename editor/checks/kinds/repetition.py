"""``repetition``: a word typed twice ("yang yang"), a phrase repeated after a comma ("Bastari
Ibrahim, Bastari Ibrahim") or a reduplication written without its hyphen ("hal hal" ->
"hal-hal", EYD V II.C)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

import regex as re

from editor.checks.corpus_stats import capital_rates, pair_count, unigram
from editor.checks.discourse import english_zipf, name_titles
from editor.checks.finding import Finding
from editor.checks.kinds.base import CheckContext, Kind, RuleHeader
from editor.checks.wordlists import word_set

# (the letter runs are possessive, ``++``: what follows them is never a letter, so giving
# letters back could not make a match, and the engine no longer tries)
_DOUBLE = re.compile(
    r"\b(?<![\p{L}\p{N}-])(?P<w>\p{L}++)(?P<sep>[ \t]+)(?P=w)(?![\p{L}\p{N}-])", re.I
)
# at most six words: an unbounded run would be retried from every capital of a long run of
# capitalised words (160 KB of "Rp Rp ..."), which is quadratic
_PHRASE = re.compile(
    r"\b(?<![\p{L}\p{N}-])(?P<p>\p{Lu}\p{Ll}++(?:[ \t]+\p{Lu}\p{Ll}++){1,5})(?P<sep>,?[ \t]+)(?P=p)"
    r"(?![\p{L}\p{N}-])"
)
# the capitalised word right before a phrase
_CAPITAL_BEFORE = re.compile(r"(\p{Lu}\p{Ll}*)\.?[ \t]+$")
# words that are never reduplicated: a doubled one is a slip, the fix deletes one
FUNCTION_WORDS = word_set("function-words")
# "obat obatan": a noun and its reduplication with -an, written apart
_SUFFIXED = re.compile(
    r"\b(?<![\p{L}\p{N}-])(?P<w>\p{L}{3,})[ \t]+(?P<r>(?i:(?P=w))an)(?![\p{L}\p{N}-])"
)
# two words side by side, each looked at as the first of a pair (overlapped search)
_PAIR = re.compile(r"(?<![\p{L}\p{N}-])(?P<w>\p{L}{3,}+)[ \t]+(?P<r>\p{Ll}{3,}+)(?![\p{L}\p{N}-])")
# letters a reduplication with a sound change keeps from its base, at its start or its end
# (warna-warni, turun-temurun, sambung-menyambung)
_SHARED = 3
_BEFORE_NUMBER = re.compile(r"[ \t]+\d")
_NEXT_WORD = re.compile(r"[ \t]+(\p{L}+)")
# "angka akhir akhir tahun": where edited news writes the second word with the next one this
# often ("akhir tahun") and the reduplicated form hardly ever (fewer than _RARE_REDUPLICATION
# times mid-sentence), the two are one word ending a phrase and one starting the next
_COLLOCATION = 30
_RARE_REDUPLICATION = 3
MODES = ("slip", "reduplication", "phrase", "suffixed", "paired")


class Repetition(Kind):
    """Spec: ``mode``: ``slip`` (a function word or capitalised word typed twice: delete one),
    ``reduplication`` (a lowercase content word twice: join with a hyphen), ``phrase`` (a name
    repeated after a comma: delete the repetition), ``suffixed`` (a noun before its own -an
    form, "obat obatan": join with a hyphen when the dictionary holds the reduplicated form and
    edited news tags the root a noun) or ``paired`` (a reduplication with a sound change or an
    affix written as two words, "turun temurun": join with a hyphen when the dictionary holds
    the hyphenated form and the two share their first or last letters); optional
    ``any_language``."""

    name = "repetition"
    paragraph_local = True
    keys = frozenset({"mode"})
    optional = frozenset({"any_language"})

    def __init__(self, header: RuleHeader, spec: Mapping[str, Any]) -> None:
        super().__init__(header, spec)
        self.mode = self.choice(spec, "mode", MODES)

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        text = ctx.text
        if self.mode == "phrase":
            for m in _PHRASE.finditer(text):
                before = _CAPITAL_BEFORE.search(text, max(0, m.start() - 30), m.start())
                if before and before.group(1).lower() not in name_titles():
                    # "Celah Afrika Timur, Afrika Timur ...": the first is the end of a longer
                    # name, and the second opens a clause of its own
                    continue
                yield self.header.finding(m.end("p"), m.end(), text, [""])
            return
        if self.mode == "suffixed":
            yield from self._suffixed(ctx)
            return
        if self.mode == "paired":
            yield from self._paired(ctx)
            return
        doubles = ctx.memo.get("repetition.doubles")
        if doubles is None:
            doubles = ctx.memo["repetition.doubles"] = list(_DOUBLE.finditer(text))
        for m in doubles:
            word, second = m.group("w"), text[m.end("sep") : m.end()]
            function = word.lower() in FUNCTION_WORDS
            # "tanggal tanggal 2 Juli": a word doubled before a number names one thing, so it
            # is typed twice, not a plural
            numbered = _BEFORE_NUMBER.match(text, m.end()) is not None and word.islower()
            if self.mode == "slip":
                if (
                    function
                    or numbered
                    or (
                        word[0].isupper()
                        and second == word
                        and len(word) > 1
                        # "Really Really ...": an English title's own words, not a slip
                        and not (
                            ctx.lexicon is not None
                            and not ctx.lexicon.is_word(word)
                            and english_zipf(word.lower()) >= 3.0
                        )
                    )
                ):
                    yield self.header.finding(m.end("w"), m.end(), text, [""])
            elif (
                not function
                and not numbered
                and len(word) > 1
                and second.islower()
                and second == word.lower()
            ):
                # "hal hal" -> "hal-hal"; "Anak anak" at a sentence start -> "Anak-anak"
                if (
                    word.islower() or m.start() in ctx.model.sentence_starts
                ) and not _starts_collocation(text, m.end(), second):
                    yield self.header.finding(m.start(), m.end(), text, [f"{word}-{second}"])

    def _paired(self, ctx: CheckContext) -> Iterator[Finding]:
        text, lex = ctx.text, ctx.lexicon
        if lex is None:
            return
        forms, starts = lex.data.forms, ctx.model.sentence_starts
        # most drafts hold no two words that join into a hyphenated form of the lexicon (or a
        # noun and its feminine in -i): that is asked of the matches' groups first (findall
        # makes no match objects), and only a draft with such a pair is walked below (the same
        # matches, each placed and judged)
        if not any(
            f"{w.lower()}-{r}" in forms or _gendered_pair(w.lower(), r)
            for w, r in _PAIR.findall(text, overlapped=True)
        ):
            return
        for m in _PAIR.finditer(text, overlapped=True):
            word, second = m.group("w"), m.group("r")
            low = word.lower()
            if second in (low, low + "an") or (low != word and m.start() not in starts):
                continue  # a full reduplication or one with -an: the other modes' cases
            gendered = _gendered_pair(low, second) and lex.is_word(low) and lex.is_word(second)
            if not gendered and (f"{low}-{second}" not in forms or not _sound_pair(low, second)):
                continue
            yield self.header.finding(m.start(), m.end(), text, [f"{word}-{second}"])

    def _suffixed(self, ctx: CheckContext) -> Iterator[Finding]:
        text, lex = ctx.text, ctx.lexicon
        if lex is None or "an" not in text:
            return
        rates = capital_rates()
        for m in _SUFFIXED.finditer(text):
            word, second = m.group("w"), m.group("r")
            if not second.islower() or not (
                word.islower() or m.start() in ctx.model.sentence_starts
            ):
                continue
            rate = rates.get(word.lower())
            joined = f"{word}-{second}"
            if rate is None or rate.tag != "NN" or joined.lower() not in lex.data.forms:
                continue
            yield self.header.finding(m.start(), m.end(), text, [joined])


def _starts_collocation(text: str, end: int, word: str) -> bool:
    """Does the second of a doubled word begin a frequent pair with the word after it, while
    the reduplicated form is rare ("angka akhir akhir tahun": akhir tahun, not akhir-akhir)?"""
    after = _NEXT_WORD.match(text, end)
    if after is None:
        return False
    low, following = word.lower(), after.group(1)
    return (
        pair_count(low, following) >= _COLLOCATION
        and pair_count(f"{low}-{low}", following) == 0
        and unigram(f"{low}-{low}") < _RARE_REDUPLICATION
    )


def _gendered_pair(first: str, second: str) -> bool:
    """A noun and its feminine in -i side by side (putra putri, pemuda pemudi, siswa siswi): a
    reduplication with a sound change, written with a hyphen like the dictionary's others."""
    return len(first) >= 4 and first.endswith("a") and second == first[:-1] + "i"


def _sound_pair(first: str, second: str) -> bool:
    """Do the two words share their first or their last ``_SHARED`` letters?"""
    return first[:_SHARED] == second[:_SHARED] or first[-_SHARED:] == second[-_SHARED:]
