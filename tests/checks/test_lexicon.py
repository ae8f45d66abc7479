"""The lexicon: dictionary forms, morphology, names, acronyms, the cache and the house dictionary."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from editor.checks import lexicon as lexicon_module
from editor.checks.lexicon import HouseDictionary, Lexicon, load_data
from editor.checks.morphology import generate


@pytest.fixture(scope="module")
def lex() -> Lexicon:
    return Lexicon.load_default()


@pytest.mark.parametrize(
    "word",
    [
        "ujarnya",
        "suksesnya",
        "sukseskan",
        "berkomitmen",
        "penyelenggaraan",
        "kesiapan",
        "kebersamaan",
        "dilaksanakannya",
        "menyukseskan",
        "mengimbau",
        "memukul",
        "menyapu",
        "mengoordinasikan",
        "berkepribadian",
        "memberdayakan",
        "pemberdayaan",
        "keterlibatan",
        "terdampak",
        "digelar",
        "masing-masing",
        "langkah-langkahnya",
        "sayur-mayur",
        "bersama-sama",
        "ketidakhadiran",
        "bekerja",
        "belajar",
        "mengebom",
    ],
)
def test_accepts_derived_forms(lex: Lexicon, word: str) -> None:
    assert lex.is_word(word), word


@pytest.mark.parametrize(
    "word",
    [
        "penyelenggaran",
        "sambutanya",
        "melakuan",
        "mensukseskan",
        "mengkoordinasikan",
        "mentaati",
        "Kebangsaam",
        "Grobogsn",
        "Bebasis",
        "Buati",
        "Penaganan",
        "atapun",
        "meningkatan",
        "mendukungan",
        "pengesatan",
    ],
)
def test_rejects_typos_that_look_derived(lex: Lexicon, word: str) -> None:
    assert not lex.is_word(word), word


@pytest.mark.parametrize(
    ("prefixes", "root", "suffix", "expected"),
    [
        (("meN",), "pukul", "", "memukul"),
        (("meN",), "sapu", "", "menyapu"),
        (("meN",), "imbau", "", "mengimbau"),
        (("meN",), "sukses", "kan", "menyukseskan"),
        (("meN",), "kritik", "", "mengkritik"),
        (("meN",), "bom", "", "mengebom"),
        (("peN",), "selenggara", "an", "penyelenggaraan"),
        (("ber",), "kerja", "", "bekerja"),
        (("ber",), "renang", "", "berenang"),
        (("ter",), "percaya", "", "tepercaya"),
        (("ke", "ber"), "sama", "an", "kebersamaan"),
    ],
)
def test_generation_follows_the_nasal_rules(prefixes, root, suffix, expected) -> None:
    assert generate(prefixes, root, suffix) == expected


def test_names_places_and_acronyms(lex: Lexicon) -> None:
    for word in ("Banyuasin", "Grobogan", "Palembang", "Sumatera", "Ahmad", "Siti"):
        assert lex.is_word(word), word
    for acronym in ("ASN", "PPPK", "Forkopimda", "Kesbangpol", "FKUB", "Bawaslu", "Pj"):
        assert lex.is_acronym(acronym), acronym


def test_house_dictionary_accepts_rejects_and_replaces(lex: Lexicon) -> None:
    house = HouseDictionary(
        accepted=frozenset({"Syopiar"}),
        rejected=frozenset({"sinergitas"}),
        replacements={"medsos": "media sosial"},
    )
    own = lex.with_house(house)
    assert own.is_word("Syopiar") and not lex.is_word("Syopiar")
    assert not own.is_word("sinergitas")
    assert own.replacement("medsos") == "media sosial"
    assert lex.with_house(None) is lex


def test_cache_is_reused_and_rebuilt_when_a_source_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    started = time.perf_counter()
    first = load_data(cache)
    assert len(list(cache.glob("lexicon-*.pickle"))) == 1
    compiled = time.perf_counter() - started
    assert "kebersamaan" in first.forms
    started = time.perf_counter()
    again = load_data(cache)
    assert again.forms == first.forms
    assert time.perf_counter() - started < compiled  # read from the cache, not compiled again
    # a changed source file changes the fingerprint: a new cache file replaces the old one
    extra = tmp_path / "extra-words.txt"
    extra.write_text("katabarusunting\n", encoding="utf-8")
    original = lexicon_module.source_files
    monkeypatch.setattr(lexicon_module, "source_files", lambda: [*original(), extra])
    real_resource = lexicon_module.resource

    def resource(*parts: str) -> Path:
        return extra if parts == ("dictionaries", "extra-words.txt") else real_resource(*parts)

    monkeypatch.setattr(lexicon_module, "resource", resource)
    rebuilt = load_data(cache)
    assert "katabarusunting" in rebuilt.forms
    assert len(list(cache.glob("lexicon-*.pickle"))) == 1


def test_unwritable_cache_still_loads(tmp_path: Path) -> None:
    blocked = tmp_path / "file-not-dir"
    blocked.write_text("x")
    data = load_data(blocked / "sub")
    assert "penyelenggaraan" in data.forms


@pytest.mark.parametrize(
    "word", ["antirabies", "pascabanjir", "nonformal", "antarkecamatan", "swakelola", "tunawisma"]
)
def test_bound_forms_joined_to_a_word_are_words(lex: Lexicon, word: str) -> None:
    assert lex.is_common(word)


def test_bound_form_before_a_typo_is_still_a_typo(lex: Lexicon) -> None:
    assert not lex.is_common("pascabnjir")
    assert not lex.is_common("antirabis")
