"""End to end on the seed draft: open, see the typos underlined and listed, fix, dismiss, add to
the dictionary, submit, approve, export and read the DOCX back; team mode; screenshots."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from gui_helpers import overlapping, settled

SEED_MARKS = ("Kebangsaam", "suport", "Sukses nya", "SE.,M.SI")


def _open_seed(window, seed_path: Path, qtbot) -> None:  # noqa: ANN001
    window.import_files([seed_path])
    qtbot.waitUntil(lambda: window.article is not None, timeout=30_000)
    settled(qtbot, window)


def _listed_texts(window) -> list[str]:  # noqa: ANN001
    return [item.data(0, 256).finding.text for item in window.findings.items()]


def test_seed_end_to_end(
    make_window, seed_path: Path, qtbot, tmp_path: Path, artifacts: Path
) -> None:  # noqa: ANN001
    from editor.gui.qt import QColor, QImage

    window = make_window()
    _open_seed(window, seed_path, qtbot)
    assert window.editor.plain_text().startswith("PJ Bupati Banyuasin")
    # every known problem is underlined (an extra selection with a wave) and listed
    waves = {(s.cursor.selectionStart(), s.cursor.selectionEnd())
             for s in window.editor.extraSelections()}  # fmt: skip
    listed = _listed_texts(window)
    for mark in SEED_MARKS:
        found = overlapping(window, mark)
        assert found, f"{mark} is not flagged"
        assert all((p.start, p.end) in waves for p in found)
        assert any(p.finding.text in listed for p in found)
    window.grab().save(str(artifacts / "gui-main-window.png"))
    image = QImage(str(artifacts / "gui-main-window.png"))
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 37) for y in range(0, image.height(), 23)
    }
    assert len(colours) > 20 and QColor(image.pixel(10, 10)).isValid()

    # apply a suggestion from the findings panel
    typo = overlapping(window, "Kebangsaam")[0]
    assert "Kebangsaan" in typo.finding.suggestions
    window.findings.activated.emit(typo)
    assert window.editor.textCursor().selectedText() == "Kebangsaam"
    window.findings.applyRequested.emit(typo, typo.finding.suggestions.index("Kebangsaan"))
    assert "Pembauran Kebangsaan (FPK)" in window.editor.plain_text()
    settled(qtbot, window)
    assert not [p for p in window.editor.placed if p.finding.text == "Kebangsaam"]

    # dismiss "suport" for this article; it stays dismissed after reopening
    sup = next(p for p in overlapping(window, "suport") if p.finding.text == "suport")
    window.dismiss(sup, "article")
    qtbot.waitUntil(lambda: not overlapping_text(window, "suport"), timeout=10_000)
    article_id = window.article.id
    window.save_now()
    settled(qtbot, window)
    window.close()
    again = make_window()
    again.open_article(article_id)
    qtbot.waitUntil(lambda: again.article is not None, timeout=10_000)
    settled(qtbot, again)
    assert "Kebangsaan (FPK)" in again.editor.plain_text()
    assert not overlapping_text(again, "suport")

    # add a flagged word to the house dictionary: it is no longer flagged
    word = next(p for p in again.editor.placed if p.finding.category == "spelling")
    again.findings.activated.emit(word)
    again.add_word(word.finding.text)
    qtbot.waitUntil(lambda: word.finding.text in {e.word for e in again.desk.words()},
                    timeout=10_000)  # fmt: skip
    qtbot.waitUntil(lambda: not [p for p in again.editor.placed
                                 if p.finding.text == word.finding.text], timeout=30_000)  # fmt: skip
    settled(qtbot, again)

    # submit, approve (confirming the open errors), export and read the DOCX back
    asked: list[str] = []
    again.ask = lambda title, text: asked.append(text) or True
    again.workflow("submit")
    qtbot.waitUntil(lambda: again.article.status == "in_review", timeout=10_000)
    assert again.approve_action.isEnabled()
    again.workflow("approve")
    qtbot.waitUntil(lambda: again.article.status == "approved", timeout=10_000)
    assert asked and "kesalahan" in asked[0]
    assert again.status_badge.text() == "Disetujui"
    _fill_office_profile(again, qtbot, artifacts)
    out = tmp_path / "out"
    out.mkdir()
    exported: list = []
    again.export_docx(out, on_done=exported.append)
    qtbot.waitUntil(lambda: bool(exported), timeout=30_000)
    path = exported[0].path
    body = "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    assert "Forum Pembauran Kebangsaan (FPK)" in body and "Kebangsaam" not in body
    settled(qtbot, again)
    qtbot.waitUntil(lambda: again.article.status == "exported", timeout=10_000)
    again.side_tabs.setCurrentWidget(again.history_panel)
    lines = [again.history_panel.events.item(i).text()
             for i in range(again.history_panel.events.count())]  # fmt: skip
    assert any("mengekspor" in line for line in lines)
    assert any("Disetujui" in line for line in lines)
    again.grab().save(str(artifacts / "gui-history.png"))


def _fill_office_profile(window, qtbot, artifacts: Path) -> None:  # noqa: ANN001
    """The letterhead comes from the office profile, entered in the settings dialog."""
    window.settings_dialog()
    dialog = window.open_dialog
    assert dialog.objectName() == "settingsDialog"
    dialog.institution.setPlainText("PEMERINTAH KABUPATEN BANYUASIN\nDINAS KOMINFO")
    dialog.address.setText("Jalan Sekojo No. 1, Pangkalan Balai")
    dialog.place.setText("Pangkalan Balai")
    dialog.grab().save(str(artifacts / "gui-settings.png"))
    dialog.save()
    qtbot.waitUntil(lambda: not window.db_tasks.busy, timeout=10_000)
    assert window.desk.office_profile()["institution_lines"][0] == "PEMERINTAH KABUPATEN BANYUASIN"


def overlapping_text(window, needle: str) -> list:  # noqa: ANN001
    return [p for p in overlapping(window, needle) if p.finding.text == needle]


def test_team_mode_writer_cannot_approve(make_window, qtbot, seed_text: str) -> None:  # noqa: ANN001
    from editor.gui.desk import Desk
    from editor.services import articles, users, workflow
    from editor.services.errors import Forbidden

    desk = Desk.open(None, "admin")
    users.current_user(desk.db, "admin")
    users.set_team_mode(desk.db, True, by="admin")
    users.add_user(desk.db, "wati", "writer", by="admin")
    users.add_user(desk.db, "budi", "editor", by="admin")
    art = articles.import_text(desk.db, seed_text, user="wati")
    workflow.submit(desk.db, art.id, user="wati")
    desk.close()

    writer = make_window(user="wati")
    writer.open_article(art.id)
    qtbot.waitUntil(lambda: writer.article is not None, timeout=10_000)
    settled(qtbot, writer)
    assert writer.team_mode and writer.role == "writer"
    assert writer.article.status == "in_review"
    assert not writer.approve_action.isEnabled()
    assert not writer.approve_btn.isEnabled()
    writer.ask = lambda *a: True
    writer.workflow("approve")  # even if forced, the service refuses and the user is told
    qtbot.waitUntil(lambda: bool(writer.last_error), timeout=10_000)
    assert "tidak" in writer.last_error and writer.article.status == "in_review"
    with pytest.raises(Forbidden):
        workflow.approve(writer.desk.db, art.id, user="wati")
    writer.close()

    editor = make_window(user="budi")
    editor.open_article(art.id)
    qtbot.waitUntil(lambda: editor.article is not None, timeout=10_000)
    settled(qtbot, editor)
    assert editor.approve_action.isEnabled()


def test_english_release_is_checked_as_english(make_window, qtbot) -> None:  # noqa: ANN001
    from editor.gui.desk import Desk
    from editor.services import articles

    text = "Regent Opens Dialogue\n\nThe regent opened the dialogue with community leaders."
    desk = Desk.open(None, "Rina")
    english = articles.import_text(desk.db, text, language="en", user="Rina").id
    indonesian = articles.import_text(desk.db, text, language="id", user="Rina").id
    desk.close()
    window = make_window()
    # checked as Indonesian, English copy is a block that does not belong (one deletion, no
    # Indonesian "fixes" of its words); checked as English, neither
    for aid, flagged in ((indonesian, True), (english, False)):
        window.open_article(aid)
        qtbot.waitUntil(lambda aid=aid: window.article is not None and window.article.id == aid,
                        timeout=10_000)  # fmt: skip
        settled(qtbot, window)
        rules = {p.finding.rule for p in window.editor.placed}
        assert "KBBI.Spelling" not in rules, (aid, rules)
        assert ("STRUCT.Leftover" in rules) is flagged, (aid, rules)
