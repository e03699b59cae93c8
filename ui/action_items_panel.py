"""Action items as three columns, to do / doing / done, with a small form to add and edit them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox, QGroupBox, QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget,
)

from thabat.app.text.dates import short_date
from thabat.app.text.direction import joined
from thabat.app.usecases import growth
from thabat.app.usecases.growth import ACTION_STATES
from thabat.app.views.growth import ActionView
from thabat.ui.context import AppContext
from thabat.ui.date_edit import DateEdit
from thabat.ui.form import ErrorLine, LabelledForm, to_date, to_qdate
from thabat.ui.user_text import UserLineEdit
from thabat.ui.value_fields import ComboBox
from thabat.ui.wrapped_list import wrap_rows


class ActionItemsPanel(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.columns: dict[str, QListWidget] = {}
        self.boxes: dict[str, QGroupBox] = {}
        self.move_buttons: dict[str, QPushButton] = {}
        columns = QHBoxLayout()
        for state in ACTION_STATES:
            box = QGroupBox()
            listing = wrap_rows(QListWidget())
            listing.itemSelectionChanged.connect(lambda s=state: self._on_selected(s))
            QVBoxLayout(box).addWidget(listing)
            columns.addWidget(box)
            self.columns[state], self.boxes[state] = listing, box
            button = QPushButton()
            button.clicked.connect(lambda _=False, s=state: self._on_move(s))
            self.move_buttons[state] = button

        self.title_edit = UserLineEdit()
        self.title_edit.setMaxLength(500)
        self.has_due = QCheckBox()
        self.has_due.setChecked(True)
        self.due = DateEdit(context, context.today())
        self.has_due.toggled.connect(self.due.setEnabled)
        due_row = QWidget()
        due_layout = QHBoxLayout(due_row)
        due_layout.setContentsMargins(0, 0, 0, 0)
        due_layout.addWidget(self.has_due)
        due_layout.addWidget(self.due, 1)
        self.area = ComboBox()
        self.form = LabelledForm((self.title_edit, due_row, self.area))
        self.error = ErrorLine()
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self._on_add)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self._on_save)
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(self._on_delete)
        buttons = QHBoxLayout()
        for state in ACTION_STATES:
            buttons.addWidget(self.move_buttons[state])
        buttons.addStretch(1)
        for button in (self.add_button, self.save_button, self.delete_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addLayout(buttons)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        self._selected: ActionView | None = None
        self._update_buttons()

    def state_text(self, state: str) -> str:
        return {"todo": self.tr("To do"), "doing": self.tr("Doing"), "done": self.tr("Done")}[state]

    def retranslate(self) -> None:
        for state in ACTION_STATES:
            self.boxes[state].setTitle(self.state_text(state))
            self.columns[state].setAccessibleName(self.state_text(state))
        self.move_buttons["todo"].setText(self.tr("Move to To do"))
        self.move_buttons["doing"].setText(self.tr("Move to Doing"))
        self.move_buttons["done"].setText(self.tr("Move to Done"))
        self.has_due.setText(self.tr("Due on"))
        self.form.set_labels((self.tr("&Action:"), self.tr("D&ue:"), self.tr("A&rea:")))
        self.add_button.setText(self.tr("&Add as new"))
        self.save_button.setText(self.tr("&Save changes"))
        self.delete_button.setText(self.tr("Delete"))

    def refresh(self, read: tuple[list[ActionView], list] | None = None) -> None:
        """Show the action items: `read` (from `growth.actions_and_areas`, read off the GUI thread), else read now."""
        style = self.context.date_style()
        actions, areas = read if read is not None else growth.actions_and_areas(self.context.journal)
        chosen = self.area.currentData()
        self.area.clear()
        self.area.addItem(self.tr("(no area)"), None)
        for area in areas:
            self.area.addItem(area.name, area.id)
        self.area.setCurrentIndex(max(0, self.area.findData(chosen)))
        for listing in self.columns.values():
            listing.blockSignals(True)
            listing.clear()
        for action in actions:
            details = [short_date(action.due_on, style)] if action.due_on else []
            details += [p for p in (action.area_name, action.reflection_label) if p]
            text = action.title + ("\n" + joined(*details, separator="  ·  ") if details else "")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, action)
            self.columns[action.state].addItem(item)
            if self._selected is not None and action.id == self._selected.id:
                self.columns[action.state].setCurrentItem(item)
                self._selected = action
        for listing in self.columns.values():
            listing.blockSignals(False)
        if self._selected is not None and self._selected.id not in {a.id for a in actions}:
            self._selected = None
        self._update_buttons()

    def select(self, action_id: int) -> None:
        """Select this action item in its column, the keyboard focus on it."""
        for listing in self.columns.values():
            for row in range(listing.count()):
                if listing.item(row).data(Qt.ItemDataRole.UserRole).id == action_id:
                    listing.setCurrentRow(row)
                    listing.setFocus(Qt.FocusReason.OtherFocusReason)
                    listing.scrollToItem(listing.item(row))
                    return

    def _on_selected(self, state: str) -> None:
        item = self.columns[state].currentItem()
        if item is None or not item.isSelected():
            return
        for other, listing in self.columns.items():
            if other != state:
                listing.blockSignals(True)
                listing.clearSelection()
                listing.setCurrentRow(-1)
                listing.blockSignals(False)
        self._selected = item.data(Qt.ItemDataRole.UserRole)
        self.title_edit.setText(self._selected.title)
        self.has_due.setChecked(self._selected.due_on is not None)
        if self._selected.due_on is not None:
            self.due.setDate(to_qdate(self._selected.due_on))
        self.area.setCurrentIndex(max(0, self.area.findData(self._selected.area_id)))
        self._update_buttons()

    def _update_buttons(self) -> None:
        for state, button in self.move_buttons.items():
            button.setEnabled(self._selected is not None and self._selected.state != state)
        self.save_button.setEnabled(self._selected is not None)
        self.delete_button.setEnabled(self._selected is not None)

    def _form_due(self):
        return to_date(self.due.date()) if self.has_due.isChecked() else None

    def _run(self, change) -> None:
        if self.error.run(change, {"title": self.title_edit}):
            self.refresh()

    def _on_add(self) -> None:
        self._run(lambda: growth.add_action(self.context.journal, self.title_edit.text(), self._form_due(), self.area.currentData()))

    def _on_save(self) -> None:
        if self._selected is not None:
            action_id = self._selected.id
            self._run(lambda: growth.update_action(self.context.journal, action_id, self.title_edit.text(), self._form_due(),
                                                     self.area.currentData()))

    def _on_move(self, state: str) -> None:
        if self._selected is not None:
            action_id = self._selected.id
            self._run(lambda: growth.move_action(self.context.journal, action_id, state, self.context.today()))

    def _on_delete(self) -> None:
        if self._selected is not None:
            action_id = self._selected.id
            self._selected = None
            self._run(lambda: growth.delete_action(self.context.journal, action_id))
