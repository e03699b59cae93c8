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


COMMANDS: dict[str, Callable[[argparse.Namespace, Path], int]] = {"demo": _demo, "stats": _stats, "search": _search}
