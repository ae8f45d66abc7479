"""The interface language: Bahasa Indonesia in the sources, English through a Qt translation file
generated from them (resources/i18n/sunting_en.ts -> .qm, see scripts in that folder)."""

from __future__ import annotations

from editor.gui.qt import QApplication, QTranslator
from editor.paths import resource

LANGUAGES = {"id": "Bahasa Indonesia", "en": "English"}


def install_translator(app: QApplication, lang: str | None = None) -> str:
    """Install the translation for ``lang`` (default: the saved setting); returns the language."""
    if lang is None:
        from editor.gui.settings import load_settings

        lang = load_settings().ui_language
    previous = getattr(app, "_sunting_translator", None)
    if previous is not None:
        app.removeTranslator(previous)
        app._sunting_translator = None  # type: ignore[attr-defined]
    if lang == "id":
        return lang
    translator = QTranslator(app)
    qm = resource("i18n", f"sunting_{lang}.qm")
    if qm.is_file() and translator.load(str(qm)):
        app.installTranslator(translator)
        app._sunting_translator = translator  # type: ignore[attr-defined]
        return lang
    return "id"
