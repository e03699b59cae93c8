"""Light, dark or the system's look, applied to the whole application at once.

One place for how Thabat looks: Fusion (the same on every desktop), the palette of ui/palette.py,
and the stylesheet resources/style/thabat.qss filled with that palette's colours.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from thabat import resources
from thabat.ui.palette import DARK, LIGHT, Palette, qpalette

THEMES = ("system", "light", "dark")

FUSION_ARGUMENTS = ("-style", "fusion")
"""Given to the QApplication at start-up (ui/application.py): Fusion from the start, the same on every
desktop (the platform's style may ignore the palette; Fusion honours it everywhere). Named on its command
line, the style is never handed to Python: `QApplication.setStyle` returns it, and wrapping it makes
QStyle's Python enums, about 9 ms before the first paint."""

FUSION_GIVEN = "thabat-fusion-given"
"""A property of an application made with `FUSION_ARGUMENTS`."""

_shown: Palette = LIGHT
_following_system = False


def current_palette() -> Palette:
    """The palette on screen (the icons are drawn in its colours)."""
    return _shown


def choose_theme(preferences, theme: str) -> None:
    """The user chose a theme (Settings or View → Theme): keep it and show it now."""
    preferences.set("theme", theme)
    apply_theme(QApplication.instance(), theme)


def apply_theme(app: QApplication, theme: str) -> None:
    """Show `theme`; "system" follows the desktop's light or dark setting, also when it changes."""
    global _following_system
    hints = QGuiApplication.styleHints()
    scheme = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}.get(theme, Qt.ColorScheme.Unknown)
    if hasattr(hints, "setColorScheme"):
        hints.setColorScheme(scheme)  # Qt's own dialogs and the title bar follow
    if theme == "system":
        if not _following_system:
            hints.colorSchemeChanged.connect(_on_system_scheme)
            _following_system = True
        colours = DARK if hints.colorScheme() == Qt.ColorScheme.Dark else LIGHT
    else:
        if _following_system:
            hints.colorSchemeChanged.disconnect(_on_system_scheme)
            _following_system = False
        colours = DARK if theme == "dark" else LIGHT
    _show(app, colours)


def _on_system_scheme(scheme: Qt.ColorScheme) -> None:
    _show(QApplication.instance(), DARK if scheme == Qt.ColorScheme.Dark else LIGHT)


def _show(app: QApplication, colours: Palette) -> None:
    global _shown
    _shown = colours
    if not app.property(FUSION_GIVEN):  # an application made otherwise (the tests' own)
        app.setStyle("Fusion")
        app.setProperty(FUSION_GIVEN, True)
    app.setPalette(qpalette(colours))
    app.setStyleSheet(stylesheet(colours))


def stylesheet(colours: Palette) -> str:
    """The stylesheet with the palette's colours in place of its @names (longest names first)."""
    text = resources.path("style", "thabat.qss").read_text(encoding="utf-8")
    for name, value in sorted(colours.tokens().items(), key=lambda item: -len(item[0])):
        text = text.replace(f"@{name}", value)
    return text
