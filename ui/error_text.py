"""Errors in the interface's language: the one place the interface puts a refusal into words.

Use cases and services raise errors carrying their English source text and its values
(`thabat.app.errors.Message`); the interface translates them here, when it shows them, so a
message raised before a language switch still reads in the language chosen since.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from thabat.app.errors import untranslated


def error_text(error: BaseException | str) -> str:
    """`error` as the interface shows it: translated, each quoted value isolated."""
    return untranslated(error).render(QCoreApplication.translate)
