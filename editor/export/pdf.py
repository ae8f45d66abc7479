"""The letterhead DOCX rendered to PDF by LibreOffice (headless), many files in one run.

LibreOffice takes seconds to start, so a batch is converted by one process; each call uses a
throwaway user profile, so a Writer the user has open (or another export) never collides with it.
The PDF's title and author come from the DOCX's core properties (dc:title, dc:creator).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path, PurePath, PureWindowsPath

RENDER_TIMEOUT_S = 60 + 5  # start-up, then per file below
PER_FILE_TIMEOUT_S = 20
INSTALL_HINT = "pasang LibreOffice Writer (Debian/Ubuntu: apt-get install libreoffice-writer)"


class RendererMissing(RuntimeError):
    """No LibreOffice on this machine: PDF export cannot run."""


class RenderFailed(RuntimeError):
    """LibreOffice ran but did not produce a PDF (message in Indonesian)."""


def installed_locations(environ: Mapping[str, str], windows: bool) -> list[PurePath]:
    """Where LibreOffice's installer puts soffice when it is not on PATH (Windows, macOS)."""
    if windows:
        roots = [
            environ.get(name) for name in ("ProgramFiles", "ProgramFiles(x86)", "ProgramW6432")
        ]
        return [PureWindowsPath(root, "LibreOffice", "program", "soffice.exe")
                for root in dict.fromkeys(r for r in roots if r)]  # fmt: skip
    return [PurePath("/Applications/LibreOffice.app/Contents/MacOS/soffice")]


def find_renderer() -> str | None:
    """The LibreOffice binary: SUNTING_SOFFICE, else soffice/libreoffice on PATH, else where its
    installer puts it."""
    configured = os.environ.get("SUNTING_SOFFICE")
    if configured:
        return configured if Path(configured).is_file() else None
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found:
        return found
    for candidate in installed_locations(os.environ, sys.platform == "win32"):
        if Path(candidate).is_file():
            return str(candidate)
    return None


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
