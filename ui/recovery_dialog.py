"""At start-up, a damaged journal: explain, offer the newest good backup, keep the damaged file aside."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Callable

from PySide6.QtWidgets import QMessageBox, QWidget

from thabat.app.journal import Journal
from thabat.app.text.direction import fill
from thabat.app.usecases.backups import BackupInfo, newest_good_backup, restore_backup

Ask = Callable[[BackupInfo | None], bool]
"""Shows the offer for this backup (or says there is none); True when the user accepts."""


class RecoveryDialog(QMessageBox):
    """The offer itself: what happened, which backup, and the two choices."""

    def __init__(self, backup: BackupInfo | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recovery-dialog")
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Your journal file is damaged"))
        self.setText(self.tr("Thabat checked your journal file and found it damaged, perhaps by a disk "
                         "problem or an interrupted copy. Nothing was written to it."))
        if backup is None:
            self.setInformativeText(self.tr("There is no backup to restore. The damaged file was left as it is; "
                                        "please keep it and ask for help."))
            self.setStandardButtons(QMessageBox.StandardButton.Close)
            self.restore_button = None
            return
        from thabat.ui.backups_widget import app_style, backup_time

        when = backup_time(backup, app_style())
        self.setInformativeText(fill(self.tr("Thabat can restore your newest good backup, from %1. The damaged file "
                                    "will be kept aside, not deleted."), when))
        self.restore_button = self.addButton(self.tr("&Restore the backup"), QMessageBox.ButtonRole.AcceptRole)
        self.addButton(self.tr("&Quit"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.restore_button)

    def accepted_restore(self) -> bool:
        return self.restore_button is not None and self.clickedButton() is self.restore_button


def ask_with_dialog(backup: BackupInfo | None) -> bool:
    dialog = RecoveryDialog(backup)
    dialog.exec()
    return dialog.accepted_restore()


def recover_damaged_journal(folder: Path, ask: Ask | None = None, now: datetime | None = None) -> Journal | None:
    """Offer the newest good backup; on yes, move the damaged file aside, restore and open the journal.

    Returns None when the user declines or there is no backup (the damaged file is then untouched).
    """
    backup = newest_good_backup(folder)
    if not (ask or ask_with_dialog)(backup) or backup is None:
        return None
    restore_backup(folder, backup.path, now)
    return Journal.open(folder)
