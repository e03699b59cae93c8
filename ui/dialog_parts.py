"""A dialog's later part: the fields a user reaches after the first ones, made in the turn after its first paint.

A dialog asked for before its prepared copy exists (ui/dialogs_ahead.py) is made while the user waits:
Ctrl+R pressed as the window appears. Every widget it makes before its first paint is made, styled and
laid out in that wait, and the first combo box of a process costs far more than its share (PySide6 makes
the Python enums of dozens of Qt classes while Qt builds its popup). So such a dialog paints with the
fields typed into first and makes the rest in the next turn of the event loop, as its reads come after
that paint (ui/dialog_reads.py). Code that needs a later field asks for it (`ensure`), which makes the
part at once if it was not made yet; a dialog prepared while idle is made whole (`make_whole`).
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class LaterPart(QObject):
    """`make()` once: in the turn after `dialog`'s first paint, or earlier when something asks (`ensure`)."""

    def __init__(self, dialog: QWidget, make: Callable[[], None]) -> None:
        super().__init__(dialog)
        self._make = make
        self.made = False
        dialog.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self.ensure)  # after this first paint, which it must not delay
        return False

    def ensure(self) -> None:
        """Make the part now unless it is made already."""
        if self.made:
            return
        self.made = True
        self.parent().removeEventFilter(self)
        self._make()


def make_whole(dialog: QWidget) -> None:
    """Make every later part of `dialog` now: a dialog prepared while idle opens whole."""
    for part in dialog.findChildren(LaterPart):
        part.ensure()
