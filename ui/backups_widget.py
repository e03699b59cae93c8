"""The Backups section of Settings: the list of backups and their kind (protected copies marked),
"back up now", and restore or delete after confirmation."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QMessageBox, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget,
)

from thabat.app.errors import UserError
from thabat.app.journal import Journal
from thabat.app.text.dates import DateStyle, long_date, number
from thabat.app.text.direction import fill
from thabat.app.text.plurals import counted
from thabat.app.usecases.backups import KEEP_DAILY, KEEP_WEEKLY, BackupInfo, delete_backup, list_backups, make_backup, restore_backup
from thabat.ui.context import AppContext
from thabat.ui.error_text import error_text

Confirm = Callable[[QWidget, BackupInfo], bool]


def backup_time(backup: BackupInfo, style: DateStyle) -> str:
    """When a backup was taken, in the user's calendar and digits, e.g. "25 November 2026 20:15"."""
    # The isolate keeps "20:15" after the date inside a right-to-left sentence.
    return f"{long_date(backup.taken_at.date(), style)} \u2066{number(backup.taken_at.strftime('%H:%M'), style)}\u2069"


def app_style() -> DateStyle:
    """A date style from the application's direction, for dialogs shown before the preferences are read."""
    from PySide6.QtWidgets import QApplication

    return DateStyle(lang="ar" if QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft else "en")


def confirm_with_dialog(parent: QWidget, backup: BackupInfo) -> bool:
    translate = QCoreApplication.translate
    answer = QMessageBox.question(
        parent, translate("BackupsWidget", "Restore this backup?"),
        fill(translate("BackupsWidget", "Your journal will be replaced by the backup from %1. Its current state is "
                       "backed up first, so you can come back to it."), backup_time(backup, app_style())),
    )
    return answer == QMessageBox.StandardButton.Yes


def confirm_delete_with_dialog(parent: QWidget, backup: BackupInfo) -> bool:
    translate = QCoreApplication.translate
    answer = QMessageBox.question(
        parent, translate("BackupsWidget", "Delete this backup?"),
        fill(translate("BackupsWidget", "The backup from %1 will be deleted for good. Thabat cannot bring it back."), backup_time(backup, app_style())),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


class BackupsWidget(QWidget):
    def __init__(self, context: AppContext, confirm: Confirm = confirm_with_dialog,
                 parent: QWidget | None = None, confirm_delete: Confirm = confirm_delete_with_dialog) -> None:
        super().__init__(parent)
        self.setObjectName("backups")
        self.context = context
        self.confirm = confirm
        self.confirm_delete = confirm_delete
        self.backups: list[BackupInfo] = []
        self.heading = QLabel()
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(140)
        self.backup_button = QPushButton()
        self.restore_button = QPushButton()
        self.restore_button.setEnabled(False)
        self.delete_button = QPushButton()
        self.delete_button.setEnabled(False)
        self.status = QLabel(textFormat=Qt.TextFormat.PlainText)  # errors quote paths
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.heading, self.explanation, self.table):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.backup_button.clicked.connect(self._on_backup)
        self.restore_button.clicked.connect(self._on_restore)
        self.delete_button.clicked.connect(self._on_delete)
        self.retranslate()
        self.refresh()
        context.settings_changed.connect(self._on_settings_changed)

    def _on_settings_changed(self) -> None:
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.heading.setText("<h3>" + self.tr("Backups") + "</h3>")
        style = self.context.date_style()
        self.explanation.setText(" ".join((
            counted(self.tr("Thabat copies your journal once a day and keeps the copies of the last %n day(s).", "",
                            KEEP_DAILY), KEEP_DAILY, style),
            counted(self.tr("It also keeps one copy for each of the last %n week(s).", "", KEEP_WEEKLY), KEEP_WEEKLY, style),
            self.tr("It never removes the newest copy that holds more than your journal. Copies kept before a restore "
                    "or an upgrade, and copies you make, are protected: only you can delete them, here."))))
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Size"), self.tr("Kind")])
        self.table.setAccessibleName(self.tr("Backups"))
        self.backup_button.setText(self.tr("&Back up now"))
        self.restore_button.setText(self.tr("&Restore the selected backup…"))
        self.delete_button.setText(self.tr("&Delete the selected backup…"))

    def kind_text(self, backup: BackupInfo) -> str:
        if backup.kind.startswith("before-restore"):
            return self.tr("Protected: kept before a restore")
        if backup.kind.startswith("before-upgrade"):
            return self.tr("Protected: kept before an upgrade")
        if backup.kind == "manual":
            return self.tr("Protected: made by you")
        return self.tr("Daily")

    def refresh(self) -> None:
        style = self.context.date_style()
        self.backups = list_backups(self.context.folder)
        self.table.setRowCount(len(self.backups))
        for row, backup in enumerate(self.backups):
            when = backup_time(backup, style)
            size = fill(self.tr("%1 KB"), number(max(1, round(backup.size / 1024)), style))
            for column, text in enumerate((when, size, self.kind_text(backup))):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row)
                self.table.setItem(row, column, item)
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.restore_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def selected(self) -> BackupInfo | None:
        rows = {item.row() for item in self.table.selectedItems()}
        return self.backups[rows.pop()] if len(rows) == 1 else None

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.refresh()
        super().changeEvent(event)

    def _on_backup(self) -> None:
        folder = self.context.folder
        self.context.long_work.start(self.window(), self.tr("Backing up"), lambda job: make_backup(folder, job=job),
                                     self._on_backed_up, on_failed=self.status.setText, needs_journal=False)

    def _on_backed_up(self, made) -> None:
        self.status.setText(fill(self.tr("Backed up to %1."), made.name))
        self.refresh()

    def _on_restore(self) -> None:
        backup = self.selected()
        if backup is None or not self.confirm(self, backup) or self.context.long_work.busy:
            return
        folder = self.context.folder
        self.context.journal.close()  # every connection closed before the file is replaced

        def restored(_restored) -> None:
            self.status.setText(fill(self.tr("Restored the backup from %1."),
                                     backup_time(backup, self.context.date_style())))

        self.context.long_work.start(self.window(), self.tr("Restoring a backup"),
                                     lambda job: restore_backup(folder, backup.path, job=job), restored,
                                     on_end=self._reopen, on_failed=self.status.setText, needs_journal=False)

    def _reopen(self) -> None:
        """After a restore, cancelled or failed too: the journal in the folder, whichever it now is."""
        self.context.replace_journal(Journal.open(self.context.folder))
        self.status.clear()
        self.refresh()

    def _on_delete(self) -> None:
        backup = self.selected()
        if backup is None or not self.confirm_delete(self, backup):
            return
        try:
            delete_backup(self.context.folder, backup.path)
        except UserError as error:
            self.status.setText(error_text(error))
        else:
            self.status.setText(fill(self.tr("Deleted the backup from %1."), backup_time(backup, self.context.date_style())))
        self.refresh()
