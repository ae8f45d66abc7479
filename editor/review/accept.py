"""Accept or reject every tracked change of a .docx in the XML, as Word's "Accept All Changes"
and "Reject All Changes" do for run-level changes (insertions, deletions, moves, formatting)."""

from __future__ import annotations

import io
import zipfile

from lxml import etree

from editor.review.ooxml import MAIN_PART, PARSER, STORY_PARTS, serialise, w

_PROPERTY_CHANGES = ("rPrChange", "pPrChange", "sectPrChange", "tblPrChange", "trPrChange",
                     "tcPrChange", "tblGridChange", "numberingChange")  # fmt: skip


def _unwrap(element: etree._Element) -> None:
    parent = element.getparent()
    if parent is None:
        return
    index = parent.index(element)
    for offset, child in enumerate(list(element)):
        parent.insert(index + offset, child)
    parent.remove(element)


def _drop(element: etree._Element) -> None:
    parent = element.getparent()
    if parent is not None:
        parent.remove(element)


def settle(root: etree._Element, accept: bool) -> etree._Element:
    """``root`` with every tracked change accepted (or rejected), in place."""
    keep, lose = ("ins", "moveTo"), ("del", "moveFrom")
    if not accept:
        keep, lose = lose, keep
    for name in lose:
        for element in list(root.iter(w(name))):
            if element.getparent() is not None and element.getparent().tag not in (
                w("rPr"), w("trPr"),
            ):  # fmt: skip
                _drop(element)
    for name in keep:
        for element in list(root.iter(w(name))):
            if element.getparent() is not None and element.getparent().tag not in (
                w("rPr"), w("trPr"),
            ):  # fmt: skip
                _unwrap(element)
    for name, tag in (("delText", "t"), ("delInstrText", "instrText")):
        for element in root.iter(w(name)):
            element.tag = w(tag)
    for name in _PROPERTY_CHANGES:
        for element in list(root.iter(w(name))):
            if not accept:
                _restore_properties(element)
            _drop(element)
    return root


def _restore_properties(change: etree._Element) -> None:
    """Rejecting a formatting change puts the old properties back."""
    owner = change.getparent()
    old = change[0] if len(change) else None
    if owner is None or old is None:
        return
    for child in list(owner):
        if child is not change:
            owner.remove(child)
    for child in list(old):
        owner.insert(len(owner) - 1, child)


def settled_docx(data: bytes, accept: bool) -> bytes:
    """A copy of the .docx ``data`` with every change accepted (``accept``) or rejected."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename == MAIN_PART or STORY_PARTS.match(info.filename):
                content = serialise(settle(etree.fromstring(content, PARSER), accept))
            target.writestr(info, content)
    return out.getvalue()
