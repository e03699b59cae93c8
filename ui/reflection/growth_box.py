"""Improvement areas (pick an existing one or add) and action items with due dates, in the learn step."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QCompleter, QGroupBox, QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout,
)

from thabat.app.text.dates import long_date
from thabat.app.text.direction import fill, isolate
from thabat.app.usecases import reflections
from thabat.ui.date_edit import DateEdit
from thabat.ui.form import ErrorLine, to_date
from thabat.ui.user_text import UserLineEdit
from thabat.ui.value_fields import ComboBox

ACTION_DAYS = 14
"""A new action item is due two weeks from today unless the user picks another day."""


class GrowthBox(QGroupBox):
    stored = Signal()
    """An area or action was stored or removed: the page reloads the reflection."""

    def __init__(self, context, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.view = None
        self.area_name = UserLineEdit()
        self.area_name.setMaxLength(200)
        self.area_names = QStringListModel(self)
        completer = QCompleter(self.area_names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.area_name.setCompleter(completer)
        self.area_name.returnPressed.connect(self._on_add_area)
        self.add_area_button = QPushButton()
        self.add_area_button.clicked.connect(self._on_add_area)
        self.areas = QListWidget()
        self.areas.setMaximumHeight(90)
        self.remove_area_button = QPushButton()
        self.remove_area_button.clicked.connect(self._on_remove_area)

        self.action_title = UserLineEdit()
        self.action_title.setMaxLength(500)
        self.action_title.returnPressed.connect(self._on_add_action)
        self.action_due = DateEdit(context, context.today() + timedelta(days=ACTION_DAYS))
        self.action_area = ComboBox()
        self.add_action_button = QPushButton()
        self.add_action_button.clicked.connect(self._on_add_action)
        self.actions = QListWidget()
        self.actions.setMaximumHeight(110)
        self.remove_action_button = QPushButton()
        self.remove_action_button.clicked.connect(self._on_remove_action)
        self.error = ErrorLine()

        layout = QVBoxLayout(self)
        for widgets in ((self.area_name, self.add_area_button), (self.areas, self.remove_area_button),
                        (self.action_title, self.action_due, self.action_area, self.add_action_button),
                        (self.actions, self.remove_action_button)):
            row = QHBoxLayout()
            for index, widget in enumerate(widgets):
                row.addWidget(widget, 1 if index == 0 else 0)
            layout.addLayout(row)
        layout.addWidget(self.error)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Improvement areas and action items"))
        self.area_name.setPlaceholderText(self.tr("An area to work on (pick one or type a new one)"))
        self.area_name.setAccessibleName(self.tr("Improvement area"))
        self.add_area_button.setText(self.tr("Add &area"))
        self.areas.setAccessibleName(self.tr("Improvement areas of this reflection"))
        self.remove_area_button.setText(self.tr("Remove area"))
        self.action_title.setPlaceholderText(self.tr("A concrete step, e.g. practise two system-design questions"))
        self.action_title.setAccessibleName(self.tr("Action item"))
        self.action_due.setAccessibleName(self.tr("Due date"))
        self.action_area.setAccessibleName(self.tr("Area of the action item"))
        self.add_action_button.setText(self.tr("Add ac&tion"))
        self.actions.setAccessibleName(self.tr("Action items of this reflection"))
        self.remove_action_button.setText(self.tr("Remove action"))
        self.show_state()

    def update_view(self, view) -> None:
        self.view = view
        self.area_names.setStringList(reflections.area_names(self.context.journal))
        self.show_state()

    def show_state(self) -> None:
        """Show the reflection's areas and actions (no database access: also runs on language change)."""
        if self.view is None:
            return
        self.areas.clear()
        for area in self.view.areas:
            item = QListWidgetItem(area.name)
            item.setData(Qt.ItemDataRole.UserRole, area.id)
            self.areas.addItem(item)
        current = self.action_area.currentData()
        self.action_area.clear()
        self.action_area.addItem(self.tr("No area"), None)
        for area in self.view.areas:
            self.action_area.addItem(area.name, area.id)
        self.action_area.setCurrentIndex(max(0, self.action_area.findData(current)))
        self.actions.clear()
        style = self.context.date_style()
        for action in self.view.actions:
            due = fill(self.tr("due %1"), long_date(action.due_on, style)) if action.due_on else ""
            item = QListWidgetItem(f"{isolate(action.title)} — {due}" if due else action.title)
            item.setData(Qt.ItemDataRole.UserRole, action.id)
            self.actions.addItem(item)

    def _store(self, action, fields: dict) -> bool:
        if self.view is None or not self.error.run(action, fields):
            return False
        self.stored.emit()
        return True

    def _on_add_area(self) -> None:
        name = self.area_name.text()
        if self._store(lambda: reflections.cite_area(self.context.journal, self.view.id, name), {"area": self.area_name}):
            self.area_name.clear()

    def _on_remove_area(self) -> None:
        item = self.areas.currentItem()
        if item is not None:
            area_id = item.data(Qt.ItemDataRole.UserRole)
            self._store(lambda: reflections.uncite_area(self.context.journal, self.view.id, area_id), {})

    def _on_add_action(self) -> None:
        title, due, area = self.action_title.text(), to_date(self.action_due.date()), self.action_area.currentData()
        if self._store(lambda: reflections.add_action(self.context.journal, self.view.id, title, due, self.context.today(),
                                                   area),
                       {"title": self.action_title, "due_on": self.action_due}):
            self.action_title.clear()

    def _on_remove_action(self) -> None:
        item = self.actions.currentItem()
        if item is not None:
            action_id = item.data(Qt.ItemDataRole.UserRole)
            self._store(lambda: reflections.remove_action(self.context.journal, self.view.id, action_id), {})
