"""Tracked changes (w:del + w:ins) and Word comments written into a story's paragraphs.

Both work on a paragraph whose runs were first cut at the span's ends (:meth:`Para.cut`), so a
span is a sequence of whole runs: the runs are moved into a ``w:del`` (their ``w:t`` becoming
``w:delText``) and a ``w:ins`` with one run carrying the first run's properties follows. Nothing
else in the paragraph moves: bookmarks, comment ranges and proofing marks between the runs stay
where they are, hyperlinks and fields keep their runs.
"""

from __future__ import annotations

import copy
import difflib
from dataclasses import dataclass

from lxml import etree

from editor.export.runs import xml_safe
from editor.review.ooxml import COMMENTS_REL, COMMENTS_TYPE, W_NS, XML_SPACE, Package, w
from editor.review.textmap import MARKERS, PLAIN_RUN_CHILDREN, W_P, W_R, W_T, Para

COMMENTS_PART = "word/comments.xml"


@dataclass(frozen=True, slots=True)
class Stamp:
    """Who made the marks and when (every mark of one review carries the same stamp)."""

    author: str
    date: str  # ISO 8601, e.g. 2026-12-02T08:00:00Z
    initials: str


class Ids:
    """Annotation ids, above every id already in the file."""

    def __init__(self, highest: int) -> None:
        self.last = highest

    def next(self) -> str:
        self.last += 1
        return str(self.last)


def span_runs(para: Para, start: int, end: int) -> list[etree._Element] | None:
    """The runs holding exactly ``start:end`` if a tracked change may replace them, else None:
    every character plain unlocked ``w:t`` text, the runs plain, siblings under one parent, with
    only markers between them."""
    pieces = para.pieces_in(start, end)
    if not pieces or pieces[0].start != start or pieces[-1].end != end:
        return None
    if any(not p.is_text or p.locked for p in pieces):
        return None
    runs: list[etree._Element] = []
    for piece in pieces:
        if not runs or runs[-1] is not piece.run:
            runs.append(piece.run)
    parent = runs[0].getparent()
    wanted = {id(r) for r in runs}
    for run in runs:
        if run.getparent() is not parent:
            return None
        if any(child.tag not in PLAIN_RUN_CHILDREN for child in run):
            return None
    covered = sum(len(p.element.text or "") for p in pieces)
    held = sum(len(t.text or "") for r in runs for t in r.iter(W_T))
    if covered != held:  # a run reaches past the span: it was not cut
        return None
    node = runs[0]
    while node is not runs[-1]:
        node = node.getnext()
        if node is None:
            return None
        if id(node) not in wanted and node.tag not in MARKERS:
            return None
    return runs


def replace_runs(runs: list[etree._Element], replacement: str, stamp: Stamp, ids: Ids) -> None:
    """Track the replacement of ``runs`` (from :func:`span_runs`) by ``replacement``."""
    groups: list[list[etree._Element]] = [[runs[0]]]
    wanted = {id(r) for r in runs}
    node = runs[0]
    while node is not runs[-1]:
        node = node.getnext()
        if id(node) in wanted:
            if groups[-1] and groups[-1][-1].getnext() is node:
                groups[-1].append(node)
            else:
                groups.append([node])
    looks = _looks(runs, replacement)
    last = None
    for group in groups:
        deletion = _revision(group[0], "del", stamp, ids)
        group[0].addprevious(deletion)
        for run in group:
            deletion.append(run)
            for text in run.iter(W_T):
                text.tag = w("delText")
        last = deletion
    if replacement and last is not None:
        insertion = _revision(last, "ins", stamp, ids)
        for source, piece in looks:
            run = insertion.makeelement(W_R, {})
            properties = source.find(w("rPr"))
            if properties is not None:
                props = copy.deepcopy(properties)
                for change in props.findall(w("rPrChange")):
                    props.remove(change)
                run.append(props)
            text = run.makeelement(W_T, {})
            text.text = xml_safe(piece)
            text.set(XML_SPACE, "preserve")
            run.append(text)
            insertion.append(run)
        last.addnext(insertion)


def _looks(runs: list[etree._Element], replacement: str) -> list[tuple[etree._Element, str]]:
    """The replacement cut into pieces, each with the run whose formatting it takes: the run of
    the old character it stands for (a misspelling half bold stays half bold when fixed)."""
    owner: list[int] = []
    for index, run in enumerate(runs):
        owner.extend([index] * sum(len(t.text or "") for t in run.iter(W_T)))
    old = "".join(t.text or "" for run in runs for t in run.iter(W_T))
    if len(runs) == 1 or not old:
        return [(runs[0], replacement)] if replacement else []
    source: list[int] = []
    matcher = difflib.SequenceMatcher(None, old, replacement, autojunk=False)
    for _tag, i1, i2, j1, j2 in matcher.get_opcodes():
        for j in range(j1, j2):
            if i2 > i1:
                source.append(owner[min(i1 + (j - j1), i2 - 1)])
            else:  # inserted: like the character before it
                source.append(owner[max(i1 - 1, 0)])
    pieces: list[tuple[etree._Element, str]] = []
    for char, index in zip(replacement, source, strict=True):
        if pieces and pieces[-1][0] is runs[index]:
            pieces[-1] = (runs[index], pieces[-1][1] + char)
        else:
            pieces.append((runs[index], char))
    return pieces


def _revision(near: etree._Element, kind: str, stamp: Stamp, ids: Ids) -> etree._Element:
    element = near.makeelement(w(kind), {})
    element.set(w("id"), ids.next())
    element.set(w("author"), stamp.author)
    element.set(w("date"), stamp.date)
    return element


def anchor_comment(first: Para, start: int, last: Para, end: int, comment_id: str) -> bool:
    """Put the range of comment ``comment_id`` around ``first[start:]`` .. ``last[:end]`` and
    its reference after the range. The offsets must be run boundaries (cut first)."""
    head = first.piece_at(start)
    tail = last.piece_at(end - 1)
    if head is None or tail is None:
        return False
    opening = head.run.makeelement(w("commentRangeStart"), {w("id"): comment_id})
    head.run.addprevious(opening)
    closing = tail.run.makeelement(w("commentRangeEnd"), {w("id"): comment_id})
    tail.run.addnext(closing)
    reference = tail.run.makeelement(W_R, {})
    reference.append(reference.makeelement(w("commentReference"), {w("id"): comment_id}))
    top = tail.run
    while top.getparent() is not None and top.getparent().tag != W_P:
        top = top.getparent()
    # a reference inside someone's tracked insertion would vanish with it on reject
    (closing if top is tail.run else top).addnext(reference)
    return True


class Comments:
    """The comments part: the file's own (kept as they are) plus the review's."""

    def __init__(self, package: Package) -> None:
        self.package = package
        self.name = package.part_by_relation(COMMENTS_REL)
        self.existing = 0
        if self.name and package.has(self.name):
            self.root = package.xml(self.name)
            self.existing = len(self.root.findall(w("comment")))
        else:
            self.name = None
            self.root = etree.Element(w("comments"), nsmap={"w": W_NS})
        self.added = 0

    def add(self, comment_id: str, lines: tuple[str, ...], stamp: Stamp) -> None:
        comment = etree.SubElement(self.root, w("comment"))
        comment.set(w("id"), comment_id)
        comment.set(w("author"), stamp.author)
        comment.set(w("date"), stamp.date)
        comment.set(w("initials"), stamp.initials)
        for index, line in enumerate(lines):
            para = etree.SubElement(comment, W_P)
            if index == 0:
                mark = etree.SubElement(para, W_R)
                etree.SubElement(mark, w("annotationRef"))
            run = etree.SubElement(para, W_R)
            text = etree.SubElement(run, W_T)
            text.text = xml_safe(line)
            text.set(XML_SPACE, "preserve")
        self.added += 1

    def finish(self) -> str | None:
        """Register a new part when needed; the part name if anything was added."""
        if not self.added:
            return None
        if self.name is None:
            self.name, number = COMMENTS_PART, 1
            while self.package.has(self.name):  # a stray part of that name, unreferenced
                number += 1
                self.name = f"word/comments{number}.xml"
            self.package.add_part(self.name, self.root, COMMENTS_TYPE, COMMENTS_REL)
        return self.name
