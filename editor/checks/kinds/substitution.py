"""``substitution``: a word or phrase and the form to use instead (Vale's substitution check).

Single words are looked up token by token (a dictionary lookup, however long the list); phrases
go through one regular expression. With ``morphology: true`` inflected forms are caught and fixed
in the same inflection: with himbau -> imbau, "menghimbau" becomes "mengimbau", "himbauan"
"imbauan"; with rubah -> ubah, "merubah" becomes "mengubah" and "dirubah" "diubah".
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import replace
from functools import lru_cache
from typing import Any, NamedTuple

import regex as re

from editor.checks import corpus_stats, morphology
from editor.checks.finding import Finding
from editor.checks.kinds.base import CheckContext, Kind, RuleHeader, preserve_case
from editor.checks.kinds.capitals import in_headline
from editor.checks.kinds.existence import word_alternation
from editor.checks.quotes import in_quote
from editor.checks.spelling import weighted_distance
from editor.checks.wordlists import head_before_name


class Substitution(Kind):
    """Spec: ``swap`` mapping a form to its replacement (one or several, separated by "|");
    optional ``ignorecase`` (default true), ``skip_italic``, ``morphology`` (default false: also
    catch affixed forms of single-word entries), ``quotes_suggest`` (default false: inside quoted
    speech the finding is only a suggestion; the severity policy holds quotations to spelling,
    capitals and punctuation, not usage), ``names_exempt`` (default false: a capitalised form
    inside a sentence followed by another capitalised word or a number is part of a name,
    "Billboard 200", "Public Service Obligation"), ``compound_suggest`` (default false: a two-word
    phrase whose second word, an adjective in edited news, starts a compound with the noun after
    it, "di lepas pantai", "di lepas landas", may be a preposition before that noun; edited news
    shows the pair, so the finding is only a suggestion), ``near_message`` (default none: also
    catch a lower-case word no dictionary holds that is a slip of a long single-word entry,
    "stakeholdr" for "stakeholder", and report it with this message), ``head_before_name``
    (default false: a replacement ending in the head of a name, "ke kecamatan", capitalises it
    before a capitalised word, "ke Kecamatan Tembuku"), ``personal_names_exempt`` (default
    false: a one-word capitalised form inside a sentence next to a personal name, "Muhammad
    Hafizh", is a part of that name, spelt as its bearer spells it). The message may use
    ``{text}`` and ``{suggestion}``."""

    name = "substitution"
    paragraph_local = True
    keys = frozenset({"swap"})
    optional = frozenset(
        {
            "ignorecase",
            "skip_italic",
            "morphology",
            "quotes_suggest",
            "names_exempt",
            "compound_suggest",
            "near_message",
            "head_before_name",
            "personal_names_exempt",
        }
    )

    def __init__(self, header: RuleHeader, spec: Mapping[str, Any]) -> None:
        super().__init__(header, spec)
        swap = spec["swap"]
        if not isinstance(swap, Mapping) or not swap:
            raise self.fail("swap must be a non-empty mapping")
        self.ignorecase = bool(spec.get("ignorecase", True))
        self.swap: dict[str, list[str]] = {}
        phrases = []
        for bad, good in swap.items():
            if not isinstance(bad, str) or not isinstance(good, str):
                raise self.fail(f"swap entry {bad!r}: both sides must be strings")
            key = " ".join(bad.split())
            key = key.lower() if self.ignorecase else key
            if key in self.swap:
                raise self.fail(f"swap entry {bad!r} is listed twice")
            self.swap[key] = [g.strip() for g in good.split("|")]
            if not key.isalpha():
                phrases.append(bad)
        self._phrases = tuple(phrases)
        # a phrase matches across any white space, a line break too
        self.paragraph_local = not any(c.isspace() for p in phrases for c in p)
        # phrases grouped by their first word: the text is searched only where one starts, and
        # a group's pattern is compiled only when a text first holds its word
        by_first: dict[str, list[str]] = {}
        for phrase in phrases:
            by_first.setdefault(_first_word(phrase), []).append(phrase)
        self._by_first = {w: tuple(ps) for w, ps in by_first.items()}
        self.skip_italic = bool(spec.get("skip_italic", False))
        self.morphology = bool(spec.get("morphology", False))
        self.quotes_suggest = bool(spec.get("quotes_suggest", False))
        self.names_exempt = bool(spec.get("names_exempt", False))
        self.compound_suggest = bool(spec.get("compound_suggest", False))
        self.head_before_name = bool(spec.get("head_before_name", False))
        self.personal_names_exempt = bool(spec.get("personal_names_exempt", False))
        near = spec.get("near_message")
        if near is not None and (not isinstance(near, str) or "{suggestion}" not in near):
            raise self.fail("near_message must be a message naming {suggestion}")
        self.near_message = near.strip() if near else None
        # the entries a slip is looked for among: long single words, by their first letter
        near_keys: dict[str, list[str]] = {}
        for key in self.swap if self.near_message else ():
            if key.isalpha() and len(key) >= _NEAR_MIN:
                near_keys.setdefault(key[0], []).append(key)
        self._near_keys = {k: tuple(v) for k, v in near_keys.items()}
        self._roots = frozenset(k for k in self.swap if k.isalpha())
        self._root_ends = _root_ends(self._roots)
        # the single-word entries as the text's word index holds them (lower case): without
        # morphology only these words can be flagged
        self._lower_words = frozenset(k.lower() for k in self._roots)
        self._lower_sorted = tuple(sorted(self._lower_words))
        # a bounded, thread-safe memo of a pure function: the rule's behaviour never changes
        self._inflected = lru_cache(maxsize=50000)(self._inflect)

    # the memo is not pickled with the rule (editor/checks/rules.py caches the loaded packs)
    def __getstate__(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if k != "_inflected"}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self._inflected = lru_cache(maxsize=50000)(self._inflect)

    def entries(self) -> int:
        return len(self.swap)

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        text = ctx.text
        parts = ctx.model.word_parts
        words: Iterable[tuple[str, list[tuple[int, int]]]]
        if self.morphology:
            words = parts.items()  # any word may be an inflected entry
        elif len(self._lower_words) < len(parts):
            words = [(w, parts[w]) for w in self._lower_sorted if w in parts]
        else:
            words = [(w, s) for w, s in parts.items() if w in self._lower_words]
        for word, spans in words:
            if not word.isalpha():
                continue
            if self.ignorecase:
                goods = self._lookup(word)
                if goods:
                    for start, end in spans:
                        yield from self._emit(ctx, start, end, goods)
                continue
            for start, end in spans:
                goods = self._lookup(text[start:end])
                if goods:
                    yield from self._emit(ctx, start, end, goods)
        yield from self._match_phrases(ctx)
        if self.near_message:
            yield from self._near_misses(ctx, self.near_message)

    def _near_misses(self, ctx: CheckContext, near_message: str) -> Iterator[Finding]:
        """A lower-case word no dictionary holds, one or two slips from a long entry: the
        foreign word misspelled ("stakholder"), whose fix is the entry's replacement."""
        lex, text = ctx.lexicon, ctx.text
        for word, spans in ctx.model.word_parts.items():
            if len(word) < _NEAR_MIN - 1 or not word.isalpha() or word in self.swap:
                continue
            keys = self._near_keys.get(word[0])
            if not keys or lex.is_word(word) or lex.is_english(word):
                continue
            entry = _nearest_entry(word, keys)
            if entry is None:
                continue
            goods = self.swap[entry]
            for start, end in spans:
                found = text[start:end]
                if not found.islower():
                    continue  # a capitalised unknown word is as often a name or a brand
                message = near_message.replace("{text}", found).replace("{suggestion}", goods[0])
                yield self.header.finding(start, end, text, list(goods), message)

    @property
    def phrases(self) -> re.Pattern[str] | None:
        """One pattern for every phrase of the rule (None when it has only single words)."""
        return word_alternation(self._phrases, self.ignorecase) if self._phrases else None

    def _match_phrases(self, ctx: CheckContext) -> Iterator[Finding]:
        if not self._phrases:
            return
        text = ctx.text
        if "" in self._by_first:  # a phrase that does not start with a word: search everywhere
            matches = list(word_alternation(self._phrases, self.ignorecase).finditer(text))
        else:
            matches = []
            index = ctx.model.word_parts
            for first, group in self._by_first.items():
                spans = index.get(first)
                if not spans:
                    continue
                pattern = word_alternation(group, self.ignorecase)
                for start, _ in spans:
                    m = pattern.match(text, start)
                    if m:
                        matches.append(m)
        for m in matches:
            goods = self.swap.get(self._key(m.group()))
            if goods:
                yield from self._emit(ctx, m.start(), m.end(), goods)

    def _key(self, found: str) -> str:
        key = " ".join(found.split())
        return key.lower() if self.ignorecase else key

    def _lookup(self, word: str) -> list[str] | None:
        """The replacements for one word (lower-cased when the rule ignores case), or None."""
        goods = self.swap.get(word)
        if goods is not None or not self.morphology or len(word) < 4:
            return goods
        return self._inflected(word)

    def _inflect(self, word: str) -> list[str] | None:
        """The replacements of an inflected form of a single-word entry, in its inflection."""
        word = word.lower()
        if self._root_ends is not None and not _may_end_in_root(word, self._root_ends):
            return None  # no entry's root can end where a root of the word would
        for a in morphology.analyse(word, self._roots.__contains__):
            if not (a.prefixes or a.suffix or a.clitic):
                continue
            goods_root = self.swap[a.root]
            if all(" " not in g for g in goods_root):
                return [morphology.generate(a.prefixes, g, a.suffix, a.clitic) for g in goods_root]
        return None

    def _emit(self, ctx: CheckContext, start: int, end: int, goods: list[str]) -> Iterator[Finding]:
        if self.skip_italic and ctx.is_italic(start, end):
            return
        found = ctx.text[start:end]
        if self.names_exempt and _in_name(ctx, start, end):
            return
        if self.personal_names_exempt and _beside_personal_name(ctx, start, end):
            return
        suggestions = [preserve_case(found, g) for g in goods]
        if _stray_capital(ctx, start, found, goods[0]):
            suggestions = [g[:1].lower() + g[1:] for g in suggestions]
        if self.head_before_name:
            after = ctx.text[end : end + 8]
            suggestions = [head_before_name(g, after) for g in suggestions]
        suggestions = [g for g in suggestions if g != found]
        if not suggestions:
            return  # the form is already the right one (menampakkan through nampak -> tampak)
        message = self.header.message.replace("{text}", found).replace(
            "{suggestion}", suggestions[0] if suggestions else ""
        )
        found_at = self.header.finding(start, end, ctx.text, suggestions, message)
        if self.quotes_suggest and found_at.severity != "suggestion" and in_quote(ctx, start):
            found_at = replace(found_at, severity="suggestion", batch_safe=False)
        if (
            self.compound_suggest
            and found_at.severity != "suggestion"
            and _compound_follows(ctx.text, found, end)
        ):
            found_at = replace(found_at, severity="suggestion", batch_safe=False)
        yield found_at


# a slip is looked for only among entries this long: a short word is a slip of too many others
_NEAR_MIN = 8


def _nearest_entry(word: str, keys: Iterable[str]) -> str | None:
    """The one entry ``word`` is a slip of: within two typing slips (one for a word of fewer
    than ten letters), and nearer than any other entry."""
    limit = 1.0 if len(word) < 10 else 2.0
    best: list[tuple[float, str]] = []
    for key in keys:
        if abs(len(key) - len(word)) > 2:
            continue
        d = weighted_distance(word, key)
        if d <= limit:
            best.append((d, key))
    if not best:
        return None
    best.sort()
    if len(best) > 1 and best[1][0] == best[0][0]:
        return None  # two entries as near: no telling which was meant
    return best[0][1]


_NAME_GOES_ON = re.compile(r"[ \t]+[\p{Lu}\d]")
# a lower-case word or a comma right before a word: it opens no sentence there
_AFTER_CLAUSE = re.compile(r"(?:(?<!\p{L})\p{Ll}+|,)[ \t]+$")
# a word news writes this often mid-sentence and (nearly) never with a capital
_LOWER_MID, _LOWER_SHARE = 20, 0.03


def _stray_capital(ctx: CheckContext, start: int, found: str, good: str) -> bool:
    """Is the capital of ``found`` a slip of its own (aman, Personil turut ...): a one-word form
    capitalised inside a sentence after a lower-case word or a comma, whose standard form news
    writes mid-sentence in lower case? Then its fix is in lower case too (personel)."""
    if not (found[:1].isupper() and found[1:].islower()) or " " in found:
        return False
    if start in ctx.model.sentence_starts or in_headline(ctx, start):
        return False
    if not _AFTER_CLAUSE.search(ctx.text, max(0, start - 40), start):
        return False
    rate = corpus_stats.capital_rates().get(good.lower())
    if rate is None or rate.mid < _LOWER_MID:
        # too rare in the statistics (imbauan): a lower-case word after it shows the capital
        # opens no name, unless the standard form is a name itself (Februari, Ramadan)
        lex = ctx.lexicon
        after = _NEXT_WORD.match(ctx.text, start + len(found))
        named = lex is not None and lex.is_name(good[:1].upper() + good[1:].lower())
        one_word = " " not in good and "-" not in good
        return (
            one_word and after is not None and not named and (rate is None or rate.capitalised == 0)
        )
    return rate.capitalised <= _LOWER_SHARE * rate.mid


_NEXT_WORD = re.compile(r"[ \t]+(\p{Ll}+)\b")
# a pair seen this often in edited news is a compound (lepas pantai: offshore)
_COMPOUND_MIN = 2


def _compound_follows(text: str, found: str, end: int) -> bool:
    """The phrase's last word is usually an adjective in edited news and makes a pair it writes
    with the noun after it, while the joined form never stands before that noun: "di lepas
    pantai" is "di (lepas pantai)", an adjective-headed compound after the preposition."""
    parts = found.split()
    if len(parts) != 2:
        return False
    m = _NEXT_WORD.match(text, end)
    if not m:
        return False
    nxt = m.group(1)
    rates = corpus_stats.capital_rates()
    head, noun = rates.get(parts[1].lower()), rates.get(nxt)
    if head is None or noun is None or head.tag != "JJ" or noun.tag != "NN":
        return False
    return (
        corpus_stats.pair_count(parts[1], nxt) >= _COMPOUND_MIN
        and corpus_stats.pair_count(parts[0] + parts[1], nxt) == 0
    )


def _in_name(ctx: CheckContext, start: int, end: int) -> bool:
    """A capitalised form inside a sentence (not its first word, not a headline) with a capital
    or a number after it: a title or programme name ("tangga lagu Billboard 200")."""
    text = ctx.text
    if not text[start : start + 1].isupper() or start in ctx.model.sentence_starts:
        return False
    if start == 0 or text[start - 1] == "\n":
        return False
    return bool(_NAME_GOES_ON.match(text, end))


_WORD_BEFORE = re.compile(r"(\p{L}+)[ \t]+$")
_WORD_AFTER = re.compile(r"[ \t]+(\p{L}+)")


def _beside_personal_name(ctx: CheckContext, start: int, end: int) -> bool:
    """A capitalised one-word form inside a sentence with a personal name (a given name the
    lexicon knows, no common word, place or office) right before or after it."""
    text = ctx.text
    found = text[start:end]
    if not found[:1].isupper() or " " in found or start in ctx.model.sentence_starts:
        return False
    if start == 0 or text[start - 1] == "\n":
        return False
    lex = ctx.lexicon
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    after = _WORD_AFTER.match(text, end)
    for m in (before, after):
        if m is None:
            continue
        w = m.group(1)
        if w[:1].isupper() and lex.is_name(w) and not lex.is_common(w) and not lex.is_landmark(w):
            return True
    return False


def _first_word(phrase: str) -> str:
    """The lower-cased first word of a phrase ("" when it does not start with a letter)."""
    first = re.split(r"[\s\-]", phrase.strip(), maxsplit=1)[0].lower()
    # an apostrophe stays inside a word token (do'a, Jum'at), as the tokenizer keeps it
    return first if first.replace("'", "").replace("’", "").isalpha() else ""


class _RootEnds(NamedTuple):
    """The roots without their first letter (a nasal prefix may swallow it): their last
    letters (up to three) by how many, the tails themselves and their lengths."""

    ends: tuple[tuple[int, frozenset[str]], ...]
    tails: frozenset[str]
    lengths: tuple[int, ...]


def _root_ends(roots: frozenset[str]) -> _RootEnds | None:
    """``_RootEnds`` of ``roots``; None when a root is a single letter (no test applies)."""
    if not roots or min(map(len, roots)) < 2:
        return None
    by_size: dict[int, set[str]] = {}
    for root in roots:
        size = min(len(root) - 1, 3)
        by_size.setdefault(size, set()).add(root[-size:])
    tails = frozenset(root[1:] for root in roots)
    return _RootEnds(
        tuple((size, frozenset(ends)) for size, ends in sorted(by_size.items())),
        tails,
        tuple(sorted({len(t) for t in tails})),
    )


def _may_end_in_root(word: str, ends: _RootEnds) -> bool:
    """Could ``morphology.analyse`` find one of the roots of ``ends`` in the lower-case
    ``word``? Every analysis ends its root where the suffix and clitic begin (prefixes only go
    before it, and a nasal only ever changes the root's first letter), so the letters before
    some clitic-and-suffix ending of the word must end with a root less its first letter."""
    for clitic in morphology.CLITICS:
        if clitic and not word.endswith(clitic):
            continue
        w1 = word[: len(word) - len(clitic)] if clitic else word
        for suffix in morphology.SUFFIXES:
            if suffix and not w1.endswith(suffix):
                continue
            w2 = w1[: len(w1) - len(suffix)] if suffix else w1
            if not any(w2[-size:] in last for size, last in ends.ends):
                continue  # no tail ends so: the cheap test first
            size = len(w2)
            for length in ends.lengths:
                if length > size:
                    break
                if w2[size - length :] in ends.tails:
                    return True
    return False
