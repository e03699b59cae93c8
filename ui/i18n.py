"""Loading translations and setting the layout direction, once for the whole application."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from thabat import resources
from thabat.ui.display_locale import apply_display_locale, display_locale, language_locale

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

    def apply(self, lang: str, digits: str = "latin") -> None:
        """Switch to `lang`, with numbers in widgets written in `digits` (latin | arabic)."""
        for translator in self._translators:
            self._app.removeTranslator(translator)
            translator.deleteLater()  # children of the application: removed ones would live as long as it
        self._translators = []
        locale = language_locale(lang)
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
            # Strings Qt renamed since its Arabic file was made ("&Look in:" in the file dialog), translated here.
            qt_missing = QTranslator(self._app)
            if qt_missing.load(str(resources.path("translations", f"qt_missing_{lang}.qm"))):
                self._translators.append(qt_missing)
            else:
                qt_missing.deleteLater()
        for translator in self._translators:
            self._app.installTranslator(translator)
        apply_display_locale(display_locale(lang, digits))
        # Qt appends the display name to every window title ("Settings — Thabat"): it is a word of the language.
        self._app.setApplicationDisplayName(QCoreApplication.translate("Application", "Thabat"))
        self._app.setLayoutDirection(locale.textDirection())
        self.current = lang
