"""English frequencies come from a table cached on disk, with wordfreq's values wherever a
caller can tell an English word by them (Zipf >= 2.5), so a check need not import wordfreq."""

from __future__ import annotations

import subprocess
import sys

from wordfreq import zipf_frequency

from editor.checks.discourse import english_zipf

WORDS = "the road launching event stunting maternal fund xylophone rapat bupati kordinasi on of"


def test_table_agrees_with_wordfreq_where_callers_look() -> None:
    for word in [*WORDS.split(), "Road", "don't", "café", "naïve", "qur'an", "jum'at", "o'clock"]:
        true = zipf_frequency(word, "en")
        assert english_zipf(word) == (true if true >= 2.5 else 0.0), word


def test_a_check_does_not_import_wordfreq_once_the_table_is_cached() -> None:
    probe = (
        "import sys; from editor.checks.engine import CheckEngine; "
        'CheckEngine.default().check("Bupati membuka rapat on the spot di aula, Jum\'at."); '
        "print('wordfreq' in sys.modules)"
    )
    runs = [
        subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
        for _ in range(2)
    ]
    # the first process may build the table into the cache folder; the next one only reads it
    assert runs[1].stdout.strip() == "False"


def test_the_table_answers_as_the_dict_it_was_made_from() -> None:
    from editor.checks.discourse import EnglishTable

    table = {"road": 5.12, "launching": 3.05, "fund": 4.9}
    kept = EnglishTable(table)
    assert [kept.get(w) for w in table] == list(table.values())
    assert kept.get("rapat") == 0.0 and kept.get("rapat", -1.0) == -1.0
    # a frequency hundredths cannot hold exactly keeps the plain dict, with the same answers
    odd = EnglishTable({"road": 5.123456, "fund": 4.9})
    assert odd.get("road") == 5.123456 and odd.get("fund") == 4.9 and odd.get("on") == 0.0
