"""Tags as chips: type a tag and press Enter or a comma to add it, with completion from the tags in use.

Each chip is a button that removes its tag when clicked, or when it has the focus and Space, Delete
or Backspace is pressed; Backspace in the empty text box removes the last tag. The chips wrap like
words and follow the reading direction (FlowLayout mirrors them in Arabic). A tag the rules refuse
(app/services/tag_names.py) is said under the box and stays in it to be mended.
"""

from __future__ import annotations

from typing import Iterable

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QPushButton, QVBoxLayout, QWidget

from thabat.app.errors import InputError
from thabat.app.services.tag_names import MAX_TAGS, SEPARATORS, clean_tag, tag_key
from thabat.app.text.direction import fill
from thabat.ui.error_text import error_text
from thabat.ui.flow_layout import FlowLayout
from thabat.ui.form import ErrorLine
from thabat.ui.icons import icon
from thabat.ui.user_text import UserLineEdit

_REMOVE_KEYS = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)


_KEY_ROLE = Qt.ItemDataRole.UserRole + 1
"""A known tag's name key: what the completer matches the typed text against."""


class _FoldedCompleter(QCompleter):
    """Completes on name keys, so "اسامه" finds "أسامة" and "ecole" finds "École", and hands over the
    tag as spelled."""

    def splitPath(self, path: str) -> list[str]:
        return [tag_key(path)]

    def pathFromIndex(self, index) -> str:
        return index.data(Qt.ItemDataRole.DisplayRole)


class TagChip(QPushButton):
    """One tag; clicking it, or Delete / Backspace / Space on it, asks for its removal."""

    remove_requested = Signal(str)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self.name = name
        self.setObjectName("tag-chip")
        self.setIcon(icon("remove"))
        self.setIconSize(QSize(12, 12))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.clicked.connect(lambda: self.remove_requested.emit(self.name))
        self.retranslate()

    def retranslate(self) -> None:
        words = fill(self.tr("Remove the tag %1"), self.name)
        self.setToolTip(words)
        self.setAccessibleName(words)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in _REMOVE_KEYS:
            self.remove_requested.emit(self.name)
            return
        super().keyPressEvent(event)


class TagChips(QWidget):
    changed = Signal()
    """The user added or removed a tag (not sent by `set_tags`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tags: list[str] = []
        self._known: list[str] = []
        self.chips: list[TagChip] = []
        self.editor = UserLineEdit()
        self.editor.setObjectName("tag-input")
        self.editor.setMinimumWidth(160)
        self.editor.installEventFilter(self)
        self.editor.returnPressed.connect(self._add_typed)
        self.editor.textEdited.connect(self._on_text_edited)
        self.completions = QStandardItemModel(self)
        self._offer_timer = QTimer(self, singleShot=True, interval=0)
        self._offer_timer.timeout.connect(self._offer_now)
        self.completer = _FoldedCompleter(self.completions, self)
        self.completer.setCompletionRole(_KEY_ROLE)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)  # "مقابلة" is found from "قابل" too
        # Queued: after the line edit has taken the completion (and, for Enter, sent returnPressed).
        self.completer.activated.connect(self._on_completion, Qt.ConnectionType.QueuedConnection)
        self.editor.setCompleter(self.completer)
        self.flow = FlowLayout()
        self.flow.addWidget(self.editor)
        self.error = ErrorLine()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.flow)
        layout.addWidget(self.error)
        self.setFocusProxy(self.editor)
        self.retranslate()

    def retranslate(self) -> None:
        self.editor.setPlaceholderText(self.tr("Add a tag, then Enter"))
        self.editor.setAccessibleName(self.tr("Tags"))
        self.editor.setToolTip(self.tr("Enter or a comma adds the tag; Backspace in the empty box removes the last one"))
        for chip in self.chips:
            chip.retranslate()

    # -- the tags -----------------------------------------------------------------------------------

    def tags(self) -> tuple[str, ...]:
        return tuple(self._tags)

    def set_tags(self, names: Iterable[str]) -> None:
        """Show these tags (an entry or reflection opened); says nothing through `changed`."""
        for chip in self.chips:
            self.flow.removeWidget(chip)
            chip.deleteLater()
        self.chips, self._tags = [], []
        for name in names:
            self._append(name)
        self.editor.clear()
        self.error.clear_error()
        self._offer()

    def set_known(self, names: Iterable[str]) -> None:
        """The tags in use (most used first), offered as the user types."""
        self._known = list(names)
        self._offer()

    def add(self, text: str) -> bool:
        """Add the tag `text`; False (and the reason shown) when the rules refuse it."""
        try:
            name = clean_tag(text)
            if len(self._tags) >= MAX_TAGS and tag_key(name) not in map(tag_key, self._tags):
                raise InputError(fill(self.tr("At most %1 tags."), str(MAX_TAGS)), "tags")
        except InputError as error:
            self.error.setText(error_text(error))
            self.error.show()
            return False
        self.error.clear_error()
        self.editor.clear()
        if tag_key(name) in map(tag_key, self._tags):
            return True  # already there: nothing changes
        known = next((k for k in self._known if tag_key(k) == tag_key(name)), name)  # the spelling in use
        self._append(known)
        self._offer()
        self.changed.emit()
        return True

    def remove(self, name: str) -> None:
        """Take the tag `name` away; the focus goes to the next chip, or to the text box."""
        if name not in self._tags:
            return
        index = self._tags.index(name)
        chip = self.chips.pop(index)
        self._tags.pop(index)
        had_focus = chip.hasFocus()
        self.flow.removeWidget(chip)
        chip.hide()
        chip.deleteLater()
        if had_focus or not self.editor.hasFocus():
            (self.chips[index] if index < len(self.chips) else self.editor).setFocus(Qt.FocusReason.OtherFocusReason)
        self._offer()
        self.changed.emit()

    # -- inside -------------------------------------------------------------------------------------

    def _append(self, name: str) -> None:
        chip = TagChip(name, self)
        chip.remove_requested.connect(self.remove)
        self.flow.insertWidget(len(self.chips), chip)
        self.chips.append(chip)
        self._tags.append(name)
        chip.show()

    def _offer(self) -> None:
        # Later, not now: changing the model while the completer is handing over its choice makes it
        # hand over the next row too.
        self._offer_timer.start()

    def _offer_now(self) -> None:
        chosen = set(map(tag_key, self._tags))
        self.completions.clear()
        for name in self._known:
            key = tag_key(name)
            if key not in chosen:
                item = QStandardItem(name)
                item.setData(key, _KEY_ROLE)
                item.setEditable(False)
                self.completions.appendRow(item)

    def offered(self) -> list[str]:
        """The tags the completer can offer now (those in use and not chosen), as spelled."""
        return [self.completions.item(row).text() for row in range(self.completions.rowCount())]

    def _add_typed(self) -> None:
        if self.editor.text().strip():
            self.add(self.editor.text())

    def _on_completion(self, text: str) -> None:
        self.add(text)

    def _on_text_edited(self, text: str) -> None:
        """A comma (either kind) ends the tag typed before it; a pasted "a, b, c" gives three."""
        if not any(separator in text for separator in SEPARATORS):
            if text[:1].isspace():  # the space after a comma: a tag never starts with one
                self.editor.setText(text.lstrip())
            return
        for separator in SEPARATORS[1:]:
            text = text.replace(separator, SEPARATORS[0])
        *done, rest = text.split(SEPARATORS[0])
        for part in done:
            if part.strip() and not self.add(part):
                self.editor.setText(part.strip())  # refused: left in the box to be mended
                return
        self.editor.setText(rest.lstrip())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.editor and event.type() == QEvent.Type.KeyPress
                and event.key() == Qt.Key.Key_Backspace and not self.editor.text() and self.chips):
            self.remove(self._tags[-1])
            return True
        return super().eventFilter(watched, event)
