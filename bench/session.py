"""Figures from bench/session_probe.py: event-loop gaps, dialogs, pages' first opens, memory.

Each repetition is a fresh process over the journal; the figure is the median of the repetitions.
On a real X display (Xvfb, when installed) the dialogs and pages pay for real windows, as a user's do;
otherwise the probe runs on Qt's offscreen platform and says so.
"""

from __future__ import annotations

import json
from pathlib import Path

from bench import processes, ready, workload
from bench.report import Figure
from bench.stats import median

HERE = Path(__file__).parent
GAP_TARGET_MS = 50.0
CHARTS_PAGE_TARGET_MS = 300.0
DIALOG_TARGET_RATIO = 2.0  # a dialog opens in at most twice an empty QDialog's time
IDLE_TARGET_MB = 150.0
ALL_PAGES_TARGET_MB = 250.0


def _probe(folder: Path, display: str | None) -> dict:
    env = workload.env() if display is None else workload.env(DISPLAY=display, QT_QPA_PLATFORM="xcb")
    finished = processes.run_measured(workload.python_script(HERE / "session_probe.py") + [str(folder)], env)
    line = next(line for line in finished.output.splitlines() if line.startswith("session "))
    return json.loads(line.removeprefix("session "))


def _runs(folder: Path, repeat: int) -> tuple[list[dict], str]:
    if ready.available():
        with ready.virtual_screen() as display:
            return [_probe(folder, display) for _ in range(repeat)], "Xvfb"
    return [_probe(folder, None) for _ in range(repeat)], "offscreen (no Xvfb)"


def session(folder: Path, repeat: int) -> list[Figure]:
    workload.returning_user(folder)
    runs, where = _runs(folder, repeat)

    def med(*path: str) -> float:
        values = []
        for run in runs:
            value = run
            for key in path:
                value = value[key]
            values.append(value)
        return median(values)

    long_gaps = "; ".join(f"{gap} ms at +{at} ms" for gap_list in (runs[0]["startup_long_gaps"],)
                          for at, gap in gap_list) or "none over 50 ms"
    figures = [
        Figure("start-up: longest event-loop gap", med("startup_gap_ms"), "ms", GAP_TARGET_MS,
               f"first paint → everything loaded; run 1: {long_gaps}"),
        Figure("start-up: ORM ready after first paint", med("orm_ready_after_paint_s"), "s",
               note="on its own thread; the window answers meanwhile"),
        Figure("start-up: interface modules loaded after first paint", med("interface_ready_after_paint_s"), "s",
               note="one an event-loop turn, after the ORM"),
        Figure("start-up: pages built ahead after first paint", med("pages_ahead_after_paint_s"), "s",
               note="then, idle, the other pages' widgets: a step an event-loop turn"),
        Figure("charts prepared (pointer on Charts)", med("charts_prepared_s"), "s",
               note="matplotlib on its own thread, asked for when Charts is near, not at start-up"),
        Figure("charts preparation: longest event-loop gap", med("charts_prepared_gap_ms"), "ms", GAP_TARGET_MS),
    ]
    empty = med("dialogs_ms", "empty QDialog")
    figures.append(Figure("dialog: empty QDialog (floor)", empty, "ms", note=where))
    if "dialogs_cpu_ms" in runs[0]:
        figures.append(Figure("dialog: empty QDialog (floor), GUI-thread CPU", med("dialogs_cpu_ms", "empty QDialog"),
                              "ms"))

    def ratio(kind: str, name: str) -> float:
        """The median over runs of this dialog's time over the empty dialog's of the same run."""
        return median([run[kind][name] / max(run[kind]["empty QDialog"], 1e-6) for run in runs])

    for name in runs[0]["dialogs_ms"]:
        if name == "empty QDialog":
            continue
        target = None if "made on open" in name else DIALOG_TARGET_RATIO  # the fallback: for comparison
        figures.append(Figure(f"dialog: {name}", med("dialogs_ms", name), "ms",
                              None if target is None else target * empty, f"≤ {DIALOG_TARGET_RATIO:g}× the empty QDialog"))
        figures.append(Figure(f"dialog: {name}, × the empty QDialog (wall)", ratio("dialogs_ms", name), "×", target,
                              "the same run's empty QDialog"))
        if "dialogs_cpu_ms" in runs[0]:
            figures.append(Figure(f"dialog: {name}, × the empty QDialog (GUI-thread CPU)",
                                  ratio("dialogs_cpu_ms", name), "×", target, "ask → first paint"))
    for key in runs[0]["pages_ms"]:
        target = CHARTS_PAGE_TARGET_MS if key == "charts" else None
        figures.append(Figure(f"page {key}: first open", med("pages_ms", key), "ms", target, "to its first paint"))
        figures.append(Figure(f"page {key}: filled", med("pages_filled_ms", key), "ms",
                              note="its read, off the GUI thread, ended and shown"))
        figures.append(Figure(f"page {key}: longest event-loop gap", med("page_gaps_ms", key), "ms", GAP_TARGET_MS,
                              "from asking for the page until it is filled and settled"))
    figures += [
        Figure("memory: idle, ORM loaded", med("orm_ready_rss_mb"), "MB", IDLE_TARGET_MB,
               "the window answers everything"),
        Figure("memory: idle after start-up", med("idle_rss_mb"), "MB", IDLE_TARGET_MB,
               "ORM and interface modules loaded; matplotlib not yet"),
        Figure("memory: idle, charts prepared", med("charts_prepared_rss_mb"), "MB",
               note="once Charts was near: matplotlib and numpy loaded"),
        Figure("memory: after visiting every page", med("pages_rss_mb"), "MB", ALL_PAGES_TARGET_MB),
    ]
    return figures
