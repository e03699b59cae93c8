"""A modal dialog that is deleted once used, so a long-lived parent does not collect closed dialogs."""

from __future__ import annotations

from contextlib import contextmanager
from typing import TYPE_CHECKING, Iterator, TypeVar

if TYPE_CHECKING:  # no Qt class is touched at import: the main window imports this before its first paint
    from PySide6.QtWidgets import QDialog

D = TypeVar("D", bound="QDialog")


@contextmanager
def deleted_after_use(dialog: D) -> Iterator[D]:
    """Yield `dialog`; when the block ends, delete it at the event loop's next turn.

    Its parent (a page, the window) lives as long as the app: without this each opening added one
    more hidden dialog, and every one of them kept receiving LanguageChange. The block reads what it
    needs (say, what was saved) before the dialog goes.
    """
    try:
        yield dialog
    finally:
        dialog.deleteLater()
