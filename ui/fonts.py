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


def read_font_config_early() -> threading.Thread | None:
    """Linux: fontconfig reads its configuration and its font caches (~28 million instructions, ~5 ms)
    on a thread of its own, while Python imports the interface, instead of inside Qt's first font call
    on the GUI thread (`register_fonts`). fontconfig makes its configuration once and publishes it
    atomically (`FcInit`): if Qt asks first, each thread makes one and the first published is kept, so
    nothing waits on this thread. ctypes lets go of the GIL for the call. The thread, or None where
    fontconfig is not there to ask."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        fontconfig = ctypes.CDLL(FONTCONFIG)  # by name: find_library would run ldconfig in a subprocess
    except OSError:
        return None
    thread = threading.Thread(target=fontconfig.FcInit, name="thabat-font-config", daemon=True)
    thread.start()
    return thread


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
