"""Small controls the steps share: an optional 0-10 confidence box, a message box with Copy and mail, a row."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QMessageBox, QPushButton, QVBoxLayout, QWidget

from thabat.app.services.templates import mailto_url
from thabat.ui.user_text import UserLineEdit, UserTextEdit
from thabat.ui.value_fields import ComboBox, SpinBox


def leading_row(*widgets: QWidget) -> QHBoxLayout:
    """The widgets side by side at the start of the line (the right in Arabic), the rest left empty."""
    row = QHBoxLayout()
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch(1)
    return row


class OptionalNumber(SpinBox):
    """A number the user may leave unset ("—"): the lowest value of the box stands for "not given"."""

    def __init__(self, low: int, high: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(low - 1, high)
        self.setSpecialValueText("—")
        self.setValue(low - 1)

    def number(self) -> int | None:
        return None if self.value() == self.minimum() else self.value()

    def set_number(self, value: int | None) -> None:
        self.setValue(self.minimum() if value is None else value)


class MessageBox(QWidget):
    """A drafted message: subject line, editable body, Copy, Open in mail app, and a language choice."""

    redraft = Signal(str)
    """The user asked for the draft again in this language ("ar" or "en")."""
    status_message = Signal(str)
    """A brief confirmation (copied, handed to the mail app), for the main window's status bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.to = QLineEdit()
        self.subject = UserLineEdit()
        self.body = UserTextEdit(minimum_lines=8)
        self.language = ComboBox()
        self.language.addItem("العربية", "ar")
        self.language.addItem("English", "en")
        self.redraft_button = QPushButton()
        self.redraft_button.clicked.connect(lambda: self.redraft.emit(self.language.currentData()))
        self.copy_button = QPushButton()
        self.copy_button.clicked.connect(self.copy)
        self.mail_button = QPushButton()
        self.mail_button.clicked.connect(self.open_in_mail)
        self.no_mail_box: QMessageBox | None = None
        """Shown when no mail program took the message: it offers Copy instead."""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(leading_row(self.language, self.redraft_button))
        layout.addWidget(self.to)
        layout.addWidget(self.subject)
        layout.addWidget(self.body)
        layout.addLayout(leading_row(self.copy_button, self.mail_button))

    def retranslate(self) -> None:
        self.language.setAccessibleName(self.tr("Language of the message"))
        self.redraft_button.setText(self.tr("Draft &again in this language"))
        self.to.setPlaceholderText(self.tr("Their email address (optional)"))
        self.to.setAccessibleName(self.tr("Email address"))
        self.subject.setPlaceholderText(self.tr("Subject"))
        self.subject.setAccessibleName(self.tr("Subject"))
        self.body.setAccessibleName(self.tr("Message"))
        self.copy_button.setText(self.tr("&Copy"))
        self.copy_button.setToolTip(self.tr("Copy the subject and message to the clipboard"))
        self.mail_button.setText(self.tr("Open in &mail app"))

    def set_message(self, subject: str, body: str) -> None:
        self.subject.setText(subject)
        self.body.set_text(body)

    def full_text(self) -> str:
        return f"{self.subject.text()}\n\n{self.body.text()}" if self.subject.text() else self.body.text()

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.full_text())
        self.status_message.emit(self.tr("The message is copied: paste it into your mail."))

    def url(self) -> QUrl:
        return QUrl(mailto_url(self.to.text(), self.subject.text(), self.body.text()), QUrl.ParsingMode.StrictMode)

    def open_in_mail(self) -> None:
        if QDesktopServices.openUrl(self.url()):
            self.status_message.emit(self.tr("The message is handed to your mail app."))
            return
        # No mail program answered: say so, and offer the way that always works.
        box = self.no_mail_box = QMessageBox(QMessageBox.Icon.Information, self.tr("No mail app found"),
                                             self.tr("No mail program opened this message. Copy it instead, "
                                                     "then paste it into your mail?"),
                                             QMessageBox.StandardButton.Cancel, self)
        copy = box.addButton(self.tr("&Copy"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(copy)
        copy.clicked.connect(self.copy)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
