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

    export = commands.add_parser("export", help="write the journal, or part of it, to files")
    exports = export.add_subparsers(dest="export_command", metavar="WHAT", required=True)
    _add_export_charts(exports)
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
        ("Median bounce-back", "-" if s.median_bounce_back_days is None else f"{s.median_bounce_back_days:g} days"),
    ]
    width = max(len(label) for label, _ in lines)
    for label, value in lines:
        print(f"{label.ljust(width)}  {value}")
    return 0


def _export(args: argparse.Namespace, folder: Path) -> int:
    return EXPORT_COMMANDS[args.export_command](args, folder)


# --- thabat export charts -------------------------------------------------------------------------

def _add_export_charts(exports: argparse._SubParsersAction) -> None:
    charts = exports.add_parser("charts", help="every chart as PNG and SVG, into a folder")
    charts.add_argument("dir", metavar="DIR", help="the folder to write into (created if missing)")
    charts.add_argument("--lang", dest="chart_lang", choices=("ar", "en"), default=None,
                        help="the charts' language (default: --lang before the command, else English)")
    # Dates are checked by the command, not argparse, so a bad one gives one line, not the usage.
    charts.add_argument("--from", dest="start", metavar="YYYY-MM-DD", help="first day shown (default: the first entry)")
    charts.add_argument("--to", dest="end", metavar="YYYY-MM-DD", help="last day shown (default: today)")


def _day(text: str | None, option: str) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise CommandError(f"{option} needs a date as YYYY-MM-DD, not {text!r}") from None


def _export_charts(args: argparse.Namespace, folder: Path) -> int:
    import os

    from app.charts.build import build_chart, figure_bytes
    from app.charts.choices import CHART_KEYS, period_for
    from app.charts.style import ChartStyle
    from app.dates import DateStyle

    start, end = _day(args.start, "--from"), _day(args.end, "--to")
    if start and end and start > end:
        raise CommandError(f"--from ({start}) is after --to ({end})")
    target = Path(args.dir)
    if target.exists() and not target.is_dir():
        raise CommandError(f"{target} is a file, not a folder")
    existing = next((p for p in [target, *target.parents] if p.exists()), None)
    if existing is not None and not existing.is_dir():
        raise CommandError(f"cannot write into {target}: {existing} is a file, not a folder")
    if existing is None or not os.access(existing, os.W_OK | os.X_OK):
        raise CommandError(f"cannot write into {target}: permission denied")
    lang = args.chart_lang or args.lang or "en"
    style = ChartStyle(dates=DateStyle(lang=lang))
    period = period_for("custom", end or date.today(), start, end or date.today())
    files: dict[str, bytes] = {}
    # Render everything first: a failure half-way leaves no half-written folder behind.
    with _open(folder).session() as session:
        for key in CHART_KEYS:
            figure = build_chart(key, session, period, style)
            for fmt in ("png", "svg"):
                files[f"{key}.{fmt}"] = figure_bytes(figure, fmt)
    try:
        target.mkdir(parents=True, exist_ok=True)
        for name, content in files.items():
            (target / name).write_bytes(content)
    except OSError as error:
        raise CommandError(f"cannot write into {target}: {error.strerror}") from error
    print(f"Wrote {len(files)} chart files to {target}.")
    return 0


EXPORT_COMMANDS: dict[str, Callable[[argparse.Namespace, Path], int]] = {"charts": _export_charts}

# --- end of thabat export charts -----------------------------------------------------------------


COMMANDS: dict[str, Callable[[argparse.Namespace, Path], int]] = {"demo": _demo, "stats": _stats, "export": _export}
