"""Changing the interface language in the settings takes effect at once, without a restart."""

from __future__ import annotations

from editor.gui.qt import QApplication


def _texts(window) -> dict[str, str]:  # noqa: ANN001
    return {
        "title": window.windowTitle(),
        "open": window.open_action.text(),
        "approve": window.workflow_bar.widgetForAction(window.approve_action).text(),
        "menu": window.files_menu.title(),
        "tabs": " / ".join(window.side_tabs.tabText(i) for i in range(3)),
        "resolve": window.comments_panel.resolve_btn.text(),
        "ignore": window.findings.ignore_btn.text(),
        "search": window.article_pane.search.placeholderText(),
        "compare": window.history_panel.compare_btn.text(),
    }


def _choose_language(window, qtbot, code: str) -> None:  # noqa: ANN001
    window.settings_dialog()
    dialog = window.open_dialog
    dialog.language.setCurrentIndex(dialog.language.findData(code))
    dialog.save()
    qtbot.waitUntil(lambda: not window.db_tasks.busy, timeout=10_000)


def test_language_changes_without_restart(make_window, qtbot, artifacts) -> None:  # noqa: ANN001
    from editor.gui.i18n import install_translator
    from editor.gui.settings import load_settings

    window = make_window()
    assert _texts(window) == {
        "title": "Sunting — Meja Redaksi",
        "open": "Buka berkas…",
        "approve": "Setujui",
        "menu": "&Berkas",
        "tabs": "Temuan / Riwayat / Komentar",
        "resolve": "Tandai selesai",
        "ignore": "Abaikan",
        "search": "Cari judul atau isi…",
        "compare": "Bandingkan",
    }
    try:
        _choose_language(window, qtbot, "en")
        qtbot.waitUntil(lambda: window.open_action.text() == "Open files…", timeout=5_000)
        assert _texts(window) == {
            "title": "Sunting — Review Desk",
            "open": "Open files…",
            "approve": "Approve",
            "menu": "&File",
            "tabs": "Findings / History / Comments",
            "resolve": "Mark resolved",
            "ignore": "Ignore",
            "search": "Search title or text…",
            "compare": "Compare",
        }
        assert load_settings().ui_language == "en"
        window.grab().save(str(artifacts / "gui-english.png"))
        _choose_language(window, qtbot, "id")
        qtbot.waitUntil(lambda: window.open_action.text() == "Buka berkas…", timeout=5_000)
        assert _texts(window)["tabs"] == "Temuan / Riwayat / Komentar"
    finally:
        install_translator(QApplication.instance(), "id")
