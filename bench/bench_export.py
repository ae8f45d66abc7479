"""Time to export one release and 100 releases as DOCX (prints numbers; no asserts).

Run: .venv/bin/python bench/bench_export.py
"""

from __future__ import annotations

import datetime as dt
import statistics
import tempfile
import time
from pathlib import Path

from editor.document.importers import load_path
from editor.export.docx_writer import release_bytes
from editor.export.files import atomic_write, release_file_name, sha256
from editor.export.profile import ReleaseInfo
from editor.export.sample import example_profile
from editor.paths import resource


def export_one(document, profile, info, out: Path, index: int) -> None:
    data = release_bytes(document, profile, info)
    name = release_file_name(info.date, document.title, suffix=str(index))
    atomic_write(out / name, data)
    sha256(data)


def main() -> None:
    document = load_path(resource("samples", "draft-banyuasin-pilkada.txt"))
    profile = example_profile()
    day = dt.date(2024, 6, 11)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        export_one(document, profile, ReleaseInfo("000/SP", day), out, -1)  # warm imports
        singles = []
        for index in range(20):
            start = time.perf_counter()
            export_one(document, profile, ReleaseInfo(f"{index:03d}/SP", day), out, index)
            singles.append(time.perf_counter() - start)
        start = time.perf_counter()
        for index in range(100, 200):
            export_one(document, profile, ReleaseInfo(f"{index:03d}/SP", day), out, index)
        batch = time.perf_counter() - start
    print(f"export one release: median {statistics.median(singles) * 1000:.1f} ms, "
          f"max {max(singles) * 1000:.1f} ms (20 runs; target <= 300 ms)")  # fmt: skip
    print(f"export 100 releases: {batch:.2f} s (target <= 20 s)")


if __name__ == "__main__":
    main()
