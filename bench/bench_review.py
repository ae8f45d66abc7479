"""Time to review a 50-page .docx with about 500 findings into tracked changes and comments
(prints numbers; no asserts). Target: <= 5 s for the review, engine included.

Run: .venv/bin/python bench/bench_review.py [--pages 50] [--pdf]
(--pdf also renders the file with LibreOffice to report its real page count)
"""

from __future__ import annotations

import argparse
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import docx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from editor.checks.engine import CheckEngine, CheckOptions  # noqa: E402
from editor.review.accept import settled_docx  # noqa: E402
from editor.review.tracked import Decision, ReviewOptions, docx_findings, review_docx  # noqa: E402

# fresh sentences: the first two carry errors the checks fix (se-, apa pun, bekerja sama)
WRONG = (
    "Kegiatan ini diikuti warga Se-Kabupaten tanpa biaya apapun. ",
    "Para kader diminta bekerjasama dengan petugas kesehatan di desa masing-masing. ",
)
CLEAN = (
    "Pemerintah daerah terus memperluas layanan publik bagi seluruh masyarakat. ",
    "Anggaran kegiatan disusun bersama dinas terkait dan dilaporkan setiap bulan. ",
    "Petugas mencatat jumlah peserta di setiap kecamatan sejak pagi hari. ",
    "Kepala dinas menyampaikan terima kasih kepada warga yang hadir. ",
    "Hasil kegiatan akan dievaluasi pada rapat koordinasi berikutnya. ",
)
PARAGRAPHS_PER_PAGE = 8.0  # LibreOffice, python-docx's default template (Letter, Calibri 11 pt)


def build(path: Path, paragraphs: int) -> Path:
    """About 1.4 findings a paragraph: 500 findings in 50 pages."""
    word = docx.Document()
    word.add_paragraph("Laporan Kegiatan Pemerintah Kabupaten Sepanjang Tahun", style="Title")
    for index in range(paragraphs):
        para = word.add_paragraph()
        sentences = [CLEAN[(index + k) % len(CLEAN)] for k in range(4)]
        if index % 2 == 0:
            sentences[1] = WRONG[0]
        if index % 3 == 1:
            sentences[2] = WRONG[1]
        for number, sentence in enumerate(sentences):
            run = para.add_run(sentence)
            run.bold = (index + number) % 3 == 0
            run.italic = (index + number) % 7 == 0
    word.save(str(path))
    return path


def pages(path: Path, work: Path) -> int | None:
    soffice = shutil.which("soffice")
    if not soffice:
        return None
    subprocess.run([soffice, f"-env:UserInstallation={(work / 'lo').as_uri()}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(work), str(path)],
                   capture_output=True, timeout=300, check=False)  # fmt: skip
    info = subprocess.run(["pdfinfo", str(path.with_suffix(".pdf"))], capture_output=True,
                          text=True, check=False)  # fmt: skip
    found = re.search(r"^Pages:\s+(\d+)", info.stdout, re.M)
    return int(found.group(1)) if found else None


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=50)
    parser.add_argument("--pdf", action="store_true")
    args = parser.parse_args()
    engine = CheckEngine.default(CheckOptions())
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        source = build(work / "laporan.docx", round(args.pages * PARAGRAPHS_PER_PAGE))
        data = source.read_bytes()
        timings, outcome = [], None
        for _ in range(3):
            start = time.perf_counter()
            outcome = review_docx(data, source.name, engine, ReviewOptions("Bench", "all"))
            timings.append(time.perf_counter() - start)
        assert outcome is not None
        start = time.perf_counter()
        findings = sum(len(engine.check(d)) for d in [_body(data)])
        check_time = time.perf_counter() - start
        print(f"file: {len(data) / 1024:.0f} KiB, findings in the body: {findings}")
        print(f"review (engine + marks + write), best of 3: {min(timings):.2f} s "
              f"(median {statistics.median(timings):.2f} s); engine alone {check_time:.2f} s")  # fmt: skip
        print(f"tracked changes: {len(outcome.changes)}, comments: {len(outcome.comments)}, "
              f"result {len(outcome.data) / 1024:.0f} KiB")  # fmt: skip
        # the app's path: list the findings, then review with a decision for every one of them
        start = time.perf_counter()
        listed = docx_findings(data, source.name, engine)
        list_time = time.perf_counter() - start
        kinds = ("change", "comment", "ignore")
        decisions = {c.key: Decision(kinds[i % 3] if c.changeable else "comment")
                     for i, c in enumerate(listed)}  # fmt: skip
        start = time.perf_counter()
        chosen = review_docx(data, source.name, engine, ReviewOptions("Bench", decisions=decisions))
        chosen_time = time.perf_counter() - start
        print(f"per-finding choices: listing {len(listed)} findings {list_time:.2f} s, review with "
              f"{len(decisions)} decisions {chosen_time:.2f} s ({len(chosen.changes)} changes, "
              f"{len(chosen.comments)} comments)")  # fmt: skip
        if args.pdf:
            out = work / "laporan-ditinjau.docx"
            out.write_bytes(outcome.data)
            accepted = work / "laporan-diterima.docx"
            accepted.write_bytes(settled_docx(outcome.data, accept=True))
            print(f"pages (LibreOffice): original {pages(source, work)}, review with the changes "
                  f"shown {pages(out, work)}, changes accepted {pages(accepted, work)}")  # fmt: skip


def _body(data: bytes):  # type: ignore[no-untyped-def]
    from editor.document.importers import load_bytes

    return load_bytes(data, "laporan.docx", ".docx")


if __name__ == "__main__":
    main()
