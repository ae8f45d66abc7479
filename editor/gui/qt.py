# ruff: noqa: F401  (this module re-exports Qt names)
"""The one door through which Sunting imports Qt (STYLE.md: one Qt import door).

Every other module in ``editor.gui`` takes its Qt names from here, so a Qt upgrade or a switch of
binding touches one file.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QElapsedTimer,
    QEvent,
    QEventLoop,
    QLibraryInfo,
    QLocale,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QPointF,
    QRunnable,
    QSettings,
    QSize,
    QSortFilterProxyModel,
    Qt,
    QThreadPool,
    QTimer,
    QTranslator,
    QUrl,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QAction,
    QBrush,
    QCloseEvent,
    QColor,
    QContextMenuEvent,
    QDragEnterEvent,
    QDropEvent,
    QFont,
    QGuiApplication,
    QIcon,
    QImage,
    QKeySequence,
    QPainter,
    QPalette,
    QPixmap,
    QTextBlock,
    QTextBlockFormat,
    QTextBlockUserData,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStatusBar,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QTextEdit,
    QToolBar,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

__all__ = [name for name in dir() if name[0].isupper() and not name.startswith("_")]


def _guard_none_refcount() -> bool:
    """Work around PySide6 6.12.0 on Python < 3.12: its void methods (QTextCursor.setPosition,
    QWidget.setFocus, ...) return ``None`` without taking a reference, so every call lowers
    ``None``'s reference count and a long session dies with "deallocating None". Python 3.12 made
    ``None`` immortal; here, when the bug is detected, ``None`` is made practically immortal too
    by raising its reference count once. Returns whether the guard was applied."""
    import ctypes
    import sys

    if sys.version_info >= (3, 12):
        return False
    probe = QTextCursor()
    before = sys.getrefcount(None)
    for _ in range(16):
        probe.clearSelection()
    if sys.getrefcount(None) >= before:
        return False
    for immortal in (None, True, False):  # bool results are returned the same way
        ctypes.c_ssize_t.from_address(id(immortal)).value += 1 << 62
    return True


NONE_GUARD = _guard_none_refcount()
