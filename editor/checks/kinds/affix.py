"""``affix``: word writing checks of EYD V II.B-II.G that need more than one regular expression.

``check`` picks one of:
- ``bound``: bound forms (antar-, pasca-, non-, pra-, ...) written apart: joined before a lowercase
  word ("antar kecamatan" -> "antarkecamatan"), hyphenated before a capital ("Non PNS" -> "non-PNS").
- ``clitic``: -nya, -lah, -kah written apart ("Sukses nya" -> "Suksesnya").
- ``di_passive``: the prefix di- written apart from a verb in -kan ("di laksanakan" ->
  "dilaksanakan") or in -i, confirmed by the lexicon when the joined form is known, or from a
  bare base ("di rancang") where edited news writes the joined passive and never the
  preposition before that word.
- ``di_number``: the preposition di glued to a numeral or a word that counts ("didua titik",
  "dibeberapa desa"): no passive verb is made from them without a suffix, so it is always the
  preposition (EYD V II.F).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

import regex as re

from editor.checks.corpus_stats import capital_rates, pair_count, tag, unigram
from editor.checks.discourse import english_zipf
from editor.checks.finding import Finding
from editor.checks.kinds.base import CheckContext, Kind, RuleHeader
from editor.checks.kinds.capitals import in_headline
from editor.checks.wordlists import bound_forms, word_set

BOUND_FORMS = bound_forms("apart")
# bound forms flagged apart only where the joined form is a dictionary entry (pro aktif)
ENTRY_FORMS = frozenset(bound_forms("entry"))
# words after a bound form that make it a free word ("antar jemput", "anti terhadap")
_BOUND_FREE_AFTER = word_set("bound-forms-free-after")
# a word this frequent in English (and no Indonesian word) after a bound form is an English term
_ENGLISH_BASE_ZIPF = 2.5
# a bound form that edited news writes this often (and this share of its uses) right after the
# word before it ends a compound of that word (musim semi): a free word, not a prefix
_COMPOUND_END, _COMPOUND_SHARE = 5, 0.3
_WORD_BEFORE = re.compile(r"(\p{L}+)[ \t]+$")
_BOUND_RE = re.compile(
    r"\b(?<![\p{L}\p{N}-])(?P<bound>" + "|".join((*BOUND_FORMS, *sorted(ENTRY_FORMS))) + r")"
    r"(?P<sep>[ \t]+|[ \t]*-[ \t]+|[ \t]+-[ \t]*|-)(?P<next>[\p{L}\p{N}][\p{L}\p{N}]*)",
    re.IGNORECASE,
)
_CLITIC_RE = re.compile(r"(?<=\p{L}{3})[ \t]+(?P<clitic>nya|lah|kah)(?![\p{L}\p{N}-])")
_DI_I_RE = re.compile(
    r"\b(?<![\p{L}\p{N}-])(?P<di>[Dd]i)[ \t]+(?P<verb>\p{Ll}{4,}i)(?![\p{L}\p{N}-])"
)
_DI_RE = re.compile(
    r"(?<![\p{L}\p{N}-])(?P<di>[Dd]i)[ \t]+(?P<verb>\p{Ll}{3,}kan)(?![\p{L}\p{N}-])"
)
_DI_ROOT_RE = re.compile(
    r"(?<![\p{L}\p{N}-])(?P<di>[Dd]i)[ \t]+(?P<verb>\p{Ll}{3,})(?![\p{L}\p{N}-])(?![ \t]*\d)"
)
# occurrences of the joined passive in the statistics before "di" + base is read as it
_DI_JOINED_MIN = 3
# nouns ending in -kan that follow the preposition di
_KAN_NOUNS = word_set("kan-nouns")
CHECKS = ("bound", "clitic", "di_passive", "di_number")
# di glued to a numeral or a counting word, the whole word
_DI_NUMBER_RE = re.compile(
    r"(?<![\p{L}\p{N}-])(?P<di>[Dd]i)(?P<number>"
    + "|".join(sorted(word_set("numerals") | word_set("quantifiers"), key=len, reverse=True))
    + r")(?![\p{L}\p{N}-])"
)


def text_after(ctx: CheckContext, pos: int) -> str:
    return ctx.text[pos : pos + 1]


def _english_base(ctx: CheckContext, word: str) -> bool:
    """Is ``word`` an English word and no Indonesian one (performing, residence, listed)?"""
    lex = ctx.lexicon
    if lex is None or lex.is_word(word):
        return False
    return english_zipf(word) >= _ENGLISH_BASE_ZIPF


_NEXT_WORD = re.compile(r"[ \t]+(\p{Ll}+)\b")


def _english_phrase(ctx: CheckContext, word: str, end: int) -> bool:
    """Is ``word`` no Indonesian word, followed by an English word that is no Indonesian one
    ("non-tradable securities"): the bound form opens an English phrase, not an affixation."""
    lex = ctx.lexicon
    if lex is None or lex.is_word(word):
        return False
    m = _NEXT_WORD.match(ctx.text, end)
    return m is not None and _english_base(ctx, m.group(1))


def _lower_word(word: str) -> bool:
    """Edited news writes ``word`` in lower case mid-sentence (klasik): capitalised after a
    capitalised bound form, the two make one proper name (Pasca-Klasik), not a prefix and a name."""
    rate = capital_rates().get(word.lower())
    return rate is not None and rate.mid >= 20 and rate.capitalised <= 0.1 * rate.mid


def _joined_in_paragraph(text: str, at: int, joined: str) -> bool:
    """Does the paragraph (line) around ``at`` write ``joined`` as one word?"""
    lo = text.rfind("\n", 0, at) + 1
    hi = text.find("\n", at)
    line = text[lo : hi if hi >= 0 else len(text)]
    pattern = rf"(?<![\p{{L}}\p{{N}}-]){re.escape(joined)}(?![\p{{L}}\p{{N}}-])"
    return re.search(pattern, line, re.I) is not None


class Affix(Kind):
    """Spec: ``check`` (one of bound, clitic, di_passive, di_number)."""

    name = "affix"
    paragraph_local = True
    keys = frozenset({"check"})

    def __init__(self, header: RuleHeader, spec: Mapping[str, Any]) -> None:
        super().__init__(header, spec)
        self.which = self.choice(spec, "check", CHECKS)

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        yield from getattr(self, f"_{self.which}")(ctx)

    def _di_number(self, ctx: CheckContext) -> Iterator[Finding]:
        text = ctx.text
        for m in _DI_NUMBER_RE.finditer(text):
            yield self.header.finding(
                m.start(), m.end(), text, [f"{m.group('di')} {m.group('number')}"]
            )

    def _bound(self, ctx: CheckContext) -> Iterator[Finding]:
        text = ctx.text
        for m in _BOUND_RE.finditer(text):
            wanted = self._bound_form(ctx, m)
            if wanted is not None and wanted != m.group():
                yield self.header.finding(m.start(), m.end(), text, [wanted])

    def _bound_form(self, ctx: CheckContext, m: re.Match[str]) -> str | None:
        bound, sep, nxt = m.group("bound"), m.group("sep"), m.group("next")
        if bound.lower() in ENTRY_FORMS:
            joined = (bound + nxt).lower()
            if sep == "-" or ctx.lexicon is None or joined not in ctx.lexicon.data.forms:
                return None
        if nxt.lower() in _BOUND_FREE_AFTER:
            return None
        if sep != "-" and self._compound_end(ctx, m.start(), bound.lower()):
            return None  # "musim semi 1948": spring, the end of a compound noun
        at_start = m.start() in ctx.model.sentence_starts or in_headline(ctx, m.start())
        first = bound if at_start else bound.lower()
        if bound.isupper() or text_after(ctx, m.end()) == "-":
            return None  # an acronym (SE, NON) or a hyphenated word follows
        if sep == "-" and bound[0].isupper() and nxt[0].isupper() and _lower_word(nxt):
            return None  # "periode Pasca-Klasik": a word news writes in lower case, capitalised
        if nxt[0].isdigit() or nxt.isupper() or (sep == "-" and nxt[0].isupper()):
            return f"{first}-{nxt}"
        if nxt[0].isupper():
            if bound[0].islower() or bound.lower() == "se":
                return f"{first}-{nxt}"  # a name follows: pasca-Lebaran, se-Kabupaten
            common = ctx.lexicon is not None and ctx.lexicon.is_common(nxt.lower())
            if not common:
                return None  # "Anti Sukmawati", "Multi Karya": a name, not a bound form
        if bound.lower() == "se":
            return None  # "se" before a common word: leave it to the spelling check
        if nxt.islower() and (_english_base(ctx, nxt) or _english_phrase(ctx, nxt, m.end())):
            return None  # "non-performing loan", "anti-fascist": an English term, not affixation
        if sep == "-" and not nxt.isalpha():
            return None
        rest = nxt if at_start or nxt.islower() else nxt.lower()
        if bound[0].isupper() and nxt[0].isupper():
            first = bound  # inside a capitalised name: "Hari Anti Narkoba" -> "Hari Antinarkoba"
        return f"{first}{rest}"

    @staticmethod
    def _compound_end(ctx: CheckContext, start: int, bound: str) -> bool:
        before = _WORD_BEFORE.search(ctx.text, max(0, start - 40), start)
        if before is None:
            return False
        pairs = pair_count(before.group(1).lower(), bound)
        return pairs >= _COMPOUND_END and pairs >= _COMPOUND_SHARE * unigram(bound)

    def _clitic(self, ctx: CheckContext) -> Iterator[Finding]:
        text = ctx.text
        for m in _CLITIC_RE.finditer(text):
            # after an abbreviation in capitals the clitic takes a hyphen: "KTP-nya"
            word = re.search(r"\p{L}+$", text, pos=max(0, m.start() - 30), endpos=m.start())
            joint = "-" if word and len(word.group()) > 1 and word.group().isupper() else ""
            yield self.header.finding(
                m.start(), m.end("clitic") - len(m.group("clitic")), text, [joint]
            )

    def _di_passive(self, ctx: CheckContext) -> Iterator[Finding]:
        lexicon = ctx.lexicon
        flagged: set[int] = set()
        for m in _DI_RE.finditer(ctx.text):
            verb = m.group("verb")
            if verb in _KAN_NOUNS:
                continue
            joined = m.group("di") + verb
            root = verb[:-2]
            if lexicon is not None and root.endswith("k") and lexicon.is_common(root):
                if lexicon.is_word(verb):
                    continue  # a noun in -an from a root in k: "di tumpukan sampah", "di gerakan"
                # no such noun ("di tunjukan"): the passive in -kan with the root's k lost
                joined = m.group("di") + root + "kan"
            if lexicon is not None and not lexicon.is_word(joined.lower()):
                continue
            flagged.add(m.start())
            yield self.header.finding(m.start(), m.end(), ctx.text, [joined])
        if lexicon is None:
            return
        for m in _DI_I_RE.finditer(ctx.text):
            # "di ikuti" -> "diikuti": a verb in -i on a known root of four letters or more
            verb = m.group("verb")
            root = verb[:-1]
            if verb.startswith(("me", "ber", "di", "ter")) or not lexicon.is_common(root):
                continue
            if lexicon.is_root(verb):
                continue  # a word of its own in -i (balai, pantai, sungai): "di balai desa"
            joined = m.group("di") + verb
            if lexicon.is_word(joined.lower()):
                flagged.add(m.start())
                yield self.header.finding(m.start(), m.end(), ctx.text, [joined])
        for m in _DI_ROOT_RE.finditer(ctx.text):
            # "di rancang" -> "dirancang": edited news writes the joined passive often and the
            # preposition before that word never (the bigram table keeps every pair seen twice)
            base = m.group("verb")
            joined = m.group("di") + base
            if m.start() in flagged or pair_count("di", base) > 0:
                continue
            nxt = _NEXT_WORD.match(ctx.text, m.end())
            if nxt and tag(base) != "VB" and tag(nxt.group(1)) in ("NN", "NNP"):
                continue  # "di lepas pantai", "di akses jalan": a word before a noun, no verb
            if not lexicon.is_word(joined.lower()):
                continue
            if unigram(joined) >= _DI_JOINED_MIN:
                yield self.header.finding(m.start(), m.end(), ctx.text, [joined])
            elif pair_count("di", base) == 0 and tag(base) not in ("NN", "NNP", "NUM"):
                # a passive the statistics have not seen: the draft says so itself, with its
                # agent after it ("di gagas oleh camat") or the joined form written elsewhere
                # in its paragraph (the rule is paragraph-local: a paragraph checked alone from
                # the cache must be judged as in the whole draft)
                agent = nxt is not None and nxt.group(1).lower() == "oleh"
                if agent or _joined_in_paragraph(ctx.text, m.start(), joined):
                    yield self.header.finding(m.start(), m.end(), ctx.text, [joined])
