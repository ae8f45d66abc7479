"""The distance-2 search through the prefix index finds exactly what a scan of every form finds."""

from __future__ import annotations

import random
from dataclasses import replace

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from editor.checks.lexicon import Lexicon
from editor.checks.nearby import NearIndex
from editor.checks.spelling import Speller


def _slip(rnd: random.Random, word: str) -> str:
    chars = list(word)
    for _ in range(rnd.randint(1, 2)):
        op, i = rnd.randint(0, 2), rnd.randrange(len(chars))
        if op == 0:
            chars[i] = rnd.choice("abcdefghijklmnopqrstuvwxyz")
        elif op == 1:
            chars.insert(i, rnd.choice("aeiounkgr"))
        elif len(chars) > 1:
            del chars[i]
    return "".join(chars)


def test_index_pool_holds_every_form_within_two_edits() -> None:
    forms = sorted(Lexicon.load_default().vocabulary())
    rnd = random.Random(5)
    words = [_slip(rnd, rnd.choice(forms)) for _ in range(120)]
    words = [w for w in words if len(w) >= 4]
    small = [f for f in forms if f[:1] in "pmkd"]  # a part of the vocabulary, for a fast scan
    index = NearIndex(small)
    for word in words:
        near = process.extract(word, small, scorer=Levenshtein.distance, score_cutoff=2, limit=None)
        pool = list(index.pool(word))
        assert {w for w, _, _ in near} <= set(pool), word
        assert len(pool) < len(small) / 4  # and the pool is far smaller than the vocabulary


def test_speller_gives_the_same_candidates_with_and_without_the_index() -> None:
    data = Lexicon.load_default().data
    scanning = Speller(Lexicon(replace(data)))  # its own data: no index built on it yet
    indexed = Speller(Lexicon(replace(data)))
    indexed._scans = 10**6  # past the point where the index pays for itself
    words = ("pembanguan", "kordinasii", "infrastuktur", "penyelengaraan", "xqzvw")
    scanned = [scanning._distance2(w) for w in words]
    assert not scanning.lexicon.data.has_near_index()
    assert [indexed._distance2(w) for w in words] == scanned
    assert indexed.lexicon.data.has_near_index()
    assert all(scanned[:-1]) and scanned[-1] == []


def test_the_index_is_kept_in_the_cache_folder_and_read_back_whole(tmp_path, monkeypatch) -> None:  # noqa: ANN001
    from editor.checks import lexicon

    monkeypatch.setenv("SUNTING_CACHE_DIR", str(tmp_path))
    forms = frozenset(sorted(Lexicon.load_default().vocabulary())[::50])
    made = lexicon._near_index(forms)
    assert [p.name for p in tmp_path.glob("near-*.pickle")]
    again = lexicon._near_index(forms)  # from the file this time
    assert again is not made
    assert (again.by_prefix, again.deletions) == (made.by_prefix, made.deletions)
    other = lexicon._near_index(
        forms | {"kata-baru"}
    )  # other forms: a new index, the old file gone
    assert "kata-baru" in {
        f for by_len in other.by_prefix.values() for fs in by_len.values() for f in fs
    }
    assert len(list(tmp_path.glob("near-*.pickle"))) == 1
