"""Log a rejection's later part: everything after the company and role (ui/rejection_dialog.py).

The dialog imports this module and makes its widgets in the turn after its first paint (ui/dialog_parts.py),
or while idle for a dialog prepared ahead: the date field, the combo boxes and the message editor are what
made a Log a rejection opened as the window appears wait.
"""

from __future__ import annotations

from PySide6.QtCore import QStringListModel
from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QHBoxLayout, QLabel, QWidget

from thabat.app.text import catalogue
from thabat.ui.context import AppContext
from thabat.ui.date_edit import DateEdit
from thabat.ui.form import ErrorLine
from thabat.ui.user_text import UserLineEdit, UserTextEdit
from thabat.ui.value_fields import ComboBox, SpinBox


class RejectionDetails:
    """Everything after the names: the date, what the rejection reached and how it came, the error line and
    the buttons (made after the first paint, parented to the dialog once laid out in it)."""

    def __init__(self, context: AppContext, dialog: QWidget) -> None:
        self.companies, self.roles = QStringListModel(dialog), QStringListModel(dialog)
        """What the company and role complete from: the journal's names, once read."""
        self.received_on = DateEdit(context, context.today())
        self.stage = ComboBox()
        self.round = SpinBox()
        self.round.setRange(1, 20)
        self.channel = ComboBox()
        for key in catalogue.keys("stages"):
            self.stage.addItem(key, key)
        for key in catalogue.keys("channels"):
            self.channel.addItem(key, key)
        self.picked: set[QWidget] = set()
        """The stage or round the user chose: a stage reached read later does not overwrite it."""
        self.stage.activated.connect(lambda: self.picked.add(self.stage))
        self.round.valueChanged.connect(lambda: self.picked.add(self.round))
        self.interviewer = UserLineEdit()
        self.message = UserTextEdit(minimum_lines=3, maximum_lines=4)
        # For a company not tracked yet: when they applied. Unknown unless the user says; never invented.
        # Its date field is made when the user says they know the date (most rejections are of tracked ones).
        self.applied_known = QCheckBox()
        self.applied_on: DateEdit | None = None
        self.applied_unknown = QLabel()
        self.applied_row = QWidget()
        self.applied_layout = QHBoxLayout(self.applied_row)
        self.applied_layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.applied_known, self.applied_unknown):
            self.applied_layout.addWidget(widget)
        self.applied_layout.addStretch(1)
        self.widgets = (self.received_on, self.stage, self.round, self.channel, self.interviewer, self.message,
                        self.applied_row)
        self.error = ErrorLine()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.reflect_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)

    def label_choices(self, lang: str) -> None:
        """The stages and channels in `lang` (the catalogue's wording)."""
        for combo, kind in ((self.stage, "stages"), (self.channel, "channels")):
            for index in range(combo.count()):
                combo.setItemText(index, catalogue.label(kind, combo.itemData(index), lang))

    def make_applied_on(self, context: AppContext) -> None:
        """The applied-on date field, made when the user says they know the date."""
        self.applied_on = DateEdit(context, context.today())
        self.applied_layout.insertWidget(1, self.applied_on)
