"""The app's "Tinjau berkas Word penulis" action, for real: a .docx imported into the desk, its
source file reviewed from the open release, the reviewed copy read back."""

from __future__ import annotations

import zipfile
from pathlib import Path

from gui_helpers import settled
from lxml import etree

from editor.review.accept import settled_docx
from editor.review.tracked import story_texts
from tests.review.word_files import dinas_docx

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def test_review_the_writers_word_file_from_the_open_release(
    make_window, qtbot, tmp_path: Path
) -> None:  # noqa: ANN001
    from editor.gui.review_docx import review_writer_docx

    window = make_window()
    assert window.review_docx_action.text() == "Tinjau berkas Word penulis…"
    assert window.review_docx_action in window.files_menu.actions()
    source = dinas_docx(tmp_path / "vaksinasi.docx")
    before = source.read_bytes()
    window.import_files([source])
    qtbot.waitUntil(lambda: window.article is not None, timeout=30_000)
    settled(qtbot, window)
    out = tmp_path / "tinjauan"
    out.mkdir()
    done: list = []
    review_writer_docx(window, source, out, "all", on_done=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=30_000)
    target = out / "vaksinasi-ditinjau.docx"
    assert "Tinjauan disimpan di" in window.statusBar().currentMessage()
    assert source.read_bytes() == before
    assert done[0].changes
    with zipfile.ZipFile(target) as zf:
        body = etree.fromstring(zf.read("word/document.xml"))
    authors = {el.get(f"{W}author") for el in body.iter(f"{W}ins", f"{W}del")}
    assert authors == {"Rina"}  # the desk user is the reviewer
    accepted = story_texts(settled_docx(target.read_bytes(), accept=True))["word/document.xml"]
    assert "apa pun" in accepted and "bekerja sama" in accepted


def test_the_reviewer_chooses_per_finding_and_the_file_follows(
    make_window, qtbot, tmp_path: Path
) -> None:  # noqa: ANN001
    import docx

    from editor.gui.qt import Qt
    from editor.gui.review_docx import choose_and_review

    window = make_window()
    source = dinas_docx(tmp_path / "vaksinasi.docx")
    window.import_files([source])
    qtbot.waitUntil(lambda: window.article is not None, timeout=30_000)
    settled(qtbot, window)
    out = tmp_path / "tinjauan"
    out.mkdir()
    done: list = []
    choose_and_review(window, source, out, on_done=done.append)
    qtbot.waitUntil(lambda: getattr(window, "review_choices", None) is not None
                    and window.review_choices.isVisible(), timeout=30_000)  # fmt: skip
    dialog = window.review_choices
    rows = {dialog.table.item(r, 0).text(): r for r in range(dialog.table.rowCount())
            if dialog.table.item(r, 1).text() == "isi"}  # fmt: skip
    # defaults: the batch-safe fixes as changes, the judgement calls as comments
    assert dialog.choice(rows["apapun"]) == "change"
    assert dialog.choice(rows["Penyelenggaran"]) == "comment"
    defaults = [c.default for c in dialog.candidates]
    assert dialog.summary.text() == (
        f"{defaults.count('change')} diubah, {defaults.count('comment')} komentar, 0 diabaikan"
    )
    # select-all helpers
    dialog.all_change.click()
    assert all(dialog.choice(r) == "change" for r, c in enumerate(dialog.candidates)
               if c.changeable)  # fmt: skip
    dialog.all_ignore.click()
    assert {dialog.choice(r) for r in range(dialog.table.rowCount())} == {"ignore"}
    dialog.all_comment.click()
    assert {dialog.choice(r) for r in range(dialog.table.rowCount())} == {"comment"}
    dialog.defaults.click()
    assert dialog.choice(rows["apapun"]) == "change"
    # one choice of each kind, by the widgets a reviewer uses
    typo = rows["Penyelenggaran"]
    choice = dialog.choices[typo]
    choice.setCurrentIndex(choice.findText("Ubah"))
    assert dialog.suggestions[typo].isEnabled()
    dialog.suggestions[typo].setCurrentIndex(dialog.suggestions[typo].findText("Penyelenggara"))
    apapun = dialog.choices[rows["apapun"]]
    apapun.setCurrentIndex(apapun.findText("Komentar"))
    assert not dialog.suggestions[rows["apapun"]].isEnabled()
    ignore = dialog.choices[rows["bekerjasama"]]
    ignore.setCurrentIndex(ignore.findText("Abaikan"))
    assert "1 diabaikan" in dialog.summary.text()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(done), timeout=30_000)

    target = out / "vaksinasi-ditinjau.docx"
    assert "Tinjauan disimpan di" in window.statusBar().currentMessage()
    with zipfile.ZipFile(target) as zf:
        body = etree.fromstring(zf.read("word/document.xml"))
    inserted = ["".join(t.text or "" for t in el.iter(f"{W}t")) for el in body.iter(f"{W}ins")]
    deleted = ["".join(t.text or "" for t in el.iter(f"{W}delText"))
               for el in body.iter(f"{W}del")]  # fmt: skip
    assert "Penyelenggara" in inserted and "Penyelenggaran" in deleted
    assert "apapun" not in deleted and "bekerjasama" not in deleted
    comments = [c.text for c in docx.Document(str(target)).comments]
    assert any("apa pun" in c for c in comments)
    assert not any("bekerja sama" in c for c in comments)
    accepted = story_texts(settled_docx(target.read_bytes(), accept=True))["word/document.xml"]
    assert "Penyelenggara " in accepted and "apapun" in accepted and "bekerjasama" in accepted
    assert "se-Kecamatan" in accepted  # a default change the reviewer left as it was


def test_batal_in_the_choices_writes_nothing(make_window, qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    from editor.gui.review_docx import choose_and_review

    window = make_window()
    source = dinas_docx(tmp_path / "vaksinasi.docx")
    window.import_files([source])
    qtbot.waitUntil(lambda: window.article is not None, timeout=30_000)
    settled(qtbot, window)
    choose_and_review(window, source, tmp_path)
    qtbot.waitUntil(lambda: getattr(window, "review_choices", None) is not None, timeout=30_000)
    window.review_choices.cancel_button.click()
    window.db_tasks.wait()
    assert not (tmp_path / "vaksinasi-ditinjau.docx").exists()
    assert not window.last_error
