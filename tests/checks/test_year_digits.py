"""A year typed with one digit too many: the fixes are the years one dropped digit makes."""

from __future__ import annotations

from tests.checks.alarms import first_fixes


def test_the_year_the_draft_writes_elsewhere_comes_first(engine) -> None:
    # 20205 may be 2025 or 2020: a draft dated 2020 meant 2020; with no other year, the later
    alone = "Perbaikan jalan itu dimulai pada akhir tahun 20205."
    dated = "Senin (3/2/2020), bupati meninjau jalan. Perbaikan dimulai akhir tahun 20205."
    assert first_fixes(engine, alone, "EYD.Number.YearDigits") == [("20205", "2025")]
    assert first_fixes(engine, dated, "EYD.Number.YearDigits") == [("20205", "2020")]


def test_a_five_digit_count_or_code_is_no_year(engine) -> None:
    text = "Sebanyak 20205 warga terdata. Kode wilayahnya 19305 sejak 2019."
    assert first_fixes(engine, text, "EYD.Number.YearDigits") == []
