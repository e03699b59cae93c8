"""Checks shared by the services; each failure is an InputError naming the field."""

from __future__ import annotations

from datetime import date, timedelta

from thabat.app.errors import QT_TRANSLATE_NOOP, InputError

EARLIEST = date(1970, 1, 1)
MAX_NAME = 200
MAX_TEXT = 1_000_000


def clean_text(value: str, field: str, *, required: bool = False, limit: int = MAX_TEXT) -> str:
    """Trimmed text without NULs; InputError when required and blank or when too long."""
    if not value and not required:  # most optional fields of a big import are empty
        return ""
    text = value.replace("\x00", "").strip()
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates: only broken files or clipboards carry them
        raise InputError(QT_TRANSLATE_NOOP("Errors", "This text contains characters that cannot be saved."), field) from None
    if required and not text:
        raise InputError(QT_TRANSLATE_NOOP("Errors", "This field cannot be empty."), field)
    if len(text) > limit:
        raise InputError(QT_TRANSLATE_NOOP("Errors", "This text is too long."), field)
    return text


def filter_text(value: str) -> str:
    """Text typed into a filter box: checked like any text, at most a line long."""
    return clean_text(value, "filter", limit=MAX_NAME * 5)


def past_date(value: date | None, field: str, today: date) -> date:
    """A date between 1970 and today: things that already happened."""
    if value is None:
        raise InputError(QT_TRANSLATE_NOOP("Errors", "Please give a date."), field)
    if value > today:
        raise InputError(QT_TRANSLATE_NOOP("Errors", "This date is in the future."), field)
    if value < EARLIEST:
        raise InputError(QT_TRANSLATE_NOOP("Errors", "This date is too far in the past."), field)
    return value


def plan_date(value: date | None, field: str, today: date, years: int = 10) -> date | None:
    """An optional date for plans (due dates, follow-ups): not before 1970, at most `years` ahead."""
    if value is None:
        return None
    if value < EARLIEST or value > today + timedelta(days=365 * years):
        raise InputError(QT_TRANSLATE_NOOP("Errors", "This date is out of range."), field)
    return value


def in_range(value: int | None, field: str, low: int, high: int, *, required: bool = False) -> int | None:
    if value is None:
        if required:
            raise InputError(QT_TRANSLATE_NOOP("Errors", "Please choose a value."), field)
        return None
    if not low <= value <= high:
        raise InputError(QT_TRANSLATE_NOOP("Errors", "This value is out of range."), field)
    return value


def one_of(value: str, field: str, allowed: tuple[str, ...]) -> str:
    if value not in allowed:
        raise InputError(QT_TRANSLATE_NOOP("Errors", "This choice is not known."), field)
    return value


def confirmed(value: bool) -> None:
    """Deleting for good needs the user's yes, asked for by the caller beforehand."""
    if not value:
        raise InputError(QT_TRANSLATE_NOOP("Errors", "Deleting needs your confirmation."), "confirmed")
