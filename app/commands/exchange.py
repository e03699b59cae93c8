"""`thabat export pdf|json|csv` and `thabat import json|csv`: each sub-command one function below."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Callable

from app.commands.charts import add_export_charts, export_charts
from app.commands.common import CommandError, iso_date, open_journal, saved_preferences
from app.plurals import command_line_translate as translate, counted
from app.text_direction import fill


def add_parsers(commands) -> None:
    export = commands.add_parser("export", help="write the journal as PDF, a JSON backup or CSV")
    exports = export.add_subparsers(dest="export_command", metavar="FORMAT", required=True)
    pdf = exports.add_parser("pdf", help="the journal as a PDF to read, print or share")
    pdf.add_argument("file", metavar="FILE")
    pdf.add_argument("--from", dest="start", type=iso_date, metavar="YYYY-MM-DD", help="first day to include")
    pdf.add_argument("--to", dest="end", type=iso_date, metavar="YYYY-MM-DD", help="last day to include")
    pdf.add_argument("--lang", dest="pdf_lang", choices=("ar", "en"), help="language of headings (default: --lang, "
                     "then English)")
    pdf.add_argument("--paper", choices=("a4", "letter"), default="a4", help="paper size (default a4)")
    pdf.add_argument("--no-private", action="store_true", help="leave out entries marked private")
    pdf.add_argument("--today", type=iso_date, help=argparse.SUPPRESS)
    exports.add_parser("json", help="a full backup in Thabat's JSON format").add_argument("file", metavar="FILE")
    csv_export = exports.add_parser("csv", help="applications with their stage history (UTF-8 with BOM)")
    csv_export.add_argument("file", metavar="FILE")
    csv_export.add_argument("--lang", dest="csv_lang", choices=("ar", "en"), help="language of headers and labels")
    add_export_charts(exports)

    imports_parser = commands.add_parser("import", help="restore a JSON backup or add applications from CSV")
    imports = imports_parser.add_subparsers(dest="import_command", metavar="FORMAT", required=True)
    imports.add_parser("json", help="restore a backup into an empty journal").add_argument("file", metavar="FILE")
    csv_import = imports.add_parser("csv", help="add applications from a spreadsheet")
    csv_import.add_argument("file", metavar="FILE")
    csv_import.add_argument("--today", type=iso_date, help=argparse.SUPPRESS)


def _export_pdf(args: argparse.Namespace, folder: Path) -> int:
    from app.export.pdf import PdfOptions, export_pdf

    if args.start and args.end and args.start > args.end:
        raise CommandError("--from is after --to")
    prefs = saved_preferences(folder)
    options = PdfOptions(
        start=args.start, end=args.end, lang=args.pdf_lang or args.lang or "en", paper=args.paper,
        include_private=not args.no_private, user_name=prefs["user_name"], calendar=prefs["calendar"],
        digits=prefs["digits"], today=args.today or date.today(),
    )
    show = sys.stderr.isatty()

    def progress(step: str, done: int, total: int) -> None:
        if show:
            print(f"\r{'Preparing entry' if step == 'entry' else 'Writing page'} {done} of {total}   ",
                  end="", file=sys.stderr, flush=True)

    with open_journal(folder).session() as session:
        pages = export_pdf(session, args.file, options, progress=progress)
    if show:
        print(file=sys.stderr)
    print(fill(counted(translate("Cli", "Wrote %n pages to %1.", None, pages), pages, isolated=False), args.file,
               isolated=False))
    return 0


def _export_json(args: argparse.Namespace, folder: Path) -> int:
    from app.export.backup_json import export_json

    with open_journal(folder).session() as session:
        counts = export_json(session, args.file)
    records = sum(counts.values())
    print(fill(counted(translate("Cli", "Wrote a backup of %n records to %1.", None, records), records, isolated=False),
               args.file, isolated=False))
    return 0


def _export_csv(args: argparse.Namespace, folder: Path) -> int:
    from app.export.csv_io import export_csv

    with open_journal(folder).session() as session:
        rows = export_csv(session, args.file, args.csv_lang or args.lang or "en")
    print(fill(counted(translate("Cli", "Wrote %n applications to %1.", None, rows), rows, isolated=False), args.file,
               isolated=False))
    return 0


def _import_json(args: argparse.Namespace, folder: Path) -> int:
    from app.export.backup_json import import_backup, read_backup

    data = read_backup(args.file)  # a bad file is refused before the journal is even opened
    with open_journal(folder).session() as session:
        counts = import_backup(session, data)
    records = sum(counts.values())
    print(fill(counted(translate("Cli", "Restored %n records from %1.", None, records), records, isolated=False),
               args.file, isolated=False))
    return 0


def _import_csv(args: argparse.Namespace, folder: Path) -> int:
    from app.export.csv_io import guess_mapping, import_applications, read_sheet

    sheet = read_sheet(args.file)
    with open_journal(folder).session() as session:
        report = import_applications(session, sheet, guess_mapping(sheet.headers), args.today or date.today())
        if report.imported == 0 and report.skipped:
            raise CommandError(f"no row of {args.file} could be imported (row {report.skipped[0][0]}: "
                               f"{report.skipped[0][1]})")
    for line, reason in report.skipped:
        print(f"skipped row {line}: {reason}", file=sys.stderr)
    for line, note in report.notes:
        print(f"row {line}: {note}", file=sys.stderr)
    imported, skipped = report.imported, len(report.skipped)
    print(fill(counted(translate("Cli", "Imported %n applications from %1;", None, imported), imported, isolated=False),
               args.file, isolated=False)
          + " " + counted(translate("Cli", "skipped %n rows.", None, skipped), skipped, isolated=False))
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
