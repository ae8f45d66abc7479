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
