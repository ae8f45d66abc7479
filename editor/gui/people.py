"""The Tokoh page: the desk's officials registry (issue 17). People learned from approved
releases, listed with their degrees, position, rank, source release and whether an editor has
confirmed them; an editor corrects, confirms or merges them here. The logic is the services'
(editor.services.people, through the Desk); this page only shows and asks."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from editor.gui.qt import (
    QAbstractItemView,
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    Qt,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from editor.gui.mainwindow import MainWindow


class PeopleDialog(QDialog):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.setObjectName("peopleDialog")
        self.setWindowTitle(translate("People", "Tokoh"))
        self.resize(860, 520)
        layout = QVBoxLayout(self)
        self.search = QLineEdit(objectName="peopleSearch")
        self.search.setPlaceholderText(translate("People", "Cari nama…"))
        self.search.textChanged.connect(self._filter)
        self.table = QTreeWidget(objectName="peopleList")
        self.table.setHeaderLabels(
            [
                translate("People", "Nama"),
                translate("People", "Gelar"),
                translate("People", "Jabatan"),
                translate("People", "Pangkat"),
                translate("People", "Sumber"),
                translate("People", "Terkonfirmasi"),
            ]
        )
        self.table.setRootIsDecorated(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.currentItemChanged.connect(lambda *_: self._fill_form())
        form = QFormLayout()
        self.name_edit = QLineEdit(objectName="personName")
        self.degrees_edit = QLineEdit(objectName="personDegrees")
        self.degrees_edit.setPlaceholderText(translate("People", "mis. S.H., M.Si."))
        self.rank_edit = QLineEdit(objectName="personRank")
        self.position_edit = QLineEdit(objectName="personPosition")
        self.position_edit.setPlaceholderText(translate("People", "jabatan baru (kosong: tetap)"))
        form.addRow(translate("People", "Nama"), self.name_edit)
        form.addRow(translate("People", "Gelar"), self.degrees_edit)
        form.addRow(translate("People", "Pangkat"), self.rank_edit)
        form.addRow(translate("People", "Jabatan"), self.position_edit)
        row = QHBoxLayout()
        self.save_button = QPushButton(
            translate("People", "Simpan koreksi"), objectName="savePerson"
        )
        self.save_button.clicked.connect(self.save)
        self.confirm_button = QPushButton(translate("People", "Konfirmasi"),
                                          objectName="confirmPerson")  # fmt: skip
        self.confirm_button.clicked.connect(self.confirm)
        self.merge_button = QPushButton(translate("People", "Gabungkan pilihan"),
                                        objectName="mergePeople")  # fmt: skip
        self.merge_button.setToolTip(
            translate("People", "Tokoh lain yang dipilih digabung ke tokoh yang aktif")
        )
        self.merge_button.clicked.connect(self.merge)
        for button in (self.save_button, self.confirm_button, self.merge_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.people: dict[int, Any] = {}
        self.reload()

    def reload(self) -> None:
        desk = self.window_.desk
        if desk is not None:
            self.window_.db_tasks.run(desk.people, self._show)

    def _show(self, people: list) -> None:
        current = self.current_id()
        self.table.clear()
        self.people = {p.id: p for p in people}
        yes, no = translate("People", "ya"), translate("People", "belum")
        for p in people:
            name = f"{p.honorific} {p.name}" if p.honorific else p.name
            position = p.positions[-1].title if p.positions else ""
            item = QTreeWidgetItem([name, ", ".join(p.degrees), position, p.rank, p.source,
                                    yes if p.confirmed else no])  # fmt: skip
            item.setData(0, Qt.ItemDataRole.UserRole, p.id)
            if p.short_forms:
                item.setToolTip(0, translate("People", "Bentuk singkat: %1").replace(
                    "%1", ", ".join(p.short_forms)))  # fmt: skip
            self.table.addTopLevelItem(item)
            if p.id == current:
                self.table.setCurrentItem(item)
        self._filter(self.search.text())

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for i in range(self.table.topLevelItemCount()):
            item = self.table.topLevelItem(i)
            item.setHidden(bool(needle) and needle not in item.text(0).casefold())

    def current_id(self) -> int | None:
        item = self.table.currentItem()
        return None if item is None else int(item.data(0, Qt.ItemDataRole.UserRole))

    def _fill_form(self) -> None:
        person = self.people.get(self.current_id() or -1)
        self.name_edit.setText(person.name if person else "")
        self.degrees_edit.setText(", ".join(person.degrees) if person else "")
        self.rank_edit.setText(person.rank if person else "")
        self.position_edit.clear()

    def _changed(self, _result: object = None) -> None:
        self.reload()
        self.window_.load_engine()  # the engine reads the registry

    def save(self) -> None:
        person_id, desk = self.current_id(), self.window_.desk
        if person_id is None or desk is None:
            return
        degrees = [d.strip() for d in self.degrees_edit.text().split(",") if d.strip()]
        values = {"name": self.name_edit.text(), "degrees": degrees,
                  "rank": self.rank_edit.text(), "position": self.position_edit.text() or None}  # fmt: skip
        self.window_.db_tasks.run(lambda: desk.edit_person(person_id, **values), self._changed)

    def confirm(self) -> None:
        person_id, desk = self.current_id(), self.window_.desk
        if person_id is not None and desk is not None:
            self.window_.db_tasks.run(lambda: desk.confirm_person(person_id), self._changed)

    def merge(self) -> None:
        keep, desk = self.current_id(), self.window_.desk
        others = [int(i.data(0, Qt.ItemDataRole.UserRole)) for i in self.table.selectedItems()]
        others = [o for o in others if o != keep]
        if keep is None or desk is None or not others:
            return

        def run() -> None:
            for other in others:
                desk.merge_people(keep, other)

        self.window_.db_tasks.run(run, self._changed)
