"""Numbers and dates start where the reading starts: at the right in Arabic (they sat at the far left)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui_support import make_context


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
    from thabat.ui.value_fields import SpinBox

    field = SpinBox()
    qtbot.addWidget(field)
    field.show()
    assert field.alignment() & Qt.AlignmentFlag.AlignLeft
    field.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    assert field.alignment() & Qt.AlignmentFlag.AlignRight
    centred = SpinBox()
    centred.setAlignment(Qt.AlignmentFlag.AlignHCenter)
    qtbot.addWidget(centred)
    centred.show()
    centred.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    assert centred.alignment() & Qt.AlignmentFlag.AlignHCenter  # aligned on purpose: left alone


def _number_forms(qtbot, journal, folder, lang):
    """Every page and dialog with number fields: Settings, the welcome, rejection, application and stage
    dialogs, and the reflection (its ratings and the contacts step's weeks)."""
    from tests.reflection_support import open_page, reflection_on
    from thabat.app.usecases.applications import list_applications
    from thabat.ui.application_dialog import ApplicationDialog
    from thabat.ui.dialog_parts import make_whole
    from thabat.ui.rejection_dialog import RejectionDialog
    from thabat.ui.settings_page import SettingsPage
    from thabat.ui.stage_dialog import StageDialog
    from thabat.ui.welcome_dialog import WelcomeDialog

    reflection = open_page(qtbot, journal, folder, lang, reflection_on(journal))
    context = reflection.context
    forms = [SettingsPage(context), WelcomeDialog(context.preferences), RejectionDialog(context),
             ApplicationDialog(context), StageDialog(context, list_applications(journal)[0].id)]
    for form in forms:
        qtbot.addWidget(form)
        form.resize(900, 700)
        form.show()
        qtbot.waitExposed(form)
        make_whole(form)  # a dialog's fields made after its first paint (ui/dialog_parts.py)
    return [reflection, *forms]


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_every_number_field_starts_at_the_same_side_with_or_without_a_word_after_it(qtbot, journal, isolated_data, lang):
    """In Arabic, "2 يومان" (a number with a word after it) sat at the left while "5" sat at the right."""
    from PySide6.QtWidgets import QDoubleSpinBox, QSpinBox

    forms = _number_forms(qtbot, journal, isolated_data, lang)
    fields = [field for form in forms for field in form.findChildren(QSpinBox) + form.findChildren(QDoubleSpinBox)
              if not field.objectName().startswith("qt_")]  # not Qt's own, such as the calendar popup's year
    with_words = [field for field in fields if field.suffix() or field.prefix()]
    assert len(fields) >= 10 and len(with_words) >= 4
    sides = {}
    for field in fields:
        field.setFixedWidth(320)  # room on both sides of the text, as in a form
        field.setEnabled(True)  # a disabled field's faint text is too light to find; it sits where it would
        field.resize(320, field.height())  # a field on a step not shown yet is laid out too
        field.setValue(field.minimum() + 1 if field.value() == field.minimum() else field.value())  # some text to see
        field.grab()  # sends the resize a hidden field still has pending to its text box
        assert field.lineEdit().width() > 250
        name = f"{field.window().metaObject().className()}: {field.text()!r}"
        assert field.text().strip(), name
        sides[name] = "right" if _ink_middle(field.lineEdit()) > 0.5 else "left"
    expected = "right" if lang == "ar" else "left"
    assert {name: side for name, side in sides.items() if side != expected} == {}
