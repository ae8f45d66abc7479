"""The corpus statistics ship with the project and decide capitals from real text."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from editor.checks.corpus_stats import capital_rates, pair_count

ROOT = Path(__file__).resolve().parents[2]


def test_statistics_say_which_words_news_writes_in_lower_case() -> None:
    rates = capital_rates()
    generic, name = rates["peserta"], rates["jakarta"]
    assert generic.mid >= 20 and generic.capitalised <= 0.1 * generic.mid
    assert name.capitalised >= 0.9 * name.mid
    assert pair_count("kepada", "masyarakat") > pair_count("kepada", "kepada")


def test_statistics_files_name_their_sources() -> None:
    for name in ("capitals.tsv", "bigrams.tsv"):
        head = (ROOT / "resources" / "stats" / name).read_text(encoding="utf-8")[:600]
        assert "nlp-id" in head and "build_corpus_stats.py" in head
    sources = (ROOT / "resources" / "SOURCES.md").read_text(encoding="utf-8")
    assert "stats/capitals.tsv" in sources


def test_build_script_explains_itself_without_network() -> None:
    out = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "data" / "build_corpus_stats.py"), "--help"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "--shared" in out.stdout and "--wheel-dir" in out.stdout


def test_statistics_tell_a_generic_word_before_a_name_from_the_head_of_a_name() -> None:
    rates = capital_rates()
    generic, head = rates["warga"], rates["kabupaten"]
    assert generic.before >= 5 and generic.capitalised_before <= 0.15 * generic.before
    assert head.capitalised_before >= 0.9 * head.before


def test_a_compact_pair_table_answers_as_the_dict_it_was_made_from() -> None:
    from editor.checks.corpus_stats import PairCounts

    counts = {"warga desa": 12, "desa wisata": 7, "0 orang": 40, "rapat kerja": 1}
    table = PairCounts(counts.items())
    for key, n in counts.items():
        assert table.get(key) == n
    for absent in ("warga kota", "", "desa  wisata", "Warga desa", "kerja rapat"):
        assert table.get(absent) == 0 and table.get(absent, -1) == -1
    assert len(table) == 4 and table == PairCounts(reversed(list(counts.items())))


def test_word_pairs_come_back_from_the_cache_and_a_corrupt_cache_is_remade(
    tmp_path, monkeypatch
) -> None:
    from editor.checks.corpus_stats import PairCounts, _read_bigrams, cached_from

    monkeypatch.setenv("SUNTING_CACHE_DIR", str(tmp_path))
    builds: list[int] = []

    def build() -> PairCounts:
        builds.append(1)
        return _read_bigrams()

    first = cached_from("bigrams.tsv", "bigrams-test", PairCounts, build)
    again = cached_from("bigrams.tsv", "bigrams-test", PairCounts, build)
    assert builds == [1] and again == first
    assert first.get("kepada masyarakat") == pair_count("kepada", "masyarakat") > 0
    (cached,) = tmp_path.glob("bigrams-test-*.pickle")
    cached.write_bytes(b"not a pickle")
    remade = cached_from("bigrams.tsv", "bigrams-test", PairCounts, build)
    assert builds == [1, 1] and remade == first
