"""Lists and wrapped labels read calm, not airy, in both languages.

The bundled Noto Sans Arabic reserves 2.1 em of height per line for stacked marks in any script, so
every line of the interface (English too, where it was the first family found) took about 26 px for
12 px text: lists and wrapped labels looked double-spaced. Its UI cut keeps the same letters within
1.36 em.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontInfo, QTextLayout
from PySide6.QtWidgets import QApplication, QLabel, QListWidget

from tests.ui_support import switcher

TEXTS = {"ar": "لا شيء مجدول في الأسبوعين القادمين. إِنَّ الصبر مفتاح الفرج",
         "en": "Nothing is scheduled in the next two weeks."}
CALM = (1.2, 1.5)
"""A line's height over the text's pixel size: room for Arabic marks, no more than half a line between lines."""


def _lines(text: str, width: int = 10_000) -> list[float]:
    """The height of each line `text` takes at `width`, in the application's font."""
    layout = QTextLayout(text, QApplication.font())
    layout.beginLayout()
    heights = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        heights.append(line.height() + line.leading())
    layout.endLayout()
    return heights


def _line_height(text: str) -> float:
    return _lines(text)[0]


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_a_line_of_text_is_calm_not_airy(qapp, lang):
    switcher()  # registers the bundled fonts, as the application does at start
    pixels = QFontInfo(QApplication.font()).pixelSize()
    ratio = _line_height(TEXTS[lang]) / pixels
    assert CALM[0] <= ratio <= CALM[1], (lang, pixels, ratio)


@pytest.fixture
def no_style_sheet(qapp):
    """The font's own spacing: the theme's padding around list items (which an earlier test may have
    left applied) is a deliberate choice of the style sheet, not the line height measured here."""
    kept = qapp.styleSheet()
    qapp.setStyleSheet("")
    yield
    qapp.setStyleSheet(kept)


@pytest.mark.usefixtures("no_style_sheet")
@pytest.mark.parametrize("lang", ["ar", "en"])
def test_wrapped_labels_and_list_rows_keep_that_spacing(qtbot, lang):
    switcher()
    pixels = QFontInfo(QApplication.font()).pixelSize()
    text = " ".join([TEXTS[lang]] * 6)
    label = QLabel(text, wordWrap=True)
    qtbot.addWidget(label)
    lines = len(_lines(text, 300))
    assert lines >= 3  # it wraps
    assert label.heightForWidth(300) / lines <= CALM[1] * pixels + 1
    listing = QListWidget()
    qtbot.addWidget(listing)
    listing.addItems([TEXTS[lang]] * 3)
    assert listing.sizeHintForRow(0) <= CALM[1] * pixels + 2
