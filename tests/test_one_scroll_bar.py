"""One scroll bar, not two nested ones: at 1100×700, the default size, 1366×768 and 1920×1080, with a
demo journal, no page shows a scroll bar inside a page that scrolls, and no page scrolls sideways.

Each page picks one of the two: it scrolls as a whole and its lists grow to their content, or it fits
the window and its lists scroll inside."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QScrollArea

from tests.test_room import filled, themed  # noqa: F401  (fixtures: a demo journal, the light theme)
from tests.ui_support import make_context, switcher
from thabat.ui.main_window import DEFAULT_SIZE, MainWindow

SIZES = ((1100, 700), DEFAULT_SIZE, (1366, 768), (1920, 1080))


def _page_area(window: MainWindow) -> QScrollArea:
    area = window.stack.currentWidget()
    assert isinstance(area, QScrollArea)
    return area


def _name(area: QAbstractScrollArea) -> str:
    return f"{type(area).__name__} {area.objectName() or area.accessibleName()!r}"


def _bars(area: QAbstractScrollArea) -> list[str]:
    return [which for which, bar in (("vertical", area.verticalScrollBar()), ("horizontal", area.horizontalScrollBar()))
            if bar.isVisible()]


def _nested_bars(page_area: QScrollArea) -> list[str]:
    """Every scroll bar shown inside a scroll area (the page, or a part of it) that shows one itself."""
    areas = [page_area] + page_area.widget().findChildren(QAbstractScrollArea)
    found = []
    for outer in areas:
        if not outer.isVisible() or not _bars(outer):
            continue
        for inner in outer.findChildren(QAbstractScrollArea):
            if inner.isVisible() and _bars(inner):
                found.append(f"{_name(inner)} ({', '.join(_bars(inner))}) inside scrolling {_name(outer)}")
    return found


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_every_page_has_one_scroll_bar_at_most_and_none_sideways(qtbot, filled, isolated_data, lang):  # noqa: F811
    window = MainWindow(make_context(filled, isolated_data, lang), switcher())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    problems = []
    for size in SIZES:
        window.resize(*size)
        for key in window.pages:
            window.show_page(key)
            QApplication.processEvents()
            assert (window.width(), window.height()) == size
            area = _page_area(window)
            where = f"{key} at {size[0]}×{size[1]}"
            if area.horizontalScrollBar().isVisible():
                problems.append(f"{where}: the page scrolls sideways")
            problems.extend(f"{where}: {nested}" for nested in _nested_bars(area))
    assert not problems, "\n".join(problems)
