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
