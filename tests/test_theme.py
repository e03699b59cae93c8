"""The look in one place: a light and a dark palette, the system's followed, one stylesheet."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from tests.ui_support import unthemed
from thabat.ui import theme
from thabat.ui.palette import DARK, LIGHT


@pytest.fixture
def app():
    yield QApplication.instance()
    unthemed()


@pytest.mark.parametrize("chosen, colours", [("light", LIGHT), ("dark", DARK)])
def test_a_theme_sets_its_palette_and_fills_the_stylesheet(app, chosen, colours):
    theme.apply_theme(app, chosen)
    assert app.palette().color(QPalette.ColorRole.Window).name() == colours.window
    assert app.palette().color(QPalette.ColorRole.Text).name() == colours.text
    assert theme.current_palette() is colours
    sheet = app.styleSheet()
    assert colours.accent in sheet and colours.surface in sheet
    assert not re.search(r"@[a-z_]+", sheet)  # every colour name was replaced


def test_system_follows_the_desktop_when_it_turns_dark_and_back(app):
    theme.apply_theme(app, "system")
    hints = QGuiApplication.styleHints()
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert theme.current_palette() is DARK
    assert app.palette().color(QPalette.ColorRole.Window).name() == DARK.window
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert theme.current_palette() is LIGHT


def test_a_chosen_theme_no_longer_follows_the_desktop(app):
    theme.apply_theme(app, "system")
    theme.apply_theme(app, "light")
    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert theme.current_palette() is LIGHT


def test_the_dark_palette_keeps_text_readable():
    def luminance(colour: str) -> float:
        def channel(value: int) -> float:
            value /= 255
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4
        r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
        return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)

    def contrast(a: str, b: str) -> float:
        high, low = sorted((luminance(a), luminance(b)), reverse=True)
        return (high + 0.05) / (low + 0.05)

    for colours in (LIGHT, DARK):  # WCAG AA: 4.5 for body text, 3 for large text and controls
        assert contrast(colours.text, colours.window) >= 7
        assert contrast(colours.text, colours.surface) >= 7
        assert contrast(colours.muted, colours.window) >= 4.5
        assert contrast(colours.accent_text, colours.accent) >= 4.5
        assert contrast(colours.danger, colours.surface) >= 4.5


def test_widgets_name_no_colours_of_their_own():
    from pathlib import Path

    ui = Path(theme.__file__).parent
    offenders = [path.name for path in ui.glob("*.py") if path.name != "palette.py"
                 and re.search(r"setStyleSheet\(", path.read_text(encoding="utf-8"))]
    assert offenders == ["theme.py"]
