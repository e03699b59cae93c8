"""`thabat export pdf|json|csv` and `thabat import json|csv`: each sub-command one function below."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Callable

from thabat.app.commands.charts import add_export_charts, export_charts
from thabat.app.commands.progress import terminal_job
from thabat.app.commands.common import (
    CommandError, error_text, iso_date, new_journal_removed_on_failure, open_journal, saved_preferences,
)
from thabat.app.text.direction import fill
from thabat.app.text.plurals import counted
from thabat.app.text.translation import translate


def add_parsers(commands) -> None:
    export = commands.add_parser("export", help=translate("CommandLine", "write the journal as PDF, a JSON backup or CSV"))
    exports = export.add_subparsers(dest="export_command", metavar="FORMAT", required=True)
    pdf = exports.add_parser("pdf", help=translate("CommandLine", "the journal as a PDF to read, print or share"))
    pdf.add_argument("file", metavar="FILE")
    pdf.add_argument("--from", dest="start", type=iso_date, metavar="YYYY-MM-DD", help=translate("CommandLine", "first day to include"))
    pdf.add_argument("--to", dest="end", type=iso_date, metavar="YYYY-MM-DD", help=translate("CommandLine", "last day to include"))
    pdf.add_argument("--lang", dest="pdf_lang", choices=("ar", "en"), help=translate("CommandLine", "language of headings (default: --lang, then English)"))
    pdf.add_argument("--paper", choices=("a4", "letter"), default="a4", help=translate("CommandLine", "paper size (default %(default)s)"))
    pdf.add_argument("--no-private", action="store_true", help=translate("CommandLine", "leave out entries marked private"))
    pdf.add_argument("--parts", choices=("month", "company"), default="month",
                     help=translate("CommandLine", "one part of the book a month or a company (default %(default)s)"))
    pdf.add_argument("--today", type=iso_date, help=argparse.SUPPRESS)
    # For the app, which runs the PDF export in a process of its own (app/export/pdf_process.py).
    pdf.add_argument("--sections", type=_sections, default=None, help=argparse.SUPPRESS)
    pdf.add_argument("--progress-lines", action="store_true", help=argparse.SUPPRESS)
    exports.add_parser("json", help=translate("CommandLine", "a full backup in Thabat's JSON format")).add_argument("file", metavar="FILE")
    csv_export = exports.add_parser("csv", help=translate("CommandLine", "applications with their stage history (UTF-8 with BOM)"))
    csv_export.add_argument("file", metavar="FILE")
    csv_export.add_argument("--lang", dest="csv_lang", choices=("ar", "en"), help=translate("CommandLine", "language of headers and labels"))
    add_export_charts(exports)

    imports_parser = commands.add_parser("import", help=translate("CommandLine", "restore a JSON backup or add applications from CSV"))
    imports = imports_parser.add_subparsers(dest="import_command", metavar="FORMAT", required=True)
    json_import = imports.add_parser("json", help=translate("CommandLine", "restore a backup into an empty journal"))
    json_import.add_argument("file", metavar="FILE")
    json_import.add_argument("--today", type=iso_date, help=argparse.SUPPRESS)
    csv_import = imports.add_parser("csv", help=translate("CommandLine", "add applications from a spreadsheet"))
    csv_import.add_argument("file", metavar="FILE")
    csv_import.add_argument("--encoding", metavar="NAME", help="the file's text encoding, e.g. utf-8, cp1256, "
                            "utf-16 (default: detected; bytes it cannot decode are read as \ufffd)")
    csv_import.add_argument("--today", type=iso_date, help=argparse.SUPPRESS)


def _sections(text: str) -> tuple[str, ...]:
    from thabat.app.export.pdf import SECTIONS

    chosen = tuple(part for part in text.split(",") if part)
    if any(part not in SECTIONS for part in chosen):
        raise argparse.ArgumentTypeError(fill(translate("CommandLine", "invalid choice: %1 (choose from %2)"), text,
                                              ",".join(SECTIONS), isolated=False))
    return chosen


def _export_pdf(args: argparse.Namespace, folder: Path) -> int:
    from thabat.app.export.pdf import SECTIONS, PdfOptions, export_pdf

    if args.start and args.end and args.start > args.end:
        raise CommandError(translate("CommandLine", "--from is after --to"))
    prefs = saved_preferences(folder)
    options = PdfOptions(
        start=args.start, end=args.end, lang=args.pdf_lang or args.lang or "en", paper=args.paper,
        include_private=not args.no_private, user_name=prefs["user_name"], calendar=prefs["calendar"],
        digits=prefs["digits"], today=args.today or date.today(), parts=args.parts,
        sections=SECTIONS if args.sections is None else args.sections,
    )
    with terminal_job(lines=args.progress_lines) as job, open_journal(folder).session() as session:
        pages = export_pdf(session, args.file, options, progress=job.step)
    print(fill(counted(translate("CommandLine", "Wrote %n pages to %1.", None, pages), pages, isolated=False), args.file,
               isolated=False))
    return 0


def _export_json(args: argparse.Namespace, folder: Path) -> int:
    from thabat.app.export.backup_json import export_json

    with terminal_job() as job, open_journal(folder).session() as session:
        counts = export_json(session, args.file, job)
    records = sum(counts.values())
    print(fill(counted(translate("CommandLine", "Wrote a backup of %n records to %1.", None, records), records,
                       isolated=False), args.file, isolated=False))
    return 0


def _export_csv(args: argparse.Namespace, folder: Path) -> int:
    from thabat.app.export.csv_io import export_csv

    with terminal_job() as job, open_journal(folder).session() as session:
        rows = export_csv(session, args.file, args.csv_lang or args.lang or "en", job)
    print(fill(counted(translate("CommandLine", "Wrote %n applications to %1.", None, rows), rows, isolated=False),
               args.file, isolated=False))
    return 0


def _import_json(args: argparse.Namespace, folder: Path) -> int:
    from thabat.app.export.backup_json import import_backup, read_backup

    data = read_backup(args.file)  # a bad file is refused before the journal is even opened
    with terminal_job() as job, new_journal_removed_on_failure(folder) as journal, journal.session() as session:
        counts = import_backup(session, data, args.today or date.today(), job)
    records = sum(counts.values())
    print(fill(counted(translate("CommandLine", "Restored %n records from %1.", None, records), records, isolated=False),
               args.file, isolated=False))
    return 0


def _import_csv(args: argparse.Namespace, folder: Path) -> int:
    from thabat.app.export.csv_import import import_applications
    from thabat.app.export.csv_io import EncodingUnsure, guess_mapping, read_sheet

    try:  # the whole file is read and checked before the journal is opened
        sheet = read_sheet(args.file, args.encoding)
    except EncodingUnsure as unsure:
        raise CommandError(fill(translate("CommandLine", "%1 Run again with --encoding (likely: %2)."), error_text(unsure), ", ".join(unsure.choices[:3]), isolated=False)) from None
    with terminal_job() as job, open_journal(folder).session() as session:  # one transaction: all rows or none
        report = import_applications(session, sheet, guess_mapping(sheet.headers), args.today or date.today(),
                                     lambda done, total: job.step("row", done, total))
        if report.imported == 0 and report.skipped:
            line, reason = report.skipped[0]
            raise CommandError(fill(translate("CommandLine", "no row of %1 could be imported (row %2: %3)"), args.file, str(line), error_text(reason), isolated=False))
    for line, reason in report.skipped:
        print(fill(translate("CommandLine", "skipped row %1: %2"), str(line), error_text(reason), isolated=False), file=sys.stderr)
    for line, note in report.notes:
        print(fill(translate("CommandLine", "row %1: %2"), line, error_text(note), isolated=False), file=sys.stderr)
    imported, skipped = report.imported, len(report.skipped)
    print(fill(counted(translate("CommandLine", "Imported %n applications from %1;", None, imported), imported,
                       isolated=False), args.file, isolated=False)
          + " " + counted(translate("CommandLine", "skipped %n rows.", None, skipped), skipped, isolated=False))
    return 0


EXPORT_COMMANDS: dict[str, Callable[[argparse.Namespace, Path], int]] = {
    "pdf": _export_pdf, "json": _export_json, "csv": _export_csv, "charts": export_charts,
}
IMPORT_COMMANDS: dict[str, Callable[[argparse.Namespace, Path], int]] = {"json": _import_json, "csv": _import_csv}


def _export(args: argparse.Namespace, folder: Path) -> int:
    return EXPORT_COMMANDS[args.export_command](args, folder)


def _import(args: argparse.Namespace, folder: Path) -> int:
    return IMPORT_COMMANDS[args.import_command](args, folder)


COMMANDS: dict[str, Callable[[argparse.Namespace, Path], int]] = {"export": _export, "import": _import}
