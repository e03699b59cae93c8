"""The one date and number formatter: language, calendar (Gregorian / Hijri) and digits.

Pure Python, so the command line, charts and PDF format exactly like the screens. The Hijri
calendar is the tabular Islamic civil calendar, the same one as Qt's QCalendar IslamicCivil.
A stored instant (`created_at`, `updated_at`, ...) is UTC; the date shown for it is the local one,
always through `local_day` (kept in storage/instants.py, which the search index uses too).
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from thabat.storage.instants import local_day  # noqa: F401  (re-exported: the one conversion to a shown date)

GREGORIAN_MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
    "ar": ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر",
           "ديسمبر"),
}
HIJRI_MONTHS = {
    "en": ("Muharram", "Safar", "Rabi' al-Awwal", "Rabi' al-Thani", "Jumada al-Ula", "Jumada al-Akhirah", "Rajab",
           "Sha'ban", "Ramadan", "Shawwal", "Dhu al-Qi'dah", "Dhu al-Hijjah"),
    "ar": ("محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان",
           "شوال", "ذو القعدة", "ذو الحجة"),
}
HIJRI_SUFFIX = {"en": " AH", "ar": " هـ"}
_ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


class DateStyle(NamedTuple):  # not a dataclass: made before the first paint, a tuple is cheaper to make
    """How dates and numbers are shown: `lang` ar|en, `calendar` gregorian|hijri, `digits` latin|arabic."""

    lang: str = "en"
    calendar: str = "gregorian"
    digits: str = "latin"


def to_hijri(day: date) -> tuple[int, int, int]:
    """(year, month, day) in the tabular Islamic civil calendar."""
    jd = day.toordinal() + 1721425  # Julian day number of this date
    l = jd - 1948440 + 10632
    n = (l - 1) // 10631
    l = l - 10631 * n + 354
    j = ((10985 - l) // 5316) * ((50 * l) // 17719) + (l // 5670) * ((43 * l) // 15238)
    l = l - ((30 - j) // 15) * ((17719 * j) // 50) - (j // 16) * ((15238 * j) // 43) + 29
    month = (24 * l) // 709
    return 30 * n + j - 30, month, l - (709 * month) // 24


def number(value: int | float | str, style: DateStyle) -> str:
    """A number (or any text with digits) in the chosen digits."""
    text = str(value)
    if style.digits == "arabic":
        text = text.translate(_ARABIC_INDIC).replace(".", "٫")
    return text


def _parts(day: date, style: DateStyle) -> tuple[int, str, int, str]:
    lang = style.lang if style.lang in GREGORIAN_MONTHS else "en"
    if style.calendar == "hijri":
        year, month, d = to_hijri(day)
        return d, HIJRI_MONTHS[lang][month - 1], year, HIJRI_SUFFIX[lang]
    return day.day, GREGORIAN_MONTHS[lang][day.month - 1], day.year, ""


def long_date(day: date, style: DateStyle) -> str:
    """e.g. "26 November 2026", "٢٦ نوفمبر ٢٠٢٦", "15 Jumada al-Akhirah 1448 AH"."""
    d, month, year, suffix = _parts(day, style)
    return f"{number(d, style)} {month} {number(year, style)}{suffix}"


def month_parts(day: date, style: DateStyle) -> tuple[str, str]:
    """(month name, year with its calendar suffix), for labels that stack them (chart ticks)."""
    _, month, year, suffix = _parts(day, style)
    return month, f"{number(year, style)}{suffix}"


def day_and_month(day: date, style: DateStyle) -> str:
    """e.g. "26 November", "١٥ جمادى الآخرة": a date whose year is shown elsewhere."""
    d, month, _, _ = _parts(day, style)
    return f"{number(d, style)} {month}"


def month_start(day: date, style: DateStyle) -> date:
    """The first day of the month of `day` in the chosen calendar."""
    if style.calendar == "hijri":
        return date.fromordinal(day.toordinal() - to_hijri(day)[2] + 1)
    return day.replace(day=1)


def month_year(day: date, style: DateStyle) -> str:
    _, month, year, suffix = _parts(day, style)
    return f"{month} {number(year, style)}{suffix}"


def short_date(day: date, style: DateStyle) -> str:
    """Numeric, sortable-looking: 2026-11-26 (Gregorian) or 1448-06-15 هـ (Hijri)."""
    if style.calendar == "hijri":
        year, month, d = to_hijri(day)
        return number(f"{year:04d}-{month:02d}-{d:02d}", style) + HIJRI_SUFFIX.get(style.lang, " AH")
    return number(day.isoformat(), style)
