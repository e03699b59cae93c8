"""The `thabat` command line: the GUI by default, sub-commands for scripts, backups and tests.

Exit status: 0 on success, 2 on bad input (one clear line on stderr, nothing written).
The GUI itself is started through a callable handed in by `ui.launcher`, so this layer never
imports widgets.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Callable, Sequence

from app import __version__
from app.errors import UserError
from app.paths import data_dir

GuiStarter = Callable[[Path, "str | None"], int]


class CommandError(UserError):
    """A command that cannot run as asked; printed as one line, exit status 2."""


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more: {text}")
    return value


def _seed(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="thabat", description="A private, bilingual journal for job seekers. Without a command, starts the app."
    )
    parser.add_argument("--version", action="version", version=f"thabat {__version__}")
    parser.add_argument("--data-dir", metavar="DIR", help="the journal's folder (default: $THABAT_DATA_DIR, "
                        "then the platform's user data folder)")
    parser.add_argument("--lang", choices=("ar", "en"), help="the app's language for this run (default: the setting, "
                        "then the system's)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser("demo", help="add a realistic bilingual demo journal")
    demo.add_argument("--seed", type=_seed, default=7, help="random seed (same seed, same journal)")
    demo.add_argument("--years", type=_positive, default=2, help="how many years of job search (default 2)")
    demo.add_argument("--today", type=date.fromisoformat, help=argparse.SUPPRESS)

    commands.add_parser("stats", help="a short summary of the journal")

    # -- journal and search ----------------------------------------------------------------------
    search = commands.add_parser("search", help="full-text search of reflections, entries, feedback and notes")
    search.add_argument("query", metavar="QUERY", help="words to find (prefixes match; all words must appear)")
    search.add_argument("--limit", type=_positive, default=20, help="at most this many results (default 20)")
    _add_export_import_parsers(commands)
    return parser


def main(argv: Sequence[str] | None = None, gui: GuiStarter | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    folder = data_dir(args.data_dir)
    if args.command is None:
        if gui is None:
            parser.error("the app is not available from here; use a command")
        return gui(folder, args.lang)
    try:
        return COMMANDS[args.command](args, folder)
    except UserError as error:
        print(f"thabat: {error}", file=sys.stderr)
        return 2


def _open(folder: Path):
    from app.journal import Journal

    try:
        return Journal.open(folder)
    except OSError as error:
        raise CommandError(f"cannot use the data folder {folder}: {error.strerror}") from error


def _demo(args: argparse.Namespace, folder: Path) -> int:
    from app.demo import build_demo

    with _open(folder).session() as session:
        made = build_demo(session, seed=args.seed, years=args.years, today=args.today or date.today())
    print(f"Added a demo journal to {folder}: {made.applications} applications, {made.rejections} rejections, "
          f"{made.reflections} reflections, {made.check_ins} check-ins.")
    return 0


def _stats(args: argparse.Namespace, folder: Path) -> int:
    from app.services.stats import summary

    with _open(folder).session() as session:
        s = summary(session)
    lines = [
        ("Applications", s.applications),
        ("  pending", s.pending),
        ("  reached interview", s.interviews),
        ("  offers", s.offers),
        ("Rejections", s.rejections),
        ("Reflections finished", s.reflections_done),
        ("Reflections in draft", s.reflections_draft),
        ("Confidence check-ins", s.check_ins),
        ("Average confidence", "-" if s.average_confidence is None else f"{s.average_confidence}/10"),
        ("First application", s.first_application or "-"),
        ("Last application", s.last_application or "-"),
        ("Median bounce-back", "-" if s.median_bounce_back_days is None
         else f"{s.median_bounce_back_days:g} day{'' if s.median_bounce_back_days == 1 else 's'}"),
    ]
    width = max(len(label) for label, _ in lines)
    for label, value in lines:
        print(f"{label.ljust(width)}  {value}")
    return 0


# -- journal and search ------------------------------------------------------------------------------
_SEARCH_KINDS = {"reflection": "reflection", "entry": "entry", "rejection": "feedback", "application": "note",
                 "contact": "contact"}


def _search(args: argparse.Namespace, folder: Path) -> int:
    from app.services.search import search

    with _open(folder).session() as session:
        hits = search(session, args.query, limit=args.limit)
    for hit in hits:
        title = hit.title or "(untitled)"
        print(f"{hit.day.isoformat()}  {_SEARCH_KINDS.get(hit.kind, hit.kind):<10}  {title}  {hit.snippet()}")
    return 0


# --- export and import (PDF, JSON backup, CSV) -------------------------------------------------
# `export` and `import` are sub-parser groups; each sub-command is one function in the tables below.


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _add_export_import_parsers(commands) -> None:
    export = commands.add_parser("export", help="write the journal as PDF, a JSON backup or CSV")
    exports = export.add_subparsers(dest="export_command", metavar="FORMAT", required=True)
    pdf = exports.add_parser("pdf", help="the journal as a PDF to read, print or share")
    pdf.add_argument("file", metavar="FILE")
    pdf.add_argument("--from", dest="start", type=_iso_date, metavar="YYYY-MM-DD", help="first day to include")
    pdf.add_argument("--to", dest="end", type=_iso_date, metavar="YYYY-MM-DD", help="last day to include")
    pdf.add_argument("--lang", dest="pdf_lang", choices=("ar", "en"), help="language of headings (default: --lang, "
                     "then English)")
    pdf.add_argument("--paper", choices=("a4", "letter"), default="a4", help="paper size (default a4)")
    pdf.add_argument("--no-private", action="store_true", help="leave out entries marked private")
    pdf.add_argument("--today", type=_iso_date, help=argparse.SUPPRESS)
    exports.add_parser("json", help="a full backup in Thabat's JSON format").add_argument("file", metavar="FILE")
    csv_export = exports.add_parser("csv", help="applications with their stage history (UTF-8 with BOM)")
    csv_export.add_argument("file", metavar="FILE")
    csv_export.add_argument("--lang", dest="csv_lang", choices=("ar", "en"), help="language of headers and labels")

    imports_parser = commands.add_parser("import", help="restore a JSON backup or add applications from CSV")
    imports = imports_parser.add_subparsers(dest="import_command", metavar="FORMAT", required=True)
    imports.add_parser("json", help="restore a backup into an empty journal").add_argument("file", metavar="FILE")
    csv_import = imports.add_parser("csv", help="add applications from a spreadsheet")
    csv_import.add_argument("file", metavar="FILE")
    csv_import.add_argument("--today", type=_iso_date, help=argparse.SUPPRESS)


def _pdf_preferences(folder: Path) -> dict[str, str]:
    """The settings the PDF follows (name, calendar, digits), read without the widgets layer."""
    from PySide6.QtCore import QSettings

    from app.paths import settings_path

    settings = QSettings(str(settings_path(folder)), QSettings.Format.IniFormat)
    defaults = {"user_name": "", "calendar": "gregorian", "digits": "latin"}
    return {key: str(settings.value(key, default) or default) for key, default in defaults.items()}


def _export_pdf(args: argparse.Namespace, folder: Path) -> int:
    from app.export.pdf import PdfOptions, export_pdf

    if args.start and args.end and args.start > args.end:
        raise CommandError("--from is after --to")
    prefs = _pdf_preferences(folder)
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

    with _open(folder).session() as session:
        pages = export_pdf(session, args.file, options, progress=progress)
    if show:
        print(file=sys.stderr)
    print(f"Wrote {pages} pages to {args.file}.")
    return 0


def _export_json(args: argparse.Namespace, folder: Path) -> int:
    from app.export.backup_json import export_json

    with _open(folder).session() as session:
        counts = export_json(session, args.file)
    print(f"Wrote a backup of {sum(counts.values())} records to {args.file}.")
    return 0


def _export_csv(args: argparse.Namespace, folder: Path) -> int:
    from app.export.csv_io import export_csv

    with _open(folder).session() as session:
        rows = export_csv(session, args.file, args.csv_lang or args.lang or "en")
    print(f"Wrote {rows} applications to {args.file}.")
    return 0


def _import_json(args: argparse.Namespace, folder: Path) -> int:
    from app.export.backup_json import import_backup, read_backup

    data = read_backup(args.file)  # a bad file is refused before the journal is even opened
    with _open(folder).session() as session:
        counts = import_backup(session, data)
    print(f"Restored {sum(counts.values())} records from {args.file}.")
    return 0


def _import_csv(args: argparse.Namespace, folder: Path) -> int:
    from app.export.csv_io import guess_mapping, import_applications, read_sheet

    sheet = read_sheet(args.file)
    with _open(folder).session() as session:
        report = import_applications(session, sheet, guess_mapping(sheet.headers), args.today or date.today())
        if report.imported == 0 and report.skipped:
            raise CommandError(f"no row of {args.file} could be imported (row {report.skipped[0][0]}: "
                               f"{report.skipped[0][1]})")
    for line, reason in report.skipped:
        print(f"skipped row {line}: {reason}", file=sys.stderr)
    for line, note in report.notes:
        print(f"row {line}: {note}", file=sys.stderr)
    print(f"Imported {report.imported} applications from {args.file}; skipped {len(report.skipped)} rows.")
    return 0


EXPORT_COMMANDS: dict[str, Callable[[argparse.Namespace, Path], int]] = {
    "pdf": _export_pdf, "json": _export_json, "csv": _export_csv,
}
IMPORT_COMMANDS: dict[str, Callable[[argparse.Namespace, Path], int]] = {"json": _import_json, "csv": _import_csv}


def _export(args: argparse.Namespace, folder: Path) -> int:
    return EXPORT_COMMANDS[args.export_command](args, folder)


def _import(args: argparse.Namespace, folder: Path) -> int:
    return IMPORT_COMMANDS[args.import_command](args, folder)


COMMANDS: dict[str, Callable[[argparse.Namespace, Path], int]] = {
    "demo": _demo, "stats": _stats, "search": _search, "export": _export, "import": _import,
}
