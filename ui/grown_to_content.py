"""Lists and text boxes as tall as what they hold, for pages that scroll as a whole.

A list with its own scroll bar inside a scrolling page makes two scroll bars, one inside the other:
the wheel scrolls whichever is under the pointer, and the last rows hide behind the inner one. On a
page that scrolls, its lists and text boxes grow to their content instead, and the page's one scroll
bar reaches everything. (A page that fits the window keeps its lists scrolling inside: the other way
to have one scroll bar.)
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

from shiboken6 import isValid
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QAbstractScrollArea, QFrame, QListView, QScrollArea, QTextEdit, QWidget,
)


class _Grower(QObject):
    """Keeps its view's height at its content's: when rows come and go, text changes, or the width
    changes (wrapped rows and paragraphs take more lines when narrower)."""

    def __init__(self, view: QAbstractScrollArea, minimum: int) -> None:
        super().__init__(view)
        self.view = view
        self.minimum = minimum
        self._width = -1
        self._fitting = False
        self.paused = False
        """Set by `filling`: rows come one by one, and the view is fitted once, after the last."""
        view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.installEventFilter(self)
        # The viewport's own resize, not the view's: when the view hears of a new width, its viewport (where
        # the rows are laid out) still has the old one, and the rows would be measured at that width.
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Only the event type is looked at first: other events arrive while the view is being destroyed.
        kind = event.type()
        if kind == QEvent.Type.Resize and watched is not self.view:  # the viewport
            if event.size().width() != self._width:
                self._width = event.size().width()
                self.fit()
        elif kind in (QEvent.Type.Show, QEvent.Type.StyleChange, QEvent.Type.FontChange) and watched is self.view:
            self.fit()
        return False

    def fit(self) -> None:
        if self.paused or self._fitting or not isValid(self.view):  # filling; fitting; or being destroyed
            return
        self._fitting = True  # a fit resizes the view, and a resize may ask for a fit before the viewport has its size
        try:
            # Twice when the viewport had no height: an empty list is as tall as its frame, and the rows first
            # added to it were laid out with nowhere to wrap, each on one line. Fitted to that once, a visible
            # list stayed too short for its wrapped rows (Growth's lists, after choosing another area).
            for _ in range(2):
                unbounded = self.view.viewport().height() <= 0
                chrome = self.view.height() - self.view.viewport().height()  # frame, padding, a sideways bar
                self.view.setFixedHeight(max(self.minimum, self.content_height() + chrome))
                if not (unbounded and self.view.isVisible() and self.view.viewport().height() > 0):
                    break
        finally:
            self._fitting = False

    def content_height(self) -> int:
        raise NotImplementedError


class _ListGrower(_Grower):
    def __init__(self, view: QListView, minimum: int) -> None:
        super().__init__(view, minimum)
        model = view.model()
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset, model.layoutChanged,
                       model.dataChanged):
            signal.connect(self.fit)

    def content_height(self) -> int:
        view: QListView = self.view
        model = view.model()
        rows = model.rowCount()
        if rows == 0:
            return 0
        view.doItemsLayout()  # rows placed at the current width, now
        scrolled = view.verticalScrollBar().value()
        last = view.visualRect(model.index(rows - 1, 0))
        return last.bottom() + 1 + scrolled + view.spacing()


class _TextGrower(_Grower):
    def __init__(self, view: QTextEdit, minimum: int) -> None:
        super().__init__(view, minimum)
        view.document().contentsChanged.connect(self.fit)

    def content_height(self) -> int:
        view: QTextEdit = self.view
        view.document().setTextWidth(view.viewport().width())
        return int(view.document().size().height()) + 1


def grow_to_content(view: QAbstractItemView | QTextEdit, minimum: int | None = None) -> QAbstractScrollArea:
    """Make `view` (a list or a text box) exactly as tall as its content, never under `minimum` pixels
    (by default, the minimum height it has now), with no vertical scroll bar of its own; returns it."""
    minimum = view.minimumHeight() if minimum is None else minimum
    grower = _TextGrower(view, minimum) if isinstance(view, QTextEdit) else _ListGrower(view, minimum)
    view.setProperty("grows_to_content", True)
    grower.fit()
    return view


@contextmanager
def filling(view: QAbstractScrollArea) -> Iterator[QAbstractScrollArea]:
    """Fill `view` (grown to its content or not) row by row, and fit it once at the end: fitted after
    each row, every row is measured again each time (a list of n rich-text rows lays out n² rows)."""
    grower = view.findChild(_Grower)
    if grower is None or grower.paused:
        yield view
        return
    grower.paused = True
    try:
        yield view
    finally:
        grower.paused = False
        grower.fit()


def scrolling_pane(content: QWidget, name: str) -> QScrollArea:
    """`content` (a detail pane beside a list) in a scroll area of its own: the page fits the window, the
    list and the pane scroll side by side, and the pane's lists grow to their content inside it."""
    area = QScrollArea()
    area.setObjectName(name)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(content)
    return area
