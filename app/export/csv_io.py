"""Applications to and from spreadsheets (CSV): reading a sheet, and the export.

Export: one row per application, UTF-8 with a byte-order mark so spreadsheet programs show
Arabic, the stage history as one readable column ("2026-01-03 applied; 2026-01-10 screening"), and
last the tags of the reflections and entries about the application ("interview, SQL": a tag holds no
comma). The import reads applications only, so it leaves the tags column aside.
A cell that a spreadsheet would run as a formula (starting with = + - @ | %, a tab or a carriage
return: OWASP's rule) is written behind an apostrophe; defusedcsv does this for all but tab and
carriage return. Importing Thabat's own export takes the apostrophes off again.

Reading: the encoding is detected (csv_encoding.py) or chosen by the user, the delimiter (, ; tab)
and the header row are detected, and the whole file is read once before anything is imported, so
a line that cannot be read is reported before the journal is touched. The rows themselves are
read again as the import goes (csv_import.py), never all held in memory.
"""

from __future__ import annotations

import csv
import io
import os
from datetime import date
from dataclasses import dataclass, field
from functools import partial
from itertools import islice
from pathlib import Path
from typing import Callable, Iterator, TextIO

from defusedcsv import csv as defused_csv
from sqlmodel import Session

from thabat.app.errors import QT_TRANSLATE_NOOP, Message
from thabat.app.export.atomic import atomic_target
from thabat.app.runtime.long_work import Job, job_or_new
from thabat.app.export.csv_encoding import CsvError, EncodingUnsure, canonical, detect_encoding
from thabat.app.export.csv_history import history_cell
from thabat.app.services.applications import list_applications
from thabat.app.services.stages import history_of, steps_view
from thabat.app.services.tags import tags_by_application
from thabat.app.text import catalogue

__all__ = ["CsvError", "EncodingUnsure", "Sheet", "read_sheet", "parse_sheet", "guess_mapping", "export_csv"]

FIELDS = ("company", "role", "applied_on", "status", "link", "location", "notes", "history", "source", "work_place",
          "salary_min", "salary_max", "currency", "deadline", "interest", "description")
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
    "history": ("stage history", "history", "stages", "مراحل الطلب", "المراحل"),
    "source": ("source", "channel", "how i found it", "المصدر", "مصدر الوظيفة"),
    "work_place": ("work place", "remote", "workplace", "مكان العمل"),
    "salary_min": ("salary from", "salary min", "min salary", "الراتب من", "أدنى راتب"),
    "salary_max": ("salary to", "salary max", "max salary", "الراتب إلى", "أعلى راتب"),
    "currency": ("currency", "العملة"),
    "deadline": ("deadline", "closing date", "آخر موعد"),
    "interest": ("interest", "how much i want it", "excitement", "الاهتمام", "مدى رغبتي"),
    "description": ("job description", "description", "الوصف الوظيفي", "وصف الوظيفة"),
}
EXPORT_HEADERS = {
    "en": ("Company", "Role", "Date applied", "Status", "Link", "Location", "Notes", "Stage history", "Source",
           "Work place", "Salary from", "Salary to", "Currency", "Deadline", "Interest", "Job description", "Tags"),
    "ar": ("الشركة", "الوظيفة", "تاريخ التقديم", "الحالة", "الرابط", "الموقع", "ملاحظات", "مراحل الطلب", "المصدر",
           "مكان العمل", "الراتب من", "الراتب إلى", "العملة", "آخر موعد", "الاهتمام", "الوصف الوظيفي", "الوسوم"),
}
EARLIER_EXPORT_HEADERS = (
    ("Company", "Role", "Date applied", "Status", "Link", "Location", "Notes", "Stage history"),
    ("الشركة", "الوظيفة", "تاريخ التقديم", "الحالة", "الرابط", "الموقع", "ملاحظات", "مراحل الطلب"),
    EXPORT_HEADERS["en"][:-1],
    EXPORT_HEADERS["ar"][:-1],
)
"""The headers of exports made before revisions 0004 and 0008 (no tags): their cells are Thabat's too."""
TAG_SEPARATOR = ", "

EXPORT_STEP = 200
"""Applications written between two progress reports (each reads its stage history)."""
HEAD_CHARACTERS = 64 * 1024  # read to guess the delimiter
HEADER_SEARCH = 10  # the header row is one of the first this many rows
QUOTE = "'"
# defusedcsv puts these behind an apostrophe (and writes a "|" in such a cell as "\|").
DEFUSED_STARTS = ("=", "+", "-", "@", "|", "%")
# Also behind an apostrophe: what OWASP names beyond defusedcsv, and an apostrophe itself, so that
# the import can tell Thabat's apostrophes from the user's.
OWN_STARTS = ("\t", "\r", QUOTE)


@dataclass
class Sheet:
    delimiter: str
    headers: list[str]
    first_line: int
    """The line number (1-based, as a spreadsheet shows it) of the first data row."""
    row_count: int
    """Rows after the header, blank ones included."""
    opener: Callable[[], TextIO] = field(repr=False)
    encoding: str = "utf-8"
    thabat_export: bool = False
    """The header is Thabat's own export's: neutralised cells are restored as they are read."""

    def data_rows(self) -> Iterator[list[str]]:
        """The rows after the header, read from the file again; CsvError for a line that cannot be read."""
        with self.opener() as handle:
            records = _records(handle, self.delimiter, self.encoding)
            for _ in islice(records, self.first_line - 1):
                pass
            if not self.thabat_export:
                yield from records
                return
            for row in records:
                yield [restore_cell(cell) for cell in row]

    def preview(self, count: int) -> list[list[str]]:
        """The first `count` rows that are not blank."""
        rows = self.data_rows()
        try:
            return list(islice((row for row in rows if any(cell.strip() for cell in row)), count))
        finally:
            rows.close()


def key_text(text: str) -> str:
    """Header or label text compared loosely: no BOM, underscores, colons, case or extra spaces."""
    return " ".join(text.replace("\ufeff", "").replace("_", " ").strip().strip(":").lower().split())


def match_field(header: str) -> str | None:
    key = key_text(header)
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


def read_sheet(path: str | os.PathLike, encoding: str | None = None) -> Sheet:
    """The spreadsheet at `path`, checked to the last line. `encoding` None: detected (EncodingUnsure
    when it cannot be); a chosen encoding reads bytes it cannot decode as U+FFFD rather than refuse."""
    path = Path(path)
    try:
        if encoding is None:
            encoding, errors = detect_encoding(path), "strict"
        else:
            encoding, errors = canonical(encoding), "replace"
        return _parse(partial(open, path, encoding=encoding, errors=errors, newline=""), encoding)
    except FileNotFoundError:
        raise CsvError(Message(QT_TRANSLATE_NOOP("Errors", "The file %1 does not exist."), str(path))) from None
    except OSError as error:
        raise CsvError(Message(QT_TRANSLATE_NOOP("Errors", "Cannot read %1: %2"), str(path),
                            error.strerror or str(error))) from None


def parse_sheet(text: str) -> Sheet:
    """A spreadsheet already in memory as text."""
    return _parse(lambda: io.StringIO(text, newline=""), "utf-8")


def _parse(opener: Callable[[], TextIO], encoding: str) -> Sheet:
    """Detect the delimiter and the header row (the first of the first ten naming two known fields)."""
    with opener() as handle:
        try:
            head = handle.read(HEAD_CHARACTERS)
        except UnicodeDecodeError:
            raise _not_in_encoding(1, encoding) from None
    lines = [line for line in head.lstrip("\ufeff").splitlines() if line.strip()]
    if not lines:
        raise CsvError(QT_TRANSLATE_NOOP("Errors", "The spreadsheet is empty."))
    for delimiter in _delimiters("\n".join(lines[:20])):
        with opener() as handle:
            records = _records(handle, delimiter, encoding)
            for index, row in enumerate(islice(records, HEADER_SEARCH)):
                if len(guess_mapping(row)) >= 2:
                    headers = [cell.replace("\ufeff", "").strip() for cell in row]
                    rows = sum(1 for _ in records)  # every line is checked now, before anything is written
                    own = any(headers == list(names)
                              for names in (*EXPORT_HEADERS.values(), *EARLIER_EXPORT_HEADERS))
                    return Sheet(delimiter, headers, index + 2, rows, opener, encoding, own)
    raise CsvError(QT_TRANSLATE_NOOP("Errors", "No header row found: name the columns (for example Company, Role, "
                                       "Date applied) in the first row."))


def _delimiters(sample: str) -> list[str]:
    """The sniffed delimiter first, then the others by how often they occur."""
    try:
        sniffed = [csv.Sniffer().sniff(sample, delimiters=",;\t").delimiter]
    except csv.Error:
        sniffed = []
    by_count = sorted(",;\t", key=lambda d: -sample.count(d))
    return list(dict.fromkeys(sniffed + by_count))


def _records(handle: TextIO, delimiter: str, encoding: str) -> Iterator[list[str]]:
    """csv.reader over `handle`, its errors turned into one clear CsvError naming the line."""
    reader = csv.reader(handle, delimiter=delimiter)
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except UnicodeDecodeError:
            raise _not_in_encoding(reader.line_num + 1, encoding) from None
        except csv.Error as error:
            raise _unreadable(str(error), reader.line_num) from None
        yield row


def _not_in_encoding(line: int, encoding: str) -> CsvError:
    return CsvError(Message(QT_TRANSLATE_NOOP("Errors", "Line %1 is not %2 text. Choose another encoding."), str(line), encoding))


def _unreadable(reason: str, line: int) -> CsvError:
    if "field larger than field limit" in reason:
        return CsvError(Message(QT_TRANSLATE_NOOP("Errors", "Line %1 has a cell longer than %2 characters; Thabat cannot import it."), str(line), str(csv.field_size_limit())))
    if "NUL" in reason:
        return CsvError(QT_TRANSLATE_NOOP("Errors", "The file is not a spreadsheet saved as text (CSV)."))
    return CsvError(Message(QT_TRANSLATE_NOOP("Errors", "Line %1 cannot be read: %2"), str(line), reason))


# -- formulas -------------------------------------------------------------------------------------

class _NeutralisingWriter:
    def __init__(self, handle: TextIO) -> None:
        self._writer = defused_csv.writer(handle)

    def writerow(self, row: list[str] | tuple[str, ...]) -> None:
        self._writer.writerow([QUOTE + cell if cell[:1] in OWN_STARTS else cell for cell in row])


def neutralising_writer(handle: TextIO) -> _NeutralisingWriter:
    """A csv writer whose cells a spreadsheet shows as text, never runs as formulas."""
    return _NeutralisingWriter(handle)


def restore_cell(cell: str) -> str:
    """The text a neutralised cell of Thabat's export stood for (other cells as they are)."""
    rest = cell[1:]
    if cell[:1] != QUOTE or not rest:
        return cell
    if rest[0] in DEFUSED_STARTS or rest.startswith("\\|"):
        return rest.replace("\\|", "|")
    return rest if rest[0] in OWN_STARTS else cell


# -- export ---------------------------------------------------------------------------------------

def stage_history(session: Session, application_id: int, lang: str) -> str:
    """The application's history as one cell (app/export/csv_history.py)."""
    return history_cell(steps_view(session, history_of(session, application_id)), lang)


def _number(value: int | None) -> str:
    return "" if value is None else str(value)


def export_csv(session: Session, target: str | os.PathLike, lang: str = "en", job: Job | None = None) -> int:
    """Write every application, oldest first (unknown dates last), to `target` atomically; returns the row count.

    `job` hears of the applications written; cancelled, the export leaves no file."""
    job = job_or_new(job)
    job.step("read")
    apps = sorted(list_applications(session), key=lambda a: (a.applied_on is None, a.applied_on or date.min, a.id))
    tags = tags_by_application(session)
    with atomic_target(target) as temporary:
        with open(temporary, "w", encoding="utf-8-sig", newline="") as handle:
            writer = neutralising_writer(handle)
            writer.writerow(EXPORT_HEADERS.get(lang, EXPORT_HEADERS["en"]))
            for done, a in enumerate(apps):
                if done % EXPORT_STEP == 0:
                    job.step("application", done, len(apps))
                writer.writerow([
                    a.company, a.role, a.applied_on.isoformat() if a.applied_on else "",
                    catalogue.label("outcomes", a.outcome, lang), a.link, a.location, a.notes,
                    stage_history(session, a.id, lang),
                    catalogue.label("sources", a.source, lang) if a.source else "",
                    catalogue.label("work_places", a.work_place, lang) if a.work_place else "",
                    _number(a.salary_min), _number(a.salary_max), a.currency,
                    a.deadline.isoformat() if a.deadline else "", _number(a.interest), a.description,
                    TAG_SEPARATOR.join(tags.get(a.id, ()))])
    return len(apps)
