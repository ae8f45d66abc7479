"""The draft model and its importers (no Qt, no database)."""

from editor.document.model import Document, InlineSpan, Paragraph

__all__ = ["Document", "InlineSpan", "Paragraph"]
