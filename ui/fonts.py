"""The bundled Arabic font (Noto Sans Arabic UI, OFL), registered so Arabic looks the same everywhere.

The interface uses the UI cut: the same letters as Noto Sans Arabic, drawn within 1.36 em of height
instead of 2.1 em. With the print cut every line of a list or a wrapped label took about 26 px for
12 px text, in English too (where the system's family is a generic name such as "Sans Serif", Qt
takes the first real family, this one, for every line's height). The PDF and the charts keep the
print cut (app/export/pdf.py, app/charts/style.py): on paper the tall marks get their room.
"""

from __future__ import annotations

import ctypes
import sys
import threading

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from thabat import resources

FONT_FILES = ("NotoSansArabicUI-Regular.ttf", "NotoSansArabicUI-Bold.ttf")

FONTCONFIG = "libfontconfig.so.1"
"""Qt's font source on Linux (Qt's GUI library links it, so it is already loaded when this is asked for)."""

# fontconfig's configuration and font caches cost ~28 million instructions (~5 ms) inside Qt's first
# font call on the GUI thread. The launcher has them read on a thread while Python imports the
# interface (ctypes lets go of the GIL for the call), and `create_application` waits for that thread
# before making the QApplication: two threads making fontconfig's first configuration at once has
# crashed other programs inside expat (Pango's FcInit thread against a first call on the main thread).
_reading: threading.Thread | None = None


def read_font_config_early() -> threading.Thread | None:
    """Linux: fontconfig reads its configuration on a thread of its own; None where it is not there."""
    global _reading
    if _reading is not None or not sys.platform.startswith("linux"):
        return _reading
    try:
        fontconfig = ctypes.CDLL(FONTCONFIG)  # by name: find_library would run ldconfig in a subprocess
    except OSError:
        return None
    _reading = threading.Thread(target=fontconfig.FcInit, name="thabat-font-config", daemon=True)
    _reading.start()
    return _reading


def wait_for_font_config() -> None:
    """Before Qt's first font call: the configuration being read on its thread, if one was started, is read."""
    if _reading is not None:
        _reading.join()  # no time limit: Qt asking meanwhile is what must not happen


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
