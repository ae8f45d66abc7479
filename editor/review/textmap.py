"""The visible text of a story's paragraphs, and where each character lives in the XML.

A paragraph's text is what Word shows once every tracked change in the file is accepted: ``w:t``
text, tabs as "\\t", line breaks as " ", non-breaking hyphens as "-"; deleted and moved-away text,
field codes, math and the VML fallback copies of text boxes are left out. Paragraphs nested in a
text box are paragraphs of their own. Each character maps back to a :class:`Piece` (the element
that holds it and its run); a piece is *locked* where a tracked change would break something the
writer relies on: a field's result (Word recomputes it), a simple field, or text someone else's
tracked insertion or move holds (their change must stay theirs to accept or reject).
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from dataclasses import dataclass, field

from lxml import etree

from editor.review.ooxml import M_NS, MC_NS, XML_SPACE, w

W_P, W_R, W_T = w("p"), w("r"), w("t")
_TEXT_CHILDREN = {
    w("t"): None,
    w("tab"): "\t",
    w("ptab"): "\t",
    w("br"): " ",
    w("cr"): " ",
    w("noBreakHyphen"): "-",
}
# elements whose whole subtree is not part of the paragraph's visible text
_SKIP = frozenset(
    {
        w("del"), w("moveFrom"), w("instrText"), w("delText"), w("delInstrText"), w("pPr"),
        w("rPr"), w("sectPr"), w("sdtPr"), w("sdtEndPr"), f"{{{MC_NS}}}Fallback", f"{{{M_NS}}}oMath",
        f"{{{M_NS}}}oMathPara", w("footnoteReference"), w("endnoteReference"),
    }
)  # fmt: skip
_LOCKING = frozenset({w("fldSimple"), w("ins"), w("moveTo")})
PLAIN_RUN_CHILDREN = frozenset({w("rPr"), w("t"), w("lastRenderedPageBreak")})
# paragraph-level markers that may sit between the runs of one change (they are not moved)
MARKERS = frozenset(
    {
        w("bookmarkStart"), w("bookmarkEnd"), w("commentRangeStart"), w("commentRangeEnd"),
        w("proofErr"), w("permStart"), w("permEnd"),
    }
)  # fmt: skip


@dataclass(slots=True)
class Piece:
    start: int
    end: int
    element: etree._Element  # the w:t (or w:tab, w:br ...) holding the text
    run: etree._Element
    locked: bool

    @property
    def is_text(self) -> bool:
        return self.element.tag == W_T


@dataclass(slots=True)
class Para:
    """One paragraph of a story: its element, visible text and pieces."""

    element: etree._Element
    story: str
    field_state: list[str]  # the complex-field stack at the paragraph's start
    text: str = ""
    pieces: list[Piece] = field(default_factory=list)
    italic: list[tuple[int, int]] = field(default_factory=list)

    def rebuild(self, italic_of=None) -> list[str]:  # type: ignore[no-untyped-def]
        """Recompute text and pieces from the XML; returns the field stack at the end."""
        stack = list(self.field_state)
        parts: list[str] = []
        pieces: list[Piece] = []
        italic: list[tuple[int, int]] = []
        pos = 0
        for run, child, locked in _walk(self.element, stack, False):
            value = child.text or "" if child.tag == W_T else _TEXT_CHILDREN[child.tag]
            if not value:
                continue
            pieces.append(Piece(pos, pos + len(value), child, run, locked or "result" in stack))
            if italic_of is not None and italic_of(run, self.element):
                if italic and italic[-1][1] == pos:
                    italic[-1] = (italic[-1][0], pos + len(value))
                else:
                    italic.append((pos, pos + len(value)))
            parts.append(value)
            pos += len(value)
        self.text, self.pieces = "".join(parts), pieces
        if italic_of is not None:
            self.italic = italic
        return stack

    def piece_at(self, offset: int) -> Piece | None:
        """The piece holding character ``offset``."""
        lo, hi = 0, len(self.pieces)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.pieces[mid].end <= offset:
                lo = mid + 1
            else:
                hi = mid
        if lo < len(self.pieces) and self.pieces[lo].start <= offset:
            return self.pieces[lo]
        return None

    def pieces_in(self, start: int, end: int) -> list[Piece]:
        return [p for p in self.pieces if p.start < end and start < p.end]

    def cut(self, offset: int) -> bool:
        """Make ``offset`` a run boundary (splitting a run, and its w:t, keeps its formatting).
        Returns whether the XML changed; the caller rebuilds the map."""
        if offset <= 0 or offset >= len(self.text):
            return False
        before, after = self.piece_at(offset - 1), self.piece_at(offset)
        assert before is not None and after is not None
        if before is after:  # inside one w:t
            split_run(before.run, before.element, offset - before.start)
            return True
        if before.run is after.run:
            split_run(before.run, before.element, None)
            return True
        return False


def _walk(element: etree._Element, stack: list[str], locked: bool) -> Iterator:
    """(run, text child, locked) in document order, updating the complex-field ``stack``."""
    for child in element:
        tag = child.tag
        if not isinstance(tag, str) or tag in _SKIP or tag == W_P:
            continue
        if tag == W_R:
            for item in child:
                itag = item.tag
                if itag == w("fldChar"):
                    kind = item.get(w("fldCharType"))
                    if kind == "begin":
                        stack.append("code")
                    elif kind == "separate" and stack:
                        stack[-1] = "result"
                    elif kind == "end" and stack:
                        stack.pop()
                elif itag in _TEXT_CHILDREN and not (stack and stack[-1] == "code"):
                    if itag == w("br") and item.get(w("type")) in ("page", "column"):
                        continue
                    yield child, item, locked
                # anything else (a drawing, a text box whose paragraphs are their own) is no text
            continue
        yield from _walk(child, stack, locked or tag in _LOCKING)


def split_run(run: etree._Element, child: etree._Element, cut: int | None) -> etree._Element:
    """Split ``run`` after ``child`` (or, for a w:t, after ``cut`` characters of it); the new
    run carries a copy of the run's properties. Returns the new run."""
    new = run.makeelement(run.tag, dict(run.attrib))
    props = run.find(w("rPr"))
    if props is not None:
        new.append(copy.deepcopy(props))
    following = list(child.itersiblings())
    if cut is not None:
        text = child.text or ""
        rest = child.makeelement(W_T, {})
        rest.text = text[cut:]
        rest.set(XML_SPACE, "preserve")
        child.text = text[:cut]
        child.set(XML_SPACE, "preserve")
        new.append(rest)
    for sibling in following:
        new.append(sibling)
    run.addnext(new)
    return new


def paragraphs_of(root: etree._Element, story: str, italic_of=None) -> list[Para]:  # type: ignore[no-untyped-def]
    """Every paragraph of a story part (nested text-box paragraphs after their anchor)."""
    out: list[Para] = []
    stack: list[str] = []
    fallback = f"{{{MC_NS}}}Fallback"
    for element in root.iter(W_P):
        if any(a.tag in (fallback, w("del"), w("moveFrom")) for a in element.iterancestors()):
            continue
        para = Para(element, story, list(stack))
        stack = para.rebuild(italic_of)
        out.append(para)
    return out
