"""The interface language: Bahasa Indonesia in the sources, English through a Qt translation file
generated from them (resources/i18n/sunting_en.ts -> .qm, see scripts in that folder).

Qt's own texts (standard buttons, the file, input and print dialogs, the text fields' context
menus) are English in Qt; in the Indonesian interface the project's qtbase_id.qm translates them
(resources/i18n/fill_qtbase_id.py), in the English one it is removed again."""

from __future__ import annotations

from editor.gui.qt import QApplication, QLocale, QTranslator
from editor.paths import resource

LANGUAGES = {"id": "Bahasa Indonesia", "en": "English"}

# The translation files each language installs: the app's own and Qt's.
_FILES = {"id": ("qtbase_id",), "en": ("sunting_en",)}


def install_translator(app: QApplication, lang: str | None = None) -> str:
    """Install the translations for ``lang`` (default: the saved setting); returns the language.
    Installing and removing translators sends LanguageChange, so open windows and Qt's own
    widgets (button boxes, message boxes) retranslate at once."""
    if lang is None:
        from editor.gui.settings import load_settings

        lang = load_settings().ui_language
    if lang not in _FILES:
        lang = "id"
    for previous in getattr(app, "_sunting_translators", []):
        app.removeTranslator(previous)
    installed = []
    for name in _FILES[lang]:
        translator = QTranslator(app)
        qm = resource("i18n", f"{name}.qm")
        if qm.is_file() and translator.load(str(qm)):
            app.installTranslator(translator)
            installed.append(translator)
    app._sunting_translators = installed  # type: ignore[attr-defined]
    QLocale.setDefault(_locale(lang))
    if lang == "en" and not installed:
        return "id"
    return lang


def _locale(lang: str) -> QLocale:
    """The locale Qt formats with (file sizes and dates in the file dialog, file types' names
    from the MIME database): Indonesian in the Indonesian interface; in the English one the
    system's if it is English, else US English."""
    if lang == "id":
        return QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)
    system = QLocale.system()
    if system.language() == QLocale.Language.English:
        return system
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
