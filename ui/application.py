"""Start the GUI: the QApplication, fonts, language, the journal and the main window."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from app.journal import Journal, JournalUnavailable
from ui.context import AppContext
from ui.fonts import register_fonts
from ui.i18n import LanguageSwitcher, resolve
from ui.preferences import Preferences
from ui.theme import apply_theme


def _has_display() -> bool:
    if sys.platform.startswith("linux"):
        platform = os.environ.get("QT_QPA_PLATFORM", "")
        return bool(platform) or bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    app.setApplicationName("Thabat")
    app.setOrganizationName("Thabat")
    app.setApplicationDisplayName("Thabat")
    QGuiApplication.setDesktopFileName("thabat")
    register_fonts(app)
    return app


def run(folder: Path, lang: str | None) -> int:
    """Show the main window over the journal in `folder`; returns the exit status."""
    if not _has_display():
        print("thabat: no display found; set DISPLAY or use QT_QPA_PLATFORM=offscreen, "
              "or use a command (thabat --help).", file=sys.stderr)
        return 2
    app = create_application()
    preferences = Preferences(folder)
    switcher = LanguageSwitcher(app)
    switcher.apply(resolve(lang or preferences.get("language")))
    apply_theme(app, preferences.get("theme"))
    try:
        journal = Journal.open(folder)
    except (JournalUnavailable, OSError) as error:
        QMessageBox.critical(None, app.translate("Startup", "Thabat cannot open your journal"), str(error))
        return 2

    from ui.first_paint import report_first_paint_if_asked
    from ui.main_window import MainWindow

    context = AppContext(journal, preferences, folder, lang=switcher.current)
    window = MainWindow(context, switcher)
    report_first_paint_if_asked(window.pages["today"])  # only with THABAT_REPORT_FIRST_PAINT (bench/)
    window.show()
    status = app.exec()
    journal.close()
    return status
