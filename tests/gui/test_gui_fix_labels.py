"""A finding that is only a space or a deletion shows what the fix makes ("Sukses nya" ->
"Suksesnya") in the editor's menu, the findings list and its buttons, never a bare "(hapus)"."""

from __future__ import annotations

from gui_helpers import load

from editor.checks.finding import fix_result


def test_fix_result_shows_the_text_after_the_fix() -> None:
    assert fix_result("Sukses nya pilkada", 6, 7, "") == "Suksesnya"
    assert fix_result("rapat di di pasar", 6, 9, "") == "rapat di"
    assert fix_result("di di pasar", 0, 3, "") == "di pasar"
    assert fix_result("ke  pasar", 2, 4, " ") == "ke pasar"
    assert fix_result("Kebangsaam kita", 0, 10, "Kebangsaan") == "Kebangsaan"
    assert fix_result("!!!", 0, 3, "") is None


def test_space_finding_offers_the_joined_word(qtbot, editor) -> None:  # noqa: ANN001
    from editor.gui.findings import FindingsPanel

    load(qtbot, editor, "Sukses nya acara itu didukung warga desa.")
    spaced = [
        p for p in editor.placed if not p.finding.text.strip() and "" in p.finding.suggestions
    ]
    assert spaced, [(p.finding.rule, p.finding.text) for p in editor.placed]
    p = spaced[0]
    menu = editor.build_menu(p)
    labels = [a.text() for a in menu.actions()]
    assert "Suksesnya" in labels and not any("hapus" in t for t in labels), labels
    panel = FindingsPanel()
    qtbot.addWidget(panel)
    panel.label_for = editor.suggestion_label
    panel.set_findings(editor.placed)
    lines = [item.text(0) for item in panel.items()]
    line = next(t for t in lines if "Suksesnya" in t)
    assert "(hapus)" not in line and "→ Suksesnya" in line, lines
    panel.select(p)
    buttons = [b.text() for b in panel._buttons]
    assert buttons[0] == "Suksesnya", buttons


def test_quotes_around_the_word_are_not_part_of_the_label() -> None:
    assert fix_result("“Sukses nya” acara", 7, 8, "") == "Suksesnya"


def test_batch_preview_shows_each_change_whole(qtbot, editor) -> None:  # noqa: ANN001
    """The preview of "Perbaiki semua" wraps before above after: at its default size no change
    is cut off at the right edge (the screenshot had the "after" text behind a scroll bar)."""
    from editor.gui.batchfix import BatchFixDialog
    from editor.gui.editor import Change

    load(qtbot, editor, "Sukses nya pilkada bergantung pada partisipasi seluruh warga desa.")
    p = next(p for p in editor.placed if not p.finding.text.strip())
    long_before = "Sukses nya pilkada bergantung pada partisipasi seluruh warga desa " * 2
    change = Change(p, long_before, long_before.replace("Sukses nya", "Suksesnya"))
    dialog = BatchFixDialog([change], editor)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    item = dialog.list.item(0)
    assert item.text().split("\n") == [long_before, "→ " + change.after]
    assert dialog.list.horizontalScrollBar().maximum() == 0
    rect = dialog.list.visualItemRect(item)
    assert rect.right() <= dialog.list.viewport().width()
    assert rect.height() > 2 * dialog.list.fontMetrics().height()  # wrapped onto more lines
