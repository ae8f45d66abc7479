"""100 approved releases through the desk in every distribution format (prints numbers).

A temporary SQLite desk gets 100 approved releases (the sample draft, each with its own headline),
then ``export_approved`` writes DOCX, PDF (one LibreOffice run for the batch), WhatsApp text and
HTML for all of them and records every export. Target: the whole batch in <= 60 s on 2 cores.

Run: .venv/bin/python bench/bench_distribution.py [N]
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

from db import open_database
from editor.document.importers import load_text
from editor.paths import resource
from editor.services import articles, settings, workflow
from editor.services.exporting import FORMATS, export_approved

PROFILE = {"institution_lines": ["PEMERINTAH KABUPATEN CONTOH", "DINAS KOMUNIKASI"],
           "contact": {"name": "Narahubung Contoh", "phone": "0800"}}  # fmt: skip


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    sample = resource("samples", "draft-banyuasin-pilkada.txt").read_text(encoding="utf-8")
    lines = sample.splitlines()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        db = open_database(str(root / "desk.db"), create=True)
        settings.save_office_profile(db, PROFILE)
        for index in range(count):
            text = "\n".join([f"Bagian {index + 1}: {lines[0]}", *lines[1:]])
            article = articles.import_document(db, load_text(text))
            workflow.submit(db, article.id)
            workflow.approve(db, article.id)
        out = root / "keluar"
        out.mkdir()
        timings = {}
        for fmt in FORMATS:
            start = time.perf_counter()
            batch = export_approved(db, out, formats=(fmt,), day=dt.date(2026, 12, 2))
            timings[fmt] = time.perf_counter() - start
            assert len(batch.exported) == count and not batch.failed, batch.failed[:3]
        db.dispose()
        total = sum(timings.values())
        files = len(list(out.iterdir()))
    for fmt, seconds in timings.items():
        print(
            f"{fmt:9s} {count} releases: {seconds:6.2f} s ({1000 * seconds / count:6.1f} ms each)"
        )
    print(f"all formats, {count} releases, {files} files recorded: {total:.2f} s (target <= 60 s)")


if __name__ == "__main__":
    main()
