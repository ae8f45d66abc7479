"""Find and Replace (Ctrl+F, Ctrl+H) as in Word or Writer: a small window beside the text, next
match from the cursor (wrapping at the end), replace one, replace all as one undo step."""

from __future__ import annotations

from editor.gui.qt import (
    QCheckBox,
    QCoreApplication,
    QDialog,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextCursor,
    QTextDocument,
    QWidget,
)

translate = QCoreApplication.translate


class FindReplaceDialog(QDialog):
    def __init__(self, editor: QPlainTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findReplaceDialog")
        self.editor = editor
        grid = QGridLayout(self)
        self.find_label = QLabel(objectName="findLabel")
        self.find_edit = QLineEdit(objectName="findText")
        self.replace_label = QLabel(objectName="replaceLabel")
        self.replace_edit = QLineEdit(objectName="replaceText")
        self.case_box = QCheckBox(objectName="matchCase")
        self.words_box = QCheckBox(objectName="wholeWords")
        self.next_btn = QPushButton(objectName="findNextButton")
        self.replace_btn = QPushButton(objectName="replaceButton")
        self.all_btn = QPushButton(objectName="replaceAllButton")
        self.close_btn = QPushButton(objectName="closeFindButton")
        self.status = QLabel(objectName="findStatus")
        grid.addWidget(self.find_label, 0, 0)
        grid.addWidget(self.find_edit, 0, 1)
        grid.addWidget(self.next_btn, 0, 2)
        grid.addWidget(self.replace_label, 1, 0)
        grid.addWidget(self.replace_edit, 1, 1)
        grid.addWidget(self.replace_btn, 1, 2)
        grid.addWidget(self.case_box, 2, 1)
        grid.addWidget(self.all_btn, 2, 2)
        grid.addWidget(self.words_box, 3, 1)
        grid.addWidget(self.close_btn, 3, 2)
        grid.addWidget(self.status, 4, 0, 1, 3)
        self.next_btn.setDefault(True)
        self.next_btn.clicked.connect(self.find_next)
        self.find_edit.returnPressed.connect(self.find_next)
        self.replace_btn.clicked.connect(self.replace_one)
        self.all_btn.clicked.connect(self.replace_all)
        self.close_btn.clicked.connect(self.close)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(translate("FindReplace", "Cari dan ganti"))
        self.find_label.setText(translate("FindReplace", "Cari:"))
        self.replace_label.setText(translate("FindReplace", "Ganti dengan:"))
        self.case_box.setText(translate("FindReplace", "Cocokkan huruf besar/kecil"))
        self.words_box.setText(translate("FindReplace", "Hanya kata utuh"))
        self.next_btn.setText(translate("FindReplace", "Cari berikutnya"))
        self.replace_btn.setText(translate("FindReplace", "Ganti"))
        self.all_btn.setText(translate("FindReplace", "Ganti semua"))
        self.close_btn.setText(translate("FindReplace", "Tutup"))

    def show_mode(self, replace: bool) -> None:
        for w in (self.replace_label, self.replace_edit, self.replace_btn, self.all_btn):
            w.setVisible(replace)
        selected = self.editor.textCursor().selectedText()
        if selected and "\u2029" not in selected:
            self.find_edit.setText(selected)
        self.show()
        self.raise_()
        self.find_edit.setFocus()
        self.find_edit.selectAll()

    def _flags(self) -> QTextDocument.FindFlag:
        flags = QTextDocument.FindFlag(0)
        if self.case_box.isChecked():
            flags |= QTextDocument.FindFlag.FindCaseSensitively
        if self.words_box.isChecked():
            flags |= QTextDocument.FindFlag.FindWholeWords
        return flags

    def find_next(self) -> bool:
        needle = self.find_edit.text()
        if not needle:
            return False
        doc = self.editor.document()
        found = doc.find(needle, self.editor.textCursor(), self._flags())
        if found.isNull():  # wrap around to the top, as Word does
            found = doc.find(needle, QTextCursor(doc), self._flags())
        if found.isNull():
            self.status.setText(translate("FindReplace", "“{text}” tidak ditemukan").format(
                text=needle))  # fmt: skip
            return False
        self.status.setText("")
        self.editor.setTextCursor(found)
        self.editor.ensureCursorVisible()
        return True

    def _selection_matches(self) -> bool:
        chosen = self.editor.textCursor().selectedText()
        needle = self.find_edit.text()
        if self.case_box.isChecked():
            return chosen == needle
        return chosen.casefold() == needle.casefold()

    def replace_one(self) -> None:
        if self.find_edit.text() and self._selection_matches():
            self.editor.textCursor().insertText(self.replace_edit.text())
        self.find_next()

    def replace_all(self) -> int:
        needle, new = self.find_edit.text(), self.replace_edit.text()
        if not needle:
            return 0
        doc = self.editor.document()
        edit = QTextCursor(doc)
        edit.beginEditBlock()
        count = 0
        found = doc.find(needle, QTextCursor(doc), self._flags())
        while not found.isNull():
            found.insertText(new)
            count += 1
            found = doc.find(needle, found, self._flags())
        edit.endEditBlock()
        self.status.setText(translate("FindReplace", "{n} diganti").format(n=count))
        return count
