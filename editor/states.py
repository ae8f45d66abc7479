"""The review workflow's states and roles with their Indonesian names (docs/architecture.md, Review workflow).

Kept apart from the services so that the desktop app can name them without importing storage.
"""

from __future__ import annotations

STATUSES = ("draft", "in_review", "changes_requested", "approved", "exported", "archived")
STATUS_LABELS = {
    "draft": "Draf",
    "in_review": "Ditinjau",
    "changes_requested": "Perlu revisi",
    "approved": "Disetujui",
    "exported": "Diekspor",
    "archived": "Diarsipkan",
}
ROLES = ("writer", "editor", "admin")
ROLE_LABELS = {"writer": "Penulis", "editor": "Penyunting", "admin": "Admin"}
# export formats (editor/services/exporting.py) and how the history names them
EXPORT_FORMATS = ("docx", "pdf", "whatsapp", "html")
EXPORT_FORMAT_LABELS = {"docx": "DOCX", "pdf": "PDF", "whatsapp": "WhatsApp", "html": "HTML"}
