"""The letterhead DOCX rendered to PDF by LibreOffice (headless), many files in one run.

LibreOffice takes seconds to start, so a batch is converted by one process; each call uses a
throwaway user profile, so a Writer the user has open (or another export) never collides with it.
The PDF's title and author come from the DOCX's core properties (dc:title, dc:creator).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from pathlib import Path

RENDER_TIMEOUT_S = 60 + 5  # start-up, then per file below
PER_FILE_TIMEOUT_S = 20
INSTALL_HINT = "pasang LibreOffice Writer (Debian/Ubuntu: apt-get install libreoffice-writer)"


class RendererMissing(RuntimeError):
    """No LibreOffice on this machine: PDF export cannot run."""


class RenderFailed(RuntimeError):
    """LibreOffice ran but did not produce a PDF (message in Indonesian)."""


def find_renderer() -> str | None:
    """The LibreOffice binary: SUNTING_SOFFICE, else soffice/libreoffice on PATH."""
    configured = os.environ.get("SUNTING_SOFFICE")
    if configured:
        return configured if Path(configured).is_file() else None
    return shutil.which("soffice") or shutil.which("libreoffice")


def render_pdfs(documents: Sequence[bytes]) -> list[bytes]:
    """Each DOCX (bytes) as PDF bytes, in order, from a single LibreOffice run."""
    if not documents:
        return []
    soffice = find_renderer()
    if soffice is None:
        raise RendererMissing(f"PDF butuh LibreOffice, yang tidak ditemukan: {INSTALL_HINT}.")
    with tempfile.TemporaryDirectory(prefix="sunting-pdf-") as tmp:
        root = Path(tmp)
        sources = []
        for index, data in enumerate(documents):
            source = root / f"rilis-{index:05d}.docx"
            source.write_bytes(data)
            sources.append(source)
        out = root / "pdf"
        command = [
            soffice, f"-env:UserInstallation={(root / 'profil').as_uri()}", "--headless",
            "--norestore", "--nologo", "--nodefault", "--convert-to", "pdf", "--outdir", str(out),
            *map(str, sources),
        ]  # fmt: skip
        timeout = RENDER_TIMEOUT_S + PER_FILE_TIMEOUT_S * len(sources)
        try:
            result = subprocess.run(
                command, capture_output=True, text=True, timeout=timeout, stdin=subprocess.DEVNULL
            )
        except subprocess.TimeoutExpired:
            raise RenderFailed(
                f"LibreOffice tidak selesai membuat PDF dalam {timeout} detik."
            ) from None
        except OSError as exc:
            raise RendererMissing(
                f"LibreOffice ({soffice}) tidak dapat dijalankan ({exc.strerror}); {INSTALL_HINT}."
            ) from None
        pdfs = []
        for source in sources:
            pdf = out / f"{source.stem}.pdf"
            if not pdf.is_file():
                detail = (result.stderr or result.stdout).strip().splitlines()[-1:] or [""]
                raise RenderFailed(f"LibreOffice tidak menghasilkan PDF. {detail[0]}".strip())
            pdfs.append(pdf.read_bytes())
        return pdfs
