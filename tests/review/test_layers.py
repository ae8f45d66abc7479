"""editor.review is a library like the engine: it imports and reviews without Qt or the desk."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from tests.review.word_files import seed_docx


def test_review_runs_without_qt_sqlalchemy_or_db(tmp_path: Path) -> None:
    source = seed_docx(tmp_path / "draf.docx")
    code = textwrap.dedent(
        f"""
        import sys
        for name in ("PySide6", "sqlalchemy", "db", "alembic"):
            sys.modules[name] = None
        from editor.review.checking import default_checker
        from editor.review.tracked import ReviewOptions, review_docx
        data = open({str(source)!r}, "rb").read()
        done = review_docx(data, "draf.docx", default_checker(), ReviewOptions("Uji", "all"))
        assert done.changes and done.comments
        print("ok")
        """
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120)  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "ok"
