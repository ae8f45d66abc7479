"""Unknown-word detection with ranked, morphology-aware suggestions.

Candidates come from single edits of the word, single edits of its root with the affixes
regenerated (mengutaran -> mengutarakan, sambutanya -> sambutannya), splits of glued words
(AnggotaDPRD -> Anggota DPRD) and, when nothing is that close, a distance-2 search of the dictionary.
They are ranked by a weighted edit cost (doubled letters, neighbouring keys, transpositions and
vowel slips are cheap), word frequency and the draft's own words (Grobogsn next to Grobogan).

Capitalised words are judged with care: one cheap edit from a known name, place, institution, a
frequent word or a word of the same draft makes a typo; an unknown capitalised word far from
everything is probably a name and gets a quiet "suggestion" at most. ALL-CAPS tokens of 2-6 letters
are acronyms unless they are a slip of a known acronym.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import OSA, Levenshtein

from editor.checks import morphology
from editor.checks.corpus_stats import capital_rates, pair_count
from editor.checks.lexicon import ALPHABET, Lexicon

VOWELS = frozenset("aeiou")
_AZ = re.compile(r"[a-z]+")
MAX_WORD = 45  # letters: longer is pasted code or a run of letters, never a word to correct
LETTERS = "abcdefghijklmnopqrstuvwxyz"
# a word this frequent (Zipf) is the one meant when a never-seen derivation is one slip from it
_DROPPED_LETTER_ZIPF = 5.5  # the commonest words only: tersebut, pemerintah, kegiatan
_DERIVATION_SLIP_ZIPF = 3.5
# ... and its own reading is strained: a root rarer than this, or one that is no content word
_RARE_ROOT_ZIPF = 2.5
# a split of a glued word costs a space; it ranks lower when the bigram table never saw the pair
_SPLIT_COST, _UNSEEN_SPLIT_RANK = 0.5, 0.6
_CONFIX_RANK = 1.0  # ke- + root typed without its -an: the whole confix ranks first
_CONTENT_TAGS = frozenset({"NN", "NNP", "VB", "JJ", "CD", "FW"})
_MISSING = object()

_KEY_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_KEY_POS = {c: (r, i) for r, row in enumerate(_KEY_ROWS) for i, c in enumerate(row)}
_CONFUSABLE = {frozenset(p) for p in ("fp", "vp", "fv", "ck", "jz", "sz", "yi", "wu", "dt", "bp")}


def _adjacent(a: str, b: str) -> bool:
    pa, pb = _KEY_POS.get(a), _KEY_POS.get(b)
    return bool(pa and pb and abs(pa[0] - pb[0]) <= 1 and abs(pa[1] - pb[1]) <= 1)


def _sub_cost(a: str, b: str) -> float:
    if a == b:
        return 0.0
    if _adjacent(a, b):
        return 0.6
    if a in VOWELS and b in VOWELS:
        return 0.75
    if frozenset((a, b)) in _CONFUSABLE:
        return 0.7
    return 1.0


def _indel_cost(word: str, i: int, typed: bool) -> float:
    """Cost of a letter ``word[i]`` that one side has and the other lacks.

    A doubled letter is a cheap slip; a letter left out (``typed`` False: the candidate has it)
    is a commoner slip than one typed in excess.
    """
    c = word[i]
    if (i > 0 and word[i - 1] == c) or (i + 1 < len(word) and word[i + 1] == c):
        return 0.45
    base = 0.8 if c in VOWELS else 0.9
    return base + 0.1 if typed else base - 0.05


# the costs ``_indel_cost`` gives a letter that is not doubled, by side (typed or not), vowel
_SINGLE_COSTS = {True: (0.8 + 0.1, 0.9 + 0.1), False: (0.8 - 0.05, 0.9 - 0.05)}


@lru_cache(maxsize=8192)
def _indel_costs(word: str, typed: bool) -> tuple[float, ...]:
    """``_indel_cost`` of every letter of ``word``, worked out once per word and side: a typed
    word is measured against each of its candidates, a candidate often against several words."""
    vowel, consonant = _SINGLE_COSTS[typed]
    last = len(word) - 1
    return tuple(
        0.45
        if (i > 0 and word[i - 1] == c) or (i < last and word[i + 1] == c)
        else vowel
        if c in VOWELS
        else consonant
        for i, c in enumerate(word)
    )


# the substitution costs by typed letter, then candidate letter, filled as letters are met
_SUB_COSTS: dict[str, dict[str, float]] = {}


# every edit costs at least this much (a doubled letter typed or left out): two edits cost more
# than any single edit cheaper than this, so such an edit is the distance itself
_TWO_EDITS = 0.45 + 0.45


def _one_edit(a: str, b: str) -> float | None:
    """The cost of the one edit (a letter typed in excess or left out, a substitution, two
    neighbours swapped) that makes ``a`` into ``b``, or None when no single edit does."""
    size, other = len(a), len(b)
    if abs(size - other) > 1:
        return None
    i = 0
    short = min(size, other)
    while i < short and a[i] == b[i]:
        i += 1
    if size == other:
        if i == size:
            return None  # the same word
        if a[i + 1 :] == b[i + 1 :]:
            return _sub_cost(a[i], b[i])
        if i + 1 < size and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2 :] == b[i + 2 :]:
            return 0.55
        return None
    if size > other:  # ``a[i]`` typed in excess (in a run of the letter, each costs the same)
        return _indel_costs(a, True)[i] if a[i + 1 :] == b[i:] else None
    return _indel_costs(b, False)[i] if b[i + 1 :] == a[i:] else None


@lru_cache(maxsize=32768)
def weighted_distance(a: str, b: str) -> float:
    """Damerau-Levenshtein distance from the typed ``a`` to the candidate ``b``, with
    typing-slip weights."""
    # a single edit cheaper than any two is the distance: most candidates are one such edit
    one = _one_edit(a, b)
    if one is not None and one < _TWO_EDITS:
        return one
    # two rows of the table at a time (and the one before, for transpositions); the letters'
    # costs worked out once per word; comparisons instead of min() and the substitution costs
    # from a table: the loop runs once per pair of letters of every unknown word's candidates
    cut = _indel_costs(a, True)
    add = _indel_costs(b, False)
    cols = len(b) + 1
    prev = [0.0] * cols
    for j in range(1, cols):
        prev[j] = prev[j - 1] + add[j - 1]
    before = prev
    table = _SUB_COSTS
    if len(table) > 512:
        table.clear()
    inner = range(1, cols)
    for i in range(1, len(a) + 1):
        ai, cost_cut = a[i - 1], cut[i - 1]
        ap = a[i - 2] if i > 1 else None
        costs = table.get(ai)
        if costs is None:
            costs = table[ai] = {}
        left = prev[0] + cost_cut
        row = [left]
        for j in inner:
            bj = b[j - 1]
            best = prev[j] + cost_cut
            x = left + add[j - 1]
            if x < best:
                best = x
            if ai == bj:
                x = prev[j - 1]
            else:
                c = costs.get(bj)
                if c is None:
                    c = costs[bj] = _sub_cost(ai, bj)
                x = prev[j - 1] + c
            if x < best:
                best = x
            if j > 1 and ap == bj and ai == b[j - 2]:
                x = before[j - 2] + 0.55
                if x < best:
                    best = x
            row.append(best)
            left = best
        before, prev = prev, row
    return prev[-1]


# per letter, the alphabet without it: the substitutions of a letter by another
_OTHER_LETTERS = {ch: ALPHABET.replace(ch, "") for ch in ALPHABET}


@lru_cache(maxsize=2048)
def edit_set(word: str) -> frozenset[str]:
    """The strings of ``lexicon.edits1(word)`` as a set, made by list comprehensions into one
    frozenset (a few times faster than the generator, and faster than updating a set; the
    f-strings build each edit at once, without the intermediate strings of ``+``) and shared
    by the searches of one word; intersected with a word list at C speed."""
    n = len(word)
    out = [word[:i] + word[i + 1 :] for i in range(n)]
    out += [f"{word[:i]}{word[i + 1]}{word[i]}{word[i + 2 :]}" for i in range(n - 1)]
    for i in range(n + 1):
        left, right = word[:i], word[i:]
        out += [f"{left}{c}{right}" for c in ALPHABET]
        if right:
            tail = right[1:]
            out += [f"{left}{c}{tail}" for c in _OTHER_LETTERS.get(right[0], ALPHABET)]
    return frozenset(out)


def match_case(source: str, word: str) -> str:
    if source.isupper() and len(source) > 1:
        return word.upper() if " " not in word else word
    if source[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


@dataclass(frozen=True, slots=True)
class Candidate:
    word: str
    cost: float
    score: float


class Speller:
    """Spelling judgements and suggestions over one lexicon."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self._cache: dict[tuple[str, bool], tuple[Candidate, ...]] = {}
        self._slips: dict[str, str | None] = {}
        self._names: dict[str, tuple[str, ...]] = {}

    # -- candidates ----------------------------------------------------------------------------
    def candidates(
        self, word: str, doc_words: Iterable[str] = (), proper: bool = False
    ) -> list[Candidate]:
        """Ranked replacements for a lowercase ``word`` (best first). ``proper``: the word is
        capitalised, so names, places and institutions are candidates too."""
        if len(word) > MAX_WORD:
            return []  # no word is this long; its edits alone would fill the memory
        key = (word, proper)
        base = self._cache.get(key)
        if base is None:
            found = self._generate(word)
            if proper:
                found |= self._proper(word)
            base = tuple(self._rank(word, found))
            if len(self._cache) > 20000:
                self._cache.clear()
            self._cache[key] = base
        # only the draft's words that could pass the test below: same first letter, length +-2
        around = getattr(doc_words, "around", None)
        doc = {w for w in (around(word) if around is not None else doc_words) if w != word}
        if not doc:
            return list(base)
        # the draft's own words: a near-twin in the same release is the likeliest fix
        first, size = word[:1], len(word)
        extra = [
            Candidate(w, weighted_distance(word, w), 0.0)
            for w in doc
            if w[:1] == first
            and abs(len(w) - size) <= 2
            and Levenshtein.distance(word, w, score_cutoff=2) <= 2
        ]
        merged = {c.word: c for c in base}
        for c in extra:
            # a name or place used elsewhere in the draft weighs more than a common word
            weight = 0.3 if self.lexicon.is_common(c.word) else 0.9
            bonus = c.cost - weight - 0.2 * self.lexicon.zipf(c.word)
            prev = merged.get(c.word)
            if prev is None or bonus < prev.score:
                merged[c.word] = Candidate(c.word, c.cost, bonus)
        return sorted(merged.values(), key=lambda c: (c.score, c.word))

    def names_near(self, word: str) -> tuple[str, ...]:
        """Names (no common words) one edit from a lowercase ``word``: the closest and most
        frequent first. Memoised, like the candidates: a name recurs in every check of a draft."""
        near = self._names.get(word)
        if near is None:
            lex = self.lexicon
            if word.islower():  # its edits are lower-case: looked up in the names at once
                found = {e for e in lex.data.names.intersection(edit_set(word))}
            else:
                found = {e for e in edit_set(word) if lex.is_name(e)}
            found = {e for e in found if not lex.is_common(e)}
            near = tuple(sorted(found, key=lambda w: (weighted_distance(word, w), -lex.zipf(w), w)))
            if len(self._names) > 20000:
                self._names.clear()
            self._names[word] = near
        return near

    def _generate(self, word: str) -> set[str]:
        lex = self.lexicon
        forms = lex.vocabulary()
        found = {e for e in forms.intersection(edit_set(word)) if lex.suggestable(e)}
        found |= self._morphological(word)
        splits = self._splits(word)
        if splits and any(len(f) == len(word) and f[:-3] == word[:-3] for f in found):
            # the word differs from a dictionary word in its ending only (tematis: tematik,
            # optimistik: optimistis): another adaptation ending, not two words glued together
            splits = {s for s in splits if len(s.split(" ", 1)[1]) > 3}
        found |= splits
        if not found and len(word) >= 4:
            found = {w for w in self._distance2(word) if lex.suggestable(w)}
        found.discard(word)
        return found

    def _proper(self, word: str) -> set[str]:
        """Places and institutions one edit away (Forkompimda -> Forkopimda, Grobogsn ->
        Grobogan); personal names are too many and too varied to count as evidence."""
        data = self.lexicon.data
        edits = edit_set(word)
        return (data.acronyms.keys() & edits) | data.landmarks.intersection(edits)

    def _morphological(self, word: str) -> set[str]:
        """Repair the root and regenerate the affixes: mengutaran -> mengutarakan."""
        lex = self.lexicon
        out: set[str] = set()
        for clitic in ("", "nya", "lah", "kah", "ku", "mu"):
            if clitic and not word.endswith(clitic):
                continue
            w1 = word[: len(word) - len(clitic)] if clitic else word
            for surface, prefix, restores in [("", "", ("",)), *morphology.surfaces_of(w1)]:
                if not w1.startswith(surface):
                    continue
                core_all = w1[len(surface) :]
                for suffix in ("", "kan", "an", "i"):
                    if suffix and not core_all.endswith(suffix):
                        continue
                    core = core_all[: len(core_all) - len(suffix)] if suffix else core_all
                    if len(core) < 3:
                        continue
                    for restore in restores:
                        typed = restore + core
                        roots = self._roots_near(typed)
                        for root in roots:
                            prefixes = (prefix,) if prefix else ()
                            for suf in morphology.SUFFIXES_AFTER[prefix]:
                                cand = morphology.generate(prefixes, root, suf, clitic)
                                if cand != word and Levenshtein.distance(cand, word) <= 2:
                                    if lex.suggestable(cand):
                                        out.add(cand)
        return out

    def _roots_near(self, typed: str) -> set[str]:
        """The roots ``typed`` is or is one edit (of the letters a-z) from."""
        data = self.lexicon.data
        if _AZ.fullmatch(typed):
            # every root one a-z edit from an a-z string is spelt with a-z: the index has it
            found = {r for r in data.root_index.near(typed) if OSA.distance(r, typed) == 1}
        else:
            found = set(data.roots.intersection(edit_set(typed)))
        if typed in data.roots:
            found.add(typed)
        return found

    def _splits(self, word: str) -> set[str]:
        lex = self.lexicon
        out = set()
        for i in range(3, len(word) - 2):
            left, right = word[:i], word[i:]
            if (
                lex.zipf(left) >= 4.0
                and lex.zipf(right) >= 3.0
                and lex.is_common(left)
                and lex.is_common(right)
            ):
                out.add(f"{left} {right}")
        return out

    def _distance2(self, word: str) -> list[str]:
        """Up to 40 forms within two edits of ``word``, nearest first, then alphabetical."""
        # the forms to measure come from the prefix index (read from the cache folder in a few
        # milliseconds); their order does not matter, the hits are sorted
        pool = self.lexicon.data.near_index.pool(word)
        hits = process.extract(word, pool, scorer=Levenshtein.distance, score_cutoff=2, limit=None)
        return [w for w, _, _ in sorted(hits, key=lambda h: (h[1], h[0]))[:40]]

    def _rank(self, word: str, found: Iterable[str]) -> list[Candidate]:
        ranked = []
        zipf = self.lexicon.zipf
        # ke- + a root and no -an (ketahan): the confix ke-...-an lost its end; the full
        # derivation (ketahanan) was meant rather than a one-letter neighbour (ketahuan)
        confix = word + "an" if word.startswith("ke") and self.lexicon.is_root(word[2:]) else None
        for cand in found:
            if " " in cand:
                # two words glued together: as likely as the rarer of them, and far less
                # likely when edited news never writes the two side by side (cap ain)
                left, right = cand.split(" ", 1)
                cost = weighted_distance(word, left + right) + _SPLIT_COST
                score = cost - 0.2 * min(zipf(left), zipf(right))
                if pair_count(left, right) == 0:
                    score += _UNSEEN_SPLIT_RANK
            else:
                cost = weighted_distance(word, cand)
                score = cost - 0.2 * zipf(cand) - (_CONFIX_RANK if cand == confix else 0.0)
            ranked.append(Candidate(cand, cost, score))
        ranked.sort(key=lambda c: (c.score, c.word))
        return ranked[:10]

    # -- suspicious known words ------------------------------------------------------------------
    def likely_slip(self, word: str) -> str | None:
        # read once, write once: another thread may clear the memo between two lookups
        slip = self._slips.get(word, _MISSING)
        if slip is _MISSING:
            if len(self._slips) > 50000:
                self._slips.clear()
            slip = self._slips[word] = self._likely_slip(word)
        return slip  # type: ignore[return-value]

    def _likely_slip(self, word: str) -> str | None:
        """A valid but rare word that is most likely a slip of a very frequent one
        (jalanya for jalannya, sellalu for selalu)."""
        lex = self.lexicon
        if lex.zipf(word) >= 1.0 or len(word) < 5:
            return None
        if word.endswith("nya") and word[-4:-3] in VOWELS:
            fuller = word[:-3] + "nnya"
            if (
                lex.is_common(word[:-3] + "n")
                and lex.zipf(word[:-3] + "n") >= lex.zipf(word[:-3]) + 1.0
            ):
                return fuller
        best = None
        for i in range(1, len(word)):
            if word[i] == word[i - 1]:  # a doubled letter too many: sellalu for selalu
                e = word[:i] + word[i + 1 :]
                z = lex.zipf(e)
                if z >= 4.5 and (best is None or z > best[1]):
                    best = (e, z)
        if best is None and word not in lex.data.forms:
            best = self._derivation_slip(word)
        if best is None and len(word) >= 6 and lex.zipf(word) == 0.0:
            # a listed form never seen in use a dropped letter from one of the commonest words
            # (terebut for tersebut): that word was meant
            best = self._dropped_letter(word)
        return best[0] if best else None

    def _dropped_letter(self, word: str) -> tuple[str, float] | None:
        lex, best = self.lexicon, None
        for i in range(1, len(word)):
            for ch in LETTERS:
                e = word[:i] + ch + word[i:]
                z = lex.zipf(e)
                if z >= _DROPPED_LETTER_ZIPF and (best is None or z > best[1]):
                    best = (e, z)
        return best

    def derivation_slip(self, word: str) -> str | None:
        """The frequent word a never-seen, strained derivation is one slip from, if any."""
        if self.lexicon.zipf(word) >= 1.0 or word in self.lexicon.data.forms:
            return None
        best = self._derivation_slip(word)
        return best[0] if best else None

    def _derivation_slip(self, word: str) -> tuple[str, float] | None:
        """A form that only the morphology accepts (pemeritah as peN- + peri + -tah, pembukan
        as peN- + bukan), never seen in use, one dropped letter or one swap of two neighbouring
        letters from a frequent dictionary word (pemerintah, pembukaan): that word was meant."""
        lex = self.lexicon
        if len(word) < 6 or not self._strained(word):
            return None
        edits = {word[:i] + ch + word[i:] for i in range(1, len(word) + 1) for ch in LETTERS}
        edits.update(
            word[: i - 1] + word[i] + word[i - 1] + word[i + 1 :]
            for i in range(2, len(word))
            if word[i] != word[i - 1]
        )
        best = None
        for e in edits:
            z = lex.zipf(e)
            if z >= _DERIVATION_SLIP_ZIPF and e in lex.data.forms and (best is None or z > best[1]):
                best = (e, z)
        return best

    def _strained(self, word: str) -> bool:
        """Is the morphology's reading of ``word`` strained: a root hardly ever written (fungi in
        kewenangnya), a function word under a prefix (peN- + bukan), or a question particle
        (-kah, -tah) on a derived noun or verb (peN- + peri + -tah)? A plain reading of a
        frequent root (pemanen, kasnya, langkanya) is a real word, left alone."""
        lex = self.lexicon
        analysis = lex.analyse(word)
        if analysis is None:
            return False
        if lex.zipf(analysis.root) < _RARE_ROOT_ZIPF:
            return True
        if not analysis.prefixes:
            return False
        rate = capital_rates().get(analysis.root)
        if rate is not None and rate.tag not in _CONTENT_TAGS:
            return True
        return analysis.clitic.endswith(("kah", "tah"))
