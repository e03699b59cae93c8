"""Errors the user can act on, kept apart from bugs.

`InputError` carries an English message marked for translation (context "Errors") and the name of
the field at fault, so a form can show it inline and the command line can print it on one line.
"""

from __future__ import annotations

from thabat.app.text.translation import translate

# Call sites write translate("Errors", "...") literally, so pyside6-lupdate finds the strings.
__all__ = ["UserError", "InputError", "NotFound", "translate"]


class UserError(Exception):
    """Something the user can fix: bad input, a broken or foreign file."""


class InputError(UserError):
    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field

    @property
    def message(self) -> str:
        return str(self)


class NotFound(UserError):
    """The thing asked for no longer exists (deleted elsewhere)."""
