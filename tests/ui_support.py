"""Building widgets for tests: one context over an in-memory journal, in the chosen language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from thabat.app.journal import Journal
from tests.conftest import TODAY
from thabat.ui.context import AppContext
from thabat.ui.fonts import register_fonts
from thabat.ui.i18n import LanguageSwitcher
from thabat.ui.today_page import TodayPage
from thabat.app.preferences import Preferences

_switcher: LanguageSwitcher | None = None


def switcher() -> LanguageSwitcher:
    """The application's one language switcher (translators are per application, not per widget)."""
    global _switcher
    app = QApplication.instance()
    if _switcher is None or _switcher._app is not app:
        register_fonts(app)
        _switcher = LanguageSwitcher(app)
    return _switcher


def make_context(journal: Journal, folder: Path, lang: str = "en") -> AppContext:
    preferences = Preferences(folder)
    switcher().apply(lang, preferences.get("digits"))
    return AppContext(journal, preferences, folder, today=lambda: TODAY, lang=lang)


def type_text(widget, text: str) -> None:
    """Type any text, Arabic included, as key events (QTest.keyClicks only knows ASCII)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent

    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))


def visible(text: str) -> str:
    """Text as a reader sees it: without the invisible isolate marks around inserted fragments."""
    return "".join(char for char in text if char not in "\u2066\u2067\u2068\u2069")


def unthemed() -> None:
    """Back to Qt's plain look after a test that applied a theme (the next tests measure plain widgets)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QPalette

    from thabat.ui import theme

    theme.apply_theme(QApplication.instance(), "light")  # stops following the system's scheme
    hints = QGuiApplication.styleHints()
    if hasattr(hints, "setColorScheme"):
        hints.setColorScheme(Qt.ColorScheme.Unknown)
    QApplication.instance().setStyleSheet("")
    QApplication.instance().setPalette(QPalette())


def shown(qtbot, widget):
    """`widget` shown and exposed (a page: filled, its read off the GUI thread ended); qtbot deletes it after the test."""
    qtbot.addWidget(widget)
    with qtbot.waitExposed(widget):
        widget.show()
    filled(qtbot, widget)
    return widget


def filled(qtbot, page):
    """`page` (any widget) once its read under way, if any, has ended and filled it (ui/page_reads.py); a
    dialog once the part it makes and what it reads after its first show have come (ui/dialog_parts.py,
    ui/dialog_reads.py)."""
    from thabat.ui.dialog_parts import LaterPart
    from thabat.ui.dialog_reads import DialogRead

    for part in page.findChildren(LaterPart):  # made in the turn after its dialog's first paint
        if part.parent().isVisible():
            qtbot.waitUntil(lambda: part.made)
    if getattr(page, "loading", False):
        qtbot.waitUntil(lambda: not page.loading)
    for read in page.findChildren(DialogRead):
        if read.started:
            qtbot.waitUntil(lambda: read.done)
    return page


def today_page(qtbot, journal: Journal, folder: Path, lang: str = "en") -> TodayPage:
    """The Today page over `journal`, shown."""
    return shown(qtbot, TodayPage(make_context(journal, folder, lang)))
