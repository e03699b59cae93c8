"""The editor of a free journal entry: saves itself about two seconds after typing stops.

Also saves when focus leaves it, before another entry is opened, and at once on Ctrl+S. A refused
save (say, a future date) shows why and keeps every word typed.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget,
)

from thabat.app.errors import InputError, UserError
from thabat.app.usecases import entries, tags
from thabat.app.views.journal import EntryInput, EntryView
from thabat.ui.context import AppContext
from thabat.ui.date_edit import DateEdit
from thabat.ui.form import APPLICATION_CHOICE_CHARACTERS, ErrorLine, LabelledForm, to_date, to_qdate
from thabat.ui.format_bar import FormatBar
from thabat.ui.save_retry import SaveRetry
from thabat.ui.tag_chips import TagChips
from thabat.ui.user_text import UserLineEdit, UserTextEdit
from thabat.ui.error_text import error_text
from thabat.ui.value_fields import ComboBox

AUTOSAVE_MS = 2000


class EntryEditor(QWidget):
    saved = Signal(int)
    """The entry's id, after each save that changed the journal."""
    deleted = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.entry_id: int | None = None
        self._dirty = False
        self._loading = False
        self.autosave = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self.autosave.timeout.connect(self.save_now)
        self.retry = SaveRetry(self, self.save_now)

        self.title_edit = UserLineEdit()
        self.title_edit.setObjectName("entry-title")
        self.date_edit = DateEdit(context, context.today())
        self.application = ComboBox()
        # Every application of the journal: sized by characters, not by measuring every title at its first
        # show (2,000 titles cost ~30 ms on the GUI thread); the form stretches it anyway.
        self.application.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.application.setMinimumContentsLength(APPLICATION_CHOICE_CHARACTERS)
        self.direction = ComboBox()
        self.private = QCheckBox()
        self.tags = TagChips()
        self.tags.setObjectName("entry-tags")
        self.body = UserTextEdit(minimum_lines=5)  # grows with the window; five lines leave room for the tags at 700 px
        self.body.setObjectName("entry-body")
        self.format_bar = FormatBar(self.body)
        self.status = QLabel()
        self.status.setObjectName("entry-status")
        self.error = ErrorLine()
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(self.delete)

        self.form = LabelledForm((self.title_edit, self.date_edit, self.application, self.direction, self.tags))
        options = QHBoxLayout()
        options.addWidget(self.private)
        options.addStretch(1)
        options.addWidget(self.status)
        options.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.form)
        layout.addWidget(self.format_bar)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.error)
        layout.addLayout(options)

        self.title_edit.textEdited.connect(self._on_edited)
        self.body.textChanged.connect(self._on_edited)
        self.date_edit.dateChanged.connect(self._on_edited)
        self.application.currentIndexChanged.connect(self._on_edited)
        self.private.toggled.connect(self._on_edited)
        self.tags.changed.connect(self._on_edited)
        self.direction.currentIndexChanged.connect(self._on_direction)
        for widget in (self.title_edit, self.body, self.date_edit, self.application):
            widget.installEventFilter(self)
        self.retranslate()
        # Empty, without the list of applications: the Journal page loads it when first shown
        # (its refresh), so building the main window reads nothing it does not show.
        self.show_entry(None, load_choices=False)

    def retranslate(self) -> None:
        self.form.set_labels((self.tr("&Title"), self.tr("&Date"), self.tr("&Application"), self.tr("Di&rection"),
                              self.tr("Ta&gs")))
        self.tags.retranslate()
        self.title_edit.setPlaceholderText(self.tr("A title (optional)"))
        self.body.setPlaceholderText(self.tr("Write freely. This stays on your computer."))
        self.body.setAccessibleName(self.tr("Entry text"))
        self.private.setText(self.tr("&Private (left out of exports)"))
        self.delete_button.setText(self.tr("Delete…"))
        self.format_bar.retranslate()
        for index, text in enumerate((self.tr("Automatic, per paragraph"), self.tr("Right to left"),
                                      self.tr("Left to right"))):
            if self.direction.count() > index:
                self.direction.setItemText(index, text)
            else:
                self.direction.addItem(text, ("auto", "rtl", "ltr")[index])
        if self.application.count():
            self.application.setItemText(0, self.tr("No application"))
        self._show_status()

    # -- loading ------------------------------------------------------------------------------------

    def load_choices(self, read: tuple[list, list[str]] | None = None) -> None:
        """The applications and tags to choose from: `read` (application choices and tag names, read off the
        GUI thread by the Journal page), else read now."""
        current = self.application.currentData()
        if read is None:
            read = (entries.application_choices(self.context.journal),
                    [tag.name for tag in tags.all_tags(self.context.journal)])
        choices, known = read
        self._loading = True
        self.application.clear()
        self.application.addItem(self.tr("No application"), None)
        for app_id, title in choices:
            self.application.addItem(title, app_id)
        self.application.setCurrentIndex(max(0, self.application.findData(current)))
        self.tags.set_known(known)
        self._loading = False

    def clear(self) -> None:
        """An empty new entry, dated today; nothing is saved until something is written."""
        self.show_entry(None)

    def show_entry(self, entry: EntryView | None, load_choices: bool = True) -> None:
        self.autosave.stop()
        self.retry.succeeded()  # another entry: the one that failed to save was saved or dropped by the caller
        self._loading = True
        if load_choices:
            self.load_choices()
        self.entry_id = entry.id if entry else None
        self.title_edit.setText(entry.title if entry else "")
        self.date_edit.setDate(to_qdate(entry.written_on if entry else self.context.today()))
        self.application.setCurrentIndex(max(0, self.application.findData(entry.application_id if entry else None)))
        self.direction.setCurrentIndex(max(0, self.direction.findData(entry.direction if entry else "auto")))
        self.private.setChecked(entry.private if entry else False)
        self.tags.set_tags(entry.tags if entry else ())
        self.body.set_override(entry.direction if entry else "auto")
        if entry is not None and entry.markup == "markdown":
            self.body.set_markdown(entry.body)
        else:
            self.body.set_text(entry.body if entry else "")
        self.delete_button.setEnabled(entry is not None)
        self.error.clear_error()
        self._dirty = False
        self._loading = False
        self._show_status()

    def focus_text(self) -> None:
        self.body.setFocus()

    # -- saving -------------------------------------------------------------------------------------

    def is_dirty(self) -> bool:
        return self._dirty

    def save_now(self) -> bool:
        """Save what is typed; True when nothing is left unsaved."""
        self.autosave.stop()
        if not self._dirty:
            return True
        body, markup = self.body.written()
        data = EntryInput(
            title=self.title_edit.text(), body=body, written_on=to_date(self.date_edit.date()),
            application_id=self.application.currentData(), direction=self.direction.currentData(),
            private=self.private.isChecked(), markup=markup, tags=self.tags.tags(),
        )
        if self.entry_id is None and not data.title.strip() and not data.body.strip():
            self._dirty = False  # an empty new entry is not worth a row
            return True
        try:
            view = entries.save_entry(self.context.journal, data, self.context.today(), self.entry_id)
        except InputError as error:
            self.error.show_error(error, {"title": self.title_edit, "body": self.body, "written_on": self.date_edit,
                                          "direction": self.direction, "tags": self.tags.editor})
            return False
        except Exception as error:
            problem = self.retry.failed(error, self.context.folder)
            if problem is None and not isinstance(error, UserError):
                raise  # a bug: the crash dialog says so, and the text stays here
            # a full disk (tried again) or the entry's application deleted meanwhile (said, not retried)
            self.error.setText(error_text(problem or error))
            self.error.show()
            self._show_status()
            return False
        self.retry.succeeded()
        self.entry_id = view.id
        self._dirty = False
        self.error.clear_error()
        self.delete_button.setEnabled(True)
        self._show_status()
        self.saved.emit(view.id)
        return True

    def delete(self) -> None:
        if self.entry_id is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete entry"),
                                      self.tr("Delete this journal entry? This cannot be undone."))
        if answer != QMessageBox.StandardButton.Yes:
            return
        deleted = self.entry_id
        entries.delete_entry(self.context.journal, deleted)
        self.clear()
        self.deleted.emit(deleted)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and self._dirty:
            self.save_now()
        return super().eventFilter(watched, event)

    def _on_edited(self, *_args) -> None:
        if self._loading:
            return
        self._dirty = True
        self._show_status()
        self.autosave.start()

    def _on_direction(self, _index: int) -> None:
        self.body.set_override(self.direction.currentData() or "auto")
        self._on_edited()

    def _show_status(self) -> None:
        if self._dirty and self.retry.pending:
            self.status.setText(self.tr("Not saved: trying again…"))
        elif self._dirty:
            self.status.setText(self.tr("Not saved yet…"))
        elif self.entry_id is not None:
            self.status.setText(self.tr("Saved"))
        else:
            self.status.setText(self.tr("New entry"))

