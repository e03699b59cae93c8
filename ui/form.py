"""Helpers for forms: an inline error line, labelled rows, and QDate <-> date (date fields: ui/date_edit.py)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from thabat.app.errors import InputError
from thabat.ui.error_text import error_text


APPLICATION_CHOICE_CHARACTERS = 24
"""How wide a box choosing one of the journal's applications asks to be, in characters (its row stretches it)."""


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


class ErrorLine(QLabel):
    """A message under a form, shown when input is refused; the form keeps what was typed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("form-error")
        self.setTextFormat(Qt.TextFormat.PlainText)  # messages may quote what was typed or imported
        self.setWordWrap(True)
        # coloured by the stylesheet (QLabel#form-error), in each theme's own tone
        self.hide()

    def show_error(self, error: InputError, fields: dict[str, QWidget]) -> None:
        self.setText(error_text(error))
        self.show()
        widget = fields.get(error.field or "")
        if widget is not None:
            widget.setFocus()
            widget.setProperty("invalid", True)
            self.setBuddy(widget)

    def clear_error(self) -> None:
        self.clear()
        self.hide()

    def run(self, change, fields: dict[str, QWidget]) -> bool:
        """Call `change()` (a use case): a refusal is shown here, success clears the line."""
        try:
            change()
        except InputError as error:
            self.show_error(error, fields)
            return False
        self.clear_error()
        return True


class LabelledForm(QFormLayout):
    """A form whose row labels are set (and re-set on language change) after the rows exist."""

    def __init__(self, widgets: tuple[QWidget, ...]) -> None:
        super().__init__()
        self.widgets: tuple[QWidget, ...] = ()
        self.labels: list[QLabel] = []
        self.add_rows(widgets)

    def add_rows(self, widgets: tuple[QWidget, ...]) -> None:
        """More labelled rows at the end (a form's rarely used part, made when first asked for)."""
        self.widgets += tuple(widgets)
        for widget in widgets:
            label = QLabel()
            label.setBuddy(widget)
            self.labels.append(label)
            self.addRow(label, widget)

    def set_labels(self, texts: tuple[str, ...]) -> None:
        """Label each row; "&" marks the keyboard mnemonic, screen readers get the plain text."""
        for label, widget, text in zip(self.labels, self.widgets, texts):
            label.setText(text)
            widget.setAccessibleName(text.replace("&", ""))
