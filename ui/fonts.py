"""The bundled Arabic font (Noto Sans Arabic, OFL), registered so Arabic looks the same everywhere."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from thabat import resources

FONT_FILES = ("NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf")


def register_fonts(app: QApplication) -> list[str]:
    """Register the bundled fonts and put the Arabic family behind the system's Latin one."""
    families: list[str] = []
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(resources.path("fonts", name)))
        if font_id >= 0:
            families.extend(f for f in QFontDatabase.applicationFontFamilies(font_id) if f not in families)
    if families:
        font = app.font()
        font.setFamilies([font.family(), *families])
        font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
        app.setFont(font)
    return families
