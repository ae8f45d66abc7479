"""Whether a run is italic: direct formatting, then its character style, then the paragraph's
style, then the document defaults (styles.xml, following ``w:basedOn``)."""

from __future__ import annotations

from lxml import etree

from editor.review.ooxml import Package, w

_OFF = {"0", "false", "off", "none"}


def _flag(props: etree._Element | None) -> bool | None:
    if props is None:
        return None
    italic = props.find(w("i"))
    if italic is None:
        return None
    return italic.get(w("val"), "true").lower() not in _OFF


class Italics:
    def __init__(self, package: Package) -> None:
        self.styles: dict[str, tuple[bool | None, str | None]] = {}
        self.default: bool | None = None
        self.default_paragraph: str | None = None
        self._cache: dict[str, bool | None] = {}
        if package.has("word/styles.xml"):
            try:
                root = package.xml("word/styles.xml")
            except etree.XMLSyntaxError:
                return
            defaults = root.find(f"{w('docDefaults')}/{w('rPrDefault')}/{w('rPr')}")
            self.default = _flag(defaults)
            for style in root.iter(w("style")):
                style_id = style.get(w("styleId"))
                if not style_id:
                    continue
                based = style.find(w("basedOn"))
                self.styles[style_id] = (
                    _flag(style.find(w("rPr"))),
                    based.get(w("val")) if based is not None else None,
                )
                if style.get(w("type")) == "paragraph" and style.get(w("default")) in ("1", "true"):
                    self.default_paragraph = style_id

    def _style(self, style_id: str | None) -> bool | None:
        if style_id is None:
            return None
        if style_id not in self._cache:
            value: bool | None = None
            seen: set[str] = set()
            current: str | None = style_id
            while current and current not in seen and value is None:
                seen.add(current)
                value, current = self.styles.get(current, (None, None))
            self._cache[style_id] = value
        return self._cache[style_id]

    def __call__(self, run: etree._Element, paragraph: etree._Element) -> bool:
        props = run.find(w("rPr"))
        direct = _flag(props)
        if direct is not None:
            return direct
        if props is not None:
            rstyle = props.find(w("rStyle"))
            value = self._style(rstyle.get(w("val")) if rstyle is not None else None)
            if value is not None:
                return value
        pstyle = paragraph.find(f"{w('pPr')}/{w('pStyle')}")
        value = self._style(pstyle.get(w("val")) if pstyle is not None else self.default_paragraph)
        if value is not None:
            return value
        return bool(self.default)
