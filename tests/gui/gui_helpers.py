"""Helpers shared by the GUI tests."""

from __future__ import annotations

SETTLE_MS = 90_000


def settled(qtbot, window, timeout: int = SETTLE_MS) -> None:  # noqa: ANN001
    """Wait until the desk is open, the engine loaded and every check has come back."""
    qtbot.waitUntil(window.is_settled, timeout=timeout)
    assert not window.last_error, window.last_error


def overlapping(window, needle: str) -> list:  # noqa: ANN001
    """Findings drawn over the first occurrence of ``needle`` in the editor's text."""
    text = window.editor.plain_text()
    start = text.find(needle)
    assert start >= 0, f"{needle!r} is not in the draft"
    end = start + len(needle)
    return [p for p in window.editor.placed if p.start < end and p.end > start]


def load(qtbot, editor, text: str) -> None:  # noqa: ANN001
    """A draft in the editor fixture, checked: wait until its findings are drawn."""
    from editor.document.importers import load_text

    editor.set_draft(load_text(text))
    qtbot.waitUntil(lambda: not editor.scheduler.busy and bool(editor.placed), timeout=SETTLE_MS)
