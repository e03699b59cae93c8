"""The measurements: each takes the journal's folder and a repetition count, and returns Figures."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from bench import processes, workload
from bench.report import Figure
from bench.stats import median, percentile

HERE = Path(__file__).parent

# Arabic and English, whole words, prefixes (as typed, letter by letter) and several words.
QUERIES = ("مقابلة", "مقاب", "المقابلة النهائية", "رفض", "تعلمت الكثير",
           "interview", "interv", "system design", "feedback", "thank you for")


def startup(folder: Path, repeat: int) -> list[Figure]:
    """Launch-to-first-paint of Thabat over the journal, over the same for an empty QMainWindow.

    Thabat runs its packaging smoke test (THABAT_QUIT_AFTER_START=1: Today's data read and shown, a
    line printed when the window first paints, as bench/empty_window.py does, then quit); runs alternate (app, empty, app, ...) so the machine's
    load falls on both alike.
    """
    workload.returning_user(folder)
    app_times, empty_times = [], []
    for _ in range(repeat):
        app_times.append(processes.time_to_line(*_smoke_test(folder), SMOKE_LINE))
        empty_times.append(processes.time_to_line(workload.python_script(HERE / "empty_window.py"), workload.env(),
                                                  "first-paint "))
    app, empty = median(app_times), median(empty_times)
    return [
        Figure("start-up ratio (Thabat / empty window)", app / empty, "", 2.0, "stretch ≤ 1.5"),
        Figure("start-up, Thabat to first paint", app * 1000, "ms"),
        Figure("start-up, empty window to first paint", empty * 1000, "ms"),
    ]


def search_latency(folder: Path, repeat: int) -> list[Figure]:
    """In-process search over the journal, a fresh session per query as the Journal page does."""
    from thabat.app.journal import Journal
    from thabat.app.services.search import search

    journal = Journal.open(folder)
    samples: dict[str, list[float]] = {query: [] for query in QUERIES}
    cpu: list[float] = []  # the process's own CPU time: what the figure would be on an idle machine
    hits: dict[str, int] = {}
    try:
        for query in QUERIES:  # warm the page cache and the imports
            with journal.session() as session:
                hits[query] = len(search(session, query))
        for _ in range(repeat):
            for query in QUERIES:
                started, cpu_started = time.perf_counter(), time.process_time()
                with journal.session() as session:
                    search(session, query)
                samples[query].append((time.perf_counter() - started) * 1000)
                cpu.append((time.process_time() - cpu_started) * 1000)
    finally:
        journal.close()
    everything = [value for values in samples.values() for value in values]
    slowest = max(QUERIES, key=lambda query: percentile(samples[query], 95))
    return [
        Figure("search p50", percentile(everything, 50), "ms", note=f"{len(QUERIES)} queries × {repeat}"),
        Figure("search p95", percentile(everything, 95), "ms", 20.0,
               f"slowest: {slowest!r} p95 {percentile(samples[slowest], 95):.1f} ms, {hits[slowest]} hits"),
        Figure("search p95, CPU time only", percentile(cpu, 95), "ms", 20.0, "without waiting for a shared CPU"),
    ]


def pdf_export(folder: Path, repeat: int) -> list[Figure]:
    """`thabat export pdf` of the whole journal in a subprocess: wall time and the process's peak RSS."""
    times, peaks, pages, crashes = [], [], "", []
    with tempfile.TemporaryDirectory(prefix="thabat-bench-pdf-") as out:
        for n in range(repeat):
            finished = processes.run_measured(
                workload.thabat("--data-dir", str(folder), "export", "pdf", str(Path(out) / f"journal{n}.pdf"),
                                "--today", workload.TODAY.isoformat()),
                workload.env(), crash_after="Wrote ")
            if finished.status:  # e.g. PySide6 6.12 on Python 3.11 frees None at exit after many QPainter calls
                crashes.append(finished.status)
            times.append(finished.seconds)
            peaks.append(finished.peak_rss_mb)
            words = finished.output.split()  # "Wrote 106 pages to …"
            pages = f"{words[words.index('pages') - 1]} pages" if "pages" in words else ""
    if crashes:
        pages += f"; CRASHED at exit after writing the file ({len(crashes)} of {repeat} runs, status {crashes[0]})"
    return [Figure("PDF export, whole journal", median(times), "s", 10.0, pages),
            Figure("PDF export, peak memory", max(peaks), "MB", 400.0,
                   "each run: " + ", ".join(f"{peak:.0f}" for peak in peaks))]


def json_round_trip(folder: Path, repeat: int) -> list[Figure]:
    """`thabat export json`, then `thabat import json` into a fresh folder, both as subprocesses."""
    exports, imports = [], []
    with tempfile.TemporaryDirectory(prefix="thabat-bench-json-") as out:
        backup = Path(out) / "backup.json"
        for n in range(repeat):
            exports.append(processes.run_measured(
                workload.thabat("--data-dir", str(folder), "export", "json", str(backup)), workload.env()).seconds)
            imports.append(processes.run_measured(
                workload.thabat("--data-dir", str(Path(out) / f"restored{n}"), "import", "json", str(backup)),
                workload.env()).seconds)
        size = backup.stat().st_size / 1e6
    return [Figure("JSON export", median(exports), "s", note=f"{size:.1f} MB file"),
            Figure("JSON import into a fresh folder", median(imports), "s")]


def cli_search(folder: Path, repeat: int) -> list[Figure]:
    """`thabat search` as a user runs it: the whole process, its wall and CPU time and its peak memory."""
    times, cpu, peaks = [], [], []
    for _ in range(repeat):
        for query in ("interview", "مقابلة", "system design"):
            finished = processes.run_measured(workload.thabat("--data-dir", str(folder), "search", query),
                                              workload.env())
            times.append(finished.seconds)
            cpu.append(finished.cpu_seconds)
            peaks.append(finished.peak_rss_mb)
    return [Figure("CLI search, whole process", median(times), "s", 0.2, f"CPU time {median(cpu):.2f} s"),
            Figure("CLI search, peak memory", max(peaks), "MB", 50.0)]


SMOKE_LINE = "thabat: first paint"  # ui.application.FIRST_PAINT_LINE (bench does not import the app's GUI)


def _smoke_test(folder: Path) -> tuple[list[str], dict[str, str]]:
    return (workload.thabat("--data-dir", str(folder), "--lang", "en"), workload.env(THABAT_QUIT_AFTER_START="1"))
