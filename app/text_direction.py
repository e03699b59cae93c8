"""The one rule for the direction of user text: per paragraph, the script with most strong letters wins.

An Arabic paragraph that starts with "Google" is still right-to-left; an English one quoting a
few Arabic words stays left-to-right. Ties and paragraphs without letters follow `fallback`.
"""

from __future__ import annotations

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


def paragraph_direction(text: str, fallback: Direction = "ltr") -> Direction:
    """The direction of one paragraph by counting its strong letters."""
    rtl = ltr = 0
    for char in text:
        strong = _strong(char)
        if strong == "rtl":
            rtl += 1
        elif strong == "ltr":
            ltr += 1
    if rtl == ltr:
        return fallback
    return "rtl" if rtl > ltr else "ltr"


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


FIRST_STRONG_ISOLATE, POP_ISOLATE = "\u2068", "\u2069"


def isolate(text: str) -> str:
    """Wrap user text so its direction cannot reorder the interface text around it."""
    return f"{FIRST_STRONG_ISOLATE}{text}{POP_ISOLATE}" if text else text


def joined(*parts: str, separator: str = " — ") -> str:
    """User texts (company, role, a name) side by side, each isolated, blanks left out."""
    return separator.join(isolate(part) for part in parts if part)
