"""The app's "review the writer's Word file" action: the open release's source .docx back with
fixes as tracked changes and findings as comments (the use case is
:func:`editor.services.docx_review.review_article`; this module only asks and reports)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from editor.gui.qt import QCoreApplication, QFileDialog, QInputDialog

translate = QCoreApplication.translate

FIX_CHOICES = ("safe", "all", "none")


def fix_labels() -> list[str]:
    return [
        translate("ReviewDocx", "Perbaikan aman sebagai perubahan terlacak, sisanya komentar"),
        translate("ReviewDocx", "Semua perbaikan sebagai perubahan terlacak"),
        translate("ReviewDocx", "Semua temuan sebagai komentar"),
    ]


def review_docx_dialog(window: Any) -> None:
    """Ask for the writer's .docx, what becomes a change, and the folder; then review."""
    from editor.gui.habits import file_dialog_options

    if window.desk is None or window.article is None:
        return
    source, _ = QFileDialog.getOpenFileName(
        window, translate("ReviewDocx", "Berkas Word penulis"), "",
        translate("ReviewDocx", "Dokumen Word (*.docx)"), options=file_dialog_options(),
    )  # fmt: skip
    if not source:
        return
    labels = fix_labels()
    label, ok = QInputDialog.getItem(
        window, translate("ReviewDocx", "Tinjau berkas Word"),
        translate("ReviewDocx", "Yang menjadi perubahan terlacak:"), labels, 0, False,
    )  # fmt: skip
    if not ok:
        return
    folder = QFileDialog.getExistingDirectory(
        window, translate("ReviewDocx", "Simpan berkas tinjauan ke folder"), "",
        file_dialog_options() | QFileDialog.Option.ShowDirsOnly,
    )  # fmt: skip
    if folder:
        review_writer_docx(window, Path(source), Path(folder), FIX_CHOICES[labels.index(label)])


def review_writer_docx(
    window: Any, source: Path, folder: Path, fixes: str = "safe",
    on_done: Callable[[Any], None] | None = None,
) -> None:  # fmt: skip
    """Review ``source`` (the .docx the open release came from) into ``folder`` in the
    background; the status bar says what was written, an error is shown as a message."""
    from editor.commands.review import SUFFIX
    from editor.services.docx_review import review_article

    if window.desk is None or window.article is None:
        return
    desk, aid, checker = window.desk, window.article.id, window.editor.scheduler.checker
    target = folder / f"{source.stem}{SUFFIX}.docx"

    def run() -> Any:
        return review_article(desk.db, aid, source, target, checker=checker, fixes=fixes,
                              force=True, user=desk.user)  # fmt: skip

    def done(outcome: Any) -> None:
        window.statusBar().showMessage(
            translate("ReviewDocx", "Tinjauan disimpan di {path}: {changes} perubahan terlacak, "
                      "{comments} komentar").format(path=target, changes=len(outcome.changes),
                                                    comments=len(outcome.comments)),
            10000,
        )  # fmt: skip
        if on_done is not None:
            on_done(outcome)

    window.save_now(then=lambda: window.db_tasks.run(run, done))
