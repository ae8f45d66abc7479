"""The app sends an approved release out: PDF on the letterhead, WhatsApp text and HTML on the
clipboard, each recorded in the history panel."""

from __future__ import annotations

from pathlib import Path

from gui_helpers import settled

RELEASE = (
    "Dinas Buka Pelatihan Pemasaran Daring\n"
    "MUARA ENIM – Dinas membuka pelatihan pemasaran bagi pelaku usaha kecil di aula kantor.\n"
)


def test_export_pdf_and_copies_from_the_app(make_window, qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    from editor.gui.qt import QApplication
    from editor.services import settings

    draft = tmp_path / "rilis.txt"
    draft.write_text(RELEASE, encoding="utf-8")
    window = make_window()
    window.import_files([draft])
    qtbot.waitUntil(lambda: window.article is not None, timeout=30_000)
    settled(qtbot, window)
    assert not window.whatsapp_action.isEnabled()  # a draft is not sent out
    window.ask = lambda title, text: True
    window.workflow("submit")
    qtbot.waitUntil(lambda: window.article.status == "in_review", timeout=10_000)
    window.workflow("approve")
    qtbot.waitUntil(lambda: window.article.status == "approved", timeout=10_000)
    settings.save_office_profile(window.desk.db, {"institution_lines": ["PEMKAB MUARA ENIM"]})
    assert window.whatsapp_action.isEnabled() and window.pdf_action.isEnabled()

    copies: list = []
    window.copy_release("whatsapp", on_done=copies.append)
    qtbot.waitUntil(lambda: len(copies) == 1, timeout=10_000)
    clip = QApplication.clipboard().text()
    assert clip.startswith("*Dinas Buka Pelatihan Pemasaran Daring*\n\nMUARA ENIM – Dinas")
    window.copy_release("html", on_done=copies.append)
    qtbot.waitUntil(lambda: len(copies) == 2, timeout=10_000)
    assert "<h1>Dinas Buka Pelatihan Pemasaran Daring</h1>" in QApplication.clipboard().text()

    out = tmp_path / "keluar"
    out.mkdir()
    done: list = []
    window.export_docx(out, on_done=done.append, format="pdf")
    qtbot.waitUntil(lambda: bool(done), timeout=60_000)
    assert done[0].path.suffix == ".pdf" and done[0].path.read_bytes().startswith(b"%PDF")
    settled(qtbot, window)
    window.side_tabs.setCurrentWidget(window.history_panel)
    qtbot.waitUntil(lambda: window.history_panel.events.count() > 0, timeout=10_000)
    lines = [window.history_panel.events.item(i).text()
             for i in range(window.history_panel.events.count())]  # fmt: skip
    assert any("mengekspor WhatsApp ke papan klip" in line for line in lines)
    assert any("mengekspor HTML ke papan klip" in line for line in lines)
    assert any("mengekspor PDF ke" in line and ".pdf" in line for line in lines)
