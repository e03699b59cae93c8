"""The forms' rules, applied to every field of a JSON backup before it is imported.

A backup is a file anyone can edit, so it gets the checks a form gives typed text (app/services/
validation.py: no lone surrogates, no NULs, lengths, dates in range, numbers in range, links Thabat
may open) and nothing reaches the database that the app could not have written itself.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from typing import Any

from thabat.app.errors import QT_TRANSLATE_NOOP, InputError
from thabat.app.services import validation as check
from thabat.app.services.entries import MAX_TITLE
from thabat.app.services.resources import openable
from thabat.app.services.tag_names import MAX_TAG, clean_tag
from thabat.app.text.dates import local_day
from thabat.storage.models import MARKUPS, REFLECTION_MODES, SOURCES, STEP_KINDS, WORK_PLACES

SQLITE_MAX = 2**63 - 1
"""SQLite's largest integer; Python's are unbounded."""

NAMES = {("application", "company"), ("application", "role"), ("application", "location"),
         ("application", "currency"),
         ("rejection", "interviewer"), ("contact", "name"), ("contact", "role"), ("contact", "company"),
         ("contact", "email"), ("skill", "name"), ("improvement_area", "name")}
LINKS = {("application", "link"), ("contact", "profile_url"), ("resource", "url")}
SHORT = {("action_item", "title"): 500, ("resource", "title"): 500, ("resource", "notes"): 20_000,
         ("check_in", "note"): 10_000, ("reminder", "message"): 20_000, ("journal_entry", "title"): MAX_TITLE,
         ("reflection_answer", "prompt_key"): 100, ("tag", "name"): MAX_TAG}
REQUIRED = {("application", "company"), ("contact", "name"), ("skill", "name"), ("improvement_area", "name"),
            ("action_item", "title"), ("resource", "title"), ("reflection_answer", "prompt_key"), ("tag", "name")}
PLANS = {"due_on", "snoozed_until", "deadline"}
"""Dates of things to come (due dates, snoozes, deadlines); every other date is of something that happened."""
SCHEDULED = {("stage_event", "occurred_on")}
"""Dates that may lie ahead: an interview is recorded when it is scheduled."""
RANGES = {"rating": (1, 5), "score": (0, 10), "confidence_before": (0, 10), "confidence_after": (0, 10), "confidence": (0, 10),
          "round": (1, 20), "planned_applications": (0, 1000), "interest": (1, 5),
          "salary_min": (0, 10**12), "salary_max": (0, 10**12)}
CHOICES = {("application", "source"): SOURCES, ("application", "work_place"): WORK_PLACES,
           ("stage_event", "kind"): STEP_KINDS, ("journal_entry", "markup"): MARKUPS,
           ("reflection", "mode"): REFLECTION_MODES}
"""Columns whose rule is the services' (revisions 0004, 0005 and 0007 could not add CHECK constraints)."""


def checked_text(table: str, column: str, value: str) -> str:
    """InputError when a form would refuse the text; else the text without NULs, its spacing kept
    (a backup restores exactly what was exported)."""
    key = (table, column)
    limit = check.MAX_NAME if key in NAMES else 2000 if key in LINKS else SHORT.get(key, check.MAX_TEXT)
    text = check.clean_text(value, column, required=key in REQUIRED, limit=limit)
    if key == ("resource", "url") and text and not openable(text):
        raise InputError(QT_TRANSLATE_NOOP("Errors", "Links must start with http://, https://, mailto: or file: (a file on "
                                             "this computer that is not a program)."), column)
    if key in CHOICES:
        check.one_of(value, column, CHOICES[key])
    if key == ("tag", "name") and clean_tag(value, column) != value:  # stored tags are already in their clean form
        raise InputError(QT_TRANSLATE_NOOP("Errors", "This tag is not written as Thabat stores tags."), column)
    return value.replace("\x00", "")


def checked_date(table: str, column: str, value: date, today: date) -> date:
    if (table, column) in SCHEDULED:
        return check.plan_date(value, column, today, years=2)
    if column in PLANS:
        return check.plan_date(value, column, today)
    return check.past_date(value, column, _tolerant(today))


def checked_moment(column: str, value: datetime, today: date) -> datetime:
    """An aware timestamp, in UTC; like the dates of things that happened, between 1970 and today."""
    if value.tzinfo is None:
        raise InputError(QT_TRANSLATE_NOOP("Errors", "This date is out of range."), column)
    try:
        moment = value.astimezone(timezone.utc)
    except OverflowError:  # "0001-01-01T00:00+05:00" lies before year 1 in UTC
        raise InputError(QT_TRANSLATE_NOOP("Errors", "This date is too far in the past."), column) from None
    check.past_date(local_day(moment), column, _tolerant(today))
    return moment


def checked_number(column: str, value: int) -> int:
    low, high = RANGES.get(column, (1 if column == "id" or column.endswith("_id") else 0, SQLITE_MAX))
    if column == "position":
        low = -SQLITE_MAX
    return check.in_range(value, column, low, high)


def _tolerant(today: date) -> date:
    # A backup written just after midnight east of here is dated tomorrow here.
    return today + timedelta(days=1)


def checked(table: str, column: str, value: Any, today: date) -> Any:
    """Dispatch on the already typed value (see backup_json._typed)."""
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, str):
        return checked_text(table, column, value)
    if isinstance(value, datetime):
        return checked_moment(column, value, today)
    if isinstance(value, date):
        return checked_date(table, column, value, today)
    if isinstance(value, int):
        return checked_number(column, value)
    return value
