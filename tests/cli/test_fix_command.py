"""`sunting fix`: lists the batch-safe fixes, writes them only with --apply, never a guess."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

DRAFT = (
    "Camat Buka Lomba Perahu\n"
    "Wakil Bupati H. Hani Syopiar Rustam membuka lomba perahu hias.\n"
    "Panitia memastikan penyelenggaran lomba berjalan tertib.\n"
    "Ia menyampaikan trimakasih kepada peserta dari Kecamatan Sungai Lilin.\n"
)


def sunting(*args: str, stdin: str | None = None):
    return subprocess.run(
        [sys.executable, "-m", "editor", *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=dict(os.environ),
        timeout=120,
    )


def test_fix_lists_changes_and_leaves_the_file_alone(tmp_path: Path) -> None:
    draft = tmp_path / "rilis.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    proc = sunting("fix", str(draft))
    assert proc.returncode == 1, proc.stderr
    assert "“penyelenggaran” → “penyelenggaraan”" in proc.stdout
    assert "“trimakasih” → “terima kasih”" in proc.stdout
    assert "Syopiar" not in proc.stdout
    assert draft.read_text(encoding="utf-8") == DRAFT
    assert "--apply" in proc.stderr


def test_fix_apply_writes_only_the_sure_fixes(tmp_path: Path) -> None:
    draft = tmp_path / "rilis.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    proc = sunting("fix", "--apply", "--yes", str(draft))
    assert proc.returncode == 0, proc.stderr
    fixed = draft.read_text(encoding="utf-8")
    assert "penyelenggaraan lomba" in fixed
    assert "terima kasih kepada" in fixed
    assert "H. Hani Syopiar Rustam" in fixed
    assert sunting("fix", str(draft)).returncode == 0  # nothing left to fix


def test_fix_apply_without_a_terminal_asks_for_yes(tmp_path: Path) -> None:
    draft = tmp_path / "rilis.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    proc = sunting("fix", "--apply", str(draft), stdin="")
    assert proc.returncode == 2
    assert "--yes" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert draft.read_text(encoding="utf-8") == DRAFT


def test_fix_reports_a_missing_file_in_one_line(tmp_path: Path) -> None:
    proc = sunting("fix", str(tmp_path / "tidak-ada.txt"))
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
