"""The value fields of every form (combo boxes, number, date and time fields), each settled as it is made.

A field made through these classes (or `settle`d, as DateEdit is) gets one event filter that does what the
app asks of every value field:

- the mouse wheel scrolls the page unless the field has focus (ui/wheel_guard.py);
- a number or a date starts where the reading starts, again whenever the direction changes
  (ui/field_alignment.py).

Both are done when Qt polishes the field, as before, but the field is known from the start: a Python
QProxyStyle used to receive every widget Qt polished so as to find the value fields among them, which
before the first paint cost about a tenth of the start-up (QStyle's Python enums, and PySide6 working out
the Python type of each widget handed over, Qt's private ones included). tests/test_value_fields.py fails
if a page or a dialog makes a value field any other way.
"""

from __future__ import annotations

from shiboken6 import isValid

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QSpinBox, QTimeEdit, QWidget

from thabat.ui.field_alignment import align_leading
from thabat.ui.wheel_guard import scroll_page_instead

SETTLED = "thabat-settled-field"
"""A property of each settled field (what the tests look for)."""


_WHEEL, _POLISH, _DIRECTION = QEvent.Type.Wheel, QEvent.Type.Polish, QEvent.Type.LayoutDirectionChange
"""Looked up once: the filter sees every event of every field (paints, hovers, moves)."""


class _FieldFilter(QObject):
    """The event filter of every value field."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == _WHEEL:
            if not watched.hasFocus():
                scroll_page_instead(watched, event)
                return True
        elif kind == _POLISH:
            _polished(watched)
        elif (kind == _DIRECTION and isinstance(watched, QAbstractSpinBox)
              and watched.testAttribute(Qt.WidgetAttribute.WA_WState_Polished)):  # before, Polish aligns it
            align_leading(watched)
        return False


_filters: list[_FieldFilter] = []


def _filter() -> _FieldFilter:
    """The one filter, a child of the application (made again for a new application, as in tests)."""
    if not _filters or not isValid(_filters[0]):
        _filters[:] = [_FieldFilter(QCoreApplication.instance())]
    return _filters[0]


def _polished(field: QWidget) -> None:
    # WheelFocus would hand the focus over on the first wheel turn, before the filter sees it.
    if field.focusPolicy() == Qt.FocusPolicy.WheelFocus:
        field.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    if isinstance(field, QAbstractSpinBox):
        align_leading(field)  # at polish: the code that made the field has set its own alignment by then


def settle(field: QWidget) -> None:
    """Give `field` the wheel guard and, for a number or a date, the leading alignment."""
    field.installEventFilter(_filter())
    field.setProperty(SETTLED, True)
    if field.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):  # polished already: Qt sends no second Polish
        _polished(field)


class ComboBox(QComboBox):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        settle(self)


class SpinBox(QSpinBox):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        settle(self)


class TimeEdit(QTimeEdit):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        settle(self)
