"""Markdown drafts: `sunting check` reports offsets into the raw file text (docs/architecture.md contract),
though the importer checks the text with the markup stripped."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from editor.document.importers import load_path, load_path_mapped
from editor.document.markup import parse_markdown
from editor.paths import resource

# Markup before (and around) the typos, so plain and raw offsets differ by more than a little.
# (Italic words are taken as deliberate foreign terms, so the typos themselves are bold.)
RAW = (
    "# Bupati **Resmikan** Pasar *Baru*\r\n"
    "\r\n"
    "> PANGKALAN BALAI -- Bupati _Banyuasin_ meresmikan pasar di Kecamatan "
    "**Betung**, Senin (10/6). Acara itu dihadiri [warga](https://example.org) "
    "dan pedagang dari berbagai desa **Kebangsaam** sekitar.\r\n"
    "- Pasar *itu* dibangun dengan `dana` daerah dan **penyelenggaran** berjalan lancar.\r\n"
)
TYPOS = ("Kebangsaam", "penyelenggaran")


def _check_json(path: Path) -> dict:
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "editor",
            "check",
            "--format",
            "json",
            "--language",
            "id",
            str(path),
        ],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )
    assert proc.returncode in (0, 1), proc.stderr
    return json.loads(proc.stdout)["files"][0]


def test_json_offsets_index_the_raw_markdown(tmp_path: Path) -> None:
    path = tmp_path / "rilis.md"
    path.write_bytes(RAW.encode("utf-8"))
    raw = RAW.replace("\r\n", "\n")
    entry = _check_json(path)
    findings = entry["findings"]
    assert findings
    for f in findings:
        assert raw[f["start"] : f["end"]] == f["text"], f
        line_start = raw.rfind("\n", 0, f["start"]) + 1
        assert f["line"] == raw.count("\n", 0, f["start"]) + 1
        assert f["column"] == f["start"] - line_start + 1
    by_text = {f["text"]: f for f in findings}
    for typo in TYPOS:
        assert typo in by_text, sorted(by_text)
        assert by_text[typo]["start"] == raw.index(typo)
        assert by_text[typo]["rule"] == "KBBI.Spelling"
    # the words count is of the checked (plain) text, as for other formats
    assert entry["words"] == len(load_path(path).text.split())


def test_text_output_columns_are_raw_columns(tmp_path: Path) -> None:
    path = tmp_path / "rilis.md"
    path.write_text(RAW.replace("\r\n", "\n"), encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "editor", "check", "--language", "id", str(path)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )
    assert proc.returncode == 1, proc.stderr
    line = next(row for row in proc.stdout.splitlines() if row.endswith("[Kebangsaan]"))
    _path, lineno, col, _rest = line.split(":", 3)
    raw_line = RAW.split("\r\n")[int(lineno) - 1]
    assert int(lineno) == 3 and int(col) == raw_line.index("Kebangsaam") + 1


def test_every_plain_character_maps_to_the_same_raw_character() -> None:
    sample = resource("samples", "rilis-posyandu-pangkalan-balai.md").read_text(encoding="utf-8")
    for text in (RAW, sample):
        document, source = parse_markdown(text)
        assert source.raw == text.replace("\r\n", "\n")
        mapped = 0
        for offset, paragraph in document.paragraph_offsets():
            for i, ch in enumerate(paragraph.text):
                start, end = source.to_raw(offset + i, offset + i + 1)
                assert source.raw[start:end] == ch
                mapped += 1
        assert mapped == len(document.text) - document.text.count("\n")


def test_a_span_across_markup_covers_the_markup() -> None:
    document, source = parse_markdown("Dana **desa** cair.")
    plain = document.text
    start, end = plain.index("Dana desa"), plain.index("Dana desa") + len("Dana desa")
    assert source.to_raw(start, end) == (0, len("Dana **desa"))
    # a span ending at the line break (a structure finding at a paragraph's end) stays in bounds
    assert source.to_raw(len(plain), len(plain) + 1) == (len(source.raw), len(source.raw))


@pytest.mark.parametrize("name", ["x.txt", "x.docx"])
def test_other_formats_need_no_map(tmp_path: Path, name: str) -> None:
    sample = resource("samples", "rilis-apel-siaga-banjir.docx")
    path = tmp_path / name
    path.write_bytes(sample.read_bytes() if name.endswith(".docx") else b"Judul\nIsi.\n")
    document, source = load_path_mapped(path)
    assert source is None and document == load_path(path)
