"""`make bench`: build the demo journal once, measure everything, print the table, write results.json."""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from bench import charts, csv_import, demo_build, long_work, measures, ready, session, workload
from bench.report import Figure, machine, table, write_json

RESULTS = Path(__file__).parent / "results.json"


def steps(args: argparse.Namespace):
    """(name, function, repetitions) in the order they run."""
    r = args.repeat
    return [
        ("ready (Xvfb)", ready.ready, args.ready_runs),
        ("first paint", measures.startup, args.startup_runs),
        ("session: event-loop gaps, dialogs, pages, memory", session.session, r),
        ("search", measures.search_latency, args.search_runs),
        ("CLI search", measures.cli_search, r),
        ("charts", charts.chart_render, args.chart_runs),
        ("PDF export", measures.pdf_export, r),
        ("JSON export and import", measures.json_round_trip, r),
        ("long work in the app: event-loop gaps", long_work.long_work, r),
        ("CSV import", lambda folder, repeat: csv_import.csv_import(folder, repeat, args.csv_rows), args.csv_runs),
    ]


def run(folder: Path, args: argparse.Namespace, log=print) -> list[Figure]:
    figures: list[Figure] = []
    for name, measure, repeat in steps(args):
        log(f"… {name}", flush=True)
        figures += measure(folder, repeat)
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--years", type=int, default=5, help="years of demo journal (default 5)")
    parser.add_argument("--demo-runs", type=int, default=3, help="builds of the demo journal (default 3)")
    parser.add_argument("--repeat", type=int, default=3, help="repetitions of the slower measures (default 3)")
    parser.add_argument("--startup-runs", type=int, default=7, help="launches of each program (default 7)")
    parser.add_argument("--ready-runs", type=int, default=15,
                        help="launches of each program for ready, alternating (default 15: its runs spread by a tenth)")
    parser.add_argument("--chart-runs", type=int, default=9, help="draws of each chart (default 9)")
    parser.add_argument("--search-runs", type=int, default=40, help="repetitions of each query (default 40)")
    parser.add_argument("--csv-rows", type=int, default=1_000_000, help="rows of the big CSV import (default 1000000)")
    parser.add_argument("--csv-runs", type=int, default=1, help="runs of the big CSV import (default 1)")
    parser.add_argument("--output", type=Path, default=RESULTS, help="where to write the JSON results")
    args = parser.parse_args(argv)

    print(f"Thabat benchmark on {machine()}")
    with tempfile.TemporaryDirectory(prefix="thabat-bench-") as tmp:
        folder = Path(tmp) / "journal"
        print(f"… building {args.years} years of demo journal ({args.demo_runs} times)", flush=True)
        started = time.perf_counter()
        figures = demo_build.demo_build(folder, args.years, args.demo_runs) + run(folder, args)
    print()
    print(table(figures))
    settings = dict(vars(args), output=str(args.output), today=workload.TODAY.isoformat(),
                    seconds=round(time.perf_counter() - started, 1))
    write_json(args.output, figures, settings)
    print(f"\nWritten to {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
