"""Compiled rule patterns are kept in the cache folder and read back by the next process."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

_PROBE = """
import sys
sys.path.insert(0, {root!r})
from editor.checks import pattern_store
p = pattern_store.compile(r"(?<![\\p{{L}}])(?P<w>rapat)[ \\t]+koordinasi", 2)
print(p.search("Bupati membuka Rapat  koordinasi hari ini.").group("w"))
print(len(pattern_store._STORE._patterns))
"""


def _run(cache: Path) -> list[str]:
    out = subprocess.run(
        [sys.executable, "-c", _PROBE.format(root=str(ROOT))],
        capture_output=True,
        text=True,
        env={"SUNTING_CACHE_DIR": str(cache), "PATH": "/usr/bin:/bin"},
        check=True,
    )
    return out.stdout.split()


def test_a_pattern_compiled_once_is_read_back_by_the_next_process(tmp_path: Path) -> None:
    assert _run(tmp_path) == ["Rapat", "1"]
    assert len(list(tmp_path.glob("regex-*.pickle"))) == 1
    # the second process finds it stored and matches exactly as the freshly compiled one did
    assert _run(tmp_path) == ["Rapat", "1"]


def test_an_unreadable_store_only_costs_the_compiling(tmp_path: Path) -> None:
    _run(tmp_path)
    for path in tmp_path.glob("regex-*.pickle"):
        path.write_bytes(b"not a pickle")
    assert _run(tmp_path) == ["Rapat", "1"]
