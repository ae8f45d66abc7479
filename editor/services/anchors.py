"""Comment anchors carried from one revision's text to the next through the diff of the two, so a
comment on "suport" still sits on "suport" (or on its fix, "dukungan") after an edit above it.

Pure functions on plain text; :func:`editor.services.articles.save_revision` applies them to the
open comments whenever a revision is stored (the app, the CLI and imports alike).
"""

from __future__ import annotations

from difflib import SequenceMatcher

Opcodes = list[tuple[str, int, int, int, int]]


def diff_opcodes(old: str, new: str) -> Opcodes:
    """Opcodes turning ``old`` into ``new``; the common head and tail are trimmed first, so a
    local edit in a 5 MB draft compares only the changed middle."""
    head = 0
    limit = min(len(old), len(new))
    while head < limit and old[head] == new[head]:
        head += 1
    tail = 0
    while tail < limit - head and old[len(old) - 1 - tail] == new[len(new) - 1 - tail]:
        tail += 1
    mid_old, mid_new = old[head : len(old) - tail], new[head : len(new) - tail]
    ops: Opcodes = [("equal", 0, head, 0, head)] if head else []
    if mid_old or mid_new:
        matcher = SequenceMatcher(None, mid_old, mid_new, autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            ops.append((tag, i1 + head, i2 + head, j1 + head, j2 + head))
    if tail:
        ops.append(("equal", len(old) - tail, len(old), len(new) - tail, len(new)))
    return ops


def map_offset(ops: Opcodes, offset: int, *, end: bool = False) -> int:
    """Where ``offset`` of the old text is in the new one. Inside replaced text a start moves to
    the start of the replacement and an end to its end (the comment covers the new words)."""
    for tag, i1, i2, j1, j2 in ops:
        if tag == "equal" and i1 <= offset <= i2:
            return j1 + offset - i1
        if i1 <= offset < i2 or (end and i1 < offset <= i2):
            return j2 if end else j1
    return ops[-1][4] if ops else offset


def map_span(old: str, new: str, start: int, end: int,
             ops: Opcodes | None = None) -> tuple[int, int]:  # fmt: skip
    """The span ``start:end`` of ``old`` in ``new``; an empty result means its text is gone."""
    ops = diff_opcodes(old, new) if ops is None else ops
    a = map_offset(ops, start)
    b = max(a, map_offset(ops, end, end=True))
    return a, b
