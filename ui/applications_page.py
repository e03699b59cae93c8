"""Applications: a sortable, filterable table with a detail pane showing the stage history."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QButtonGroup, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QMessageBox, QPushButton, QSplitter, QStackedWidget, QTableView, QVBoxLayout, QWidget,
)

from thabat.app.errors import UserError
from thabat.app.events import ApplicationChanged, ContactChanged, ReflectionChanged, ReminderChanged
from thabat.app.text import catalogue
from thabat.app.usecases import applications, board, ghosting
from thabat.app.views.applications import ApplicationDetail, RejectionView, StageStep
from thabat.ui.application_facts import detail_facts, step_text
from thabat.ui.application_dialog import ApplicationDialog
from thabat.ui.applications_board import ApplicationsBoard
from thabat.ui.applications_board_section import BoardSection
from thabat.ui.applications_columns import FittedColumns
from thabat.ui.applications_model import ROW_ROLE, SORT_ROLE, ApplicationsModel
from thabat.ui.collated_sort_proxy import CollatedSortProxy
from thabat.ui.context import DISPLAY_SETTINGS, AppContext
from thabat.ui.dialogs_ahead import application_dialog, rejection_dialog, stage_dialog
from thabat.ui.empty_state import EmptyState
from thabat.ui.ghosting_answers import GhostingAnswers
from thabat.ui.ghosting_banner import GhostingBanner
from thabat.ui.labels import label
from thabat.ui.modal import deleted_after_use
from thabat.ui.page import Page
from thabat.ui.stage_dialog import StageDialog
from thabat.ui.user_text import UserTextDelegate, user_text_html
from thabat.ui.error_text import error_text
from thabat.ui.value_fields import ComboBox


class ApplicationsPage(BoardSection, Page):
    key = "applications"
    shows = (ApplicationChanged, ContactChanged, ReflectionChanged, ReminderChanged)  # rows, and the detail pane
    setting_keys = DISPLAY_SETTINGS + ("ghosting_weeks", "ghosting_not_yet")
    reflect_requested = Signal(int)
    """The user wants to reflect on this rejection (by id): the main window opens the reflection."""

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self._detail: ApplicationDetail | None = None
        self.model = ApplicationsModel(self)
        self.proxy = CollatedSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

        self.filter = QLineEdit()
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.outcome = ComboBox()
        self.outcome.currentIndexChanged.connect(self.refresh)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_application)
        self.reject_button = QPushButton()
        self.reject_button.clicked.connect(self.log_rejection)

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.columns = FittedColumns(self.table)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.table.doubleClicked.connect(lambda _: self.edit_application())
        self.user_text_cells = UserTextDelegate(self.table)
        for column in (ApplicationsModel.COLUMNS.index("company"), ApplicationsModel.COLUMNS.index("role")):
            self.table.setItemDelegateForColumn(column, self.user_text_cells)

        self.detail_title = QLabel(wordWrap=True)
        self.detail_title.setObjectName("detail-title")
        self.detail_title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail_text = QLabel(wordWrap=True)
        self.history_label = QLabel()
        self.history = QListWidget()
        self.history.currentRowChanged.connect(lambda _row: self._on_step_chosen())
        self.history.itemDoubleClicked.connect(lambda _item: self.edit_step())
        self.record_button = QPushButton()
        self.record_button.clicked.connect(self.record_stage)
        self.edit_step_button = QPushButton()
        self.edit_step_button.clicked.connect(self.edit_step)
        self.delete_step_button = QPushButton()
        self.delete_step_button.clicked.connect(self.delete_step)
        self.edit_button = QPushButton()
        self.edit_button.clicked.connect(self.edit_application)
        self.detail_reject_button = QPushButton()
        self.detail_reject_button.clicked.connect(self._on_log_rejection_for_selected)
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(self.delete_selected)
        self.reflect_button = QPushButton()
        self.reflect_button.clicked.connect(self._on_reflect)

        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.addWidget(self.detail_title)
        detail_layout.addWidget(self.detail_text)
        detail_layout.addWidget(self.history_label)
        detail_layout.addWidget(self.history, 1)
        # Two buttons a row, in two equal columns: in one row of three and one of four, they made the pane
        # wider than the table. The history's buttons first, then the application's.
        grid = QGridLayout()
        for row, group in enumerate(((self.record_button, self.edit_step_button), (self.delete_step_button,),
                                     (self.edit_button, self.detail_reject_button),
                                     (self.reflect_button, self.delete_button))):
            for column, button in enumerate(group):
                grid.addWidget(button, row, column)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        detail_layout.addLayout(grid)

        # Table or board, as the user left it.
        self.table_button, self.board_button = QPushButton(), QPushButton()
        self.views = QButtonGroup(self)
        for button in (self.table_button, self.board_button):
            button.setCheckable(True)
            self.views.addButton(button)
        self._board: ApplicationsBoard | None = None
        self.ghosting = GhostingBanner()
        self.ghosting_answers = GhostingAnswers(context, self.ghosting, self)

        top = QHBoxLayout()
        top.addWidget(self.table_button)
        top.addWidget(self.board_button)
        top.addWidget(self.filter, 1)
        top.addWidget(self.outcome)
        top.addWidget(self.add_button)
        top.addWidget(self.reject_button)
        # The containers put in their place before they are filled: a part moved after the style sheet has
        # styled it is styled again with all it holds.
        self.stack = QStackedWidget(self)
        self.content = self.stack
        self.empty_state = EmptyState("applications", self)
        self.empty_state.button.clicked.connect(self.add_application)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.ghosting)
        layout.addWidget(self.empty_state)
        layout.addWidget(self.stack, 1)
        splitter = QSplitter(self.stack)
        self.stack.addWidget(splitter)
        self.stack.addWidget(QWidget(self.stack))  # the board's place, until it is first shown
        splitter.addWidget(self.table)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([700, 280])  # the table first: its five columns need the room
        self._board_cards: list | None = None
        self.filter.textChanged.connect(lambda _text: self._show_board(reload=False))
        showing_board = context.preferences.get("applications_view") == "board"
        (self.board_button if showing_board else self.table_button).setChecked(True)
        self.stack.setCurrentWidget(self.board if showing_board else splitter)  # the board built only then
        self.views.buttonClicked.connect(self._on_view_chosen)
        self.retranslate()
        self._show_detail(None)


    def retranslate(self) -> None:
        lang = self.context.lang
        self.filter.setPlaceholderText(self.tr("Filter by company or role…"))
        self.filter.setAccessibleName(self.tr("Filter applications"))
        current = self.outcome.currentData()
        self.outcome.blockSignals(True)
        self.outcome.clear()
        self.outcome.addItem(self.tr("All outcomes"), None)
        for key in catalogue.keys("outcomes"):
            self.outcome.addItem(label("outcomes", key, lang), key)
        self.outcome.setCurrentIndex(max(0, self.outcome.findData(current)))
        self.outcome.blockSignals(False)
        self.outcome.setAccessibleName(self.tr("Outcome"))
        self.add_button.setText(self.tr("Add…"))
        self.reject_button.setText(self.tr("Log a rejection…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.detail_reject_button.setText(self.tr("Log rejection…"))
        self.delete_button.setText(self.tr("Delete…"))
        self.reflect_button.setText(self.tr("Reflect…"))
        self.reflect_button.setToolTip(self.tr("Reflect on this rejection, or resume the reflection"))
        self.history_label.setText(self.tr("History"))
        self.record_button.setText(self.tr("Record a stage…"))
        self.edit_step_button.setText(self.tr("Edit step…"))
        self.delete_step_button.setText(self.tr("Delete step…"))
        self.table.setAccessibleName(self.tr("Applications"))
        self.table_button.setText(self.tr("&Table"))
        self.table_button.setToolTip(self.tr("Show the applications as a table, with the history beside it"))
        self.board_button.setText(self.tr("&Board"))
        self.board_button.setToolTip(self.tr("Show the applications as cards in a column per stage; move a card "
                                             "with the mouse, with Ctrl+Shift+Left/Right or its menu"))
        if self._board is not None:
            self._board.retranslate()
        self.history.setAccessibleName(self.tr("History"))
        self.empty_state.set_texts(
            self.tr("No applications yet"),
            self.tr("Add each job you apply for: Thabat counts them against your weekly goal and keeps their "
                    "history. Already using a spreadsheet? Use File → Import."),
            self.tr("Add your first application"))

    def is_empty(self) -> bool:
        return self.model.rowCount() == 0 and not self.filter.text() and self.outcome.currentData() is None

    def background_read(self) -> Callable[[], tuple]:
        journal, outcome, today, prefs = (self.context.journal, self.outcome.currentData(), self.context.today(),
                                          self.context.preferences)
        weeks, not_yet, board_shown = prefs.get("ghosting_weeks"), prefs.get("ghosting_not_yet"), self.showing_board()
        return lambda: (applications.list_applications(journal, outcome=outcome),
                        ghosting.suggestions(journal, today, weeks, not_yet),
                        board.board_cards(journal, today, outcome) if board_shown else None)

    def fill(self, data: tuple) -> None:
        rows, suggestions, cards = data
        selected = self.selected_id()
        style = self.context.date_style()
        self.proxy.set_language(style.lang)
        self.model.set_rows(rows, style)
        self.columns.fit(style)  # the language, calendar or digits may have changed
        if selected is not None:
            self.select(selected)
        else:
            self._show_detail(None)
        if cards is not None:
            self._board_cards = cards
        self._show_board(reload=cards is None)
        self.ghosting.set_suggestions(suggestions, style)

    def selected_id(self) -> int | None:
        indexes = self.table.selectionModel().selectedRows()
        return indexes[0].data(ROW_ROLE).id if indexes else None

    def select(self, application_id: int) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ROW_ROLE).id == application_id:
                flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
                self.table.selectionModel().setCurrentIndex(index, flags)
                self.table.scrollTo(index)
                return
        self._show_detail(None)

    def add_application(self) -> None:
        with deleted_after_use(application_dialog(self.context, self)) as dialog:
            if dialog.exec() and dialog.saved_id is not None:
                self.refresh()
                self.select(dialog.saved_id)

    def edit_application(self) -> None:
        indexes = self.table.selectionModel().selectedRows()
        if not indexes:
            return
        with deleted_after_use(ApplicationDialog(self.context, indexes[0].data(ROW_ROLE), parent=self)) as dialog:
            if dialog.exec():
                self.refresh()

    def log_rejection(self, company: str = "", role: str = "") -> None:
        with deleted_after_use(rejection_dialog(self.context, self, company, role)) as dialog:
            if not dialog.exec() or dialog.saved is None:
                return
            saved, reflect_now = dialog.saved, dialog.reflect_now
        self.show_logged(saved, reflect_now)

    def show_logged(self, saved: RejectionView, reflect_now: bool = False) -> None:
        """After a rejection was logged (here or with Ctrl+R): its application selected, the reflection
        opened if the user asked for it."""
        self.refresh()
        self.select(saved.application_id)
        if reflect_now:
            self.reflect_requested.emit(saved.id)

    def delete_selected(self) -> None:
        application_id = self.selected_id()
        if application_id is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete application"),
            self.tr("Delete this application with its history, rejection and reflections? This cannot be undone."),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        applications.delete_application(self.context.journal, application_id)

    def record_stage(self) -> None:
        application_id = self.selected_id()
        if application_id is None:
            return
        with deleted_after_use(stage_dialog(self.context, application_id, self)) as dialog:
            dialog.exec()

    def _selected_step(self) -> StageStep | None:
        item = self.history.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def edit_step(self) -> None:
        step, application_id = self._selected_step(), self.selected_id()
        if step is None or application_id is None:
            return
        with deleted_after_use(StageDialog(self.context, application_id, step, parent=self)) as dialog:
            dialog.exec()

    def delete_step(self) -> None:
        step = self._selected_step()
        if step is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete step"), self.tr("Delete this step from the history?"))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            applications.delete_stage(self.context.journal, self.selected_id(), step.id)
        except UserError as error:
            QMessageBox.information(self, self.tr("Delete step"), error_text(error))

    def _on_step_chosen(self) -> None:
        step = self._selected_step()
        self.edit_step_button.setEnabled(step is not None)
        self.delete_step_button.setEnabled(step is not None and step.stage not in ("applied", "rejected"))

    def _on_log_rejection_for_selected(self) -> None:
        indexes = self.table.selectionModel().selectedRows()
        if indexes:
            row = indexes[0].data(ROW_ROLE)
            self.log_rejection(row.company, row.role)

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        application_id = self.selected_id()
        if application_id is None:
            self._show_detail(None)
            return
        self._show_detail(applications.application_detail(self.context.journal, application_id))

    def _on_reflect(self) -> None:
        if self._detail is not None and self._detail.rejection is not None:
            self.reflect_requested.emit(self._detail.rejection.id)

    def _show_detail(self, detail: ApplicationDetail | None) -> None:
        self._detail = detail
        for button in (self.edit_button, self.detail_reject_button, self.delete_button, self.record_button):
            button.setEnabled(detail is not None)
        self.reflect_button.setEnabled(detail is not None and detail.rejection is not None)
        self.history.clear()
        if detail is None:
            self.detail_title.setText(self.tr("Choose an application to see its history."))
            self.detail_text.clear()
            self._on_step_chosen()  # no step either: nothing to edit or delete
            return
        style = self.context.date_style()
        row = detail.row
        # Each line takes its own direction: an Arabic role under an English company sits on the right.
        self.detail_title.setText(user_text_html(row.company, bold=True) + user_text_html(row.role))
        self.detail_text.setText("\n".join(detail_facts(detail, style)))
        self.detail_reject_button.setEnabled(detail.rejection is None)
        for step in detail.stages:
            item = QListWidgetItem(step_text(step, style, detail.rejection))
            item.setData(Qt.ItemDataRole.UserRole, step)
            self.history.addItem(item)
        self._on_step_chosen()
