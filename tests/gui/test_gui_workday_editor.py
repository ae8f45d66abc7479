"""Issue 14, the editor on its own: offsets across emoji and other non-BMP characters, batch
fixes only for batch-safe findings, dropped files, the context menu (Cut/Copy/Paste, no rule
ids, a flagged space offering the word it makes)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from gui_helpers import SETTLE_MS, load

EMOJI = "Laporan Kegiatan\n\nHadir pula Forum 🇮🇩 Pembauran 😀 Kebangsaam (FPK) 𝔸 kemarin."


class Marked:
    """The real engine, with ``batch_safe`` set per rule by the test (the issue-11 engine sets
    it itself; here it is known, whatever the engine decides)."""

    def __init__(self, engine, safe: set[str]) -> None:  # noqa: ANN001
        self.engine, self.safe = engine, safe

    def check(self, document):  # noqa: ANN001, ANN201
        return [replace(f, batch_safe=f.rule in self.safe) for f in self.engine.check(document)]


def test_underline_and_fix_after_emoji(qtbot, editor) -> None:  # noqa: ANN001
    load(qtbot, editor, EMOJI)
    p = next(p for p in editor.placed if p.finding.text == "Kebangsaam")
    # Python offsets for the services, UTF-16 for Qt: they differ by the three emoji units
    assert editor.plain_text()[p.start : p.end] == "Kebangsaam"
    drawn = [s.cursor.selectedText() for s in editor.extraSelections()]
    assert "Kebangsaam" in drawn
    assert editor.select_finding(p)
    assert editor.textCursor().selectedText() == "Kebangsaam"
    assert editor.finding_at(p.qt_start + 1) == p
    assert editor.apply(p, 0)
    assert "Pembauran 😀 Kebangsaan (FPK) 𝔸 kemarin." in editor.plain_text()


def test_selection_and_comment_ranges_after_emoji(qtbot, editor) -> None:  # noqa: ANN001
    load(qtbot, editor, EMOJI)
    text = editor.plain_text()
    start = text.index("kemarin")
    editor.setTextCursor(editor.cursor_between(start, start + len("kemarin")))
    assert editor.textCursor().selectedText() == "kemarin"
    assert editor.selection_range() == (start, start + 7)
    editor.set_comments([(start, start + 7, "kemarin")])
    yellow = [
        s for s in editor.extraSelections() if s.format.background().color().name() == "#fff3b0"
    ]
    assert [s.cursor.selectedText() for s in yellow] == ["kemarin"]


def test_batch_fix_applies_only_batch_safe_findings(qtbot, editor, engine) -> None:  # noqa: ANN001
    text = ("Sukses Itu Milik Warga\n\nSukses nya pilkada bergantung pada warga 😀. Hasil nya "
            "diumumkan besok, dan dampak nya terasa. H. Hani Syopiar Rustam hadir.")  # fmt: skip
    editor.scheduler.set_checker(Marked(engine, set()))
    load(qtbot, editor, text)
    clitic = next(p for p in editor.placed if p.finding.text == " " and "nya" in
                  editor.plain_text()[p.end : p.end + 3]).finding.rule  # fmt: skip
    assert editor.batch_changes(clitic) == []  # nothing is batch-safe: nothing applied
    assert editor.fix_all("KBBI.Spelling") == 0
    editor.scheduler.set_checker(Marked(engine, {clitic}))
    qtbot.waitUntil(lambda: not editor.scheduler.busy and any(p.finding.batch_safe
                    for p in editor.placed), timeout=SETTLE_MS)  # fmt: skip
    changes = editor.batch_changes(clitic)
    assert [c.after.split()[0] for c in changes][:1] == ["Suksesnya"]
    before = editor.plain_text()
    assert editor.apply_changes(changes) == 3
    fixed = editor.plain_text()
    assert "Suksesnya" in fixed and "Hasilnya" in fixed and "dampaknya" in fixed
    assert "Syopiar" in fixed and "😀" in fixed  # the name was not batch-safe: untouched
    editor.undo()
    assert editor.plain_text() == before


def test_space_finding_is_easy_to_hit_and_offers_the_word(qtbot, editor) -> None:  # noqa: ANN001
    load(qtbot, editor, "Laporan Pilkada\n\nSukses nya pilkada bergantung pada warga.")
    p = next(p for p in editor.placed if p.finding.text == " ")
    for pos in (p.qt_start - 1, p.qt_start, p.qt_end):  # the letters on both sides hit it
        assert editor.finding_at(pos) == p
    labels = [a.text() for a in editor.build_menu(p).actions()]
    assert "Suksesnya" in labels
    assert "(hapus)" not in labels


def test_context_menu_has_edit_actions_and_no_rule_ids(qtbot, editor, engine) -> None:  # noqa: ANN001
    editor.scheduler.set_checker(Marked(engine, {"EYD.Clitic.Nya", "EYD.Affix.Nya"}))
    load(qtbot, editor, "Laporan\n\nSukses nya pilkada dan hasil nya baik. Kebangsaam kita.")
    for p in editor.placed:
        labels = [a.text() for a in editor.build_menu(p).actions()]
        for word in ("Potong", "Salin", "Tempel"):
            assert word in labels
        assert not [lbl for lbl in labels if p.finding.rule in lbl]


def test_dropped_docx_is_opened_not_inserted(qtbot, editor, tmp_path: Path) -> None:  # noqa: ANN001
    from docx import Document as Docx

    from editor.gui.qt import QDropEvent, QMimeData, QPointF, Qt, QUrl

    path = tmp_path / "rilis.docx"
    word = Docx()
    word.add_paragraph("Judul Rilis")
    word.save(str(path))
    load(qtbot, editor, "Judul\n\nIsi rilis dan suport warga kemarin.")
    before = editor.plain_text()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    mime.setText(QUrl.fromLocalFile(str(path)).toString())
    dropped: list = []
    editor.filesDropped.connect(dropped.append)
    event = QDropEvent(QPointF(40, 40), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
    editor.dropEvent(event)
    editor.insertFromMimeData(mime)  # a paste of the same file
    assert editor.plain_text() == before
    assert "file://" not in editor.plain_text()
    assert dropped == [[path], [path]]
