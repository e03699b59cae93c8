"""The Journal's right-hand pane: the editor of a free entry, or the reader of anything else (a reflection,
a found message, feedback or note) with buttons to what it belongs to.

The editor is the pane's heaviest part (a form, a format bar, tag chips: about a third of the page's
widgets). It may be built later than the rest (`editor_later`): then it is built by `build_editor`, in an
idle step of its own after the page is made (ui/pages_ahead.py), or whenever it is first needed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QStackedWidget, QTextBrowser, QVBoxLayout, QWidget

from thabat.app.errors import NotFound
from thabat.app.text.direction import fill
from thabat.app.text.markup import escaped
from thabat.app.usecases import search
from thabat.app.views.journal import SearchHit
from thabat.ui.context import AppContext
from thabat.ui.entry_editor import EntryEditor
from thabat.ui.journal_reader import hit_html, reflection_html
from thabat.ui.journal_rows import kind_label


class JournalPanes(QStackedWidget):
    """The editor or the reader; `current` is the (kind, id) of what they show, None for a new entry."""

    changed = Signal(object)
    """An entry was saved (("entry", its id)) or deleted (None): the list shows it."""
    open_reflection_requested = Signal(int)
    open_application_requested = Signal(int)
    open_contact_requested = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None, editor_later: bool = False) -> None:
        super().__init__(parent)
        self.context = context
        self.current: tuple[str, int] | None = None
        self._owner: tuple[int | None, int | None] = (None, None)
        """(application id, reflection id) of what the reader shows, for its two buttons."""
        self._contact: int | None = None
        """The person whose found notes the reader shows, for its Open the contact button."""
        self._editor: EntryEditor | None = None
        self._known_tags: list[str] = []

        reader_pane = QWidget(self)
        self.addWidget(reader_pane)
        reader_layout = QVBoxLayout(reader_pane)
        reader_layout.setContentsMargins(0, 0, 0, 0)
        self.reader = QTextBrowser(reader_pane)
        self.reader.setObjectName("journal-reader")
        self.reader.setOpenLinks(False)
        reader_layout.addWidget(self.reader, 1)
        buttons = QHBoxLayout()
        reader_layout.addLayout(buttons)
        self.open_button = QPushButton(reader_pane)
        self.open_button.clicked.connect(self._on_open_reflection)
        self.application_button = QPushButton(reader_pane)
        self.application_button.clicked.connect(self._on_open_application)
        self.contact_button = QPushButton(reader_pane)
        self.contact_button.clicked.connect(self._on_open_contact)
        for button in (self.open_button, self.application_button, self.contact_button):
            button.hide()  # until an item opened in the reader belongs to something (`open_item`)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.reader_pane = reader_pane
        if not editor_later:
            self.build_editor()

    @property
    def editor(self) -> EntryEditor:
        """The entry editor, built now if it was left for later."""
        return self.build_editor()

    @property
    def editor_built(self) -> bool:
        return self._editor is not None

    def build_editor(self) -> EntryEditor:
        """Build the editor (a no-op once built); it is the pane shown until an item is opened."""
        if self._editor is None:
            self._editor = EntryEditor(self.context, self)
            self._editor.tags.set_known(self._known_tags)
            self._editor.saved.connect(lambda entry_id: self.changed.emit(("entry", entry_id)))
            self._editor.deleted.connect(lambda _id: self.changed.emit(None))
            self.insertWidget(0, self._editor)
            self.setCurrentIndex(0)  # nothing was opened before: only the editor opens the reader
        return self._editor

    def showEvent(self, event) -> None:
        self.build_editor()  # on screen: the editor (a blank entry) is the first thing shown
        super().showEvent(event)

    @property
    def showing_editor(self) -> bool:
        return self._editor is None or self.currentWidget() is self._editor

    def set_known_tags(self, names: list[str]) -> None:
        self._known_tags = names
        if self._editor is not None:
            self._editor.tags.set_known(names)

    def save_now(self) -> None:
        """Store what the editor holds unsaved (nothing if it was never built)."""
        if self._editor is not None:
            self._editor.save_now()

    def show_new_entry(self) -> None:
        self.save_now()
        self.current = None
        self.editor.clear()
        self.setCurrentWidget(self.editor)
        self.editor.focus_text()

    def open_item(self, kind: str, item_id: int, hit: SearchHit | None, fallback: str) -> bool:
        """Show this item (an entry in the editor, anything else in the reader); False if it is gone."""
        self.save_now()
        self.current = (kind, item_id)
        self._owner = (None, item_id if kind == "reflection" else None)
        self._contact = None
        style = self.context.date_style()
        try:
            opened = search.open_item(self.context.journal, kind, item_id)
        except NotFound:
            return False
        if kind == "entry":
            self.editor.show_entry(opened.entry)
        elif kind == "reflection":
            self.reader.setHtml(reflection_html(opened.reflection, style, fallback))
        else:
            # A found message, feedback or note: the snippet, then the reflection it led to.
            self._owner = (opened.application_id, opened.reflection_id)
            self._contact = opened.contact_id
            html = hit_html(hit, kind_label(kind), style) if hit else ""
            if opened.reflection is not None:
                html += reflection_html(opened.reflection, style, fallback)
            self.reader.setHtml(html)
        self.open_button.setVisible(self._owner[1] is not None)
        self.application_button.setVisible(self._owner[0] is not None)
        self.contact_button.setVisible(self._contact is not None)
        self.setCurrentWidget(self.editor if kind == "entry" else self.reader_pane)
        return True

    def show_cleared(self, key: tuple[str, int] | None) -> None:
        """After a save (`key`: what was saved) or a delete (None: a blank entry in the editor)."""
        self.current = key
        if key is None:
            self.editor.clear()
            self.setCurrentWidget(self.editor)

    def show_nothing_found(self, query: str) -> None:
        """Say so in the reader, instead of leaving an earlier entry there as if it matched."""
        self.save_now()
        self.current, self._owner, self._contact = None, (None, None), None
        nothing = fill(QCoreApplication.translate("JournalPage", "Nothing found for %1."), query)
        hint = QCoreApplication.translate("JournalPage", "Try fewer or shorter words, or another filter.")
        self.reader.setHtml(f"<h3>{escaped(nothing)}</h3><p>{escaped(hint)}</p>")
        self.open_button.hide()
        self.application_button.hide()
        self.contact_button.hide()
        self.setCurrentWidget(self.reader_pane)

    def retranslate(self) -> None:
        translate = QCoreApplication.translate
        self.reader.setAccessibleName(translate("JournalPage", "Reflection"))
        self.open_button.setText(translate("JournalPage", "Continue in the guided reflection"))
        self.application_button.setText(translate("JournalPage", "Open the application"))
        self.contact_button.setText(translate("JournalPage", "Open the contact"))
        if self._editor is not None:
            self._editor.retranslate()

    def open_owner(self) -> None:
        """Enter or a double-click on a found message, feedback or note: what it belongs to."""
        if self._owner[0] is not None:
            self._on_open_application()
        else:
            self._on_open_contact()

    def _on_open_reflection(self) -> None:
        if self._owner[1] is not None:
            self.open_reflection_requested.emit(self._owner[1])

    def _on_open_application(self) -> None:
        if self._owner[0] is not None:
            self.open_application_requested.emit(self._owner[0])

    def _on_open_contact(self) -> None:
        if self._contact is not None:
            self.open_contact_requested.emit(self._contact)

