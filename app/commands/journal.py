"""`thabat demo`, `thabat stats` and `thabat search`."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Callable

from thabat.app.text.translation import translate
from thabat.app.commands.progress import terminal_job
from thabat.app.commands.common import iso_date, open_journal, positive, whole_number
from thabat.app.text.direction import fill
from thabat.app.text.plurals import counted, numerus
from thabat.app.text.translation import translate


def add_parsers(commands) -> None:
    demo = commands.add_parser("demo", help=translate("CommandLine", "add a realistic bilingual demo journal"))
    demo.add_argument("--seed", type=whole_number, default=7, help=translate("CommandLine", "random seed (same seed, same journal)"))
    demo.add_argument("--years", type=positive, default=2, help=translate("CommandLine", "how many years of job search (default %(default)s)"))
    demo.add_argument("--today", type=iso_date, help=argparse.SUPPRESS)

    commands.add_parser("stats", help=translate("CommandLine", "a short summary of the journal"))

    search = commands.add_parser("search", help=translate("CommandLine", "full-text search of reflections, entries, feedback and notes"))
    search.add_argument("query", metavar="QUERY", help=translate("CommandLine", "words to find (prefixes match; all words must appear)"))
    search.add_argument("--limit", type=positive, default=20, help=translate("CommandLine", "at most this many results (default %(default)s)"))


def _demo(args: argparse.Namespace, folder: Path) -> int:
    from thabat.app.demo import build_demo

    with terminal_job() as job, open_journal(folder).session() as session:
        job.step("demo")
        made = build_demo(session, seed=args.seed, years=args.years, today=args.today or date.today())
    made_counts = [
        counted(translate("CommandLine", "%n applications", None, made.applications), made.applications, isolated=False),
        counted(translate("CommandLine", "%n rejections", None, made.rejections), made.rejections, isolated=False),
        counted(translate("CommandLine", "%n reflections", None, made.reflections), made.reflections, isolated=False),
        counted(translate("CommandLine", "%n check-ins", None, made.check_ins), made.check_ins, isolated=False),
    ]
    print(fill(translate("CommandLine", "Added a demo journal to %1: %2."), folder, ", ".join(made_counts), isolated=False))
    return 0


def _stats(args: argparse.Namespace, folder: Path) -> int:
    from thabat.app.services.stats import summary

    with open_journal(folder).session() as session:
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
         else counted(translate("CommandLine", "%n days", None, numerus(s.median_bounce_back_days)), s.median_bounce_back_days,
                      isolated=False)),
    ]
    width = max(len(label) for label, _ in lines)
    for label, value in lines:
        print(f"{label.ljust(width)}  {value}")
    return 0


_SEARCH_KINDS = {"reflection": "reflection", "entry": "entry", "rejection": "feedback", "application": "note",
                 "contact": "contact"}


def _search(args: argparse.Namespace, folder: Path) -> int:
    hits = _search_with_sqlite(folder, args.query, args.limit)
    if hits is None:  # a journal to create, upgrade or re-index first: the ORM opens it
        from thabat.app.services.search import search

        with open_journal(folder).session() as session:
            hits = search(session, args.query, limit=args.limit)
    for hit in hits:
        title = hit.title or "(untitled)"
        print(f"{hit.day.isoformat()}  {_SEARCH_KINDS.get(hit.kind, hit.kind):<10}  {title}  {hit.snippet()}")
    return 0


def _search_with_sqlite(folder: Path, query: str, limit: int) -> "list | None":
    """The hits, read with sqlite3 alone from a journal at the newest schema whose index is current
    (a tenth of the ORM's start-up and memory); None when the journal needs the ORM's open."""
    import sqlite3
    from contextlib import closing

    from thabat.app.runtime.paths import database_path
    from thabat.app.services.full_text import find, index_is_current
    from thabat.storage.sqlite_file import HEAD, connect_reader, is_new, stored_revision

    path = database_path(folder)
    if is_new(path) or stored_revision(path) != HEAD:
        return None
    try:
        with closing(connect_reader(path)) as db:
            return find(db, query, limit=limit) if index_is_current(db) else None
    except sqlite3.DatabaseError:  # a damaged file: the full open checks it and says so
        return None


COMMANDS: dict[str, Callable[[argparse.Namespace, Path], int]] = {"demo": _demo, "stats": _stats, "search": _search}
