"""The charts and ranges to choose from; no matplotlib here, so a page can list them cheaply."""

from __future__ import annotations

from datetime import date, timedelta

from thabat.app.charts.data import Period
from thabat.app.text import catalogue

CHART_KEYS = ("applications", "confidence", "funnel", "skills", "bounce_back", "pixels")
RANGES = ("3m", "6m", "1y", "all", "custom")
_RANGE_DAYS = {"3m": 91, "6m": 182, "1y": 365}


def chart_name(key: str, lang: str) -> str:
    """The chart's short name for a picker, in `lang`."""
    entry = catalogue.load("charts")["names"][key]
    return entry.get(lang, entry["en"])


def period_for(range_key: str, today: date, start: date | None = None, end: date | None = None) -> Period:
    """The period of a range choice; "custom" uses `start` and `end` (either may be open)."""
    if range_key == "custom":
        return Period(start, end or today)
    if range_key == "all":
        return Period(None, today)
    return Period(today - timedelta(days=_RANGE_DAYS[range_key] - 1), today)
