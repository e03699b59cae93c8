"""The locale widgets show numbers and dates with: the chosen language, with the chosen digits.

Spin boxes, date editors, calendar popups and Qt's `%Ln` all read digits from a QLocale, while
composed text goes through app/text/dates.py; both follow the same two settings. Qt has no option to
switch a locale's digits, so the digits pick the territory: Arabic in Egypt writes ٠١٢٣, Arabic
in the Emirates 0123. English has no territory with Arabic-Indic digits: with that choice the
widgets take the Egyptian Arabic locale (their formats are numeric, so only the digits change).
"""

from __future__ import annotations

from PySide6.QtCore import QCalendar, QLocale
from PySide6.QtWidgets import QApplication

from thabat.app.text.dates import HIJRI_SUFFIX, DateStyle

_Language, _Territory = QLocale.Language, QLocale.Country


def language_locale(lang: str) -> QLocale:
    """The locale of the interface language: translations, direction, date formats."""
    return QLocale(_Language.Arabic, _Territory.Egypt) if lang == "ar" else QLocale(_Language.English,
                                                                                    _Territory.UnitedStates)


def display_locale(lang: str, digits: str) -> QLocale:
    """The locale for numbers in widgets: the language's, with the chosen digits (latin | arabic)."""
    if digits == "arabic":
        return QLocale(_Language.Arabic, _Territory.Egypt)
    if lang == "ar":
        return QLocale(_Language.Arabic, _Territory.UnitedArabEmirates)
    return QLocale(_Language.English, _Territory.UnitedStates)


def apply_display_locale(locale: QLocale) -> None:
    """Make `locale` the default for new widgets and give it to every open window (their children follow)."""
    QLocale.setDefault(locale)
    app = QApplication.instance()
    if app is not None:
        for window in app.topLevelWidgets():
            window.setLocale(locale)


def calendar(style: DateStyle) -> QCalendar:
    """Qt's calendar for the chosen one: the tabular Islamic civil calendar is app/text/dates.py's Hijri."""
    system = QCalendar.System.IslamicCivil if style.calendar == "hijri" else QCalendar.System.Gregorian
    return QCalendar(system)


_BIDI_MARKS = dict.fromkeys(map(ord, "\u200e\u200f\u061c"))


def date_format(style: DateStyle, right_to_left: bool) -> str:
    """A date editor's format: the language's short numeric date, a four-digit year, the Hijri suffix.

    A right-to-left QDateTimeEdit reverses the order of the format's sections and separators itself,
    so the day is read first from the right. The locale's right-to-left marks would reverse them a
    second time. The suffix goes before the pattern so that the reversal puts it at the end of the
    text ("1448/6/15 هـ"): drawn right to left, it then stands at the far left and is read last.
    """
    pattern = language_locale(style.lang).dateFormat(QLocale.FormatType.ShortFormat).translate(_BIDI_MARKS)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    if style.calendar == "hijri":
        suffix = HIJRI_SUFFIX.get(style.lang, HIJRI_SUFFIX["en"])
        pattern = "'" + suffix + "'" + pattern if right_to_left else pattern + "'" + suffix + "'"
    return pattern
