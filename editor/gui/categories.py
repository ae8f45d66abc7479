"""How each finding category looks in the UI: its Indonesian label and its underline colour."""

from __future__ import annotations

from editor.checks.finding import CATEGORIES
from editor.gui.qt import QCoreApplication

translate = QCoreApplication.translate


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
        "spelling": translate("Categories", "Ejaan dan salah ketik"),
        "nonstandard": translate("Categories", "Kata tidak baku"),
        "affix": translate("Categories", "Penulisan kata"),
        "capitalization": translate("Categories", "Huruf kapital"),
        "punctuation": translate("Categories", "Tanda baca"),
        "abbreviation": translate("Categories", "Singkatan dan gelar"),
        "number": translate("Categories", "Angka dan bilangan"),
        "typography": translate("Categories", "Tipografi"),
        "style": translate("Categories", "Gaya bahasa"),
        "foreign": translate("Categories", "Kata asing"),
        "consistency": translate("Categories", "Konsistensi"),
        "structure": translate("Categories", "Struktur rilis"),
        "grammar": translate("Categories", "Tata bahasa"),
    }
    return labels.get(category, category)


def colour(category: str) -> str:
    return _COLOURS.get(category, "#d32f2f")


def severity_label(severity: str) -> str:
    return {
        "error": translate("Categories", "Kesalahan"),
        "warning": translate("Categories", "Peringatan"),
        "suggestion": translate("Categories", "Saran"),
    }.get(severity, severity)


ORDER = {c: i for i, c in enumerate(CATEGORIES)}
