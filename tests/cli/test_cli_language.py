"""The command line speaks Indonesian by default and English on request: help, argparse's own
words and errors, the totals line, workflow states and history lines."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from editor import cli, cli_lang


def sunting(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if k not in ("LANG", "LC_ALL", "LC_MESSAGES")}
    environ.pop("SUNTING_LANG", None)
    environ.update(env)
    return subprocess.run([sys.executable, "-m", "editor", *args], capture_output=True,
                          text=True, encoding="utf-8", env=environ, timeout=120)  # fmt: skip


def test_every_help_text_has_its_indonesian() -> None:
    cli_lang.set_language("en")
    try:
        texts = list(dict.fromkeys(cli_lang.texts(cli.build_parser())))
    finally:
        cli_lang.set_language("id")
    assert len(texts) > 50
    missing = [t for t in texts if not cli_lang.indonesian(t)]
    assert not missing, f"add these to resources/i18n/cli-id.yaml: {missing}"


@pytest.mark.parametrize("env", [{}, {"LANG": "C.UTF-8"}, {"LANG": "id_ID.UTF-8"}])
def test_help_is_indonesian_by_default(env: dict[str, str]) -> None:
    out = sunting("--help", **env).stdout
    assert out.startswith("pemakaian: sunting")
    assert "periksa draf dan cetak temuan" in out and "opsi:" in out
    assert "show this help" not in out and "positional arguments" not in out
    sub = sunting("export", "--help", **env).stdout
    assert "timpa berkas yang sudah ada" in sub and "overwrite" not in sub


@pytest.mark.parametrize(
    ("args", "env"),
    [(("--lang", "en", "--help"), {}), (("--help",), {"LANG": "en_GB.UTF-8"}),
     (("check", "--lang=en", "--help"), {"LANG": "id_ID.UTF-8"})],
)  # fmt: skip
def test_english_on_request(args: tuple[str, ...], env: dict[str, str]) -> None:
    out = sunting(*args, **env).stdout
    assert out.startswith("usage: sunting") and "pemakaian" not in out


def test_sunting_lang_wins_over_the_locale() -> None:
    assert sunting("--help", LANG="en_US.UTF-8", SUNTING_LANG="id").stdout.startswith("pemakaian")


def test_usage_errors_in_indonesian() -> None:
    proc = sunting("export", "abc")
    assert proc.returncode == 2
    assert "sunting export: galat: argumen id: nilai 'abc' bukan int yang sah" in proc.stderr
    proc = sunting("list", "--status", "terbit")
    assert "pilihan 'terbit' tidak sah" in proc.stderr and proc.returncode == 2
    assert "error:" in sunting("list", "--status", "x", LANG="en_US.UTF-8").stderr


def test_totals_line_after_the_findings(seed_path: Path) -> None:
    out = sunting("check", str(seed_path)).stdout.splitlines()
    findings = [line for line in out if ": error " in line or ": warning " in line
                or ": suggestion " in line]  # fmt: skip
    errors = sum(": error " in line for line in findings)
    warnings = sum(": warning " in line for line in findings)
    assert out[-1] == (f"{len(findings)} temuan: {errors} kesalahan, {warnings} peringatan, "
                       f"{len(findings) - errors - warnings} saran")  # fmt: skip
    english = sunting("check", str(seed_path), "--lang", "en").stdout.splitlines()[-1]
    assert english == (f"{len(findings)} findings: {errors} errors, {warnings} warnings, "
                       f"{len(findings) - errors - warnings} suggestions")  # fmt: skip


def test_states_and_history_read_as_sentences(tmp_path: Path) -> None:
    draft = tmp_path / "rilis.txt"
    draft.write_text("Bupati Buka Pasar Rakyat\nMUARA ENIM – Pasar rakyat dibuka.\n", "utf-8")
    db = str(tmp_path / "desk.db")
    assert sunting("db", "upgrade", "--db", db).returncode == 0
    assert sunting("import", str(draft), "--db", db, "--user", "rina").returncode == 0
    assert sunting("submit", "1", "--db", db, "--user", "rina").stdout.split("\t")[1] == "Ditinjau"
    listed = sunting("list", "--db", db).stdout
    assert "\tDitinjau\t" in listed and "in_review" not in listed
    history = sunting("history", "1", "--db", db).stdout
    assert "dibuat sebagai Draf oleh rina" in history and "Draf → Ditinjau oleh rina" in history
    assert "->" not in history and "in_review" not in history
    english = sunting("history", "1", "--db", db, "--lang", "en").stdout
    assert "created as Draft by rina" in english and "Draft → In review by rina" in english
