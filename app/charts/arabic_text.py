"""The one place that prepares text for matplotlib, whose Arabic support depends on its version.

matplotlib >= 3.11 shapes and orders Arabic itself (libraqm), so text must stay in logical order:
reshaping it first would show reversed, unjoined letters. Older versions draw characters one by
one, left to right, so there Arabic has to be reshaped into presentation forms and reordered.
"""

from __future__ import annotations

import re
from functools import lru_cache

import matplotlib

_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")


@lru_cache(maxsize=8)
def _shapes_arabic(version: str) -> bool:
    numbers = []
    for part in version.split(".")[:2]:
        digits = re.match(r"\d+", part)
        numbers.append(int(digits.group()) if digits else 0)
    return tuple(numbers) >= (3, 11)


def matplotlib_shapes_arabic() -> bool:
    """True when the installed matplotlib lays out Arabic itself (3.11 and later)."""
    return _shapes_arabic(matplotlib.__version__)


def chart_text(text: str) -> str:
    """`text` as matplotlib must receive it to draw it joined and right to left."""
    if matplotlib_shapes_arabic() or not _ARABIC.search(text):
        return text
    import arabic_reshaper
    from bidi.algorithm import get_display

    # Line by line: the bidi algorithm would otherwise swap the lines of a two-line tick label.
    return "\n".join(get_display(arabic_reshaper.reshape(line)) for line in text.split("\n"))
