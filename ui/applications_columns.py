"""The Applications table's columns: the date and the outcome as wide as what they can show, the
company, the role and the latest step sharing the rest (the latest step only when there is room).

Measured from the labels and a sample date in the language, calendar and digits shown (cheap: a
handful of strings), not from the rows: sizing to the contents of thousands of rows would read them
all at every refresh.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QTableView

from thabat.app.text import catalogue
from thabat.app.text.dates import DateStyle, short_date
from thabat.ui.applications_model import ApplicationsModel
from thabat.ui.labels import label

SAMPLE_DAY = date(2026, 12, 28)
"""A date with two-digit month and day: as wide as any date shown."""
PADDING = 28
"""A cell's margins and a little air, in pixels."""
ROOM_FOR_LATEST_STEP = 700
"""Below this width (pixels of the table's viewport) the latest step, also in the history beside the
table, gives its room to the company and the role."""


class FittedColumns(QObject):
    """Keeps an ApplicationsModel table's columns fitted: call `fit(style)` when the rows or the language,
    calendar or digits change; a narrow table hides the latest step by itself."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self.table = table
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(72)
        table.installEventFilter(self)

    def fit(self, style: DateStyle) -> None:
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        samples = {
            "applied_on": [short_date(SAMPLE_DAY, style), QCoreApplication.translate("ApplicationsModel", "date unknown")],
            "outcome": [label("outcomes", key, style.lang) for key in catalogue.keys("outcomes")],
        }
        for column, key in enumerate(ApplicationsModel.COLUMNS):
            if key in samples:
                widest = max(metrics.horizontalAdvance(text) for text in samples[key]) + PADDING
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(column, max(widest, header.sectionSizeHint(column)))
            else:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self._show_latest_step_if_room()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._show_latest_step_if_room()
        return False

    def _show_latest_step_if_room(self) -> None:
        narrow = self.table.width() < ROOM_FOR_LATEST_STEP
        self.table.horizontalHeader().setSectionHidden(ApplicationsModel.COLUMNS.index("last_stage"), narrow)
