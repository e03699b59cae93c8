"""The shared direction rule and the one date formatter (checked against Qt's own calendar)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QCalendar, QDate

from thabat.app.text.dates import DateStyle, long_date, number, short_date, to_hijri
from thabat.app.text.direction import paragraph_direction, paragraphs_with_direction, text_direction


@pytest.mark.parametrize("text, expected", [
    ("Google رفضتني بعد المقابلة الثانية لكنني تعلمت الكثير", "rtl"),
    ("I met Layla from شركة الأفق yesterday and it went well", "ltr"),
    ("مقابلة", "rtl"),
    ("SQL و Python", "ltr"),
    ("١٢٣ — 456", "ltr"),
    ("", "ltr"),
])
def test_paragraph_direction_counts_strong_letters(text, expected):
    assert paragraph_direction(text) == expected


def test_override_wins_and_paragraphs_are_judged_separately():
    text = "Careem كانت تجربة مفيدة جدًا\nNext time I will prepare examples"
    assert [d for _, d in paragraphs_with_direction(text)] == ["rtl", "ltr"]
    assert text_direction("Plain English", override="rtl") == "rtl"
    assert paragraph_direction("123", fallback="rtl") == "rtl"


def test_hijri_matches_qt_islamic_civil_calendar():
    calendar = QCalendar(QCalendar.System.IslamicCivil)
    day = date(1990, 1, 1)
    while day < date(2040, 1, 1):
        parts = calendar.partsFromDate(QDate(day.year, day.month, day.day))
        assert to_hijri(day) == (parts.year, parts.month, parts.day), day
        day += timedelta(days=13)


def test_formatting_follows_language_calendar_and_digits():
    day = date(2026, 11, 26)
    assert long_date(day, DateStyle("en")) == "26 November 2026"
    assert long_date(day, DateStyle("ar", digits="arabic")) == "٢٦ نوفمبر ٢٠٢٦"
    hijri = long_date(day, DateStyle("ar", calendar="hijri"))
    year, month, d = to_hijri(day)
    assert hijri.startswith(f"{d} ") and hijri.endswith(f"{year} هـ")
    assert short_date(day, DateStyle("en")) == "2026-11-26"
    assert number(3.5, DateStyle("ar", digits="arabic")) == "٣٫٥"


def test_user_text_is_isolated_from_the_interface_text():
    from thabat.app.text.direction import isolate, joined

    assert joined("شركة الأفق", "", "Designer") == "\u2068شركة الأفق\u2069 — \u2068Designer\u2069"
    assert isolate("") == ""
