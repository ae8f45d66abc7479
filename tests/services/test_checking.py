"""One builder for the engine: a house-style file, the desk's dictionary and the app's category
switches reach the same engine, whichever door (CLI, app, export) asks for it."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.checks.house_style import HouseStyleError
from editor.services import dictionary, review
from editor.services.checking import build_engine

TEXT = (
    "Pemkab Sukamaju menggelar rapat bersama warga Kampung Cibeureum. "
    "Acara itu di hadiri oleh kepala dinas dan camat setempat."
)


def _style(tmp_path: Path) -> Path:
    path = tmp_path / "gaya.yaml"
    path.write_text(
        "name: Humas Sukamaju\n"
        "words: {reject: [rapat]}\n"
        "substitutions:\n"
        "  - id: HOUSE.Pemkab\n"
        "    swap: {Pemkab: Pemerintah Kabupaten}\n",
        encoding="utf-8",
    )
    return path


def test_style_file_desk_words_and_switches_reach_one_engine(database, tmp_path: Path) -> None:  # noqa: ANN001
    plain = {(f.rule, f.text) for f in build_engine().check(TEXT)}
    assert plain == {("EYD.Affix.DiPassive", "di hadiri")}
    dictionary.add_word(database, "setempat", action="reject")
    dictionary.add_word(database, "warga", action="replace", replacement="penduduk")
    engine = build_engine(style=_style(tmp_path), db=database, disabled_categories={"affix"})
    found = {f.text: f for f in engine.check(TEXT)}
    assert found["Pemkab"].rule == "HOUSE.Pemkab"  # the file's own rule
    assert found["rapat"].rule == "KBBI.Spelling"  # the file's rejected word
    assert found["setempat"].rule == "KBBI.Spelling"  # the desk's rejected word
    assert found["warga"].suggestions == ("penduduk",)  # the desk's replacement
    assert "di hadiri" not in found  # the switch turned the category off
    # the desk services check with the same builder
    assert {f.text for f in review.default_checker(database).check(TEXT)} >= {"setempat", "warga"}


def test_a_broken_style_file_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "rusak.yaml"
    path.write_text("name: x\nwarna: merah\n", encoding="utf-8")
    with pytest.raises(HouseStyleError, match=r"rusak\.yaml:2: kunci tidak dikenal"):
        build_engine(style=path)
