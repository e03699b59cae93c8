"""Row sizes for lists whose rows wrap (ui/wrapped_list.py), measured once per text and width.

A list whose rows wrap and have sizes of their own lays every row out again each time it lays itself
out: when it is filled, shown, resized, and again when it grows to its content (ui/grown_to_content.py).
On Growth's first open its lists were laid out five or six times in a row at the same width, and
measuring a wrapped row (shaping its text into lines) was the largest part of the event-loop turn that
shows the page. Remembered, a row is measured once for each width it is shown at.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSize, Qt
from PySide6.QtWidgets import QListWidget, QStyledItemDelegate, QStyleOptionViewItem

SIZES_KEPT = 2000
"""Row sizes remembered; past that they are forgotten together (a window resized step by step)."""


class WrappedRowSizes(QStyledItemDelegate):
    """Qt's own item delegate (the same painting, the same sizes) that remembers the sizes it measured."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._sizes: dict[tuple, QSize] = {}

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        # What the measure depends on: the text, the width it wraps at (the option's rectangle, as Qt's
        # style reads it), the font and the direction. A row's state (selected, hovered) is not: a list
        # lays all its rows out with one option.
        rect = option.rect
        key = (index.data(Qt.ItemDataRole.DisplayRole), rect.width() if rect.isValid() else -1, option.font.key(),
               option.direction)
        size = self._sizes.get(key)
        if size is None:
            size = super().sizeHint(option, index)
            if len(self._sizes) >= SIZES_KEPT:
                self._sizes.clear()
            self._sizes[key] = size
        return QSize(size)


def remember_row_sizes(listing: QListWidget) -> QListWidget:
    """Give `listing` (its rows wrapped) a delegate that measures each row once per width; returns it."""
    listing.setItemDelegate(WrappedRowSizes(listing))
    return listing
