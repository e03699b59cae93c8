"""The JSON backup: everything in the journal, in a versioned, documented format.

Format (version 4)::

    {
      "format": "thabat-journal",
      "version": 4,
      "exported_at": "2026-11-26T09:30:00+00:00",      # when the file was written (UTC)
      "schema": "0001",                                 # the database revision it came from
      "tables": {
        "application": [{"id": 1, "company": "…", "applied_on": "2026-01-03", …}, …],
        "stage_event": […], …                           # every table of storage/models/
      }
    }

- Every table of the journal is present, rows in id order, every column by name.
- Dates are ISO strings ("2026-01-03"), times of day too ("14:30:00"); timestamps are ISO with the UTC offset
  ("2026-01-03T09:30:00+00:00"); booleans are JSON booleans; empty values stay "" or null.
- Row ids are kept, so links between tables (application_id, reflection_id, …) survive as is.
- Version 2 (schema 0004) added the pipeline: application fields (source, work place, salary,
  currency, description, deadline, interest; `applied_on` may be null), a step's `kind` and
  `starts_at`, and the tables `stage_contact` and `referral`. A version 1 file is upgraded on import
  (`upgraded`): the new fields take the values a journal migrated by 0004 gives them.
- Version 3 (schema 0006) added the table `debrief` (a few words written after an interview); a
  version 2 file has none, and imports as it is.
- Version 4 (schema 0008) added tags: the table `tag` (`id`, `name`) and the links `entry_tag`
  (`entry_id`, `tag_id`) and `reflection_tag` (`reflection_id`, `tag_id`). A version 3 file has no
  tags and imports as it is (`upgraded`); a version 4 file read by an older Thabat is refused as newer.
- Name keys (`company_key`, `role_key`, `name_key`: how names are compared) are not written; an
  import derives them from the names, and ignores any a file carries.

Import restores a backup into an **empty** journal, in one transaction, ids and all: export,
import into an empty data folder, export again gives the same content (apart from exported_at).
A journal that already holds data is refused with a clear message rather than merged: the
schema has no stable ids across journals, and matching rows by their text would silently
duplicate or drop things. Import into a new data folder (`--data-dir`) instead.

A file that is not JSON, is cut short, is not a Thabat backup, comes from a newer version, or
breaks a rule of the journal raises BackupError (one line) and writes nothing.
"""

from __future__ import annotations

import json
import os
from datetime import date, datetime, time, timezone
from typing import Any

from sqlalchemy import Boolean, Date, Integer, Table, Time, func, insert, select
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, SQLModel

from thabat.app.errors import QT_TRANSLATE_NOOP, InputError, Message, UserError
from thabat.app.export.atomic import atomic_target
from thabat.app.export.backup_rules import checked
from thabat.app.export.json_rows import loads_in_steps
from thabat.app.runtime.long_work import Job, job_or_new
from thabat.storage.types import UTCDateTime
import thabat.storage.models  # noqa: F401  (registers every table on the metadata)
from thabat.storage.types import UTCDateTime

FORMAT = "thabat-journal"
VERSION = 4
STEP_ROWS = 2000
"""Rows checked or inserted between two progress reports (and looks at the cancel button)."""
WRITE_STEP = 4096
"""Pieces of JSON written between two looks at the cancel button."""
UPGRADES_FROM_1 = {
    "application": {"source": "", "work_place": "", "salary_min": None, "salary_max": None, "currency": "",
                    "description": "", "deadline": None, "interest": None},
    "stage_event": {"kind": "", "starts_at": None},
}
"""What version 2 added to the rows of version 1's tables, with the values an upgraded journal holds."""


class BackupError(UserError):
    """A backup file that cannot be imported as it is; nothing was written."""


def _tables() -> list[Table]:
    """Every journal table, parents before children (the order inserts must follow)."""
    return list(SQLModel.metadata.sorted_tables)


def _stored(table: Table) -> list:
    """The columns a backup holds: all but the derived name keys (storage/models/columns.py, `name_key_column`)."""
    return [column for column in table.columns if "key_of" not in column.info]


def _to_json(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.astimezone(timezone.utc).isoformat()
    if isinstance(value, (date, time)):
        return value.isoformat()
    return value


def backup_data(session: Session, exported_at: datetime | None = None, job: Job | None = None) -> dict[str, Any]:
    """The whole journal as a JSON-ready dict; `job` hears of each table read and may stop it."""
    from thabat.storage import migrate

    job = job_or_new(job)
    tables: dict[str, list[dict[str, Any]]] = {}
    every = _tables()
    for done, table in enumerate(every):
        job.step("table", done, len(every))
        order = list(table.primary_key.columns) or list(table.columns)
        result = session.execute(select(*_stored(table)).order_by(*order)).mappings()
        rows: list[dict[str, Any]] = []
        for part in result.partitions(STEP_ROWS):  # a few rows at a time: no long hold of Python's lock
            rows.extend({key: _to_json(value) for key, value in row.items()} for row in part)
            job.check()
        tables[table.name] = rows
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": (exported_at or datetime.now(timezone.utc)).isoformat(),
        "schema": migrate.head_revision(),
        "tables": tables,
    }


def export_json(session: Session, target: str | os.PathLike, job: Job | None = None) -> dict[str, int]:
    """Write the backup to `target` atomically; returns the row count of each table.

    Cancelled through `job`, it leaves no file (nor the one at `target` changed)."""
    job = job_or_new(job)
    data = backup_data(session, job=job)
    job.step("write")
    with atomic_target(target) as temporary:
        with open(temporary, "w", encoding="utf-8") as handle:
            encoder = json.JSONEncoder(ensure_ascii=False, indent=1)
            for count, piece in enumerate(encoder.iterencode(data), start=1):
                handle.write(piece)
                if count % WRITE_STEP == 0:
                    job.check()
            handle.write("\n")
    return {name: len(rows) for name, rows in data["tables"].items()}


def read_backup(path: str | os.PathLike, job: Job | None = None) -> dict[str, Any]:
    """Parse and check a backup file; BackupError names the first problem found. `job` may stop the parse."""
    try:
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
    except FileNotFoundError:
        raise BackupError(Message(QT_TRANSLATE_NOOP("Errors", "The file %1 does not exist."), str(path))) from None
    except UnicodeDecodeError:
        raise BackupError(QT_TRANSLATE_NOOP("Errors", "This file is not a Thabat backup (it is not text).")) from None
    except OSError as error:
        raise BackupError(Message(QT_TRANSLATE_NOOP("Errors", "Cannot read %1: %2"), str(path),
                               error.strerror or str(error))) from None
    try:
        data = loads_in_steps(text, job)
    except json.JSONDecodeError as error:
        problem = (QT_TRANSLATE_NOOP("Errors", "The backup is cut short (it ends at line %1).") if error.pos >= len(text.rstrip()) or not text.rstrip().endswith("}")
                   else QT_TRANSLATE_NOOP("Errors", "The backup is not valid JSON (line %1)."))
        raise BackupError(Message(problem, str(error.lineno))) from None
    except RecursionError:  # lists in lists, thousands deep: no backup Thabat writes
        raise BackupError(QT_TRANSLATE_NOOP("Errors", "This file is not a Thabat backup (it is nested too deeply).")) from None
    except ValueError:  # a number of thousands of digits
        raise BackupError(QT_TRANSLATE_NOOP("Errors", "This file is not a Thabat backup (it holds a number too large).")) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise BackupError(QT_TRANSLATE_NOOP("Errors", "This file is not a Thabat backup."))
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise BackupError(QT_TRANSLATE_NOOP("Errors", "The backup has no valid format version."))
    if version > VERSION:
        raise BackupError(Message(QT_TRANSLATE_NOOP("Errors", "This backup was written by a newer version of Thabat (format %1); "
                                              "please update Thabat to import it."), str(version)))
    if version < 1:
        raise BackupError(QT_TRANSLATE_NOOP("Errors", "The backup has no valid format version."))
    if not isinstance(data.get("tables"), dict):
        raise BackupError(QT_TRANSLATE_NOOP("Errors", "The backup has no tables."))
    return upgraded(data)


def upgraded(data: dict[str, Any]) -> dict[str, Any]:
    """`data` in the newest format: each older version's rows given what later versions added."""
    if data["version"] == 1:
        tables = dict(data["tables"])
        for name, added in UPGRADES_FROM_1.items():
            rows = tables.get(name)
            if isinstance(rows, list):
                tables[name] = [{**added, **row} if isinstance(row, dict) else row for row in rows]
        data = {**data, "version": 2, "tables": tables}
    if data["version"] == 2:  # version 3 only added a table
        data = {**data, "version": 3}
    if data["version"] == 3:  # version 4 only added the tag tables: a file without them has no tags
        data = {**data, "version": 4}
    return data


def _convert(table: Table, row: Any, index: int, today: date) -> dict[str, Any]:
    where = f"{table.name}[{index}]"
    if not isinstance(row, dict):
        raise BackupError(Message(QT_TRANSLATE_NOOP("Errors", "The backup is damaged at %1."), where))
    unknown = set(row) - set(table.columns.keys())
    if unknown:
        raise BackupError(Message(QT_TRANSLATE_NOOP("Errors", "The backup is damaged at %1 (unknown field %2)."), where,
                               sorted(unknown)[0]))
    values: dict[str, Any] = {}
    for column in _stored(table):
        if column.name not in row:
            continue
        value = row[column.name]
        try:
            values[column.name] = checked(table.name, column.name, _typed(column.type, value), today)
        except (TypeError, ValueError):
            raise BackupError(Message(QT_TRANSLATE_NOOP("Errors", "The backup is damaged at %1 (field %2)."), where,
                                   column.name)) from None
        except InputError as error:  # what a form would refuse: said the way the form says it
            raise BackupError(Message(QT_TRANSLATE_NOOP("Errors", "The backup cannot be imported at %1 (field %2): %3"), where,
                                   column.name, error.untranslated)) from None
    return values


def _typed(kind: Any, value: Any) -> Any:
    if value is None:
        return None
    if isinstance(kind, UTCDateTime):
        moment = datetime.fromisoformat(value)
        if moment.tzinfo is None:
            raise ValueError("naive timestamp")
        return moment
    if isinstance(kind, Date):
        return date.fromisoformat(value)
    if isinstance(kind, Time):
        return time.fromisoformat(value)
    if isinstance(kind, Boolean):
        if not isinstance(value, bool):
            raise TypeError("not a boolean")
        return value
    if isinstance(kind, Integer):
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError("not an integer")
        return value
    if not isinstance(value, str):
        raise TypeError("not text")
    return value


def is_empty(session: Session) -> bool:
    return all(session.execute(select(func.count()).select_from(table)).scalar_one() == 0 for table in _tables())


def import_json(session: Session, path: str | os.PathLike, today: date | None = None,
                job: Job | None = None) -> dict[str, int]:
    """Restore a backup into this (empty) journal in the caller's transaction; returns rows per table.

    Everything is checked before the first row is written; a database rule broken on the way
    raises BackupError, and the caller's transaction rolls everything back.
    """
    job = job_or_new(job)
    job.step("read")
    return import_backup(session, read_backup(path, job), today, job)


def import_backup(session: Session, data: dict[str, Any], today: date | None = None,
                  job: Job | None = None) -> dict[str, int]:
    """Restore an already read (read_backup) backup; see import_json. Every field must pass the
    forms' rules (app/export/backup_rules.py), dates judged against `today`. `job` hears of the rows
    checked, then inserted; a cancel raises Cancelled and the caller's transaction rolls back."""
    job = job_or_new(job)
    today = today or date.today()
    known = {table.name: table for table in _tables()}
    unknown = set(data["tables"]) - set(known)
    if unknown:
        raise BackupError(Message(QT_TRANSLATE_NOOP("Errors", "The backup has a table this version does not know: %1."),
                               sorted(unknown)[0]))
    prepared: list[tuple[Table, list[dict[str, Any]]]] = []
    every = [(table, data["tables"].get(table.name, [])) for table in _tables()]
    total = sum(len(rows) for _, rows in every if isinstance(rows, list))
    checked_rows = 0
    for table, rows in every:
        if not isinstance(rows, list):
            raise BackupError(Message(QT_TRANSLATE_NOOP("Errors", "The backup is damaged at %1."), table.name))
        converted = []
        for index, row in enumerate(rows):
            if checked_rows % STEP_ROWS == 0:
                job.step("check", checked_rows, total)
            converted.append(_convert(table, row, index, today))
            checked_rows += 1
        prepared.append((table, converted))
    if not is_empty(session):
        raise BackupError(QT_TRANSLATE_NOOP("Errors", "This journal already has data; a backup is only imported into an "
                                              "empty journal (choose a new data folder)."))
    inserted = 0
    try:
        for table, rows in prepared:
            groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
            for row in rows:  # one executemany per set of columns present (older files may lack some)
                groups.setdefault(tuple(sorted(row)), []).append(row)
            for group in groups.values():
                for start in range(0, len(group), STEP_ROWS):
                    job.step("record", inserted, total)
                    session.execute(insert(table), group[start:start + STEP_ROWS])
                    inserted += len(group[start:start + STEP_ROWS])
        session.flush()  # the search index follows before the commit (storage/search_sync.py)
    except IntegrityError as error:
        detail = str(error.orig).splitlines()[0] if error.orig else "constraint"
        raise BackupError(Message(QT_TRANSLATE_NOOP("Errors", "The backup breaks a rule of the journal (%1); nothing was imported."),
                               detail)) from None
    return {table.name: len(rows) for table, rows in prepared}
