"""Settings → Message templates: edit the reply, feedback-request and follow-up templates per language."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from thabat.app.errors import InputError
from thabat.app.services.templates import KEYS, TemplateText, placeholder_label
from thabat.app.text.direction import fill
from thabat.app.usecases import settings
from thabat.ui.context import AppContext
from thabat.ui.form import ErrorLine, LabelledForm
from thabat.ui.grown_to_content import grow_to_content
from thabat.ui.user_text import UserLineEdit, UserTextEdit
from thabat.ui.value_fields import ComboBox

PLACEHOLDERS = ("company", "role", "interviewer", "user_name")
_PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


class TemplateLineEdit(UserLineEdit):
    """Placeholders are English words; they must not turn an Arabic line left-to-right."""

    def direction_source(self, text: str) -> str:
        return _PLACEHOLDER.sub("", text)


class TemplateTextEdit(UserTextEdit):
    def direction_source(self, text: str) -> str:
        return _PLACEHOLDER.sub("", text)


class TemplatesEditor(QGroupBox):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.current: TemplateText | None = None
        self.template = ComboBox()
        for key in KEYS:
            self.template.addItem(key, key)
        self.language = ComboBox()
        self.language.addItem("العربية", "ar")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(self.language.findData(context.lang))
        self.subject = TemplateLineEdit()
        self.body = grow_to_content(TemplateTextEdit(minimum_lines=7))  # Settings scrolls as a whole
        self.help = QLabel(wordWrap=True)
        self.status = QLabel()
        self.save_button, self.reset_button = QPushButton(), QPushButton()
        self.save_button.clicked.connect(self._on_save)
        self.reset_button.clicked.connect(self._on_reset)
        self.error = ErrorLine()
        self.form = LabelledForm((self.template, self.language, self.subject, self.body))
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.reset_button)
        buttons.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.help)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        self.template.currentIndexChanged.connect(self.load)
        self.language.currentIndexChanged.connect(self.load)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Message templates"))
        names = {"reply": self.tr("Thank-you reply"), "feedback_request": self.tr("Feedback request"),
                 "follow_up": self.tr("Follow-up")}
        for index in range(self.template.count()):
            self.template.setItemText(index, names[self.template.itemData(index)])
        self.form.set_labels((self.tr("Te&mplate"), self.tr("Lan&guage"), self.tr("S&ubject"), self.tr("&Text")))
        lang = self.context.lang
        listed = "، ".join if lang == "ar" else ", ".join
        self.help.setText(fill(self.tr("Placeholders filled in for you: %1"),
                               listed(f"{{{name}}} ({placeholder_label(name, lang)})" for name in PLACEHOLDERS)))
        self.save_button.setText(self.tr("Save template"))
        self.reset_button.setText(self.tr("Reset to default"))
        self._show_status()

    def load(self) -> None:
        self.current = settings.template(self.context.journal, self.template.currentData(), self.language.currentData())
        self.subject.setText(self.current.subject)
        self.body.set_text(self.current.body)
        self.error.clear_error()
        self._show_status()

    def _show_status(self) -> None:
        current = self.current
        if current is not None:
            self.status.setText(self.tr("Your own version") if current.overridden else self.tr("The default text"))
            self.reset_button.setEnabled(current.overridden)

    def _on_save(self) -> None:
        try:
            self.current = settings.save_template(self.context.journal, self.template.currentData(),
                                                  self.language.currentData(), self.subject.text(), self.body.text())
        except InputError as error:
            self.error.show_error(error, {"subject": self.subject, "body": self.body})
            return
        self.error.clear_error()
        self._show_status()

    def _on_reset(self) -> None:
        settings.reset_template(self.context.journal, self.template.currentData(), self.language.currentData())
        self.load()
