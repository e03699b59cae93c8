"""Errors the user can act on, kept apart from bugs, carrying their message untranslated.

The code that refuses something does not know who will read the refusal (a dialog in Arabic, a
terminal in English, a log), so an error holds its message as a `Message`: the English source text,
marked with `QT_TRANSLATE_NOOP("Errors", "...")` so that pyside6-lupdate extracts it into the
"Errors" context, and the values for its %1, %2… placeholders. The edge that shows it translates it:
the interface with `thabat.ui.error_text.error_text`, the command line with
`thabat.app.commands.common.error_text`. `InputError` also names the field at fault, so a form can
show it inline and put the cursor there.
"""

from __future__ import annotations

from typing import Callable

from thabat.app.text.direction import fill

__all__ = ["QT_TRANSLATE_NOOP", "Message", "UserError", "InputError", "NotFound", "untranslated"]

CONTEXT = "Errors"
Translate = Callable[[str, str], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name pyside6-lupdate looks for
    """`text` as it is: the call only marks it for pyside6-lupdate, in `context`."""
    return text


class Message(str):
    """An English source text and its values, translated only where it is shown.

    It is its English text (each value isolated, as the interface fills it), so logs, tests and
    anything that only needs a string keep working; `render` gives it in the reader's language.
    A value may itself be a Message (a column's name, a refusal quoted inside another).
    """

    source: str
    values: tuple[object, ...]

    def __new__(cls, source: str, *values: object) -> "Message":
        message = super().__new__(cls, _filled(source, values, _as_is, isolated=True))
        message.source, message.values = str(source), values
        return message

    def render(self, translate: Translate, isolated: bool = True) -> str:
        """The text through `translate(context, source)`, with its values filled in (and isolated)."""
        return _filled(translate(CONTEXT, self.source) or self.source, self.values, translate, isolated)

    def __reduce__(self):  # pickled (a worker's result) as what it is, not as a plain string
        return (Message, (self.source, *self.values))


def _as_is(context: str, text: str) -> str:
    return text


def _filled(template: str, values: tuple[object, ...], translate: Translate, isolated: bool) -> str:
    if not values:
        return template
    shown = [value.render(translate, isolated) if isinstance(value, Message) else value for value in values]
    return fill(template, *shown, isolated=isolated)


def message_of(text: "str | Message") -> Message:
    """`text` as a Message: a plain string is a source text without values (or, from a child process or
    an older caller, text already in the reader's language, which no catalogue holds and so shows as is)."""
    return text if isinstance(text, Message) else Message(text)


class UserError(Exception):
    """Something the user can fix: bad input, a broken or foreign file."""

    def __init__(self, message: "str | Message") -> None:
        self.untranslated = message_of(message)
        super().__init__(self.untranslated)


class InputError(UserError):
    def __init__(self, message: "str | Message", field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class NotFound(UserError):
    """The thing asked for no longer exists (deleted elsewhere)."""


def untranslated(error: "BaseException | str") -> Message:
    """What an error (or a message already in hand) says, before translation; any other exception as its own text."""
    if isinstance(error, UserError):
        return error.untranslated
    return message_of(error if isinstance(error, str) else str(error))
