"""bench/real_sample.py: the --ids subset option and the loading of judgments with their texts.

Runs without ../shared and without the real texts: it writes its own judgments and made-up texts
into a temporary folder."""

from __future__ import annotations

import hashlib
import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("real_sample", ROOT / "bench" / "real_sample.py")
assert _spec and _spec.loader
real_sample = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(real_sample)


def test_parse_ids_range_and_list() -> None:
    assert real_sample.parse_ids("r041-r043") == {"r041", "r042", "r043"}
    assert real_sample.parse_ids("r001, r007,r040-r041") == {"r001", "r007", "r040", "r041"}
    assert real_sample.parse_ids("r005") == {"r005"}


@pytest.mark.parametrize("spec", ["x041", "r043-r041", "r04a", "r041-x043"])
def test_parse_ids_rejects_bad_specs(spec: str) -> None:
    with pytest.raises(ValueError):
        real_sample.parse_ids(spec)


def _write(judgments: Path, texts: Path, ident: str, text: str) -> None:
    start = text.index("kantor")
    judged = {
        "id": ident,
        "url": f"https://example.invalid/{ident}",
        "title": "t",
        "province": "p",
        "words": len(text.split()),
        "text_sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
        "errors": [
            {
                "start": start,
                "end": start + len("kantor"),
                "error": "kantor",
                "correction": "Kantor",
                "category": "capitalization",
                "source": "[M] missed by main",
            }
        ],
        "ignore": [],
    }
    (judgments / f"{ident}.json").write_text(json.dumps(judged), encoding="utf-8")
    (texts / f"{ident}.txt").write_text(text, encoding="utf-8")


def test_load_items_with_ids_subset(tmp_path: Path) -> None:
    judgments, texts = tmp_path / "j", tmp_path / "t"
    judgments.mkdir()
    texts.mkdir()
    for n in range(1, 5):
        _write(judgments, texts, f"r{n:03d}", f"Rapat ke-{n} di kantor camat berjalan lancar.")
    items, problems = real_sample.load_items(texts, {"r002", "r003"}, judgments)
    assert problems == []
    assert [item["id"] for item in items] == ["r002", "r003"]
    items, problems = real_sample.load_items(texts, None, judgments)
    assert len(items) == 4 and problems == []


def test_load_items_reports_missing_and_changed_texts(tmp_path: Path) -> None:
    judgments, texts = tmp_path / "j", tmp_path / "t"
    judgments.mkdir()
    texts.mkdir()
    _write(judgments, texts, "r001", "Warga datang ke kantor lurah pagi ini.")
    _write(judgments, texts, "r002", "Warga datang ke kantor lurah sore ini.")
    (texts / "r001.txt").unlink()
    (texts / "r002.txt").write_text("Teks lain di kantor ini.", encoding="utf-8")
    items, problems = real_sample.load_items(texts, None, judgments)
    assert items == []
    assert len(problems) == 2
    assert "missing" in problems[0] and "differs" in problems[1]
    items, problems = real_sample.load_items(texts, {"r003"}, judgments)
    assert items == [] and problems == []


def test_held_out_ids_read_ranges_and_skip_comments(tmp_path: Path) -> None:
    listed = tmp_path / "held-out.txt"
    listed.write_text("# held back\nr080-r082  # fifth batch\n\nr090\n", encoding="utf-8")
    assert real_sample.held_out_ids(listed) == {"r080", "r081", "r082", "r090"}
    assert real_sample.held_out_ids(tmp_path / "absent.txt") == set()


def test_the_shipped_held_out_list_parses() -> None:
    assert all(i.startswith("r") for i in real_sample.held_out_ids())
