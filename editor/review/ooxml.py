"""The .docx package as the review sees it: parts parsed with lxml on demand, everything else
copied byte for byte, content types and relationships for a new part, written back as a zip."""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field

from lxml import etree

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
M_NS = "http://schemas.openxmlformats.org/officeDocument/2006/math"
XML_NS = "http://www.w3.org/XML/1998/namespace"
CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
COMMENTS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"
COMMENTS_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"
MAIN_PART = "word/document.xml"
DOCUMENT_RELS = "word/_rels/document.xml.rels"

STORY_PARTS = re.compile(r"^word/(header\d*|footer\d*|footnotes|endnotes)\.xml$")

# parse OOXML without resolving entities or reaching the network, and without size tricks
PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)


def w(name: str) -> str:
    """Clark name of a WordprocessingML element or attribute: ``w("t")`` -> ``{...}t``."""
    return f"{{{W_NS}}}{name}"


XML_SPACE = f"{{{XML_NS}}}space"


@dataclass
class Package:
    """A .docx archive; :meth:`xml` parses a part once, :meth:`to_bytes` writes every part."""

    archive: zipfile.ZipFile
    trees: dict[str, etree._Element] = field(default_factory=dict)
    added: dict[str, bytes] = field(default_factory=dict)

    @classmethod
    def from_bytes(cls, data: bytes) -> Package:
        return cls(zipfile.ZipFile(io.BytesIO(data)))

    def names(self) -> list[str]:
        return [info.filename for info in self.archive.infolist()]

    def has(self, name: str) -> bool:
        return name in self.trees or name in self.added or name in self.names()

    def xml(self, name: str) -> etree._Element:
        if name not in self.trees:
            self.trees[name] = etree.fromstring(self.archive.read(name), PARSER)
        return self.trees[name]

    def set_xml(self, name: str, root: etree._Element) -> None:
        self.trees[name] = root

    def story_parts(self) -> Iterator[str]:
        """Headers, footers, footnotes and endnotes, in archive order."""
        for name in self.names():
            if STORY_PARTS.match(name):
                yield name

    def part_by_relation(self, rel_type: str) -> str | None:
        """The part the main document points to with ``rel_type`` (a package path)."""
        if not self.has(DOCUMENT_RELS):
            return None
        for rel in self.xml(DOCUMENT_RELS):
            if rel.get("Type") == rel_type and rel.get("TargetMode") != "External":
                target = rel.get("Target", "")
                if target.startswith("/"):
                    return target.lstrip("/")
                return posixpath.normpath(posixpath.join("word", target))
        return None

    def add_part(self, name: str, root: etree._Element, content_type: str, rel_type: str) -> None:
        """A new part with its content-type override and a relationship from the document."""
        self.trees[name] = root
        self.added[name] = b""
        types = self.xml("[Content_Types].xml")
        part_name = "/" + name
        if not any(o.get("PartName") == part_name for o in types.iter(f"{{{CT_NS}}}Override")):
            override = etree.SubElement(types, f"{{{CT_NS}}}Override")
            override.set("PartName", part_name)
            override.set("ContentType", content_type)
        if not self.has(DOCUMENT_RELS):
            self.trees[DOCUMENT_RELS] = etree.Element(
                f"{{{REL_NS}}}Relationships", nsmap={None: REL_NS}
            )
            self.added[DOCUMENT_RELS] = b""
        rels = self.xml(DOCUMENT_RELS)
        used = {rel.get("Id") for rel in rels}
        number = len(used) + 1
        while f"rId{number}" in used:
            number += 1
        rel = etree.SubElement(rels, f"{{{REL_NS}}}Relationship")
        rel.set("Id", f"rId{number}")
        rel.set("Type", rel_type)
        rel.set("Target", posixpath.relpath(name, "word"))

    def to_bytes(self, changed: set[str]) -> bytes:
        """The archive with the ``changed`` parts re-serialised; every other part copied as is."""
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
            for info in self.archive.infolist():
                if info.filename in changed:
                    target.writestr(
                        _info(info.filename, info), serialise(self.trees[info.filename])
                    )
                else:
                    target.writestr(info, self.archive.read(info.filename))
            for name in self.added:
                target.writestr(_info(name), serialise(self.trees[name]))
        return out.getvalue()


def _info(name: str, like: zipfile.ZipInfo | None = None) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=like.date_time if like else (1980, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = like.external_attr if like else 0o644 << 16
    return info


def serialise(root: etree._Element) -> bytes:
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def max_annotation_id(package: Package, parts: list[str]) -> int:
    """The highest ``w:id`` in the given parts (comments, changes and bookmarks share the space)."""
    highest = -1
    key = w("id")
    for name in parts:
        for element in package.xml(name).iter():
            value = element.get(key) if isinstance(element.tag, str) else None
            if value is not None and value.lstrip("-").isdigit():
                highest = max(highest, int(value))
    return highest
