"""Thabat's colours: a calm light and dark palette, named by what each colour is for.

The stylesheet (resources/style/thabat.qss) and the icons take their colours from here; widgets never
name a colour themselves.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtGui import QColor, QPalette


class Palette(NamedTuple):  # not a dataclass: made before the first paint, a tuple is ~1 ms cheaper
    name: str
    window: str         # the page background: warm paper, or a soft charcoal
    surface: str        # cards, fields, lists
    sunken: str         # the navigation and alternate rows
    text: str
    muted: str          # captions, hints, placeholders
    border: str
    accent: str         # buttons that move on, the current page, progress
    accent_text: str    # text on the accent
    accent_soft: str    # selection and hover behind text
    warm: str           # the encouraging figure, the rest suggestion
    danger: str         # errors and refusals: clear, not alarming
    mark: str           # behind the words a search found
    mark_text: str      # those words

    def tokens(self) -> dict[str, str]:
        return {key: value for key, value in self._asdict().items() if key != "name"}


LIGHT = Palette(
    name="light", window="#f6f4ef", surface="#ffffff", sunken="#eeeae2", text="#2b2d31", muted="#6a6e75",
    border="#dcd7cd", accent="#3a7a70", accent_text="#ffffff", accent_soft="#d8e9e5", warm="#f3ead7",
    danger="#a63d32", mark="#f5dc8c", mark_text="#2b2d31",
)
DARK = Palette(
    name="dark", window="#1d2023", surface="#262a2e", sunken="#181a1d", text="#e7e4de", muted="#a3a7ad",
    border="#3a3f45", accent="#6bb3a6", accent_text="#10201d", accent_soft="#2c4642", warm="#3a3427",
    danger="#ef8a7d", mark="#6a5720", mark_text="#fbf3dc",
)


def qpalette(colours: Palette) -> QPalette:
    """The same colours for Qt's own painting (menus, dialogs, scroll bars, what the stylesheet leaves)."""
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: colours.window, QPalette.ColorRole.WindowText: colours.text,
        QPalette.ColorRole.Base: colours.surface, QPalette.ColorRole.AlternateBase: colours.sunken,
        QPalette.ColorRole.Text: colours.text, QPalette.ColorRole.PlaceholderText: colours.muted,
        QPalette.ColorRole.Button: colours.surface, QPalette.ColorRole.ButtonText: colours.text,
        QPalette.ColorRole.Highlight: colours.accent, QPalette.ColorRole.HighlightedText: colours.accent_text,
        QPalette.ColorRole.ToolTipBase: colours.surface, QPalette.ColorRole.ToolTipText: colours.text,
        QPalette.ColorRole.Link: colours.accent, QPalette.ColorRole.BrightText: colours.danger,
        QPalette.ColorRole.Mid: colours.border, QPalette.ColorRole.Midlight: colours.sunken,
        QPalette.ColorRole.Dark: colours.border, QPalette.ColorRole.Light: colours.surface,
        QPalette.ColorRole.Shadow: colours.border,
    }
    for role, value in roles.items():
        palette.setColor(role, QColor(value))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(colours.muted))
    return palette
