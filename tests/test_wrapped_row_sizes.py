"""Wrapped rows measured once per width (ui/wrapped_row_sizes.py) are laid out exactly as Qt's own delegate lays them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget

from thabat.ui.wrapped_list import wrap_rows
from thabat.ui.wrapped_row_sizes import WrappedRowSizes, remember_row_sizes

ROWS = [
    "12 March 2026  ·  Careem — Senior Data Analyst, Growth and Retention  ·  Interview",
    "A short one",
    "قدّمت على وظيفة محلل بيانات في شركة كريم، ووصلت إلى المقابلة الثانية  ·  المقابلة",
    "cited in 3 of 7 Interview-stage rejections you reflected on\nfirst 2 March 2025, last 9 May 2026",
] * 5


def _list(qtbot, remembered: bool, direction: Qt.LayoutDirection) -> QListWidget:
    listing = wrap_rows(QListWidget())
    if remembered:
        remember_row_sizes(listing)
    listing.setLayoutDirection(direction)
    listing.addItems(ROWS)
    qtbot.addWidget(listing)
    listing.resize(320, 400)
    listing.show()
    qtbot.waitExposed(listing)
    return listing


def _rects(listing: QListWidget) -> list[tuple[int, int, int, int]]:
    listing.doItemsLayout()
    return [listing.visualRect(listing.model().index(row, 0)).getRect() for row in range(listing.count())]


@pytest.mark.parametrize("direction", [Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft],
                         ids=["ltr", "rtl"])
def test_rows_are_laid_out_as_qt_lays_them_at_every_width(qtbot, direction):
    remembered, plain = _list(qtbot, True, direction), _list(qtbot, False, direction)
    assert isinstance(remembered.itemDelegate(), WrappedRowSizes)
    for width in (320, 200, 520, 320):
        for listing in (remembered, plain):
            listing.resize(width, 400)
        assert _rects(remembered) == _rects(plain)
    heights = {rect[3] for rect in _rects(remembered)}
    assert len(heights) > 1  # the long rows wrapped: the comparison is about something


def test_laying_out_again_at_the_same_width_measures_nothing(qtbot):
    listing = _list(qtbot, True, Qt.LayoutDirection.LeftToRight)
    delegate = listing.itemDelegate()
    first = _rects(listing)
    measured = len(delegate._sizes)
    assert 0 < measured < len(ROWS)  # once per text and width: 20 rows, 4 texts, the widths it had when shown
    for _ in range(3):
        assert _rects(listing) == first
    assert len(delegate._sizes) == measured
    listing.resize(240, 400)
    assert _rects(listing) != first and len(delegate._sizes) > measured  # a new width is measured anew
