"""The bundled samples keep their findings: `sunting check --format json` on resources/samples is
compared with tests/checks/samples-golden.json. A change that moves a finding on purpose comes
with a test showing the fix and a re-recorded golden
(`.venv/bin/python bench/golden.py --samples-only record tests/checks/samples-golden.json`)."""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path

from editor.cli import main as cli_main

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "resources" / "samples"


def _key(label: str, f: dict) -> tuple:
    first = f["suggestions"][0] if f["suggestions"] else None
    return (label, f["rule"], f["start"], f["end"], f["severity"], first, f["message"])


def test_samples_find_what_the_golden_file_holds() -> None:
    paths = sorted(p for p in SAMPLES.rglob("*") if p.is_file())
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        cli_main(["check", "--format", "json", "--lt", "off", *map(str, paths)])
    report = json.loads(out.getvalue())
    found = {
        f"samples/{Path(entry['path']).relative_to(SAMPLES)}": entry["findings"]
        for entry in report["files"]
    }
    golden = json.loads((Path(__file__).parent / "samples-golden.json").read_text())
    assert set(found) == set(golden)
    assert sum(map(len, golden.values())) > 20  # the samples do hold errors
    now = {_key(label, f) for label, fs in found.items() for f in fs}
    before = {_key(label, f) for label, fs in golden.items() for f in fs}
    assert sorted(now - before, key=str) == [] and sorted(before - now, key=str) == []
