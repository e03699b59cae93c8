"""Counts in sentences: Qt's numerus forms pick the words, the one number formatter writes the number.

Arabic has six forms for a count (no thing, one, two, three to ten, eleven to ninety-nine, a
hundred and more) and English two; a sentence about n things is always translated with
`tr(text, "", numerus(n))` (or `translate(context, text, None, numerus(n))`) so that the `.ts`
files hold every form, and never assembled by pasting a number into a fixed sentence. Qt writes the
number with Latin digits; `counted` rewrites it in the digits the user chose, isolated.
"""

from __future__ import annotations

import re

from thabat.app.text.dates import DateStyle, number
from thabat.app.text.direction import isolate

FRACTION = 100
"""The count that picks the form for a fraction ("2.5 days"): the plural in English, "مئة يوم" in Arabic."""


def numerus(value: int | float) -> int:
    """The count Qt chooses the grammatical form by: the value itself when whole."""
    return int(value) if float(value).is_integer() else FRACTION


def counted(translated: str, value: int | float, style: DateStyle | None = None, isolated: bool = True) -> str:
    """A numerus translation with its count written as the settings say (and isolated, on screen).

    Translations hold no digits of their own, so the digits Qt put in for %n are the count.
    `style=None` keeps Latin digits (the command line).
    """
    n = numerus(value)
    written = str(int(value)) if float(value).is_integer() else f"{value:g}"  # :g writes a million as 1e+06
    shown = written if style is None else number(written, style)
    shown = isolate(shown) if isolated else shown
    text = translated.replace("%n", str(n))  # a QTranslator used directly leaves %n in place
    return re.sub(rf"(?<![%\d]){n}(?!\d)", lambda _match: shown, text)
