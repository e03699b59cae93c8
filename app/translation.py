"""Translating where no Qt application runs: the command line's messages and its --help.

QCoreApplication.translate only consults translators installed into a running application; the
command line has none (and the PDF export must be free to create its own QGuiApplication), so it
loads Thabat's translation into a QTranslator kept here and asks it directly.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

_command_line: QTranslator | None = None


def use_language(lang: str | None) -> None:
    """Translate the command line's texts into `lang` (ar | en) from now on; None hands over to the app's translators."""
    global _command_line
    import resources

    if lang is None:
        _command_line = None
        return
    translator = QTranslator()  # English too: thabat_en.qm holds its plural forms ("1 application")
    loaded = translator.load(str(resources.path("translations", f"thabat_{lang}.qm")))
    _command_line = translator if loaded else None


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the command line's language if one was chosen, else in the application's."""
    if _command_line is not None:
        return _command_line.translate(context, text, disambiguation, n) or text
    return QCoreApplication.translate(context, text, disambiguation, n)
