"""The preview of "Perbaiki semua": every change listed before it is made ("Sukses nya pilkada"
-> "Suksesnya pilkada"), each one ticked and untickable; "Terapkan" applies the ticked ones as
one undo step. Only findings the engine marked safe for a batch fix are offered at all."""

from __future__ import annotations

from editor.gui.editor import Change
from editor.gui.qt import (
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    Qt,
    QVBoxLayout,
    QWidget,
)

translate = QCoreApplication.translate


class BatchFixDialog(QDialog):
    def __init__(self, changes: list[Change], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("batchFixDialog")
        self.setWindowTitle(translate("BatchFixDialog", "Perbaiki semua: pratinjau"))
        self.resize(640, 420)
        self.changes = changes
        layout = QVBoxLayout(self)
        self.heading = QLabel(
            translate(
                "BatchFixDialog",
                "{n} perubahan akan dibuat. Hapus centang pada yang tidak ingin diubah.",
            ).format(n=len(changes)),
            objectName="batchFixHeading",
            wordWrap=True,
        )
        layout.addWidget(self.heading)
        self.list = QListWidget(objectName="batchFixList")
        # before above after, wrapped: the whole change is read without scrolling sideways
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSpacing(2)
        for change in changes:
            item = QListWidgetItem(f"{change.before}\n→ {change.after}")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            item.setToolTip(change.placed.finding.message)
            self.list.addItem(item)
        layout.addWidget(self.list, 1)
        self.buttons = QDialogButtonBox(objectName="batchFixButtons")
        self.apply_btn = self.buttons.addButton(
            translate("BatchFixDialog", "Terapkan"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.apply_btn.setObjectName("batchFixApply")
        self.buttons.addButton(
            translate("BatchFixDialog", "Batal"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def chosen(self) -> list[Change]:
        return [c for i, c in enumerate(self.changes)
                if self.list.item(i).checkState() == Qt.CheckState.Checked]  # fmt: skip
