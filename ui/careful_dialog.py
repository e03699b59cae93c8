"""A dialog that asks before throwing away what was typed into it.

Esc, Cancel and the window's close button all end in `reject()`. On a dialog left as it opened
that closes at once; once something was typed, the user is asked first, and "Keep editing" (the
default, what Enter and Esc choose) leaves every word in place.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLineEdit, QMessageBox, QPlainTextEdit, QTextEdit, QWidget


class CarefulDialog(QDialog):
    """Subclasses call `remember_untouched()` once their fields hold their starting values."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._untouched: list[str] | None = None
        self.discard_box: QMessageBox | None = None
        """The question shown while it is open (for tests and screen readers)."""

    def remember_untouched(self) -> None:
        self._untouched = self._typed()

    def _typed(self) -> list[str]:
        """Every editable text in the dialog (date and number boxes hold a line edit too)."""
        texts = []
        for editor in self.findChildren(QLineEdit) + self.findChildren(QPlainTextEdit) + self.findChildren(QTextEdit):
            if not editor.isReadOnly():
                texts.append(editor.text() if isinstance(editor, QLineEdit) else editor.toPlainText())
        return texts

    def is_touched(self) -> bool:
        return self._untouched is not None and self._typed() != self._untouched

    def reject(self) -> None:
        if not self.is_touched():
            super().reject()
            return
        if self.discard_box is not None:  # already asking
            return
        box = self.discard_box = QMessageBox(
            QMessageBox.Icon.Question, self.windowTitle(),
            self.tr("Throw away what you typed here?"), QMessageBox.StandardButton.NoButton, self)
        discard = box.addButton(self.tr("&Throw away"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("&Keep editing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.finished.connect(lambda _result: self._on_answer(box.clickedButton() is discard))
        box.open()

    def _on_answer(self, discard: bool) -> None:
        box, self.discard_box = self.discard_box, None
        if box is not None:
            box.deleteLater()
        if discard:
            super().reject()
