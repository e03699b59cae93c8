"""Each step of building the pages ahead stays small (issue 16: no event-loop gap over 50 ms at start-up).

A step's cost here was Qt styling widgets: a widget the style sheet had styled was styled again, with all it
holds, each time it moved into another container (the Journal, Growth and Contacts took 33-49 ms of CPU a
step). Counted, not timed: the widgets each step makes and how many times the style polishes a widget.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QProxyStyle, QWidget

from thabat.ui import theme
from thabat.ui.dialogs_ahead import AHEAD as DIALOGS_AHEAD
from thabat.ui.main_window import MainWindow
from thabat.ui.pages_ahead import AHEAD
from tests.ui_support import make_context, shown, unthemed

JOURNAL_MADE_AT_MOST = 90
"""Widgets of the Journal's own step (its list, search and filters; 149 with the editor)."""


class CountingStyle(QProxyStyle):
    """Fusion, noting each widget it polishes (the app's own style is plain Fusion)."""

    def __init__(self, polished: list[QWidget]) -> None:
        super().__init__("Fusion")
        self.polished = polished

    def polish(self, target):  # QStyle.polish has overloads: a widget, a palette, the application
        result = super().polish(target)
        if isinstance(target, QWidget):
            self.polished.append(target)
        return result


@pytest.fixture
def themed():
    """The application's style sheet, as in the app: what styles a widget again when it moves."""
    theme.apply_theme(QApplication.instance(), "light")
    yield
    unthemed()


@pytest.fixture
def steps(qtbot, journal, isolated_data, themed):
    """The window on screen and each pages-ahead step run by hand: [(what, widgets made, polishes)]."""
    window = shown(qtbot, MainWindow(make_context(journal, isolated_data, "ar")))
    window.make_frames()  # as in the app: the pages' frames follow the first paint, long before the pages ahead
    qtbot.waitUntil(lambda: window.stack.count() == len(window.pages))
    polished: list[QWidget] = []
    app = QApplication.instance()
    app.setStyle(CountingStyle(polished))
    window.build_pages_ahead()
    done = []
    try:
        while window.building_ahead:
            before, polished[:] = len(QApplication.allWidgets()), []
            built = set(window.pages.built())
            window.pages_ahead.step()
            placed = set(window.pages.built()) - built
            done.append((next(iter(placed), None), len(QApplication.allWidgets()) - before, len(polished)))
    finally:
        app.setStyle("Fusion")
    window.steps = done
    return window


PAGE_STEPS = 2 * len(AHEAD) + 1
"""Made, placed, for each page; and the Journal's editor. Then one step a dialog (ui/dialogs_ahead.py)."""


def test_each_step_styles_the_widgets_it_makes_about_once(steps):
    for _, made, polishes in steps.steps[:PAGE_STEPS]:
        if made:  # a page (or the Journal's editor) made; placing a page styles it once more
            assert polishes <= 1.5 * made, steps.steps  # 2.0-3.2 times for Applications, Journal, Growth, Contacts


def test_the_journal_editor_is_built_in_a_step_of_its_own(steps):
    journal = steps.pages["journal"]
    assert journal.panes.editor_built
    made = [widgets for _, widgets, _ in steps.steps]
    assert len(steps.steps) == PAGE_STEPS + len(DIALOGS_AHEAD)
    journal_step = 2 * AHEAD.index("journal")
    assert made[journal_step] <= JOURNAL_MADE_AT_MOST < made[journal_step] + made[journal_step + 2]


def test_a_first_open_of_the_journal_after_the_idle_build_makes_no_widget(qtbot, steps):
    before = len(QApplication.allWidgets())
    page = steps.show_page("journal")
    qtbot.waitUntil(page.isVisible)
    assert steps.current_page() is page
    assert len(page.findChildren(QWidget)) and len(QApplication.allWidgets()) - before <= 2  # a tooltip, a popup


def test_a_journal_opened_before_its_idle_step_builds_its_editor_then(qtbot, journal, isolated_data):
    window = shown(qtbot, MainWindow(make_context(journal, isolated_data, "en")))
    window.build_pages_ahead()
    for _ in range(2 * AHEAD.index("journal") + 1):  # made, not yet placed
        window.pages_ahead.step()
    page = window.show_page("journal")
    qtbot.waitUntil(page.isVisible)
    assert page.panes.editor_built and page.panes.currentWidget() is page.editor
    qtbot.waitUntil(lambda: not window.building_ahead)
    assert window.pages["journal"] is page
