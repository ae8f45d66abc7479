"""House style: the YAML file an office keeps to adapt the rules (issue 3, item 10)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from editor.checks.house_style import HouseStyleError, load_house_style
from editor.paths import resource
from editor.services.checking import build_engine

EXAMPLE = Path(str(resource("house-style.example.yaml")))
TEXT = (
    "Pemkab Contoh menggelar rapat. Bupati menyampaikan bahwa beliau hadir bersama masyarakat luas. "
    "Rapat itu membahas upaya menjaga lingkungan sekitar pasar. " + " ".join(["kata"] * 45) + "."
)


def test_example_style_changes_the_findings() -> None:
    style = load_house_style(EXAMPLE)
    found = {f.rule: f for f in build_engine(style=style).check(TEXT)}
    assert "STYLE.Beliau" not in found  # disabled by rule id
    assert not any(f.category == "consistency" for f in found.values())  # disabled by category
    assert found["HOUSE.NamaLembaga"].suggestions == ("Pemerintah Kabupaten Contoh",)
    assert found["HOUSE.NamaLembaga"].category == "abbreviation"
    assert found["HOUSE.SebutanWarga"].suggestions == ("warga",)
    assert found["STYLE.LongSentence"].severity == "warning"  # was suggestion


def test_without_style_the_bundled_rules_apply() -> None:
    from editor.checks.engine import CheckEngine

    rules = {f.rule for f in CheckEngine.default().check(TEXT)}
    assert "STYLE.Beliau" in rules
    assert not any(r.startswith("HOUSE.") for r in rules)


def test_accepted_and_rejected_words_reach_the_lexicon(tmp_path: Path) -> None:
    path = tmp_path / "gaya.yaml"
    path.write_text("words:\n  accept: [Sedulangx]\n  reject: [rapat]\n", encoding="utf-8")
    engine = build_engine(style=load_house_style(path))
    assert engine.lexicon.is_word("sedulangx")
    assert any(f.text == "rapat" for f in engine.check("Rapat ditunda, rapat berikutnya besok."))


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("bogus: 1\n", ":1: kunci tidak dikenal 'bogus'"),
        ("disable_rules: [EYD.NoSuchRule]\n", "aturan 'EYD.NoSuchRule' tidak ada"),
        ("disable_categories: [warna]\n", "kategori 'warna' tidak dikenal"),
        ("severity: {style: fatal}\n", "tingkat 'fatal' tidak dikenal"),
        ("substitutions:\n  - id: X.Y\n    swap: {a: b}\n", "harus diawali HOUSE."),
        ("substitutions:\n  - swap: []\n", "swap must be a non-empty mapping"),
        ("- a\n- b\n", "harus berupa pemetaan"),
    ],
)
def test_bad_style_files_give_clear_messages(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "gaya.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(HouseStyleError) as err:
        load_house_style(path)
    assert str(path) in str(err.value)
    assert message in str(err.value)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(HouseStyleError, match="tidak ditemukan"):
        load_house_style(tmp_path / "tidak-ada.yaml")


def _sunting(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "editor", *args], capture_output=True, text=True, timeout=120
    )


def test_cli_style_option(tmp_path: Path) -> None:
    draft = tmp_path / "draf.txt"
    draft.write_text(TEXT, encoding="utf-8")
    plain = json.loads(_sunting("check", "--format", "json", str(draft)).stdout)
    styled = json.loads(
        _sunting("check", "--format", "json", "--style", str(EXAMPLE), str(draft)).stdout
    )
    plain_rules = {f["rule"] for f in plain["files"][0]["findings"]}
    styled_rules = {f["rule"] for f in styled["files"][0]["findings"]}
    assert "STYLE.Beliau" in plain_rules and "STYLE.Beliau" not in styled_rules
    assert "HOUSE.NamaLembaga" in styled_rules


def test_cli_bad_style_is_one_line_exit_2(tmp_path: Path) -> None:
    draft = tmp_path / "draf.txt"
    draft.write_text("Rapat digelar.", encoding="utf-8")
    bad = tmp_path / "gaya.yaml"
    bad.write_text("disable_categories: [warna]\n", encoding="utf-8")
    proc = _sunting("check", "--style", str(bad), str(draft))
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    assert proc.stderr.strip().count("\n") == 0 and "warna" in proc.stderr
