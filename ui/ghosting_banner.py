"""A quiet banner on the Applications page: applications silent for weeks, each with Mark / Not yet.

Only a question: nothing is marked until the user presses Mark. One is asked at a time (the
longest silence first), so the banner stays one line high above the table or board; a caption says
how many more wait, and each answer brings the next.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from thabat.app.text.dates import DateStyle, long_date
from thabat.app.text.plurals import counted
from thabat.app.views.applications import GhostingSuggestion
from thabat.app.text.direction import fill, joined

SHOWN = 1


class GhostingBanner(QFrame):
    mark_requested = Signal(int)
    """The user agreed: record "no response" for this application (by id)."""
    not_yet_requested = Signal(int)
    """The user wants to wait longer before being asked about this application again."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ghosting-suggestions")
        self._suggestions: list[GhostingSuggestion] = []
        self._style = DateStyle()
        self.rows: list[tuple[QLabel, QPushButton, QPushButton]] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        for _ in range(SHOWN):
            text, mark, later = QLabel(wordWrap=True), QPushButton(), QPushButton()
            text.setTextFormat(Qt.TextFormat.PlainText)  # a company named "<b>" is shown as typed
            mark.clicked.connect(lambda _checked=False, n=len(self.rows): self._on_answer(n, self.mark_requested))
            later.clicked.connect(lambda _checked=False, n=len(self.rows): self._on_answer(n, self.not_yet_requested))
            row = QHBoxLayout()
            row.addWidget(text, 1)
            row.addWidget(mark)
            row.addWidget(later)
            layout.addLayout(row)
            self.rows.append((text, mark, later))
        self.more = QLabel()
        self.more.setObjectName("caption")
        layout.addWidget(self.more)
        layout.setSpacing(2)
        self.hide()

    def set_suggestions(self, suggestions: list[GhostingSuggestion], style: DateStyle) -> None:
        self._suggestions, self._style = suggestions, style
        self.retranslate()

    def retranslate(self) -> None:
        for number, (text, mark, later) in enumerate(self.rows):
            shown = number < len(self._suggestions)
            for widget in (text, mark, later):
                widget.setVisible(shown)
            if not shown:
                continue
            suggestion = self._suggestions[number]
            name = joined(suggestion.company, suggestion.role)
            text.setText(fill(self.tr("No word from %1 since %2. Mark it as no response?"), name,
                              long_date(suggestion.last_heard_on, self._style)))
            mark.setText(self.tr("Mark"))
            mark.setAccessibleName(fill(self.tr("Mark %1 as no response"), name))
            later.setText(self.tr("Not yet"))
            later.setAccessibleName(fill(self.tr("Ask again later about %1"), name))
        hidden = len(self._suggestions) - SHOWN
        self.more.setVisible(hidden > 0)
        if hidden > 0:
            self.more.setText(counted(self.tr("%n more applications have been as quiet.", "", hidden), hidden,
                                      self._style))
        self.setVisible(bool(self._suggestions))
        self._fit_height()  # the new text may wrap to more or fewer lines

    def hasHeightForWidth(self) -> bool:
        # Its wrapping text must not make the whole page height-for-width: the page's scroll area would
        # then size it by preferred heights and scroll. The banner sets its own height as it is resized.
        return False

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        layout = self.layout()
        if self.width() > 0 and layout.hasHeightForWidth():
            self.setMinimumHeight(layout.heightForWidth(self.width()))

    def _on_answer(self, number: int, signal) -> None:
        if number < len(self._suggestions):
            signal.emit(self._suggestions[number].application_id)
