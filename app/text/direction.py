"""The one rule for the direction of user text: per paragraph, counted in words, not letters.

A word with a right-to-left letter counts for right-to-left, any other word with a letter counts
for left-to-right, and a paragraph is right-to-left when its right-to-left words are at least as
many as the others. Counting letters got Arabic sentences wrong: "قابلت فريق Amazon Web Services
وسألوني عن AWS Lambda" has more Latin letters than Arabic ones, yet it is an Arabic sentence that
names products, as Arabic writers do all the time. Paragraphs without words follow `fallback`.
Editors, the reader, the PDF, search snippets and tables all ask this module.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Literal

Direction = Literal["rtl", "ltr"]


def _strong(char: str) -> Direction | None:
    kind = unicodedata.bidirectional(char)
    if kind in ("R", "AL"):
        return "rtl"
    if kind == "L":
        return "ltr"
    return None


def _word_direction(word: str) -> Direction | None:
    found = None
    for char in word:
        strong = _strong(char)
        if strong == "rtl":
            return "rtl"  # one Arabic letter makes an Arabic word ("بـGoogle")
        found = found or strong
    return found


def paragraph_direction(text: str, fallback: Direction = "ltr") -> Direction:
    """The direction of one paragraph: right-to-left when its Arabic words are at least as many as its Latin ones."""
    rtl = ltr = 0
    for word in text.split():
        direction = _word_direction(word)
        if direction == "rtl":
            rtl += 1
        elif direction == "ltr":
            ltr += 1
    if rtl == ltr == 0:
        return fallback
    return "rtl" if rtl >= ltr else "ltr"


def text_direction(text: str, override: str = "auto", fallback: Direction = "ltr") -> Direction:
    """The direction of a whole text (the user's override wins over counting)."""
    if override in ("rtl", "ltr"):
        return override  # type: ignore[return-value]
    return paragraph_direction(text, fallback)


def paragraphs_with_direction(text: str, override: str = "auto", fallback: Direction = "ltr") -> list[tuple[str, Direction]]:
    """Split text into paragraphs (by line), each with its own direction; for views and the PDF."""
    return [(line, text_direction(line, override, fallback)) for line in text.split("\n")]


def has_arabic(text: str) -> bool:
    return any(_strong(c) == "rtl" for c in text)


FIRST_STRONG_ISOLATE, LEFT_TO_RIGHT_ISOLATE, POP_ISOLATE = "\u2068", "\u2066", "\u2069"
_PLACEHOLDER = re.compile(r"%([1-9])")


def isolate(text: str) -> str:
    """Wrap user text so its direction cannot reorder the interface text around it."""
    return f"{FIRST_STRONG_ISOLATE}{text}{POP_ISOLATE}" if text else text


def fill(template: str, *values: object, isolated: bool = True) -> str:
    """`template` (a translation) with %1, %2… replaced by `values`, each wrapped in an isolate.

    The one way to put a fragment (user text, a name, a number, a date, a path) into a composed
    display string: isolated, "e&" stays "e&" and "06-12-2026" keeps its order inside an Arabic
    sentence. One pass, so a value that itself contains "%2" is never substituted again.
    `isolated=False` is for the command line, whose terminal would show the marks as litter.
    """
    def value(match: re.Match) -> str:
        index = int(match.group(1)) - 1
        if index >= len(values):
            return match.group(0)
        return isolate(str(values[index])) if isolated else str(values[index])

    return _PLACEHOLDER.sub(value, template)


def left_to_right(text: str) -> str:
    """A fragment that always reads left to right (a path, a file pattern), even if it holds Arabic."""
    return f"{LEFT_TO_RIGHT_ISOLATE}{text}{POP_ISOLATE}" if text else text


def file_filter(name: str, patterns: str) -> str:
    """A file dialog's filter, "name (patterns)", whose patterns stay left to right after an Arabic name.

    Qt reads the patterns from the parentheses at the very end of the filter, so nothing may follow
    the ")": the isolate opens before "(" and the end of the line closes it.
    """
    return f"{name} {LEFT_TO_RIGHT_ISOLATE}({patterns})"


def joined(*parts: str, separator: str = " — ") -> str:
    """User texts (company, role, a name) side by side, each isolated, blanks left out."""
    return separator.join(isolate(part) for part in parts if part)
