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


def test_speller_finds_what_a_scan_of_every_form_finds() -> None:
    lexicon = Lexicon.load_default()
    speller = Speller(lexicon)
    forms = list(lexicon.vocabulary())
    words = ("pembanguan", "kordinasii", "infrastuktur", "penyelengaraan", "xqzvw")
    for word in words:
        hits = process.extract(word, forms, scorer=Levenshtein.distance, score_cutoff=2, limit=None)
        scanned = [w for w, _, _ in sorted(hits, key=lambda h: (h[1], h[0]))[:40]]
        assert speller._distance2(word) == scanned, word
    assert speller._distance2("pembanguan") and speller._distance2("xqzvw") == []


def test_the_index_is_kept_in_the_cache_folder_and_read_back_whole(tmp_path, monkeypatch) -> None:  # noqa: ANN001
    from editor.checks import lexicon

    monkeypatch.setenv("SUNTING_CACHE_DIR", str(tmp_path))
    forms = frozenset(sorted(Lexicon.load_default().vocabulary())[::50])
    made = lexicon._near_index(forms)
    assert [p.name for p in tmp_path.glob("near-*.pickle")]
    again = lexicon._near_index(forms)  # from the file this time
    assert again is not made
    word = sorted(forms)[100]
    assert again.pool(word) == made.pool(word) and word in again.pool(word)
    other = lexicon._near_index(
        forms | {"kata-baru"}
    )  # other forms: a new index, the old file gone
    assert "kata-baru" in other.pool("kata-baru")
    assert len(list(tmp_path.glob("near-*.pickle"))) == 1


def test_the_lexicon_names_its_index_by_its_own_fingerprint(tmp_path, monkeypatch) -> None:  # noqa: ANN001
    from editor.checks import lexicon

    data = lexicon.load_data()
    monkeypatch.setenv("SUNTING_CACHE_DIR", str(tmp_path))
    small = replace(data, forms=frozenset(sorted(data.forms)[::200]))
    object.__setattr__(small, "fingerprint", "test-forms")
    assert "kata" not in small.forms
    index = small.near_index
    assert [p.name for p in tmp_path.glob("near-*.pickle")]
    assert set(index.pool("kota")) <= small.forms


def test_the_one_edit_index_holds_every_word_one_edit_away() -> None:
    from rapidfuzz.distance import OSA

    from editor.checks.nearby import OneEditIndex

    roots = sorted(Lexicon.load_default().data.roots)[::7]
    index = OneEditIndex(tuple(roots))
    rnd = random.Random(11)
    words = [_slip(rnd, rnd.choice(roots)) for _ in range(150)] + ["kantor", "sekolha"]
    for word in words:
        scan = {r for r in roots if OSA.distance(r, word) <= 1}
        assert scan <= index.near(word) | {word}, word


def test_the_root_repair_finds_the_roots_a_scan_of_the_edits_finds(tmp_path, monkeypatch) -> None:  # noqa: ANN001
    from editor.checks import lexicon
    from editor.checks.spelling import edit_set

    data = lexicon.load_data()
    monkeypatch.setenv("SUNTING_CACHE_DIR", str(tmp_path))
    speller = Speller(Lexicon(data))
    roots = data.roots
    for typed in ("bangunn", "kordinas", "ajrak", "tulsi", "pantaun", "kafé", "sekolah"):
        edits = set(roots.intersection(edit_set(typed))) | ({typed} & roots)
        assert speller._roots_near(typed) == edits, typed
    (cached,) = tmp_path.glob("roots-*.pickle")
    cached.write_bytes(b"not a pickle")  # a corrupt file is made again, with the same answers
    again = lexicon._root_index(roots, data.__dict__.get("fingerprint"))
    assert again.near("bangun") == data.root_index.near("bangun") and "bangun" in again.near(
        "bangun"
    )
