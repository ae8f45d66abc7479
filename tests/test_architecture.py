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


def _imports_of(path) -> set[str]:  # noqa: ANN001
    import ast

    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_the_engine_manages_no_processes_and_no_import_circle_remains() -> None:
    from pathlib import Path

    checks = Path(__file__).resolve().parents[1] / "editor" / "checks"
    for path in sorted(checks.rglob("*.py")):
        found = _imports_of(path)
        banned = {n for n in found if n.split(".")[0] in ("subprocess", "socket")}
        banned |= {n for n in found if n.startswith("editor.languagetool")}
        assert not banned, f"{path.name} imports {sorted(banned)}"
    # the engine checks with the process side made unimportable ...
    proc = _import_without(["editor.languagetool"], ["editor.checks.languagetool"])
    assert proc.returncode == 0, proc.stderr
    # ... and the process side imports first or second, in a fresh interpreter each time
    for first in ("editor.languagetool", "editor.languagetool.server"):
        proc = _import_without([], [first, "editor.checks.languagetool"])
        assert proc.returncode == 0, proc.stderr
