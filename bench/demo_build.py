"""The demo journal's build time (issue 14: the five-year demo under ten seconds), median of runs.

Each run is `thabat demo` in a process of its own, as a user starts it, into a fresh folder: CPU
seconds (user + system) are the figure, since they hardly depend on what else the machine is doing;
wall seconds are shown beside. The first run's journal is kept: it is the journal every other
measure of the benchmark reads.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from bench.processes import run_measured
from bench.report import Figure
from bench.stats import median
from bench.workload import TODAY, env, thabat

SECONDS_PER_YEAR = 2.0
"""Two CPU seconds a year: the five-year demo, made through the services, in under ten."""


def demo_build(folder: Path, years: int, repeat: int) -> list[Figure]:
    """Build `years` of demo journal `repeat` times; the first build stays in `folder`."""
    cpu, wall = [], []
    for run in range(max(1, repeat)):
        target = folder if run == 0 else folder.with_name(f"{folder.name}-run-{run}")
        finished = run_measured(thabat("--data-dir", str(target), "demo", "--years", str(years),
                                       "--today", TODAY.isoformat()), env())
        cpu.append(finished.cpu_seconds)
        wall.append(finished.seconds)
        if target != folder:
            shutil.rmtree(target, ignore_errors=True)
    runs = ", ".join(f"{seconds:.2f}" for seconds in cpu)
    return [
        Figure(f"demo journal build ({years} years), CPU", median(cpu), "s", SECONDS_PER_YEAR * years,
               f"median of {len(cpu)} (CPU s: {runs}); through the services"),
        Figure(f"demo journal build ({years} years), wall", median(wall), "s", None, f"median of {len(wall)}"),
    ]
