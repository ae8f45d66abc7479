"""``consistency``: one release, one form. The finding sits on the minority form, names the other
form and suggests the majority (or the fuller) one. Modes:
- ``case``: a word written with different capitals outside sentence starts and headlines
  (Pilkada/pilkada);
- ``abbreviation``: one abbreviation written in several ways (PJ/Pj/Pj.);
- ``names``: a person's name later written shorter or differently (Hani Syopiar Rustam / Hani S
  Rustam);
- ``spelling``: a name written with one letter more, less or other than elsewhere in the draft
  (Budi Santoso / Budi Santosa), where the two stand beside the same name or the odd one stands
  alone, unknown, after the full name;
- ``quotes``: quotation marks of two styles (" and “ ”)."""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Iterator, Mapping
from functools import lru_cache
from typing import Any

import regex as re
from rapidfuzz.distance import OSA, Levenshtein

from editor.checks.finding import Finding
from editor.checks.kinds.base import CheckContext, Kind, RuleHeader
from editor.checks.kinds.capitals import in_headline
from editor.checks.lexicon import Lexicon
from editor.checks.wordlists import name_heads, word_set

MODES = ("case", "abbreviation", "names", "spelling", "quotes")
# words whose capitals legitimately change with use: an office before a name vs. generic
# ("Bupati Banyuasin" / "para bupati"), a place type before its name ("Desa Sukajadi" / "desa")
_CASE_BY_USE = word_set("case-by-use")
_OFFICES = frozenset(w.lower() for w in word_set("offices-before-name") | word_set("office-words"))


_ABBREV = re.compile(r"\b\p{Lu}[\p{L}]{0,4}\.?(?![\p{L}\p{N}.-])")
# capitalised words in a row, initials allowed inside (Hani S. Rustam)
_NAME_RUN = re.compile(r"\b\p{Lu}\p{Ll}+(?:[ \t]+(?:\p{Lu}\.?(?=[ \t])|\p{Lu}\p{Ll}+))+")
_NAME_WORD = re.compile(r"\p{Lu}\p{Ll}*\.?")


def _name_word(word: str) -> bool:
    """A word written as a name: a capital, then two or more lower-case letters."""
    return len(word) >= 3 and word[0].isupper() and word[1:].isalpha() and word[1:].islower()


@lru_cache(maxsize=1 << 16)
def _deletions(form: str) -> frozenset[str]:
    """``form`` and the forms with one letter after its first deleted (a draft's names recur
    from check to check, as the draft is checked again after each edit)."""
    keys = {form[:i] + form[i + 1 :] for i in range(1, len(form))}
    keys.add(form)
    return frozenset(keys)


def _close(these: list[int], those: list[int], reach: int = 30) -> bool:
    """Does an offset of ``these`` lie within ``reach`` characters of one of ``those`` (two
    spellings given side by side: "Banda Neira atau Banda Naira")?"""
    ordered = sorted(those)
    for a in these:
        i = bisect_left(ordered, a - reach + 1)
        if i < len(ordered) and ordered[i] < a + reach:
            return True
    return False


def _is_initial(word: str) -> bool:
    return len(word.rstrip(".")) == 1


def _twin_neighbour(
    major: set[tuple[int, str]], minor: set[tuple[int, str]], lex: Lexicon
) -> tuple[int, str, str] | None:
    """(side, the major's neighbour, the minor's) when the two forms stand beside names one
    letter apart on the same side, one of them a name the lexicon knows: "Rudy" and "Rudi"."""
    for side, good in sorted(major):
        for other_side, bad in sorted(minor):
            if other_side != side or good == bad or min(len(good), len(bad)) < 3:
                continue
            if not (lex.is_name(good) or lex.is_name(bad)):
                continue  # two words, not two spellings of a name
            if Levenshtein.distance(good, bad) == 1:
                return side, good, bad
    return None


def _typos_of_one_word(x: str, y: str, lex: Lexicon) -> bool:
    """Are two unknown forms each one edit (a transposition counts as one) from the same common
    root ("Administarsi", "Administarasi": two slips of administrasi, not two spellings of a
    name)? Then neither is the other's fix."""
    if lex.is_name(x) or lex.is_name(y):
        return False
    a, b = x.lower(), y.lower()
    index = lex.data.root_index
    shared = index.near(a) & index.near(b)
    return any(
        OSA.distance(root, a) == 1 == OSA.distance(root, b) and lex.is_common(root)
        for root in shared
    )


class Consistency(Kind):
    """Spec: ``mode`` (case, abbreviation, names or quotes). The message may use ``{text}`` and
    ``{other}``."""

    name = "consistency"
    keys = frozenset({"mode"})
    optional = frozenset({"any_language"})

    def __init__(self, header: RuleHeader, spec: Mapping[str, Any]) -> None:
        super().__init__(header, spec)
        self.mode = self.choice(spec, "mode", MODES)

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        yield from getattr(self, f"_{self.mode}")(ctx)

    def _finding(self, ctx: CheckContext, start: int, end: int, other: str) -> Finding:
        message = self.header.message.replace("{text}", ctx.text[start:end])
        return self.header.finding(start, end, ctx.text, [other], message.replace("{other}", other))

    def _case(self, ctx: CheckContext) -> Iterator[Finding]:
        # first only group the words by their lowercase form: most words have one form, and only
        # words written in two ways need the closer look
        spellings: dict[str, set[str]] = defaultdict(set)
        for word in {tok.text for tok in ctx.model.words}:  # each spelling once
            spellings[word.lower()].add(word)
        mixed = {low for low, texts in spellings.items() if len(texts) > 1 and len(low) >= 4}
        mixed -= _CASE_BY_USE
        if not mixed:
            return
        forms: dict[str, Counter[str]] = defaultdict(Counter)
        where: dict[str, list[tuple[int, int]]] = defaultdict(list)
        starts = ctx.model.sentence_starts
        written = {w for low in mixed for w in spellings[low]}  # the spellings of those words
        for tok in ctx.model.words:
            word = tok.text
            if word not in written or not (word.islower() or word.istitle()) or "-" in word:
                continue
            low = word.lower()
            if tok.start in starts or in_headline(ctx, tok.start):
                continue
            forms[low][word] += 1
            where[word].append((tok.start, tok.end))
        for variants in forms.values():
            if len(variants) < 2:
                continue
            (major, n1), (minor, n2) = variants.most_common(2)
            if n1 == n2:
                continue
            for start, end in where[minor]:
                yield self._finding(ctx, start, end, major)

    def _abbreviation(self, ctx: CheckContext) -> Iterator[Finding]:
        text = ctx.text
        forms: dict[str, Counter[str]] = defaultdict(Counter)
        where: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for m in _ABBREV.finditer(text):
            form = m.group()
            letters = form.replace(".", "")
            if not any(c.isupper() for c in letters[1:]) and "." not in form:
                continue  # an ordinary capitalised word, not an abbreviation
            forms[letters.lower()][form] += 1
            where[form].append(m.span())
        for variants in forms.values():
            if len(variants) < 2:
                continue
            (major, n1), (_, n2) = variants.most_common(2)
            if n1 == n2:
                continue
            for form in variants:
                if form != major:
                    for start, end in where[form]:
                        yield self._finding(ctx, start, end, major)

    def _names(self, ctx: CheckContext) -> Iterator[Finding]:
        text = ctx.text
        windows: list[tuple[int, int, list[str]]] = []
        for m in _NAME_RUN.finditer(text):
            parts = [(w.start(), w.end(), w.group()) for w in _NAME_WORD.finditer(m.group())]
            for i in range(len(parts) - 2):
                left, centre, right = parts[i : i + 3]
                if _is_initial(left[2]) or _is_initial(right[2]):
                    continue
                windows.append(
                    (m.start() + left[0], m.start() + right[1], [left[2], centre[2], right[2]])
                )
        # full names by their first and last word, in order of appearance (dict keeps it)
        full: dict[tuple[str, str], dict[str, None]] = defaultdict(dict)
        for _, _, (first, mid, last) in windows:
            if not _is_initial(mid):
                full[first, last][mid] = None
        for start, end, (first, mid, last) in windows:
            if not _is_initial(mid):
                continue
            for middle in full.get((first, last), ()):
                if middle.startswith(mid.rstrip(".")):
                    yield self._finding(ctx, start, end, f"{first} {middle} {last}")
                    break

    def _spelling(self, ctx: CheckContext) -> Iterator[Finding]:
        text = ctx.text
        names = [t for t in ctx.model.words if t.text[:1].isupper() and _name_word(t.text)]
        first: dict[str, int] = {}
        count: Counter[str] = Counter()
        where: dict[str, list[int]] = defaultdict(list)
        for t in names:
            count[t.text] += 1
            first.setdefault(t.text, t.start)
            where[t.text].append(t.start)
        # forms one edit apart share a form with one letter deleted: found through an index of
        # those, so a long draft is not compared name with name
        by_key: dict[str, list[str]] = defaultdict(list)
        for form in count:
            if len(form) < 5:
                continue  # short names differ by a letter too often to tell a slip
            for key in _deletions(form):
                by_key[key].append(form)
        pairs = {
            tuple(sorted((x, y)))
            for forms in by_key.values()
            if len(forms) > 1
            for x in forms
            for y in forms
            if x != y
        }
        if not pairs:
            return  # no two forms one edit apart: the neighbours of the names need no reading
        beside: dict[str, set[tuple[int, str]]] = defaultdict(set)  # (-1 before | 1 after, word)
        in_run: set[str] = set()
        # words that stand before a name without being one: heads of names, offices, and a
        # dictionary word opening a sentence ("Kata Armanto")
        heads = name_heads() | _OFFICES
        starts = ctx.model.sentence_starts
        lex = ctx.lexicon
        started = {t.text for t in names if t.start in starts}
        # only the neighbours of the forms in a pair are compared below
        paired = {form for pair in pairs for form in pair}
        for a, b in zip(names, names[1:], strict=False):
            if (a.text in paired or b.text in paired) and text[a.end : b.start] in (" ", "\t"):
                a_head = a.text.lower() in heads or (a.text in started and lex.is_common(a.text))
                b_head = b.text.lower() in heads
                if not (a_head or b_head):
                    in_run.update((a.text, b.text))  # a full name, not an office before one
                if not b_head:
                    beside[a.text].add((1, b.text))
                if not a_head:
                    beside[b.text].add((-1, a.text))
        odd: dict[str, str] = {}
        whole: dict[str, tuple[str, int, str, str]] = {}  # minor -> (major, side, good, bad)
        for x, y in sorted(pairs):  # (in order: the first pair for a form wins, whatever the seed)
            # the fix: the form the name lists know, else the one written more often, or first
            major, minor = sorted((x, y), key=lambda f: (not lex.is_name(f), -count[f], first[f]))
            if (
                lex.is_common(minor)
                or minor in odd
                or any(lex.is_english(f) or lex.is_acronym(f) for f in (x, y))
                or _close(where[major], where[minor])
                or _typos_of_one_word(x, y, lex)
            ):
                continue  # a word, a term or a short form; or both named together on purpose
            shared = bool(beside[major] & beside[minor])
            if not shared:
                # the whole name written again with a letter off in each part (Rudy Salahuddin,
                # then Rudi Salahudin): the other part is the twin of a neighbour of the major
                twin = _twin_neighbour(beside[major], beside[minor], lex)
                if twin is not None:
                    side, good, bad = twin
                    whole.setdefault(minor, (major, side, good, bad))
                    continue
            alone = (
                minor not in in_run
                and major in in_run
                and first[major] < first[minor]
                and not ctx.lexicon.is_word(minor)
            )
            if shared or alone:
                odd[minor] = major
        for k, t in enumerate(names):
            if t.text in odd:
                yield self._finding(ctx, t.start, t.end, odd[t.text])
            elif t.text in whole:
                major, side, good, bad = whole[t.text]
                j = k + side
                if not 0 <= j < len(names) or names[j].text != bad:
                    continue
                other = names[j]
                if side < 0 and text[other.end : t.start] in (" ", "\t"):
                    yield self._finding(ctx, other.start, t.end, f"{good} {major}")
                elif side > 0 and text[t.end : other.start] in (" ", "\t"):
                    yield self._finding(ctx, t.start, other.end, f"{major} {good}")

    def _quotes(self, ctx: CheckContext) -> Iterator[Finding]:
        text = ctx.text
        if '"' not in text or ("“" not in text and "”" not in text):
            return
        straight = [m.start() for m in re.finditer('"', text)]
        curly = [m.start() for m in re.finditer("[“”]", text)]
        if not straight or not curly or len(straight) == len(curly):
            return
        if len(straight) < len(curly):
            for i in straight:
                opening = i == 0 or text[i - 1].isspace() or text[i - 1] in "(["
                yield self._finding(ctx, i, i + 1, "“" if opening else "”")
        else:
            for i in curly:
                yield self._finding(ctx, i, i + 1, '"')
