"""Indonesian morphology: a strict analyser that accepts a word only when regenerating it from
root + affixes gives the same spelling.

Prefixes meN-/peN- with their nasal changes (memukul, menyapu, mengimbau, menyukseskan, mengebom),
ber-/ter-/per- before r and er-syllables (berenang, bekerja, belajar, tepercaya), di-, ke-, se-,
pe-, memper-, diper-, and two-layer forms (kebersamaan, keterlibatan, pemberdayaan,
memberdayakan); suffixes -kan, -i, -an; clitics -nya, -ku, -mu, -lah, -kah, -tah. Confixes are
limited to the combinations the language has (meN-kan, ke-an, peN-an, ber-an, ...): "melakuan"
(meN- with -an) is no word, "melakukan" is.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from editor.checks.wordlists import word_set

VOWELS = frozenset("aeiou")
CLITICS = ("", "nya", "lah", "kah", "ku", "mu", "tah", "nyalah", "nyakah", "kulah", "mulah")
SUFFIXES = ("", "kan", "an", "i")
NUMERALS = word_set("numerals")
_NUCLEUS = re.compile(r"[aiueo]+")
_DIPHTHONG = re.compile(r"ai|au|oi|ei")


def syllables(root: str) -> int:
    """Syllables of a root: its vowels, a diphthong (ai, au, oi, ei) counting once
    (bom, cat: 1; luap, dua: 2; pakai, pantau: 2)."""
    return sum(len(group) - len(_DIPHTHONG.findall(group)) for group in _NUCLEUS.findall(root))


def _nasal(base: str, root: str) -> str:
    """meN-/peN- + root with the nasal assimilation of EYD V / KBBI."""
    if syllables(root) == 1:
        return base + "nge" + root
    c, second = root[0], root[1:2]
    if c in VOWELS:
        return base + "ng" + root
    if c in "bfv":
        return base + "m" + root
    if c == "p":
        return base + "m" + (root[1:] if second in VOWELS else root)
    if c in "dcjz":
        return base + "n" + root
    if c == "t":
        return base + "n" + (root[1:] if second in VOWELS else root)
    if c == "s":
        if root.startswith("sy"):
            return base + "n" + root
        return base + ("ny" + root[1:] if second in VOWELS else "n" + root)
    if c == "k":
        return base + "ng" + (root[1:] if second in VOWELS else root)
    if c in "gh":
        return base + "ng" + root
    return base + root  # l m n r w y, ng-, ny-


# roots with an er- first syllable that still take ber- (bercermin, not becermin)
_BER_KEEPS_R = word_set("ber-keeps-r")


def _first_syllable_er(root: str) -> bool:
    return bool(re.match(r"^[^aiueo]er[^aiueo]", root))


def _ber(root: str) -> str:
    if root == "ajar":
        return "belajar"
    if root.startswith("r") or (_first_syllable_er(root) and root not in _BER_KEEPS_R):
        return "be" + root
    return "ber" + root


def _ter(root: str) -> str:
    # te- before r (terasa) and in the two er-syllable roots KBBI lists (tepercaya, teperdaya);
    # otherwise ter- (terbersih, tergerak)
    if root.startswith("r") or root in ("percaya", "perdaya"):
        return "te" + root
    return "ter" + root


def _per(root: str) -> str:
    if root == "ajar":
        return "pelajar"
    if root.startswith("r"):
        return "pe" + root
    return "per" + root


GENERATORS: dict[str, Callable[[str], str]] = {
    "meN": lambda r: _nasal("me", r),
    "peN": lambda r: _nasal("pe", r),
    "ber": _ber,
    "ter": _ter,
    "per": _per,
    "pe": lambda r: "pe" + r,
    "di": lambda r: "di" + r,
    "ke": lambda r: "ke" + r,
    "se": lambda r: "se" + r,
    "memper": lambda r: "mempe" + r if r.startswith("r") else "memper" + r,
    "diper": lambda r: "dipe" + r if r.startswith("r") else "diper" + r,
    "ku": lambda r: "ku" + r,
    "kau": lambda r: "kau" + r,
}

# surface beginnings of each prefix, and the letters a nasal may have swallowed
SURFACES: list[tuple[str, str, tuple[str, ...]]] = [
    ("memper", "memper", ("",)),
    ("mempe", "memper", ("",)),
    ("diper", "diper", ("",)),
    ("dipe", "diper", ("",)),
    ("menge", "meN", ("",)),
    ("meny", "meN", ("s",)),
    ("meng", "meN", ("", "k")),
    ("mem", "meN", ("", "p")),
    ("men", "meN", ("", "t")),
    ("me", "meN", ("",)),
    ("penge", "peN", ("",)),
    ("peny", "peN", ("s",)),
    ("peng", "peN", ("", "k")),
    ("pem", "peN", ("", "p")),
    ("pen", "peN", ("", "t")),
    ("pe", "peN", ("",)),
    ("pe", "pe", ("",)),
    ("ber", "ber", ("",)),
    ("be", "ber", ("",)),
    ("bel", "ber", ("",)),
    ("ter", "ter", ("",)),
    ("te", "ter", ("",)),
    ("per", "per", ("",)),
    ("pel", "per", ("",)),
    ("di", "di", ("",)),
    ("ke", "ke", ("",)),
    ("se", "se", ("",)),
    ("kau", "kau", ("",)),
    ("ku", "ku", ("",)),
]

# which suffixes may close a word whose outermost prefix is the key
SUFFIXES_AFTER: dict[str, frozenset[str]] = {
    "": frozenset({"", "kan", "an", "i"}),
    "meN": frozenset({"", "kan", "i"}),
    "di": frozenset({"", "kan", "i"}),
    "ter": frozenset({"", "kan", "i"}),
    "memper": frozenset({"", "kan", "i"}),
    "diper": frozenset({"", "kan", "i"}),
    "ku": frozenset({"", "kan", "i"}),
    "kau": frozenset({"", "kan", "i"}),
    "ber": frozenset({"", "an", "kan"}),
    "ke": frozenset({"an"}),
    "se": frozenset({""}),
    "peN": frozenset({"", "an"}),
    "pe": frozenset({"", "an"}),
    "per": frozenset({"", "an", "kan", "i"}),
}
# two-layer prefixes: outer -> inner prefixes it may wrap
_INNER: dict[str, frozenset[str]] = {
    "ke": frozenset({"ber", "ter", "se"}),
    "peN": frozenset({"ber"}),
    "meN": frozenset({"ber"}),
    "di": frozenset({"ber"}),
    "ber": frozenset({"ke"}),
}


@dataclass(frozen=True, slots=True)
class Analysis:
    prefixes: tuple[str, ...]
    root: str
    suffix: str
    clitic: str

    def generate(self) -> str:
        return generate(self.prefixes, self.root, self.suffix, self.clitic)


def generate(prefixes: tuple[str, ...], root: str, suffix: str = "", clitic: str = "") -> str:
    word = root
    for prefix in reversed(prefixes):
        word = GENERATORS[prefix](word)
    return word + suffix + clitic


# the surfaces by their first two letters (every surface has two or more), in SURFACES' order:
# a word is only compared with the few that can open it
_SURFACES_BY_START: dict[str, tuple[tuple[str, str, tuple[str, ...]], ...]] = {
    start: tuple(s for s in SURFACES if s[0][:2] == start) for start in {s[0][:2] for s in SURFACES}
}


def surfaces_of(word: str) -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """The entries of SURFACES (in order) whose surface may open ``word``: those sharing its
    first two letters."""
    return _SURFACES_BY_START.get(word[:2], ())


def _strip_prefix(word: str) -> Iterator[tuple[str, str]]:
    """(prefix, candidate base) pairs for every prefix the word could start with."""
    for surface, prefix, restores in surfaces_of(word):
        if word.startswith(surface) and len(word) > len(surface) + 1:
            rest = word[len(surface) :]
            for restore in restores:
                yield prefix, restore + rest


def analyse(word: str, is_root: Callable[[str], bool]) -> Iterator[Analysis]:
    """Every valid analysis of a lowercase ``word`` whose root satisfies ``is_root``."""
    for analysis in _shapes(word):
        if is_root(analysis.root):
            yield analysis


def analyse_for(word: str, is_root: Callable[[str], bool]) -> Iterator[Analysis]:
    """``analyse``'s analyses (the same, in the same order), worked out for these roots alone:
    each root is tested before its affixes are regenerated, in half the time of every shape
    of the word (``_shapes``) filtered after, but shared with no other caller; for a caller
    that remembers its own answers (the lexicon's)."""
    return _analyses(word, is_root)


@lru_cache(maxsize=65536)
def _shapes(word: str) -> tuple[Analysis, ...]:
    """Every analysis of ``word`` that any list of roots could make valid, in the order
    ``analyse`` gives them: worked out once per word, then filtered by each caller's roots (the
    lexicon's, each substitution rule's)."""
    return tuple(_analyses(word, _any_root))


def _any_root(_: str) -> bool:
    return True


def _analyses(word: str, is_root: Callable[[str], bool]) -> Iterator[Analysis]:
    for clitic in CLITICS:
        if clitic and not word.endswith(clitic):
            continue
        w1 = word[: len(word) - len(clitic)] if clitic else word
        if len(w1) < 2:
            continue
        for suffix in SUFFIXES:
            if suffix and not w1.endswith(suffix):
                continue
            w2 = w1[: len(w1) - len(suffix)] if suffix else w1
            if len(w2) < 2:
                continue
            if (suffix or clitic) and is_root(w2) and suffix in SUFFIXES_AFTER[""]:
                yield Analysis((), w2, suffix, clitic)
            yield from _with_prefixes(w2, suffix, clitic, is_root)


def _with_prefixes(
    base: str, suffix: str, clitic: str, is_root: Callable[[str], bool]
) -> Iterator[Analysis]:
    for prefix, inner in _strip_prefix(base):
        if suffix not in SUFFIXES_AFTER[prefix]:
            continue
        candidates: list[tuple[tuple[str, ...], str]] = [((prefix,), inner)]
        for inner_prefix, root in _strip_prefix(inner):
            if inner_prefix in _INNER.get(prefix, ()):
                candidates.append(((prefix, inner_prefix), root))
        for prefixes, root in candidates:
            if len(root) < 2 or not is_root(root):
                continue
            if prefixes == ("ke",) and suffix == "" and root not in NUMERALS:
                continue
            if generate(prefixes, root, suffix) == base + suffix:
                yield Analysis(prefixes, root, suffix, clitic)


def split_reduplication(word: str) -> tuple[str, str] | None:
    parts = word.split("-")
    if len(parts) != 2 or not parts[0] or not parts[1]:
        return None
    return parts[0], parts[1]
