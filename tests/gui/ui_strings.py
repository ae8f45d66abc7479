"""Every string a user can see in a widget tree, and the rule that calls a word English or
Indonesian (wordfreq's frequency lists: a word is English when it is common in English and
clearly rarer in Indonesian, and the reverse), for the untranslated-text tests."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from editor.gui.qt import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    Qt,
    QTabBar,
    QTextEdit,
    QWidget,
)

_WORD = re.compile(r"[A-Za-z]+")
_TAG = re.compile(
    r"<[^>]+>|&[a-z]+;|%\d|\{[a-z_]+(?::[^}]*)?\}|https?://\S+|\S+@\S+|\(\*[^)]*\)|(?:/[\w.-]+)+"
)


@cache
def allowed() -> frozenset[str]:
    lines = (Path(__file__).parent / "data" / "ui-allow.txt").read_text(encoding="utf-8")
    return frozenset(w.strip() for w in lines.splitlines() if w.strip() and w[0] != "#")


def words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text)}


def foreign_words(text: str, lang: str, content: frozenset[str] = frozenset()) -> list[str]:
    """The words of ``text`` that belong to the other language than ``lang`` ("id" or "en");
    ``content``: words of the user's content (the draft, the checker's Indonesian messages),
    which no interface language translates."""
    from wordfreq import zipf_frequency

    other = "en" if lang == "id" else "id"
    clean = _TAG.sub(" ", text.replace("&&", "\0").replace("&", "")).replace("\0", "&")
    out = []
    for word in _WORD.findall(clean):
        w = word.lower()
        if len(w) < 2 or w in allowed() or w in content:
            continue
        theirs, ours = zipf_frequency(w, other), zipf_frequency(w, lang)
        if theirs >= 3.0 and theirs - ours >= 0.5:
            out.append(word)
    return out


def _menu_texts(menu: QMenu, where: str) -> Iterator[tuple[str, str]]:
    yield where, menu.title()
    for action in menu.actions():
        yield where, action.text()
        if action.toolTip() != action.text().replace("&", ""):
            yield f"{where} (tooltip)", action.toolTip()
        if action.menu() is not None:
            yield from _menu_texts(action.menu(), f"{where} > {action.text()}")


def visible_strings(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) of everything ``root`` and its children show: titles, labels, buttons,
    placeholders, tooltips, tabs, headers, combo items, menus and actions, the status bar.
    Item data of lists (draft titles, file names) is the user's content and left out."""
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        name = f"{type(w).__name__}:{w.objectName() or '-'}"
        if w.isWindow():
            yield name, w.windowTitle()
        yield f"{name} (tooltip)", w.toolTip()
        yield f"{name} (status tip)", w.statusTip()
        if isinstance(w, QLabel):
            yield name, w.text()
        elif isinstance(w, QAbstractButton):
            yield name, w.text()
        elif isinstance(w, QGroupBox):
            yield name, w.title()
        elif isinstance(w, QLineEdit):
            yield f"{name} (placeholder)", w.placeholderText()
        elif isinstance(w, QPlainTextEdit | QTextEdit):
            yield f"{name} (placeholder)", w.placeholderText()
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                yield name, w.tabText(i)
                yield f"{name} (tooltip)", w.tabToolTip(i)
        elif isinstance(w, QComboBox) and not w.isEditable():
            for i in range(w.count()):
                yield name, w.itemText(i)
        elif isinstance(w, QMenu):
            yield from _menu_texts(w, name)
        if isinstance(w, QHeaderView) and w.isVisible() and w.model() is not None:
            model, orientation = w.model(), w.orientation()
            count = model.columnCount() if orientation == Qt.Orientation.Horizontal else 0
            for section in range(count):
                yield f"{name} (header)", str(model.headerData(section, orientation) or "")
        for action in w.actions():
            yield f"{name} (action)", action.text()
            yield f"{name} (action tooltip)", action.toolTip()
            if action.menu() is not None:
                yield from _menu_texts(action.menu(), name)
        if isinstance(w, QMainWindow):
            yield f"{name} (status bar)", w.statusBar().currentMessage()


def offenders(root: QWidget, lang: str, seen: set[str],
              content: frozenset[str] = frozenset()) -> list[str]:  # fmt: skip
    """Lines "where: text [words]" for every string of ``root`` holding the other language."""
    out = []
    for where, text in visible_strings(root):
        if not text or text in seen:
            continue
        seen.add(text)
        found = foreign_words(text, lang, content)
        if found:
            out.append(f"{where}: {text!r} {found}")
    return out
