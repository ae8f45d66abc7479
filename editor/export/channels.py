"""The approved release as text for journalists' WhatsApp groups and as clean HTML for a CMS.

Both are built from the same Document the DOCX export uses, so every copy carries exactly the
approved revision: the paragraphs as they are (no hard wraps), the draft's italics and bold in the
channel's own markup, blank lines between paragraphs collapsed to one.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from editor.document.dateline import locate_dateline
from editor.document.model import Document, InlineSpan, Paragraph
from editor.export.profile import Contact, OfficeProfile, ReleaseInfo, ends_with_closing_mark

# WhatsApp cuts a message at 65,536 characters; past that the text needs more than one message.
WHATSAPP_MESSAGE_LIMIT = 65_536
WHATSAPP_MARKS = {"bold": "*", "italic": "_"}
HTML_TAGS = {"bold": "strong", "italic": "em"}
HTML_BLOCK = {"title": "h1", "heading": "h2", "body": "p"}


@dataclass(frozen=True, slots=True)
class ChannelText:
    text: str
    warnings: tuple[str, ...] = ()


def _content(document: Document) -> list[Paragraph]:
    """The paragraphs that carry text (blank lines between paragraphs are layout, not content)."""
    return [p for p in document.paragraphs if p.text.strip()]


def _trimmed(text: str, span: InlineSpan) -> tuple[int, int] | None:
    """A span without leading or trailing spaces: markup must touch the words it marks."""
    start, end = span.start, span.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def _marked(
    text: str, spans: Iterable[InlineSpan], opening: Callable[[str], str],
    closing: Callable[[str], str], escape: Callable[[str], str] = str,
) -> str:  # fmt: skip
    """``text`` (each piece through ``escape``) with ``opening(style)`` / ``closing(style)``
    inserted around each span.

    At one position spans that end close before spans that start open; a span opened later
    closes first, so overlapping bold and italic nest properly.
    """
    events: list[tuple[int, int, int, str]] = []  # (position, 0 close / 1 open, order, style)
    for order, span in enumerate(spans):
        bounds = _trimmed(text, span)
        if bounds is None:
            continue
        events.append((bounds[0], 1, order, span.style))
        events.append((bounds[1], 0, -order, span.style))
    events.sort()
    out, last = [], 0
    for position, kind, _order, style in events:
        out.append(escape(text[last:position]))
        out.append(opening(style) if kind else closing(style))
        last = position
    out.append(escape(text[last:]))
    return "".join(out)


def _thousands(n: int) -> str:
    """Indonesian digit grouping: 65.536."""
    return f"{n:,}".replace(",", ".")


def _contact_line(contact: Contact | None) -> str:
    if contact is None:
        return ""
    parts = [contact.name + (f" ({contact.role})" if contact.role else "")]
    if contact.phone:
        parts.append(f"Telepon/WA {contact.phone}")
    if contact.email:
        parts.append(f"Surel {contact.email}")
    return "Narahubung: " + ", ".join(parts)


def whatsapp_text(document: Document, profile: OfficeProfile, info: ReleaseInfo) -> ChannelText:
    """WhatsApp's own markup: the headline in *bold*, italics in _underscores_, one blank line
    between paragraphs, then the closing mark (unless the text ends with one) and the contact."""
    blocks = []
    for paragraph in _content(document):
        body = _marked(paragraph.text, paragraph.spans, WHATSAPP_MARKS.__getitem__,
                       WHATSAPP_MARKS.__getitem__)  # fmt: skip
        if paragraph.kind in ("title", "heading"):
            body = f"*{paragraph.text.strip()}*"
        blocks.append(body)
    last = blocks[-1] if blocks else ""
    if profile.closing_mark and not ends_with_closing_mark(last):
        blocks.append(profile.closing_mark)
    contact = _contact_line(info.contact or profile.contact)
    if contact:
        blocks.append(contact)
    text = "\n\n".join(blocks) + "\n"
    warnings = ()
    if len(text) > WHATSAPP_MESSAGE_LIMIT:
        warnings = (
            f"Teks WhatsApp {_thousands(len(text))} karakter, melebihi batas satu pesan "
            f"({_thousands(WHATSAPP_MESSAGE_LIMIT)}); kirim dalam beberapa pesan.",
        )
    return ChannelText(text, warnings)


# WhatsApp's rule for a marked run: the marker stands at a word edge, the marked text neither
# starts nor ends with a space, and it stays on one line.
_WA_MARKUP = re.compile(r"(?<![\w*_~])([*_])(?=[^\s*_])([^\n]*?[^\s*_])\1(?![\w*_~])")


def plain_from_whatsapp(text: str) -> str:
    """The text a reader sees in WhatsApp, without its markup characters (bold/italic)."""
    while True:
        stripped = _WA_MARKUP.sub(r"\2", text)
        if stripped == text:
            return text
        text = stripped


def _meta(name: str, content: str) -> str:
    return f'<meta name="{name}" content="{html.escape(content, quote=True)}">'


def release_html(document: Document, profile: OfficeProfile, info: ReleaseInfo) -> ChannelText:
    """A UTF-8 HTML page with only semantic markup (h1, h2, p, em, strong): no inline styles, no
    classes, no Word markup; the number, date, dateline and office in the head's metadata."""
    title = document.title or ""
    dateline = locate_dateline(document)
    place = document.dateline or (dateline.place if dateline else "")
    head = [
        '<meta charset="utf-8">',
        f"<title>{html.escape(title)}</title>",
        _meta("dcterms.identifier", info.number),
        _meta("dcterms.date", info.date.isoformat()),
        _meta("dcterms.publisher", profile.institution),
        _meta("generator", "Sunting"),
    ]
    if place:
        head.append(_meta("dateline", place))
    body = []
    for paragraph in _content(document):
        tag = HTML_BLOCK[paragraph.kind]
        inner = _marked(
            paragraph.text,
            paragraph.spans,
            lambda s: f"<{HTML_TAGS[s]}>",
            lambda s: f"</{HTML_TAGS[s]}>",
            lambda piece: html.escape(piece, quote=False),
        )
        body.append(f"<{tag}>{inner}</{tag}>")
    page = (
        '<!DOCTYPE html>\n<html lang="id">\n<head>\n'
        + "\n".join(head)
        + "\n</head>\n<body>\n<article>\n"
        + "\n".join(body)
        + "\n</article>\n</body>\n</html>\n"
    )
    return ChannelText(page)
