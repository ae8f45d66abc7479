"""editor.document and editor.export import without Qt and without SQLAlchemy (CONTRIBUTING.md, Layers)."""

from __future__ import annotations

import subprocess
import sys

CODE = """
import sys
sys.modules["PySide6"] = None
sys.modules["sqlalchemy"] = None
import editor.document.importers, editor.export.docx_writer, editor.export.report
print("ok")
"""


def test_document_and_export_need_no_qt_or_database() -> None:
    result = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True)
    assert result.stdout.strip() == "ok", result.stderr
