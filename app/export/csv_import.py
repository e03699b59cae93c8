"""Adding applications from a spreadsheet: one transaction for the whole file, rows in batches.

Every row is checked as the application form checks it (the applications service's validation);
rows that cannot be used are reported with the reason, the others are inserted a batch at a time
with their stage history, so the rate stays steady over a million rows. The tables' secondary
indexes are built once after the insert (storage/bulk_indexes.py), and each batch's applications
go to the search index as it is written, from the values in hand, not through the triggers' queue
(storage/search_sync.py) nor read back.
All of it happens in the caller's one transaction, so a failure, a cancel or a killed process
leaves the journal, and its schema, as it was. The file is read once to import and never held
whole, and once more, when the first such date comes, only if a date like 03/04/2026 needs the
order of the file's numeric dates (day or month first).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from operator import itemgetter
from typing import Callable, Iterator

from sqlmodel import Session, select

from thabat.app.errors import QT_TRANSLATE_NOOP, InputError, Message
from thabat.app.export.csv_dates import needs_order, numeric_order, parse_date
from thabat.app.runtime.background_load import collection_held
from thabat.app.runtime.long_work import Cancelled
from thabat.app.export.csv_history import ParsedStep, parse_history
from thabat.app.export.csv_io import REQUIRED, CsvError, Sheet, key_text
from thabat.app.export.read_ahead import read_ahead
from thabat.app.export.csv_pipeline import EXTRA_FIELDS, ContactsByName, checked_steps, extra_fields, insert_histories
from thabat.app.services.applications import insert_applications, validated_application
from thabat.app.text import catalogue
from thabat.app.views.applications import ApplicationInput
from thabat.storage import search_index, search_sync
from thabat.storage.bulk_indexes import indexes_set_aside
from thabat.storage.bulk_insert import larger_cache
from thabat.storage.search_sync import drain_batches
from thabat.storage.models import Application
from thabat.storage.name_key import name_key

BATCH = 2000
"""Rows read between two inserts, progress reports and looks at the cancel button."""
REMEMBERED = 65536
"""Distinct names and dates whose keys and parsed form an import keeps at hand."""
CACHE_MB = 64
"""SQLite's page cache during an import: the date indexes of a million rows, written all over, fit in it."""

BULK_TABLES = ("application", "stage_event")
"""The tables a big import fills: their secondary indexes are built after the insert."""

HISTORY_TO_OUTCOME = {"applied": "pending", "screening": "pending", "assessment": "pending", "interview": "interview",
                      "final": "interview", "offer": "offer", "rejected": "rejected", "withdrawn": "withdrawn"}
# Words people write in a status column beyond the catalogue's own labels.
STATUS_WORDS = {
    "applied": "pending", "waiting": "pending", "open": "pending", "no response": "pending", "ghosted": "pending",
    "interviewing": "interview", "screening": "interview", "declined": "rejected", "rejection": "rejected",
    "offered": "offer", "accepted": "offer", "withdrew": "withdrawn", "مرفوض": "rejected", "رفض": "rejected",
    "مقابلة": "interview", "عرض": "offer", "قيد الانتظار": "pending",
}


class ImportCancelled(Cancelled):
    """The user stopped the import; the caller's transaction rolls back, so nothing was added."""


@dataclass
class ImportReport:
    imported: int = 0
    skipped: list[tuple[int, str]] = field(default_factory=list)
    notes: list[tuple[int, str]] = field(default_factory=list)


Progress = Callable[[int, int], None]
DuplicateKey = tuple[str, str, date | None]
"""An application's company key, role key and date (None when not known): two rows with the same one are
the same application."""


def import_applications(session: Session, sheet: Sheet, mapping: dict[str, int], today: date,
                        progress: Progress | None = None, cancelled: Callable[[], bool] | None = None) -> ImportReport:
    """Add one application per usable row and report the others; writes through the session only.

    `progress(rows read, rows in all)` is called every BATCH rows, once they are written;
    `cancelled()` returning True then raises ImportCancelled. The rows are read and checked on a
    second thread (read_ahead.py); every write happens on the caller's.
    """
    missing = [name for name in REQUIRED if name not in mapping]
    if missing:
        raise CsvError(Message(QT_TRANSLATE_NOOP("Errors", "Choose which column holds the %1."), {"company": Message(QT_TRANSLATE_NOOP("Errors", "company")), "applied_on": Message(QT_TRANSLATE_NOOP("Errors", "date applied"))}[missing[0]]))
    date_column = mapping["applied_on"]

    def order() -> str:
        return numeric_order(row[date_column] for row in sheet.data_rows() if len(row) > date_column)

    # Names compared by their keys, the way find-or-create compares them (storage/name_key.py).
    seen = {tuple(row) for row in session.exec(
        select(Application.company_key, Application.role_key, Application.applied_on))}
    rows = _RowChecker(mapping, today, order, seen)
    people = ContactsByName(session)
    # The triggers queue each new application for the search index; the queue is drained batch by
    # batch, in this transaction, so it never holds more than a batch (storage/search_sync.py).
    drain_batch = drain_batches(session.connection())

    def batches() -> Iterator[tuple[int, list[tuple[ApplicationInput, str]], list[list[ParsedStep]]]]:
        """(rows read, the usable ones with their outcomes, their histories), BATCH rows at a time."""
        batch: list[tuple[ApplicationInput, str]] = []
        histories: list[list[ParsedStep]] = []
        for offset, row in enumerate(sheet.data_rows()):
            if offset and offset % BATCH == 0:
                yield offset, batch, histories
                batch, histories = [], []
            usable = rows.checked(sheet.first_line + offset, row)
            if usable is not None:
                data, outcome, steps = usable
                batch.append((data, outcome))
                histories.append(steps)
        yield sheet.row_count, batch, histories

    connection = session.connection()
    # The rows of the next batch are read and checked on a second thread while this one writes. The
    # tables' secondary indexes are built once at the end, and the new applications go to the search
    # index straight from each batch, not through the triggers' queue (storage/bulk_indexes.py).
    # Automatic collection waits: the rows' keys, kept to the end, made every full collection longer.
    with collection_held(), larger_cache(connection, CACHE_MB), indexes_set_aside(connection, BULK_TABLES), \
            search_sync.inserts_unqueued(connection, "application"), read_ahead(batches()) as checked_batches:
        for done, batch, histories in checked_batches:
            ids = insert_applications(session, batch, rows.key_of)
            search_index.index_written_applications(connection, [
                (id_, data.company, data.role, data.applied_on, data.notes, data.description)
                for id_, (data, _outcome) in zip(ids, batch) if data.notes or data.description])
            if any(histories):  # most spreadsheets have no history column: nothing to go through row by row
                insert_histories(session, zip(ids, (data for data, _outcome in batch), histories), people)
            drain_batch()
            _step(done, sheet.row_count, progress, cancelled)
    return rows.report


class _RowChecker:
    """Rows checked one at a time as the form checks them, the reasons for the unusable ones kept.

    Spreadsheets repeat themselves (a company applied to many times, the same dates, a few status
    words), so name keys, dates and outcomes are worked out once per distinct text.
    """

    def __init__(self, mapping: dict[str, int], today: date, order: Callable[[], str], seen: set[DuplicateKey]) -> None:
        self.mapping, self.today, self.seen = mapping, today, seen
        self.report = ImportReport()
        self.key_of = lru_cache(maxsize=REMEMBERED)(name_key)
        # The order of numeric dates takes a pass over the whole file: made only for a file that has a
        # date it decides (a/b/yyyy, both at most 12), never for ISO dates (Thabat's own export).
        self.date_of = lru_cache(maxsize=REMEMBERED)(_date_reader(lru_cache(maxsize=1)(order)))
        self.outcomes: dict[str, str | None] = {}
        # The mapped cells of a row in one pass (in C): a row's fields by name, every cell stripped. The
        # company and the date are always mapped, so the getter always gives a tuple.
        self._names = tuple(mapping)
        self._cells_of = itemgetter(*mapping.values())
        self._width = max(mapping.values()) + 1
        self._extras = tuple(name for name in EXTRA_FIELDS if name in mapping)

    def checked(self, line: int, row: list[str]) -> tuple[ApplicationInput, str, list[ParsedStep]] | None:
        """The row's application, outcome and the history steps a form would accept; None for a blank
        row or one skipped (with its reason)."""
        if not "".join(row).strip():  # every cell empty or spaces
            return None
        report = self.report
        if len(row) < self._width:  # a short line: its missing cells are empty
            row = row + [""] * (self._width - len(row))
        cells = dict(zip(self._names, map(str.strip, self._cells_of(row))))
        applied_on = self.date_of(cells["applied_on"])
        history_text = cells.get("history", "")
        history = parse_history(history_text) if history_text else []
        if history is None:
            report.notes.append((line, Message(QT_TRANSLATE_NOOP(
                "Errors", "the stage history could not be read; only the status was kept"))))
            history = []
        if applied_on is None and not cells["applied_on"] and history:
            pass  # Thabat's own export of an application whose date the user did not know
        elif applied_on is None:
            report.skipped.append((line, Message(QT_TRANSLATE_NOOP("Errors", "no date")) if not cells["applied_on"] else
                                   Message(QT_TRANSLATE_NOOP("Errors", "the date \u201c%1\u201d is not one Thabat can read"), cells["applied_on"])))
            return None
        # The fields of revision 0004 are read only when the row has one: with every cell empty (most rows,
        # or a sheet without those columns) they are the defaults ApplicationInput gives anyway.
        extras = extra_fields(cells, self.date_of, self._noted(line)) \
            if self._extras and any(map(cells.__getitem__, self._extras)) else {}
        try:
            data = validated_application(ApplicationInput(
                company=cells["company"], role=cells.get("role", ""), applied_on=applied_on,
                link=cells.get("link", ""), location=cells.get("location", ""), notes=cells.get("notes", ""),
                description=cells.get("description", ""), currency=cells.get("currency", ""), **extras), self.today)
        except InputError as error:
            report.skipped.append((line, _field_reason(error)))
            return None
        # A tuple of the remembered key and date objects, shared by every row that repeats them:
        # a million of these take about 100 MB, a million joined strings about 170 MB.
        key = (self.key_of(data.company), self.key_of(data.role), data.applied_on)
        if key in self.seen:
            report.skipped.append((line, Message(QT_TRANSLATE_NOOP("Errors", "already in the journal"))))
            return None
        status = cells.get("status", "")
        outcome = self.outcomes.get(status, _UNKNOWN)
        if outcome is _UNKNOWN:
            outcome = self.outcomes[status] = _outcome(status)
        if outcome is None:
            report.notes.append((line, Message(QT_TRANSLATE_NOOP("Errors", "status \u201c%1\u201d not recognised; kept as waiting"), status)))
        self.seen.add(key)
        report.imported += 1
        steps = checked_steps(history, data.applied_on, self.today, self._noted(line)) if history else []
        return data, outcome or "pending", steps

    def _noted(self, line: int) -> Callable[[str], None]:
        """What adds a note about row `line` to the report."""
        notes = self.report.notes
        return lambda text: notes.append((line, text))


def _date_reader(order: Callable[[], str]) -> Callable[[str], date | None]:
    """A cell's date, the file's numeric order asked for only when the text needs it. Not a method of the
    checker: a cache of a bound method, kept on its own object, made a cycle that held every row's key
    until a collection found it."""
    def read(text: str) -> date | None:
        return parse_date(text, order() if needs_order(text) else "dmy")

    return read


_UNKNOWN = object()
"""A status not met yet (None is an outcome: a status not recognised)."""


def _step(done: int, total: int, progress: Progress | None, cancelled: Callable[[], bool] | None) -> None:
    if progress is not None:
        progress(done, total)
    if cancelled is not None and cancelled():
        raise ImportCancelled()


def _outcome(status: str) -> str | None:
    """The outcome a status cell names (catalogue labels in both languages, or common words)."""
    key = key_text(status)
    if not key:
        return "pending"
    prompts = catalogue.load("prompts")
    for item in prompts["outcomes"]:
        if key in (item["key"], key_text(item["en"]), key_text(item["ar"])):
            return item["key"]
    for item in prompts["history_stages"]:
        if key in (item["key"], key_text(item["en"]), key_text(item["ar"])):
            return HISTORY_TO_OUTCOME[item["key"]]
    return STATUS_WORDS.get(key)


def _field_reason(error: InputError) -> Message:
    names = {"company": Message(QT_TRANSLATE_NOOP("Errors", "company")), "role": Message(QT_TRANSLATE_NOOP("Errors", "role")),
             "applied_on": Message(QT_TRANSLATE_NOOP("Errors", "date applied")), "link": Message(QT_TRANSLATE_NOOP("Errors", "link")),
             "notes": Message(QT_TRANSLATE_NOOP("Errors", "notes")), "location": Message(QT_TRANSLATE_NOOP("Errors", "location")),
             "description": Message(QT_TRANSLATE_NOOP("Errors", "job description")), "currency": Message(QT_TRANSLATE_NOOP("Errors", "currency")),
             "salary_min": Message(QT_TRANSLATE_NOOP("Errors", "salary")), "salary_max": Message(QT_TRANSLATE_NOOP("Errors", "salary")),
             "deadline": Message(QT_TRANSLATE_NOOP("Errors", "deadline")), "interest": Message(QT_TRANSLATE_NOOP("Errors", "interest"))}
    return Message("%1: %2", names.get(error.field or "", error.field or ""), error.untranslated)
