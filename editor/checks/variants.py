"""Spelling variants learned from the lexicon's own pairs of a tidak baku form and its baku form
(the KBBI.Nonstandard table, the common misspellings list): which rewrite in one place turns a
non-standard spelling into the standard one (aktifitas -> aktivitas: f to v before i; aktuil ->
aktual: i to a before l; adzan -> azan: d dropped before z), and how often the pairs make it.

An unknown word that one well-attested rewrite turns into its first dictionary candidate is that
word written the non-standard way (thaharah, dhaif, mudzakarah), even where the standard
word is too rare for the speller to call the unknown one a typo."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from difflib import SequenceMatcher

Edit = tuple[str, str, str, str]  # left letter, written part, standard part, right letter


def _edit(written: str, standard: str) -> Edit | None:
    """The one stretch in which two spellings differ, with a letter of context on each side
    (``^``/``$`` at the word's edges); None when they differ in more than one place."""
    ops = [
        op
        for op in SequenceMatcher(None, written, standard, autojunk=False).get_opcodes()
        if op[0] != "equal"
    ]
    if len(ops) != 1:
        return None
    _, i1, i2, j1, j2 = ops[0]
    padded = f"^{written}$"
    return padded[i1], written[i1:i2], standard[j1:j2], padded[i2 + 1]


def _keys(edit: Edit) -> tuple[str, str]:
    """The rewrite with both letters of context, and with the right-hand letter only."""
    left, written, standard, right = edit
    return f"{left}[{written}>{standard}]{right}", f"[{written}>{standard}]{right}"


def learn(pairs: Iterable[tuple[str, str]]) -> dict[str, int]:
    """How often the (written, standard) pairs of single words make each rewrite."""
    counts: Counter[str] = Counter()
    for written, standard in pairs:
        written, standard = written.lower(), standard.lower()
        if " " in written or " " in standard or written == standard:
            continue
        edit = _edit(written, standard)
        if edit is not None:
            counts.update(_keys(edit))
    return dict(counts)


def support(word: str, candidate: str, edits: Mapping[str, int]) -> int:
    """How many pairs make the rewrite that turns ``word`` into ``candidate`` (0 when no single
    rewrite does); a rewrite seen only with its right-hand letter counts half."""
    edit = _edit(word, candidate)
    if edit is None:
        return 0
    both, right = _keys(edit)
    return max(edits.get(both, 0), edits.get(right, 0) // 2)


def doubling(word: str, candidate: str) -> bool:
    """Do the two differ only by a letter written once for twice or twice for once
    (kesedihanya / kesedihannya): a slip of the keys, not a spelling tradition."""
    edit = _edit(word, candidate)
    if edit is None:
        return False
    left, written, standard, right = edit
    letter = written or standard
    return len(letter) == 1 and not (written and standard) and letter in (left, right)
