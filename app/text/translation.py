"""Translating where no Qt application runs: the command line's messages and its --help.

QCoreApplication.translate only consults translators installed into a running application; the
command line has none (and the PDF export must be free to create its own QGuiApplication), so it
loads Thabat's translation into a QTranslator kept here and asks it directly.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator

_command_line: "QTranslator | None" = None
_language: str | None = None


def use_language(lang: str | None) -> None:
    """Translate the command line's texts into `lang` (ar | en) from now on; None hands over to the app's translators.

    English loads nothing until a count needs its plural form: `thabat search` must not pay for
    QtCore (about a tenth of a second and 20 MB) to print English.
    """
    global _command_line, _language
    _command_line, _language = None, lang
    if lang is not None and lang != "en":
        _command_line = _load(lang)


def _load(lang: str) -> "QTranslator | None":
    from PySide6.QtCore import QTranslator

    from thabat import resources

    translator = QTranslator()  # English too: thabat_en.qm holds its plural forms ("1 application")
    loaded = translator.load(str(resources.path("translations", f"thabat_{lang}.qm")))
    return translator if loaded else None


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the command line's language if one was chosen, else in the application's."""
    global _command_line
    if _language == "en" and _command_line is None:
        if n == -1:
            return text  # English sources are English; thabat_en.qm holds plural forms only
        _command_line = _load("en")
    if _command_line is not None:
        return _command_line.translate(context, text, disambiguation, n) or text
    if _language is not None:  # no .qm file: the source text
        return text
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, text, disambiguation, n)
