"""Golden-file comparison and LibreOffice rendering for the export tests."""

from __future__ import annotations

import difflib
import os
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

from lxml import etree
from required import missing

ROOT = Path(__file__).resolve().parents[2]
REFERENCE = ROOT / "tests" / "_reference"
ARTIFACTS = ROOT / "test-artifacts" / "export"
VOLATILE = re.compile(r"w:rsid\w*=|w14:paraId=|w14:textId=|<dcterms:(created|modified)")


def pretty_part(docx_path: Path, part: str = "word/document.xml") -> list[str]:
    with zipfile.ZipFile(docx_path) as zf:
        root = etree.fromstring(zf.read(part), etree.XMLParser(remove_blank_text=True))
    text = etree.tostring(root, pretty_print=True, encoding="unicode")
    return [line for line in text.splitlines() if not VOLATILE.search(line)]


def compare_golden(docx_path: Path, name: str, part: str = "word/document.xml") -> None:
    """Compare a part with tests/_reference/<name>; SUNTING_REGEN_GOLDEN=1 rewrites it."""
    actual = pretty_part(docx_path, part)
    reference = REFERENCE / name
    if os.environ.get("SUNTING_REGEN_GOLDEN") == "1":
        reference.write_text("\n".join(actual) + "\n", encoding="utf-8")
    expected = reference.read_text(encoding="utf-8").splitlines()
    if actual != expected:
        diff = "\n".join(difflib.unified_diff(expected, actual, "reference", "actual", lineterm=""))
        raise AssertionError(f"{part} differs from {reference}:\n{diff[:6000]}")


def require_tool(name: str) -> str:
    """The path of a LibreOffice or poppler tool; a missing one fails (tests/required.py)."""
    found = shutil.which(name)
    if found is None:
        missing("libreoffice", f"{name} is not on PATH")
    return found


def render_pdfs(docx_files: list[Path], out_dir: Path, profile_dir: Path) -> dict[str, Path]:
    """One LibreOffice run converts every file (it is slow to start)."""
    soffice = require_tool("soffice")
    assert soffice, "soffice missing"
    command = [
        soffice, f"-env:UserInstallation={profile_dir.as_uri()}", "--headless", "--norestore",
        "--convert-to", "pdf", "--outdir", str(out_dir), *map(str, docx_files),
    ]  # fmt: skip
    result = subprocess.run(command, capture_output=True, text=True, timeout=240)
    pdfs = {p.stem: out_dir / f"{p.stem}.pdf" for p in docx_files}
    missing = [name for name, pdf in pdfs.items() if not pdf.is_file()]
    assert not missing, f"LibreOffice did not convert {missing}: {result.stdout}{result.stderr}"
    return pdfs


def pdf_pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    return int(re.search(r"^Pages:\s+(\d+)", info.stdout, re.M).group(1))


def pdf_text(pdf: Path, page: int | None = None) -> str:
    args = ["pdftotext", "-layout"]
    if page:
        args += ["-f", str(page), "-l", str(page)]
    return subprocess.run([*args, str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def pdf_png(pdf: Path, page: int, target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    stem = target.with_suffix("")
    subprocess.run(
        ["pdftoppm", "-png", "-r", "70", "-f", str(page), "-l", str(page), "-singlefile",
         str(pdf), str(stem)],
        check=True,
    )  # fmt: skip
    return target
