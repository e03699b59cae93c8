"""Settings: language, calendar, digits, theme, weekly goal, the data folder and its backups."""

from __future__ import annotations

from PySide6.QtCore import QTime, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from thabat.app.usecases import settings
from thabat.ui.backups_widget import BackupsWidget
from thabat.ui.context import AppContext
from thabat.ui.form import LabelledForm
from thabat.ui.page import Page
from thabat.ui.templates_editor import TemplatesEditor
from thabat.ui.theme import choose_theme
from thabat.ui.time_edit import time_edit
from thabat.ui.user_text import UserLineEdit
from thabat.ui.value_fields import ComboBox, SpinBox


class SettingsPage(Page):
    key = "settings"
    language_chosen = Signal(str)
    """The user picked a language; carries "ar" or "en" (resolved from "system")."""

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        prefs = context.preferences
        self.language = ComboBox()
        self.calendar = ComboBox()
        self.digits = ComboBox()
        self.theme = ComboBox()
        for combo, keys in ((self.language, ("system", "ar", "en")), (self.calendar, ("gregorian", "hijri")),
                            (self.digits, ("latin", "arabic")), (self.theme, ("system", "light", "dark"))):
            for key in keys:
                combo.addItem(key, key)
        self.weekly_goal = SpinBox()
        self.weekly_goal.setRange(0, 100)
        # Reminder delays: days to reply, days before chasing feedback, weeks before a follow-up.
        self.delays = {"reply_delay_days": SpinBox(), "feedback_delay_days": SpinBox(), "follow_up_weeks": SpinBox()}
        for key, box in self.delays.items():
            box.setRange(0 if key == "reply_delay_days" else 1, 60 if key != "follow_up_weeks" else 52)
        # Weeks of silence before "no response" is suggested on the Applications page; 0 asks never.
        self.ghosting_weeks = SpinBox()
        self.ghosting_weeks.setRange(0, 104)
        # The daily check-in reminder (ui/check_in_reminder.py): off unless ticked, at the time chosen.
        self.reminder_on = QCheckBox()
        self.reminder_time = time_edit(QTime(20, 0))
        self.reminder_row = QWidget()
        reminder_layout = QHBoxLayout(self.reminder_row)
        reminder_layout.setContentsMargins(0, 0, 0, 0)
        reminder_layout.addWidget(self.reminder_on)
        reminder_layout.addWidget(self.reminder_time)
        reminder_layout.addStretch(1)
        self.user_name = UserLineEdit()
        self.user_name.setMaxLength(120)
        self.data_folder = QLabel(str(context.folder))
        self.data_folder.setWordWrap(True)

        self.form = LabelledForm((self.language, self.calendar, self.digits, self.theme, self.weekly_goal,
                                  *self.delays.values(), self.ghosting_weeks, self.reminder_row, self.user_name,
                                  self.data_folder))
        self.templates = TemplatesEditor(context)
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("page-heading")
        layout.addWidget(self.heading)
        layout.addLayout(self.form)
        layout.addWidget(self.templates)
        self.backups = BackupsWidget(context)
        layout.addWidget(self.backups)
        layout.addStretch(1)

        self._load(prefs)
        self.language.currentIndexChanged.connect(self._on_language)
        self.calendar.currentIndexChanged.connect(lambda: self._save("calendar", self.calendar.currentData()))
        self.digits.currentIndexChanged.connect(lambda: self._save("digits", self.digits.currentData()))
        self.theme.currentIndexChanged.connect(self._on_theme)
        self.weekly_goal.valueChanged.connect(lambda value: self._save("weekly_goal", value))
        for key, box in self.delays.items():
            box.valueChanged.connect(lambda value, key=key: self._save(key, value))
            box.valueChanged.connect(lambda _value, box=box: self._set_suffix(box))
        self.ghosting_weeks.valueChanged.connect(lambda value: self._save("ghosting_weeks", value))
        self.ghosting_weeks.valueChanged.connect(lambda _value: self._set_suffix(self.ghosting_weeks))
        self.user_name.editingFinished.connect(self._save_user_name)
        self.reminder_on.toggled.connect(self._save_reminder)
        self.reminder_time.timeChanged.connect(self._save_reminder)
        self.retranslate()


    def refresh(self) -> None:
        if self.templates.current is None:  # load once: later refreshes must not undo unsaved edits
            self.templates.load()

    def _set_suffix(self, box: QSpinBox) -> None:
        # "2 days", "1 day"; in Arabic "٢ يومان"… "١١ يومًا": the unit agrees with the number shown.
        value = box.value()
        if box in (self.delays["follow_up_weeks"], self.ghosting_weeks):
            box.setSuffix(self.tr(" weeks", "", value))
        else:
            box.setSuffix(self.tr(" days", "", value))

    def retranslate(self) -> None:
        self.heading.setText(f"<h2>{self.title()}</h2>")
        self.form.set_labels((self.tr("&Language"), self.tr("&Calendar"), self.tr("&Digits"), self.tr("&Theme"),
                              self.tr("&Weekly application goal"), self.tr("Reply reminder after"),
                              self.tr("Feedback reminder after"), self.tr("Follow up after"),
                              self.tr("Suggest “no response” after"), self.tr("Check-in reminder"),
                              self.tr("Your &name (for message templates)"), self.tr("Data folder")))
        for box in (*self.delays.values(), self.ghosting_weeks):
            self._set_suffix(box)
        self.ghosting_weeks.setSpecialValueText(self.tr("Never"))
        self.reminder_on.setText(self.tr("Remind me each day at"))
        self.reminder_time.setAccessibleName(self.tr("Reminder time"))
        self.reminder_on.setToolTip(self.tr("While Thabat is open, a gentle notification asks how you feel, unless "
                                            "you have already checked in that day."))
        self.ghosting_weeks.setToolTip(self.tr("Weeks without news before Thabat asks whether an application "
                                               "went unanswered. It never marks one by itself."))
        names = {
            "system": self.tr("Same as the system"), "ar": "العربية", "en": "English",
            "gregorian": self.tr("Gregorian"), "hijri": self.tr("Hijri (Islamic civil)"),
            "latin": self.tr("Latin (0123)"), "arabic": self.tr("Arabic-Indic (٠١٢٣)"),
            "light": self.tr("Light"), "dark": self.tr("Dark"),
        }
        for combo in (self.language, self.calendar, self.digits, self.theme):
            for index in range(combo.count()):
                combo.setItemText(index, names[combo.itemData(index)])
        self.templates.retranslate()

    def _load(self, prefs) -> None:
        for combo, key in ((self.language, "language"), (self.calendar, "calendar"), (self.digits, "digits"),
                           (self.theme, "theme")):
            combo.setCurrentIndex(max(0, combo.findData(prefs.get(key))))
        self.weekly_goal.setValue(prefs.get("weekly_goal"))
        for key, box in self.delays.items():
            box.setValue(prefs.get(key))
        self.ghosting_weeks.setValue(prefs.get("ghosting_weeks"))
        at = QTime.fromString(prefs.get("check_in_reminder"), "HH:mm")
        self.reminder_on.setChecked(at.isValid())
        if at.isValid():
            self.reminder_time.setTime(at)
        self.reminder_time.setEnabled(at.isValid())
        self.user_name.setText(prefs.get("user_name"))

    def _save_reminder(self, *_args) -> None:
        on = self.reminder_on.isChecked()
        self.reminder_time.setEnabled(on)
        self._save("check_in_reminder", self.reminder_time.time().toString("HH:mm") if on else "")

    def save_pending(self) -> None:
        self._save_user_name()  # saved when the field loses the focus, which closing the window may not do

    def _save_user_name(self) -> None:
        name = self.user_name.text().strip()
        if name != self.context.preferences.get("user_name"):
            self._save("user_name", name)

    def _save(self, key: str, value) -> None:
        """Store the preference; the screens that show it (the calendar, the digits, the goal) follow."""
        settings.change_setting(self.context.preferences, self.context.events, key, value)

    def _on_language(self) -> None:
        from thabat.ui.i18n import resolve

        choice = self.language.currentData()
        self.context.preferences.set("language", choice)
        self.language_chosen.emit(resolve(choice))

    def show_theme(self, theme: str) -> None:
        """Show a theme chosen elsewhere (View → Theme) without choosing it again."""
        self.theme.blockSignals(True)
        self.theme.setCurrentIndex(max(0, self.theme.findData(theme)))
        self.theme.blockSignals(False)

    def _on_theme(self) -> None:
        choose_theme(self.context.preferences, self.theme.currentData())
