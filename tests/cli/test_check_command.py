"""`sunting check`: output formats, exit codes and bad input, run as a real subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

SEED_TYPOS = ("Kebangsaam", "penyelenggaran")


def sunting(*args: str, stdin: str | None = None, cwd: Path | None = None):
    env = dict(os.environ)
    return subprocess.run(
        [sys.executable, "-m", "editor", *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=cwd,
        timeout=120,
    )


@pytest.fixture
def drafts(tmp_path: Path, seed_text: str) -> Path:
    (tmp_path / "seed.txt").write_text(seed_text.replace("\n", "\r\n"), encoding="utf-8")
    (tmp_path / "clean.md").write_text("Bupati membuka acara.\n", encoding="utf-8")
    (tmp_path / "broken.docx").write_bytes(b"this is not a zip file")
    (tmp_path / "notes.bin").write_bytes(b"\x00\x01")  # not a draft: ignored in folders
    return tmp_path


def test_text_output_reads_like_a_compiler(drafts: Path) -> None:
    proc = sunting("check", str(drafts / "seed.txt"))
    assert proc.returncode == 1
    lines = proc.stdout.splitlines()
    line = next(row for row in lines if "Kebangsaam" in row)
    path, lineno, col, rest = line.split(":", 3)
    assert path.endswith("seed.txt") and lineno == "5" and col.isdigit()
    assert rest.startswith(" error KBBI.Spelling: ") and rest.endswith("[Kebangsaan]")


def test_json_contract_offsets_are_after_crlf_normalisation(drafts: Path, seed_text: str) -> None:
    proc = sunting("check", "--format", "json", str(drafts / "seed.txt"))
    assert proc.returncode == 1
    report = json.loads(proc.stdout)
    assert report["version"] == 1
    entry = report["files"][0]
    assert entry["language"] == "id" and entry["words"] == len(seed_text.split())
    text = seed_text.replace("\r\n", "\n")
    keys = {
        "rule",
        "category",
        "severity",
        "start",
        "end",
        "line",
        "column",
        "text",
        "message",
        "suggestions",
        "reference",
        "source",
        "batch_safe",
    }
    for f in entry["findings"]:
        assert set(f) == keys
        assert text[f["start"] : f["end"]] == f["text"]
        assert f["line"] == text.count("\n", 0, f["start"]) + 1
    assert {t for t in SEED_TYPOS} <= {f["text"] for f in entry["findings"]}


def test_folder_with_an_unreadable_file_checks_the_others(drafts: Path) -> None:
    proc = sunting("check", "--format", "json", str(drafts))
    assert proc.returncode == 2
    files = {Path(e["path"]).name: e for e in json.loads(proc.stdout)["files"]}
    assert set(files) == {"seed.txt", "clean.md", "broken.docx"}
    assert "error" in files["broken.docx"] and "findings" not in files["broken.docx"]
    assert files["seed.txt"]["findings"]
    assert "Traceback" not in proc.stderr


def test_clean_text_from_stdin_exits_zero() -> None:
    proc = sunting("check", "-", stdin="Bupati membuka acara di aula kantor kecamatan.\n")
    assert proc.returncode == 0, proc.stdout
    assert proc.stdout == ""


def test_missing_file_and_empty_draft(tmp_path: Path) -> None:
    proc = sunting("check", str(tmp_path / "nope.txt"))
    assert proc.returncode == 2
    assert "tidak ditemukan" in proc.stderr and "Traceback" not in proc.stderr
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    proc = sunting("check", "--format", "json", str(empty))
    assert proc.returncode == 0
    assert json.loads(proc.stdout)["files"][0]["findings"] == []


def test_wrong_encoding_is_read_not_crashed(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("Kegiatan di Caf\xe9 Kebangsaam.\n".encode("cp1252"))
    proc = sunting("check", "--format", "json", str(path))
    texts = [f["text"] for f in json.loads(proc.stdout)["files"][0]["findings"]]
    assert "Kebangsaam" in texts


def test_help_and_usage_errors() -> None:
    proc = sunting("check", "--help")
    assert proc.returncode == 0 and "Kode keluar 0" in proc.stdout
    proc = sunting("check", "--format", "xml", "x.txt")
    assert proc.returncode == 2


def test_broken_house_style_gets_a_message_not_a_traceback(tmp_path: Path) -> None:
    style = tmp_path / "gaya.yaml"
    style.write_text("disable_rules:\n  - [unclosed\n", encoding="utf-8")
    proc = sunting("check", "--style", str(style), "-", stdin="Bupati hadir.\n")
    assert proc.returncode == 2
    assert str(style) in proc.stderr and "Traceback" not in proc.stderr


def test_text_output_shows_what_a_space_or_deletion_fix_makes(tmp_path: Path) -> None:
    draft = tmp_path / "rapat.txt"
    draft.write_text(
        "Rapat Koordinasi Camat\n\nSukses nya rapat ini berkat kerja sama para camat di di aula.\n",
        encoding="utf-8",
    )
    proc = sunting("check", str(draft))
    lines = proc.stdout.splitlines()
    clitic = next(line for line in lines if "CliticApart" in line)
    doubled = next(line for line in lines if "DoubledWord" in line)
    assert clitic.endswith("[Suksesnya]"), clitic
    assert doubled.endswith("[di aula.]"), doubled
    assert "(hapus)" not in proc.stdout
