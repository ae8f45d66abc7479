"""How each finding category looks in the UI: its Indonesian label and its underline colour."""

from __future__ import annotations

from editor.checks.finding import CATEGORIES
from editor.gui.qt import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("Categories", text)


_COLOURS = {
    "spelling": "#d32f2f",
    "nonstandard": "#ef6c00",
    "affix": "#8e24aa",
    "capitalization": "#1565c0",
    "punctuation": "#00897b",
    "abbreviation": "#00838f",
    "number": "#6d4c41",
    "typography": "#757575",
    "style": "#2e7d32",
    "foreign": "#c2185b",
    "consistency": "#9e9d24",
    "structure": "#283593",
    "grammar": "#0277bd",
}


def label(category: str) -> str:
    labels = {
        "spelling": _t("Ejaan dan salah ketik"),
        "nonstandard": _t("Kata tidak baku"),
        "affix": _t("Penulisan kata"),
        "capitalization": _t("Huruf kapital"),
        "punctuation": _t("Tanda baca"),
        "abbreviation": _t("Singkatan dan gelar"),
        "number": _t("Angka dan bilangan"),
        "typography": _t("Tipografi"),
        "style": _t("Gaya bahasa"),
        "foreign": _t("Kata asing"),
        "consistency": _t("Konsistensi"),
        "structure": _t("Struktur rilis"),
        "grammar": _t("Tata bahasa"),
    }
    return labels.get(category, category)


def colour(category: str) -> str:
    return _COLOURS.get(category, "#d32f2f")


def severity_label(severity: str) -> str:
    return {
        "error": _t("Kesalahan"),
        "warning": _t("Peringatan"),
        "suggestion": _t("Saran"),
    }.get(severity, severity)


ORDER = {c: i for i, c in enumerate(CATEGORIES)}
