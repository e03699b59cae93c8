"""Applications to and from spreadsheets (CSV).

Export: one row per application, UTF-8 with a byte-order mark so spreadsheet programs show
Arabic, the stage history as one readable column ("2026-01-03 applied; 2026-01-10 screening").

Import: the delimiter (, ; tab) and the header row are detected, columns are mapped by their
names in English or Arabic (the app lets the user correct the mapping), dates are read in the
common formats (csv_dates.py), and every row goes through the applications service, so the same
checks apply as in the form. Rows that cannot be used are reported with the reason; the rest are
added in the caller's one transaction.
"""

from __future__ import annotations

import csv
import io
import os
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import func
from sqlmodel import Session, select

from app import catalogue
from app.errors import InputError, UserError, translate
from app.export.atomic import atomic_target
from app.export.csv_dates import numeric_order, parse_date
from app.read_models import ApplicationInput
from app.services.applications import add_application, list_applications, set_outcome
from app.text_direction import fill
from storage.models import Application, StageEvent

FIELDS = ("company", "role", "applied_on", "status", "link", "location", "notes")
REQUIRED = ("company", "applied_on")

HEADER_NAMES: dict[str, tuple[str, ...]] = {
    "company": ("company", "employer", "organisation", "organization", "company name", "الشركة", "جهة العمل",
                "اسم الشركة", "المؤسسة"),
    "role": ("role", "position", "job title", "title", "job", "الوظيفة", "المسمى الوظيفي", "المنصب"),
    "applied_on": ("date applied", "applied", "applied on", "date", "application date", "تاريخ التقديم",
                   "التاريخ", "تاريخ الطلب"),
    "status": ("status", "outcome", "stage", "الحالة", "النتيجة"),
    "link": ("link", "url", "job link", "posting", "الرابط", "رابط"),
    "location": ("location", "city", "الموقع", "المدينة"),
    "notes": ("notes", "note", "comments", "ملاحظات", "ملاحظة"),
}
EXPORT_HEADERS = {
    "en": ("Company", "Role", "Date applied", "Status", "Link", "Location", "Notes", "Stage history"),
    "ar": ("الشركة", "الوظيفة", "تاريخ التقديم", "الحالة", "الرابط", "الموقع", "ملاحظات", "مراحل الطلب"),
}
HISTORY_TO_OUTCOME = {"applied": "pending", "screening": "pending", "assessment": "pending", "interview": "interview",
                      "final": "interview", "offer": "offer", "rejected": "rejected", "withdrawn": "withdrawn"}
# Words people write in a status column beyond the catalogue's own labels.
STATUS_WORDS = {
    "applied": "pending", "waiting": "pending", "open": "pending", "no response": "pending", "ghosted": "pending",
    "interviewing": "interview", "screening": "interview", "declined": "rejected", "rejection": "rejected",
    "offered": "offer", "accepted": "offer", "withdrew": "withdrawn", "مرفوض": "rejected", "رفض": "rejected",
    "مقابلة": "interview", "عرض": "offer", "قيد الانتظار": "pending",
}


class CsvError(UserError):
    """A spreadsheet that cannot be imported at all (empty, no header row, not text)."""


@dataclass
class Sheet:
    delimiter: str
    headers: list[str]
    rows: list[list[str]]
    first_line: int
    """The line number (1-based, as a spreadsheet shows it) of the first data row."""


@dataclass
class ImportReport:
    imported: int = 0
    skipped: list[tuple[int, str]] = field(default_factory=list)
    notes: list[tuple[int, str]] = field(default_factory=list)


def _key(text: str) -> str:
    return " ".join(text.replace("\ufeff", "").replace("_", " ").strip().strip(":").lower().split())


def match_field(header: str) -> str | None:
    key = _key(header)
    for name, known in HEADER_NAMES.items():
        if key in known:
            return name
    return None


def guess_mapping(headers: list[str]) -> dict[str, int]:
    """Field -> column index for the headers that name a known field (first one wins)."""
    mapping: dict[str, int] = {}
    for index, header in enumerate(headers):
        name = match_field(header)
        if name and name not in mapping:
            mapping[name] = index
    return mapping


def parse_sheet(text: str) -> Sheet:
    """Detect the delimiter and the header row (the first of the first ten naming two known fields)."""
    text = text.lstrip("\ufeff")
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines:
        raise CsvError(translate("Errors", "The spreadsheet is empty."))
    sample = "\n".join(lines[:20])
    try:
        delimiter = csv.Sniffer().sniff(sample, delimiters=",;\t").delimiter
    except csv.Error:
        counts = {d: sample.count(d) for d in (",", ";", "\t")}
        delimiter = max(counts, key=counts.get)
    rows = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    for index, row in enumerate(rows[:10]):
        if len(guess_mapping(row)) >= 2:
            data = [r for r in rows[index + 1:]]
            return Sheet(delimiter, [cell.strip() for cell in row], data, first_line=index + 2)
    raise CsvError(translate("Errors", "No header row found: name the columns (for example Company, Role, "
                                       "Date applied) in the first row."))


def read_sheet(path: str | os.PathLike) -> Sheet:
    try:
        raw = Path(path).read_bytes()
    except FileNotFoundError:
        raise CsvError(fill(translate("Errors", "The file %1 does not exist."), str(path))) from None
    except OSError as error:
        raise CsvError(fill(translate("Errors", "Cannot read %1: %2"), str(path),
                            error.strerror or str(error))) from None
    for encoding in ("utf-8-sig", "cp1256"):  # Excel in Arabic locales still saves Windows-1256
        try:
            return parse_sheet(raw.decode(encoding))
        except UnicodeDecodeError:
            continue
    raise CsvError(translate("Errors", "The spreadsheet is not readable text."))


def _outcome(status: str) -> str | None:
    """The outcome a status cell names (catalogue labels in both languages, or common words)."""
    key = _key(status)
    if not key:
        return "pending"
    prompts = catalogue.load("prompts")
    for item in prompts["outcomes"]:
        if key in (item["key"], _key(item["en"]), _key(item["ar"])):
            return item["key"]
    for item in prompts["history_stages"]:
        if key in (item["key"], _key(item["en"]), _key(item["ar"])):
            return HISTORY_TO_OUTCOME[item["key"]]
    return STATUS_WORDS.get(key)


def import_applications(session: Session, sheet: Sheet, mapping: dict[str, int], today: date) -> ImportReport:
    """Add one application per usable row; report the others. Writes through the session only."""
    missing = [name for name in REQUIRED if name not in mapping]
    if missing:
        what = {"company": translate("Errors", "company"), "applied_on": translate("Errors", "date applied")}
        raise CsvError(fill(translate("Errors", "Choose which column holds the %1."), what[missing[0]]))
    report = ImportReport()
    order = numeric_order([row[mapping["applied_on"]] for row in sheet.rows if len(row) > mapping["applied_on"]])
    seen = {(c.lower(), r.lower(), d) for c, r, d in session.exec(
        select(func.trim(Application.company), func.trim(Application.role), Application.applied_on)).all()}
    for offset, row in enumerate(sheet.rows):
        line = sheet.first_line + offset
        if not any(cell.strip() for cell in row):
            continue

        def cell(name: str) -> str:
            index = mapping.get(name)
            return row[index].strip() if index is not None and index < len(row) else ""

        applied_on = parse_date(cell("applied_on"), order)
        if applied_on is None:
            reason = (translate("Errors", "no date") if not cell("applied_on")
                      else fill(translate("Errors", "the date \u201c%1\u201d is not one Thabat can read"),
                                cell("applied_on")))
            report.skipped.append((line, reason))
            continue
        outcome = _outcome(cell("status"))
        key = (cell("company").lower(), cell("role").lower(), applied_on)
        if key in seen:
            report.skipped.append((line, translate("Errors", "already in the journal")))
            continue
        data = ApplicationInput(company=cell("company"), role=cell("role"), applied_on=applied_on,
                                link=cell("link"), location=cell("location"), notes=cell("notes"))
        try:
            with session.begin_nested():
                added = add_application(session, data, today)
                if outcome and outcome != "pending":
                    set_outcome(session, added.id, outcome)
        except InputError as error:
            report.skipped.append((line, _field_reason(error)))
            continue
        if outcome is None:
            report.notes.append((line, fill(translate("Errors", "status \u201c%1\u201d not recognised; kept as waiting"),
                                            cell("status"))))
        seen.add(key)
        report.imported += 1
    return report


def _field_reason(error: InputError) -> str:
    names = {"company": translate("Errors", "company"), "role": translate("Errors", "role"),
             "applied_on": translate("Errors", "date applied"), "link": translate("Errors", "link"),
             "notes": translate("Errors", "notes"), "location": translate("Errors", "location")}
    return f"{names.get(error.field or '', error.field or '')}: {error.message}"


def stage_history(session: Session, application_id: int, lang: str) -> str:
    events = session.exec(select(StageEvent).where(StageEvent.application_id == application_id)
                          .order_by(StageEvent.occurred_on, StageEvent.id)).all()
    parts = []
    for event in events:
        name = catalogue.label("history_stages", event.stage, lang)
        name = name.lower() if lang == "en" else name
        if event.round:
            name += f" {event.round}"
        parts.append(f"{event.occurred_on.isoformat()} {name}")
    return "; ".join(parts)


def export_csv(session: Session, target: str | os.PathLike, lang: str = "en") -> int:
    """Write every application, oldest first, to `target` atomically; returns the row count."""
    apps = sorted(list_applications(session), key=lambda a: (a.applied_on, a.id))
    with atomic_target(target) as temporary:
        with open(temporary, "w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(EXPORT_HEADERS.get(lang, EXPORT_HEADERS["en"]))
            for a in apps:
                writer.writerow([a.company, a.role, a.applied_on.isoformat(),
                                 catalogue.label("outcomes", a.outcome, lang), a.link, a.location, a.notes,
                                 stage_history(session, a.id, lang)])
    return len(apps)
