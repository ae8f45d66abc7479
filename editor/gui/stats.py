"""Statistics view: findings per category, per writer and per week, drawn as bar charts with
QPainter (QtCharts would need PySide6-Addons, a second large wheel)."""

from __future__ import annotations

from typing import Any

from editor.gui import categories
from editor.gui.qt import (
    QColor,
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QPainter,
    QPaintEvent,
    Qt,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

translate = QCoreApplication.translate


class BarChart(QWidget):
    """Horizontal bars, one per label, with the count at the end of each bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[tuple[str, int, str]] = []  # label, value, colour
        self.setMinimumSize(420, 240)

    def set_bars(self, bars: list[tuple[str, int, str]]) -> None:
        self.bars = bars
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))
        if not self.bars:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter,
                             translate("Statistics", "Belum ada temuan tersimpan"))  # fmt: skip
            return
        top, row = 10, max(18, min(32, (self.height() - 20) // len(self.bars)))
        label_w = min(220, self.width() // 3)
        most = max(v for _, v, _ in self.bars) or 1
        span = self.width() - label_w - 60
        for i, (label, value, colour) in enumerate(self.bars):
            y = top + i * row
            painter.setPen(QColor("#202020"))
            painter.drawText(6, y, label_w - 10, row - 4,
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, label)  # fmt: skip
            width = max(2, int(span * value / most))
            painter.fillRect(label_w, y + 3, width, row - 10, QColor(colour))
            painter.drawText(label_w + width + 6, y, 60, row - 4,
                             Qt.AlignmentFlag.AlignVCenter, str(value))  # fmt: skip
        painter.end()


class StatisticsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statisticsDialog")
        self.setWindowTitle(translate("Statistics", "Statistik temuan"))
        self.resize(720, 480)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget(objectName="statisticsTabs")
        self.by_category, self.by_writer, self.by_week = BarChart(), BarChart(), BarChart()
        self.tabs.addTab(self.by_category, translate("Statistics", "Per kategori"))
        self.tabs.addTab(self.by_writer, translate("Statistics", "Per penulis"))
        self.tabs.addTab(self.by_week, translate("Statistics", "Per minggu"))
        layout.addWidget(self.tabs, 1)
        buttons = QDialogButtonBox()
        close = buttons.addButton(translate("Statistics", "Tutup"),
                                  QDialogButtonBox.ButtonRole.RejectRole)  # fmt: skip
        close.clicked.connect(self.reject)
        layout.addWidget(buttons)

    def show_statistics(self, stats: Any) -> None:
        cats = sorted(stats.by_category.items(), key=lambda kv: categories.ORDER.get(kv[0], 99))
        self.by_category.set_bars([(categories.label(c), n, categories.colour(c)) for c, n in cats])
        self.by_writer.set_bars(
            [(w, sum(c.values()), "#1565c0") for w, c in sorted(stats.by_writer.items())]
        )
        self.by_week.set_bars(
            [(week, sum(c.values()), "#00695c") for week, c in stats.by_week.items()]
        )
