"""Lists whose rows wrap instead of scrolling sideways.

A row wider than its list scrolled sideways, and a right-to-left row (an Arabic company in the
English interface, or any row in Arabic) overflowed at the left, where a scroll bar cannot reach:
its first words were cut off. Wrapped, every word of every row is in view at any width.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListView, QListWidget


def wrap_rows(listing: QListWidget) -> QListWidget:
    """Make `listing` wrap long rows to its width (and lay them out again when it is resized)."""
    listing.setWordWrap(True)
    listing.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    listing.setResizeMode(QListView.ResizeMode.Adjust)
    listing.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
    listing.setUniformItemSizes(False)
    return listing
