"""The app's "review the writer's Word file" action: the open release's source .docx back with
fixes as tracked changes and findings as comments. The reviewer sees every finding of the file
and chooses for each: "Ubah" (a tracked change, with the suggestion chosen), "Komentar" or
"Abaikan"; batch-safe fixes start as changes, the rest as comments. The use cases are
:func:`editor.services.docx_review.article_findings` and ``review_article`` with the decisions;
this module only lists, asks and reports."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from editor.gui.qt import (
    QAbstractItemView,
    QComboBox,
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

translate = QCoreApplication.translate

KINDS = ("change", "comment", "ignore")
COLUMNS = 5  # text, where, finding, choice, suggestion
CHOICE_COLUMN, SUGGESTION_COLUMN = 3, 4


def kind_label(kind: str) -> str:
    return {
        "change": translate("ReviewDocx", "Ubah"),
        "comment": translate("ReviewDocx", "Komentar"),
        "ignore": translate("ReviewDocx", "Abaikan"),
    }[kind]


def suggestion_label(suggestion: str) -> str:
    return suggestion if suggestion else translate("ReviewDocx", "(hapus)")


class FindingChoiceDialog(QDialog):
    """One row per finding of the file: its text, where it is, the message, the choice and the
    suggestion a change puts in. "Tinjau" writes the review as chosen; "Batal" writes nothing."""

    def __init__(self, candidates: list[Any], name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewChoicesDialog")
        self.setWindowTitle(translate("ReviewDocx", "Tinjau berkas Word: pilih per temuan"))
        self.resize(900, 520)
        self.candidates = list(candidates)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(translate(
            "ReviewDocx", "{n} temuan di {name}. Untuk tiap temuan pilih Ubah (perubahan "
            "terlacak dengan saran yang dipilih), Komentar, atau Abaikan."
        ).format(n=len(self.candidates), name=name), wordWrap=True))  # fmt: skip
        self.table = QTableWidget(len(self.candidates), COLUMNS, objectName="reviewChoices")
        self.table.setHorizontalHeaderLabels([
            translate("ReviewDocx", "Teks"), translate("ReviewDocx", "Bagian"),
            translate("ReviewDocx", "Temuan"), translate("ReviewDocx", "Pilihan"),
            translate("ReviewDocx", "Saran"),
        ])  # fmt: skip
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.summary = QLabel(objectName="choiceSummary")
        self._many = True  # many rows change at once: the summary is counted once, after
        self.choices: list[QComboBox] = []
        self.suggestions: list[QComboBox] = []
        for row, candidate in enumerate(self.candidates):
            self._fill_row(row, candidate)
        layout.addWidget(self.table, 1)
        helpers = QHBoxLayout()
        self.all_change = QPushButton(translate("ReviewDocx", "Ubah semua"),
                                      objectName="choiceAllChange")  # fmt: skip
        self.all_comment = QPushButton(translate("ReviewDocx", "Semua komentar"),
                                       objectName="choiceAllComment")  # fmt: skip
        self.all_ignore = QPushButton(translate("ReviewDocx", "Abaikan semua"),
                                      objectName="choiceAllIgnore")  # fmt: skip
        self.defaults = QPushButton(translate("ReviewDocx", "Kembalikan bawaan"),
                                    objectName="choiceDefaults")  # fmt: skip
        self.all_change.clicked.connect(lambda: self.set_all("change"))
        self.all_comment.clicked.connect(lambda: self.set_all("comment"))
        self.all_ignore.clicked.connect(lambda: self.set_all("ignore"))
        self.defaults.clicked.connect(self.reset)
        for button in (self.all_change, self.all_comment, self.all_ignore, self.defaults):
            helpers.addWidget(button)
        helpers.addStretch(1)
        helpers.addWidget(self.summary)
        layout.addLayout(helpers)
        buttons = QDialogButtonBox(objectName="reviewChoiceButtons")
        self.ok_button = buttons.addButton(
            translate("ReviewDocx", "Tinjau"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok_button.setObjectName("reviewChoicesOk")
        self.cancel_button = buttons.addButton(
            translate("ReviewDocx", "Batal"), QDialogButtonBox.ButtonRole.RejectRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._many = False
        self._update_summary()

    def _fill_row(self, row: int, candidate: Any) -> None:
        f = candidate.finding
        cells = (f.text, candidate.where, f.message)
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(candidate.context if column == 0 else text)
            self.table.setItem(row, column, item)
        choice = QComboBox(objectName=f"choice_{row}")
        for kind in KINDS:
            if kind == "change" and not candidate.changeable:
                continue  # no suggestion, or it spans paragraphs: a comment at most
            choice.addItem(kind_label(kind), kind)
        suggestion = QComboBox(objectName=f"suggestion_{row}")
        for s in f.suggestions:
            suggestion.addItem(suggestion_label(s), s)
        choice.currentIndexChanged.connect(lambda _=0, r=row: self._choice_changed(r))
        self.choices.append(choice)
        self.suggestions.append(suggestion)
        self.table.setCellWidget(row, CHOICE_COLUMN, choice)
        self.table.setCellWidget(row, SUGGESTION_COLUMN, suggestion)
        self.set_choice(row, candidate.default)

    def _choice_changed(self, row: int) -> None:
        self.suggestions[row].setEnabled(self.choice(row) == "change")
        if not self._many:
            self._update_summary()

    def _update_summary(self) -> None:
        kinds = [self.choice(r) for r in range(len(self.choices))]
        self.summary.setText(translate(
            "ReviewDocx", "{change} diubah, {comment} komentar, {ignore} diabaikan"
        ).format(**{k: kinds.count(k) for k in KINDS}))  # fmt: skip

    # -- what the tests and the helpers drive -------------------------------------------------
    def choice(self, row: int) -> str:
        return str(self.choices[row].currentData())

    def set_choice(self, row: int, kind: str, suggestion: str | None = None) -> bool:
        """Choose ``kind`` (and the suggestion) for a row; False if the row does not offer it."""
        index = self.choices[row].findData(kind)
        if index < 0:
            return False
        self.choices[row].setCurrentIndex(index)
        if suggestion is not None:
            at = self.suggestions[row].findData(suggestion)
            if at < 0:
                return False
            self.suggestions[row].setCurrentIndex(at)
        self._choice_changed(row)
        return True

    def set_all(self, kind: str) -> None:
        """Every row that offers ``kind`` (a finding without a fix cannot be a change)."""
        self._many = True
        for row in range(len(self.candidates)):
            self.set_choice(row, kind)
        self._many = False
        self._update_summary()

    def reset(self) -> None:
        self._many = True
        for row, candidate in enumerate(self.candidates):
            self.set_choice(row, candidate.default)
            self.suggestions[row].setCurrentIndex(0)
        self._many = False
        self._update_summary()

    def decisions(self) -> dict[Any, Any]:
        """The choices as the review service takes them: FindingKey -> Decision."""
        from editor.review.tracked import Decision

        out = {}
        for row, candidate in enumerate(self.candidates):
            kind = self.choice(row)
            suggestion = self.suggestions[row].currentData() if kind == "change" else None
            out[candidate.key] = Decision(kind, suggestion)
        return out


def review_docx_dialog(window: Any) -> None:
    """Ask for the writer's .docx and the folder; then the choices per finding; then review."""
    from editor.gui.habits import file_dialog_options

    if window.desk is None or window.article is None:
        return
    source, _ = QFileDialog.getOpenFileName(
        window, translate("ReviewDocx", "Berkas Word penulis"), "",
        translate("ReviewDocx", "Dokumen Word (*.docx)"), options=file_dialog_options(),
    )  # fmt: skip
    if not source:
        return
    folder = QFileDialog.getExistingDirectory(
        window, translate("ReviewDocx", "Simpan berkas tinjauan ke folder"), "",
        file_dialog_options() | QFileDialog.Option.ShowDirsOnly,
    )  # fmt: skip
    if folder:
        choose_and_review(window, Path(source), Path(folder))


def choose_and_review(
    window: Any, source: Path, folder: Path, on_done: Callable[[Any], None] | None = None
) -> None:
    """List the findings of ``source`` (the .docx the open release came from) in the
    background, show them for the reviewer's choices (``window.review_choices``), and on
    "Tinjau" write the review into ``folder`` following them."""
    from editor.services.docx_review import article_findings

    if window.desk is None or window.article is None:
        return
    desk, aid, checker = window.desk, window.article.id, window.editor.scheduler.checker

    def listed(candidates: list[Any]) -> None:
        if not candidates:
            window.statusBar().showMessage(
                translate("ReviewDocx", "Tidak ada temuan di {name}; tidak ada yang perlu "
                          "ditinjau.").format(name=source.name), 10000)  # fmt: skip
            return
        dialog = FindingChoiceDialog(candidates, source.name, window)
        window.review_choices = dialog
        dialog.accepted.connect(lambda: review_writer_docx(
            window, source, folder, decisions=dialog.decisions(), on_done=on_done,
            checker=checker))  # fmt: skip
        dialog.open()

    window.save_now(then=lambda: window.db_tasks.run(
        lambda: article_findings(desk.db, aid, source, checker=checker), listed,
        window.show_error))  # fmt: skip


def review_writer_docx(
    window: Any, source: Path, folder: Path, fixes: str = "safe",
    on_done: Callable[[Any], None] | None = None, *,
    decisions: Mapping[Any, Any] | None = None, checker: Any = None,
) -> None:  # fmt: skip
    """Review ``source`` (the .docx the open release came from) into ``folder`` in the
    background, by the fix mode or by the reviewer's ``decisions``; the status bar says what
    was written, an error is shown as a message."""
    from editor.commands.review import SUFFIX
    from editor.services.docx_review import review_article

    if window.desk is None or window.article is None:
        return
    desk, aid = window.desk, window.article.id
    checker = checker or window.editor.scheduler.checker
    target = folder / f"{source.stem}{SUFFIX}.docx"

    def run() -> Any:
        return review_article(desk.db, aid, source, target, checker=checker, fixes=fixes,
                              force=True, user=desk.user, decisions=decisions)  # fmt: skip

    def done(outcome: Any) -> None:
        message = translate("ReviewDocx", "Tinjauan disimpan di {path}: {changes} perubahan "
                            "terlacak, {comments} komentar").format(
            path=target, changes=len(outcome.changes), comments=len(outcome.comments))  # fmt: skip
        if outcome.notices:
            message += " — " + " ".join(outcome.notices)
        window.statusBar().showMessage(message, 10000)
        if on_done is not None:
            on_done(outcome)

    window.save_now(then=lambda: window.db_tasks.run(run, done, window.show_error))
