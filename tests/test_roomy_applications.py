"""At 1100×700 the Applications table has the room: most of the width, every column it shows in view, the
date and the outcome whole, the company and the role wide; the latest step joins them on a wider window.
Contacts' buttons show their whole words."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QPushButton, QSplitter

from tests.test_room import SMALL, _window, filled, themed  # noqa: F401  (fixtures: a demo journal, the theme)
from thabat.ui.applications_model import ApplicationsModel


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_table_takes_most_of_the_width_with_every_column_in_view(qtbot, filled, isolated_data, lang):  # noqa: F811
    window = _window(qtbot, filled, isolated_data, lang, size=SMALL)
    page = window.show_page("applications")
    QApplication.processEvents()
    table, header = page.table, page.table.horizontalHeader()
    splitter = page.findChild(QSplitter)
    assert table.width() >= 0.62 * sum(splitter.sizes()), splitter.sizes()
    assert not table.horizontalScrollBar().isVisible()
    assert header.length() <= table.viewport().width()
    metrics = table.fontMetrics()
    for key in ("applied_on", "outcome"):
        column = ApplicationsModel.COLUMNS.index(key)
        widest = max(metrics.horizontalAdvance(page.proxy.index(row, column).data()) for row in range(50))
        assert header.sectionSize(column) >= widest + 8, key  # shown whole, with its margins
    for key in ("company", "role"):
        assert header.sectionSize(ApplicationsModel.COLUMNS.index(key)) >= 130, key
    latest_step = ApplicationsModel.COLUMNS.index("last_stage")
    assert header.isSectionHidden(latest_step)  # at this width it is in the history beside the table
    window.resize(1366, 768)
    QApplication.processEvents()
    assert not header.isSectionHidden(latest_step) and header.sectionSize(latest_step) >= 140
    assert header.length() <= table.viewport().width()


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_contacts_buttons_show_their_whole_words(qtbot, filled, isolated_data, lang):  # noqa: F811
    window = _window(qtbot, filled, isolated_data, lang, size=SMALL)
    page = window.show_page("contacts")
    page.people.setCurrentRow(0)  # a contact's own buttons are enabled
    QApplication.processEvents()
    for button in page.findChildren(QPushButton):
        if button.isVisible():
            assert button.width() >= button.sizeHint().width(), button.text()

