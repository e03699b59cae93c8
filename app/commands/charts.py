"""`thabat export charts DIR`: every chart as PNG and SVG, for sharing and checking by eye."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from thabat.app.text.translation import translate
from thabat.app.commands.progress import terminal_job
from thabat.app.commands.common import CommandError, error_text, open_journal, saved_preferences
from thabat.app.text.direction import fill
from thabat.app.text.plurals import counted
from thabat.app.text.translation import translate


def add_export_charts(exports) -> None:
    charts = exports.add_parser("charts", help=translate("CommandLine", "every chart as PNG and SVG, into a folder"))
    charts.add_argument("dir", metavar="DIR", help=translate("CommandLine", "the folder to write into (created if missing)"))
    charts.add_argument("--lang", dest="chart_lang", choices=("ar", "en"), default=None,
                        help=translate("CommandLine", "the charts' language (default: --lang before the command, else English)"))
    # Dates are checked by the command, not argparse, so a bad one gives one line, not the usage.
    charts.add_argument("--from", dest="start", metavar="YYYY-MM-DD", help=translate("CommandLine", "first day shown (default: the first entry)"))
    charts.add_argument("--to", dest="end", metavar="YYYY-MM-DD", help=translate("CommandLine", "last day shown (default: today)"))


def _day(text: str | None, option: str) -> date | None:
    """A date the charts can show: 1970 up to ten years ahead, as for any planned date in a form."""
    from thabat.app.errors import InputError
    from thabat.app.services.validation import plan_date

    if text is None:
        return None
    try:
        return plan_date(date.fromisoformat(text), option, date.today())
    except ValueError:
        raise CommandError(fill(translate("CommandLine", "%1 needs a date as YYYY-MM-DD, not %2"), option, repr(text), isolated=False)) from None
    except InputError as error:
        raise CommandError(f"{option} {text}: {error_text(error)}") from None


def export_charts(args: argparse.Namespace, folder: Path) -> int:
    import os

    from thabat.app.charts.build import build_chart, figure_bytes
    from thabat.app.charts.choices import CHART_KEYS, period_for
    from thabat.app.charts.style import ChartStyle
    from thabat.app.text.dates import DateStyle

    start, end = _day(args.start, "--from"), _day(args.end, "--to")
    if start and end and start > end:
        raise CommandError(fill(translate("CommandLine", "--from (%1) is after --to (%2)"), str(start), str(end), isolated=False))
    target = Path(args.dir)
    if target.exists() and not target.is_dir():
        raise CommandError(fill(translate("CommandLine", "%1 is a file, not a folder"), str(target), isolated=False))
    existing = next((p for p in [target, *target.parents] if p.exists()), None)
    if existing is not None and not existing.is_dir():
        raise CommandError(fill(translate("CommandLine", "cannot write into %1: %2 is a file, not a folder"), str(target), str(existing), isolated=False))
    if existing is None or not os.access(existing, os.W_OK | os.X_OK):
        raise CommandError(fill(translate("CommandLine", "cannot write into %1: permission denied"), str(target), isolated=False))
    lang = args.chart_lang or args.lang or "en"
    prefs = saved_preferences(folder)  # calendar and digits as in the app's settings, like the PDF
    style = ChartStyle(dates=DateStyle(lang=lang, calendar=prefs["calendar"], digits=prefs["digits"]))
    period = period_for("custom", end or date.today(), start, end or date.today())
    files: dict[str, bytes] = {}
    # Render everything first: a failure half-way leaves no half-written folder behind.
    with terminal_job() as job, open_journal(folder).session() as session:
        for done, key in enumerate(CHART_KEYS):
            job.step("chart", done, len(CHART_KEYS))
            figure = build_chart(key, session, period, style)
            for fmt in ("png", "svg"):
                files[f"{key}.{fmt}"] = figure_bytes(figure, fmt)
    from thabat.app.errors import UserError
    from thabat.app.export.atomic import atomic_target

    try:
        target.mkdir(mode=0o700, parents=True, exist_ok=True)
        for name, content in files.items():
            with atomic_target(target / name) as temporary:  # user-only, like every export
                temporary.write_bytes(content)
    except OSError as error:
        raise CommandError(fill(translate("CommandLine", "cannot write into %1: %2"), target,
                                error.strerror or str(error), isolated=False)) from error
    except UserError as error:
        raise CommandError(error_text(error)) from error
    print(fill(counted(translate("CommandLine", "Wrote %n chart files to %1.", None, len(files)), len(files),
                       isolated=False), target, isolated=False))
    return 0
