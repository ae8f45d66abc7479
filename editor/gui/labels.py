"""Indonesian labels (translated through Qt) for workflow states and roles."""

from __future__ import annotations

from editor.gui.qt import QCoreApplication
from editor.states import ROLE_LABELS, STATUS_LABELS

STATUS_COLOURS = {
    "draft": "#607d8b",
    "in_review": "#1565c0",
    "changes_requested": "#ef6c00",
    "approved": "#2e7d32",
    "exported": "#00695c",
    "archived": "#9e9e9e",
}


def status_label(status: str) -> str:
    return QCoreApplication.translate("Status", STATUS_LABELS.get(status, status))


def role_label(role: str) -> str:
    return QCoreApplication.translate("Role", ROLE_LABELS.get(role, role))


def _mark_for_translation() -> None:
    """lupdate reads literal strings only; these calls list the labels above for it."""
    translate = QCoreApplication.translate
    translate("Status", "Draf"), translate("Status", "Ditinjau")
    translate("Status", "Perlu revisi"), translate("Status", "Disetujui")
    translate("Status", "Diekspor"), translate("Status", "Diarsipkan")
    translate("Role", "Penulis"), translate("Role", "Penyunting"), translate("Role", "Admin")
