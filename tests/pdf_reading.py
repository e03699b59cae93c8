"""Reading an exported PDF back as a reader copies it: pypdfium2 always, poppler's pdftotext if present."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pypdfium2

BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
"""Invisible direction marks: pdftotext wraps right-to-left runs in them, and the PDF reads separators
and spaces in right-to-left runs with a right-to-left mark (app/export/pdf_text_layer.py)."""


def copied(text: str) -> str:
    """Text as compared here: without direction marks, NFKC (presentation forms become letters)."""
    return unicodedata.normalize("NFKC", BIDI_CONTROLS.sub("", text))


def squeezed(text: str) -> str:
    """Copied text with every run of white space (line ends too) as one space."""
    return " ".join(copied(text).split())


def pdfium_pages(pdf: Path) -> list[str]:
    """Each page's text as pdfium (Chrome's and many viewers' engine) copies it."""
    document = pypdfium2.PdfDocument(str(pdf))
    try:
        return [copied(page.get_textpage().get_text_bounded()) for page in document]
    finally:
        document.close()


def poppler_installed() -> bool:
    return shutil.which("pdftotext") is not None


def poppler_text(pdf: Path) -> str:
    """The text as poppler's pdftotext (Evince, Okular and many tools) gives it."""
    out = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, check=True, text=True).stdout
    return copied(out)
