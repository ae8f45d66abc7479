"""The engine is a library: it imports without Qt, SQLAlchemy or db (CONTRIBUTING.md, Layers)."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def _import_without(blocked: list[str], modules: list[str]) -> subprocess.CompletedProcess:
    code = textwrap.dedent(
        f"""
        import sys
        for name in {blocked!r}:
            sys.modules[name] = None  # any import of it now fails
        for module in {modules!r}:
            __import__(module)
        from editor.checks.engine import CheckEngine
        findings = CheckEngine.default().check("Forum Pembauran Kebangsaam hadir.")
        assert any(f.text == "Kebangsaam" for f in findings)
        print("ok")
        """
    )
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)


def test_engine_imports_and_checks_without_qt_sqlalchemy_or_db() -> None:
    proc = _import_without(
        ["PySide6", "sqlalchemy", "db", "alembic"],
        [
            "editor.checks",
            "editor.checks.engine",
            "editor.checks.lexicon",
            "editor.checks.spelling",
            "editor.document",
            "editor.document.importers",
        ],
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "ok"
