"""Reading the dates people type in spreadsheets: ISO, day/month/year, month/day/year when it can
only be that, "3 Jan 2026", "Jan 3, 2026", Arabic month names and Arabic-Indic digits."""

from __future__ import annotations

import re
from datetime import date
from typing import Iterable

from thabat.app.text.dates import GREGORIAN_MONTHS

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_MONTHS: dict[str, int] = {}
for _names in GREGORIAN_MONTHS.values():
    for _number, _name in enumerate(_names, start=1):
        _MONTHS[_name.lower()] = _number
        _MONTHS[_name.lower()[:3]] = _number
_MONTHS.update({"sept": 9, "إبريل": 4, "ابريل": 4, "أيار": 5, "كانون الثاني": 1})

_REMEMBERED = 65536

_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T].*)?$")
_NUMERIC = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")
_DAY_MONTH = re.compile(r"^(\d{1,2})\s+([^\d\s,]+)\.?,?\s+(\d{4})$")
_MONTH_DAY = re.compile(r"^([^\d\s,]+)\.?\s+(\d{1,2}),?\s+(\d{4})$")


def normalise(text: str) -> str:
    return " ".join(text.translate(_DIGITS).replace("،", ",").split()).strip()


def numeric_order(values: Iterable[str]) -> str:
    """"mdy" when some a/b/yyyy value can only be month-first and none only day-first, else "dmy"."""
    day_first = month_first = False
    looked_at: set[str] = set()  # a column of a million dates holds a few thousand distinct ones
    for value in values:
        if value in looked_at:
            continue
        if len(looked_at) < _REMEMBERED:
            looked_at.add(value)
        match = _NUMERIC.match(normalise(value))
        if match:
            a, b = int(match.group(1)), int(match.group(2))
            day_first |= a > 12
            month_first |= b > 12
    return "mdy" if month_first and not day_first else "dmy"


def needs_order(text: str) -> bool:
    """Whether `text` is two different dates day first and month first (a/b/yyyy, a and b both at most 12):
    the only dates whose reading depends on `numeric_order`."""
    match = _NUMERIC.match(normalise(text))
    if not match:
        return False
    a, b = int(match.group(1)), int(match.group(2))
    return a != b and a <= 12 and b <= 12


def parse_date(text: str, order: str = "dmy") -> date | None:
    """The date written in `text`, or None when it is not a date this reader knows."""
    value = normalise(text)
    try:
        if match := _ISO.match(value):
            return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        if match := _NUMERIC.match(value):
            a, b, year = int(match.group(1)), int(match.group(2)), int(match.group(3))
            if a > 12 or (order == "dmy" and b <= 12):
                return date(year, b, a)
            return date(year, a, b)
        if match := _DAY_MONTH.match(value):
            month = _MONTHS.get(match.group(2).lower())
            return date(int(match.group(3)), month, int(match.group(1))) if month else None
        if match := _MONTH_DAY.match(value):
            month = _MONTHS.get(match.group(1).lower())
            return date(int(match.group(3)), month, int(match.group(2))) if month else None
    except ValueError:
        return None
    return None
