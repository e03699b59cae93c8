"""Figures from bench/long_work_probe.py: the longest event-loop gap while each long job runs in the app.

Every export, import, backup, restore, chart save and the demo runs on a thread of its own under a
progress dialog (ui/long_work.py); the window must keep answering: no gap over 50 ms. Each
repetition is a fresh process; the figure is the median of the repetitions.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from bench import processes, workload
from bench.report import Figure
from bench.session import GAP_TARGET_MS
from bench.stats import median

HERE = Path(__file__).parent


def _probe(folder: Path) -> dict:
    with tempfile.TemporaryDirectory(prefix="thabat-bench-long-work-") as out:
        finished = processes.run_measured(workload.python_script(HERE / "long_work_probe.py") + [str(folder), out],
                                          workload.env())
    line = next(line for line in finished.output.splitlines() if line.startswith("long_work "))
    return json.loads(line.removeprefix("long_work "))


def long_work(folder: Path, repeat: int) -> list[Figure]:
    workload.returning_user(folder)
    runs = [_probe(folder) for _ in range(repeat)]
    figures = []
    for name in runs[0]:
        failed = next((run[name]["failed"] for run in runs if run[name]["failed"]), "")
        seconds = median([run[name]["seconds"] for run in runs])
        note = ("the floor on this machine now" if name.startswith("none") else
                f"job {seconds:.2f} s off the GUI thread") + (f"; FAILED: {failed}" if failed else "")
        figures.append(Figure(f"long work {name}: longest event-loop gap", median([run[name]["gap_ms"] for run in runs]),
                              "ms", GAP_TARGET_MS, note))
    return figures
