"""Export and import: PDF, JSON backup, CSV of applications; each in one unit of work.

The exporters load on first use (the PDF one brings Qt's PDF writer). Each takes a `Job`
(app/long_work.py) for its progress and cancel; the GUI runs them on a thread of their own, where
they open their own session. A cancelled export leaves no file, a cancelled import adds nothing.
"""

from __future__ import annotations

import os
from datetime import date

from thabat.app.events import ApplicationChanged, JournalReplaced
from thabat.app.journal import Journal
from thabat.app.runtime.long_work import Job, job_or_new


def export_pdf(journal: Journal, path: str | os.PathLike, options, job: Job | None = None) -> int:
    """Write the journal as a PDF (PdfOptions); returns the number of pages."""
    from thabat.app.export.pdf import export_pdf as export

    job = job_or_new(job)
    with journal.session() as session:
        return export(session, path, options, job.step, job.is_cancelled)


def export_pdf_apart(journal: Journal, path: str | os.PathLike, options, messages_lang: str,
                     job: Job | None = None) -> int:
    """`export_pdf` in a process of its own (app/export/pdf_process.py says why), for the app's window;
    in place for a journal without a folder (in memory)."""
    if journal.folder is None:
        return export_pdf(journal, path, options, job)
    from thabat.app.export.pdf_process import export_pdf_in_child

    return export_pdf_in_child(journal.folder, path, options, messages_lang, job)


def export_json(journal: Journal, path: str | os.PathLike, job: Job | None = None) -> dict[str, int]:
    """A full backup in the versioned JSON format; returns the count of each kind of row."""
    from thabat.app.export.backup_json import export_json as export

    with journal.session() as session:
        return export(session, path, job)


def export_csv(journal: Journal, path: str | os.PathLike, lang: str, job: Job | None = None) -> int:
    """The applications with their stage history as CSV; returns the number of rows."""
    from thabat.app.export.csv_io import export_csv as export

    with journal.session() as session:
        return export(session, path, lang, job)


def import_json(journal: Journal, path: str | os.PathLike, job: Job | None = None) -> dict[str, int]:
    """Restore or merge a JSON backup, whole or not at all; every screen reloads."""
    from thabat.app.export.backup_json import import_json as restore

    with journal.session() as session:
        counts = restore(session, path, job=job)
    journal.events.emit(JournalReplaced())
    return counts


def import_applications(journal: Journal, sheet, mapping: dict[str, int], today: date, job: Job | None = None):
    """Applications from a spreadsheet (a Sheet, its columns mapped); an ImportReport."""
    from thabat.app.export.csv_import import import_applications as import_rows

    job = job_or_new(job)
    with journal.session() as session:
        report = import_rows(session, sheet, mapping, today, lambda done, total: job.step("row", done, total),
                             job.is_cancelled)
    journal.events.emit(ApplicationChanged(None))
    return report
