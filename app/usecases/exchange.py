"""Export and import: PDF, JSON backup, CSV of applications; each in one unit of work.

The exporters load on first use (the PDF one brings Qt's PDF writer). Progress callbacks and a
`cancelled()` check come from the caller, which may run these on a worker thread.
"""

from __future__ import annotations

import os
from datetime import date
from typing import Callable

from thabat.app.events import ApplicationChanged, JournalReplaced
from thabat.app.journal import Journal


def export_pdf(journal: Journal, path: str | os.PathLike, options, on_progress: Callable | None = None,
               cancelled: Callable[[], bool] | None = None) -> int:
    """Write the journal as a PDF (PdfOptions); returns the number of pages."""
    from thabat.app.export.pdf import export_pdf as export

    with journal.session() as session:
        return export(session, path, options, on_progress, cancelled)


def export_json(journal: Journal, path: str | os.PathLike) -> dict[str, int]:
    """A full backup in the versioned JSON format; returns the count of each kind of row."""
    from thabat.app.export.backup_json import export_json as export

    with journal.session() as session:
        return export(session, path)


def export_csv(journal: Journal, path: str | os.PathLike, lang: str) -> int:
    """The applications with their stage history as CSV; returns the number of rows."""
    from thabat.app.export.csv_io import export_csv as export

    with journal.session() as session:
        return export(session, path, lang)


def import_json(journal: Journal, path: str | os.PathLike) -> dict[str, int]:
    """Restore or merge a JSON backup, whole or not at all; every screen reloads."""
    from thabat.app.export.backup_json import import_json as restore

    with journal.session() as session:
        counts = restore(session, path)
    journal.events.emit(JournalReplaced())
    return counts


def import_applications(journal: Journal, sheet, mapping: dict[str, int], today: date,
                        on_progress: Callable | None = None, cancelled: Callable[[], bool] | None = None):
    """Applications from a spreadsheet (a Sheet, its columns mapped); an ImportReport."""
    from thabat.app.export.csv_import import import_applications as import_rows

    with journal.session() as session:
        report = import_rows(session, sheet, mapping, today, on_progress, cancelled)
    journal.events.emit(ApplicationChanged(None))
    return report
