"""Numbers and dates start where the reading starts: at the right in Arabic (they sat at the far left)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui_support import make_context
from thabat.ui.field_alignment import install_field_alignment


@pytest.fixture(autouse=True)
def aligner(qapp):
    aligner = install_field_alignment(qapp)  # as the application installs it at start
    yield aligner
    aligner.uninstall()
    aligner.setParent(None)



@pytest.mark.parametrize("lang", ["ar", "en"])
def test_number_and_date_fields_start_where_the_reading_starts(qtbot, journal, isolated_data, lang):
    from thabat.ui.settings_page import SettingsPage
    from thabat.ui.today_page import TodayPage

    context = make_context(journal, isolated_data, lang)
    settings, today = SettingsPage(context), TodayPage(context)
    for page in (settings, today):
        qtbot.addWidget(page)
        page.resize(900, 700)
        page.show()
        qtbot.waitExposed(page)
    for field in (settings.weekly_goal, today.snooze_date):
        field.setFixedWidth(320)  # room on both sides of the text, as in a form
        qtbot.waitUntil(lambda: field.lineEdit().width() > 250)
        middle = _ink_middle(field.lineEdit())
        assert (middle > 0.5) if lang == "ar" else (middle < 0.5), field


def _ink_middle(edit) -> float:
    """Where the drawn text sits across the field, 0 (left edge) to 1 (right edge)."""
    image = edit.grab().toImage()
    background = image.pixelColor(image.width() // 2, 1).lightness()
    columns = [x for x in range(image.width()) for y in range(image.height())
               if abs(image.pixelColor(x, y).lightness() - background) > 80]
    assert columns, "nothing drawn"
    return (sum(columns) / len(columns)) / image.width()


def test_a_field_follows_a_change_of_direction(qtbot):
    from PySide6.QtWidgets import QSpinBox

    field = QSpinBox()
    qtbot.addWidget(field)
    field.show()
    assert field.alignment() & Qt.AlignmentFlag.AlignLeft
    field.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    assert field.alignment() & Qt.AlignmentFlag.AlignRight
    centred = QSpinBox()
    centred.setAlignment(Qt.AlignmentFlag.AlignHCenter)
    qtbot.addWidget(centred)
    centred.show()
    centred.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    assert centred.alignment() & Qt.AlignmentFlag.AlignHCenter  # aligned on purpose: left alone
