"""Finding numbers written in the wrong digits in what a widget shows."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QGroupBox, QLabel, QProgressBar, QWidget

LATIN = frozenset("0123456789")
ARABIC_INDIC = frozenset("٠١٢٣٤٥٦٧٨٩")
_TAG = re.compile(r"<[^>]*>")


def shown_texts(root: QWidget, skip: tuple[QWidget, ...] = ()) -> list[str]:
    """Every text the widgets under `root` show: labels, buttons, spin boxes, date fields, combos, titles."""
    texts = []
    for widget in (root, *root.findChildren(QWidget)):
        if any(widget is s or s.isAncestorOf(widget) for s in skip):
            continue
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(_TAG.sub("", widget.text()))
        elif isinstance(widget, (QAbstractSpinBox, QProgressBar)):
            texts.append(widget.text())
        elif isinstance(widget, QComboBox):
            texts.extend(widget.itemText(index) for index in range(widget.count()))
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
    return [text for text in texts if text]


def wrong_digits(texts, digits: str) -> list[str]:
    """The texts holding a digit of the other kind than `digits` (latin | arabic)."""
    wrong = LATIN if digits == "arabic" else ARABIC_INDIC
    return [text for text in texts if wrong & set(text)]


def has_digits(texts, digits: str) -> bool:
    right = ARABIC_INDIC if digits == "arabic" else LATIN
    return any(right & set(text) for text in texts)
