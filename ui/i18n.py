"""Loading translations and setting the layout direction, once for the whole application."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

import resources

LANGUAGES = ("ar", "en")


def system_language() -> str:
    """Arabic when the system's locale is Arabic, English otherwise."""
    return "ar" if QLocale.system().language() == QLocale.Language.Arabic else "en"


def resolve(choice: str | None) -> str:
    """The language to use for a preference of "system", "ar" or "en"."""
    return choice if choice in LANGUAGES else system_language()


class LanguageSwitcher:
    """Owns the installed translators; switching swaps them and flips the layout direction.

    Qt then sends a LanguageChange event to every widget, which re-translates itself.
    """

    def __init__(self, app: QApplication) -> None:
        self._app = app
        self._translators: list[QTranslator] = []
        self.current = "en"

    def apply(self, lang: str) -> None:
        for translator in self._translators:
            self._app.removeTranslator(translator)
            translator.deleteLater()  # children of the application: removed ones would live as long as it
        self._translators = []
        locale = QLocale(QLocale.Language.Arabic if lang == "ar" else QLocale.Language.English)
        QLocale.setDefault(locale)
        qt_translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        own = QTranslator(self._app)
        if own.load(str(resources.path("translations", f"thabat_{lang}.qm"))):
            self._translators.append(own)
        else:
            own.deleteLater()
        if lang != "en":
            qt_base = QTranslator(self._app)
            if qt_base.load(locale, "qtbase", "_", qt_translations):
                self._translators.append(qt_base)
            else:
                qt_base.deleteLater()
        for translator in self._translators:
            self._app.installTranslator(translator)
        self._app.setLayoutDirection(locale.textDirection())
        self.current = lang
