"""What a .docx carries besides its text: the writer's or a colleague's Word comments (kept as
comments of the imported revision) and tracked changes (the text is imported with them accepted:
inserted text in, deleted text out, as Word shows it with "Accept All")."""

from __future__ import annotations

from collections.abc import Sequence

from editor.document.model import SourceComment

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_SKIPPED_ANCESTORS = ("del", "moveFrom", "txbxContent")
_TRACKED = tuple(f"{_W}{name}" for name in ("ins", "del", "moveFrom", "moveTo"))


def tracked_change_count(body) -> int:  # type: ignore[no-untyped-def]
    """Run-level tracked changes in the body (paragraph-mark and formatting changes aside)."""
    return sum(1 for el in body.iter(*_TRACKED) if el.getparent().tag != f"{_W}rPr")


def _skipped(element) -> bool:  # type: ignore[no-untyped-def]
    return any(anc.tag.endswith(_SKIPPED_ANCESTORS) for anc in element.iterancestors())


def comment_positions(elements: Sequence, starts: Sequence[int]) -> dict[str, list[int]]:  # type: ignore[type-arg]
    """comment id -> [start, end] offsets into the document text, from the comment ranges (or the
    reference) in the imported paragraphs ``elements`` whose text starts at ``starts``."""
    found: dict[str, list[int]] = {}
    for element, base in zip(elements, starts, strict=True):
        pos = 0
        for node in element.iter(f"{_W}r", f"{_W}commentRangeStart", f"{_W}commentRangeEnd"):
            if _skipped(node):
                continue
            if node.tag == f"{_W}r":
                for ref in node.iter(f"{_W}commentReference"):
                    found.setdefault(ref.get(f"{_W}id"), [base + pos, base + pos])
                pos += len(node.text.replace("\n", " ").replace("\r", " "))
                continue
            key = node.get(f"{_W}id")
            span = found.setdefault(key, [base + pos, base + pos])
            if node.tag.endswith("Start"):
                span[0] = span[1] = base + pos
            else:
                span[1] = base + pos
    return found


def read_comments(word, elements: Sequence, starts: Sequence[int]) -> tuple[SourceComment, ...]:  # type: ignore[no-untyped-def,type-arg]
    """Every comment of the file, anchored where its range stands in the imported text (a
    comment on a table, header or skipped frame is kept at the start of the text)."""
    try:
        comments = list(word.comments)
    except Exception:  # no comments part, or one python-docx cannot read: nothing to keep
        return ()
    if not comments:
        return ()
    positions = comment_positions(elements, starts)
    out = []
    for comment in comments:
        start, end = positions.get(str(comment.comment_id), (0, 0))
        text = (comment.text or "").strip()
        if text:
            out.append(SourceComment(start, max(start, end), comment.author or "", text))
    return tuple(out)
