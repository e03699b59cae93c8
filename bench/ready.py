"""Ready, measured from outside on a real X display: launch → the window answers Ctrl+R with a dialog.

A private Xvfb screen; each run launches the program, waits for its main window to be mapped,
focuses it and presses Ctrl+R with xdotool (XTEST, as a keyboard would), then times until the
"Log a rejection" dialog is mapped. Thabat runs alternate with the floor (bench/floor_window.py: an
empty QMainWindow whose QShortcut shows a QDialog), so the machine's load falls on both alike.
Needs `Xvfb` and `xdotool` (Debian: xvfb xdotool); without them the figures say so.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from bench import workload
from bench.report import Figure
from bench.stats import median

HERE = Path(__file__).parent
POLL_S = 0.01
TIMEOUT_S = 60.0
MAIN_WINDOW = "Thabat"  # "Job search journal — Thabat" and "Thabat floor"
DIALOG = "^Log a rejection"
IDLE_S = 5.0  # after start-up, before the second Ctrl+R: the background loads end within it


def available() -> bool:
    return shutil.which("Xvfb") is not None and shutil.which("xdotool") is not None


@contextmanager
def virtual_screen() -> Iterator[str]:
    """A private Xvfb display (the first free number, chosen by Xvfb itself); yields ":N"."""
    read, write = os.pipe()
    # -noreset: by default Xvfb resets when its last client leaves (the xdotool probe below), and refuses
    # connections while it does; a program launched in that moment died with "could not connect to display".
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp",
                               "-noreset"],
                              pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    try:
        with os.fdopen(read) as numbers:
            number = numbers.readline().strip()
        if not number:
            raise RuntimeError("Xvfb did not start")
        display = f":{number}"
        deadline = time.perf_counter() + 10
        while subprocess.run(["xdotool", "getdisplaygeometry"], env=dict(os.environ, DISPLAY=display),
                             capture_output=True).returncode != 0:  # until it takes connections
            if time.perf_counter() > deadline:
                raise RuntimeError("Xvfb does not answer")
            time.sleep(0.05)
        yield display
    finally:
        server.terminate()
        server.wait(timeout=10)


def _window(display: str, name: str) -> str | None:
    found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", name], env=dict(os.environ, DISPLAY=display),
                           capture_output=True, text=True)
    ids = found.stdout.split()
    return ids[0] if ids else None


def _wait_for_window(display: str, name: str, process: subprocess.Popen, deadline: float) -> str:
    while True:
        window = _window(display, name)
        if window is not None:
            return window
        if process.poll() is not None:
            raise RuntimeError(f"the program ended ({process.returncode}) before showing {name!r}:\n"
                               f"{process.stderr.read() if process.stderr else ''}")
        if time.perf_counter() > deadline:
            raise RuntimeError(f"no window {name!r} after {TIMEOUT_S:g} s")
        time.sleep(POLL_S)


def _unmapped(display: str, name: str, deadline: float) -> None:
    while _window(display, name) is not None:
        if time.perf_counter() > deadline:
            raise RuntimeError(f"{name!r} did not close")
        time.sleep(POLL_S)


def cpu_s(pid: int) -> float:
    """CPU seconds process `pid` has run so far, all its threads (Linux schedstat, in nanoseconds): on a
    loaded machine, what its wall time would be alone on an idle core."""
    total = 0
    for task in os.listdir(f"/proc/{pid}/task"):
        try:
            with open(f"/proc/{pid}/task/{task}/schedstat", encoding="ascii") as stat:
                total += int(stat.read().split()[0])
        except (FileNotFoundError, ProcessLookupError):  # a thread that just ended
            pass
    return total / 1e9


def time_to_ready(command: list[str], env: dict[str, str], display: str, idle_s: float = IDLE_S
                  ) -> tuple[float, float, float, float]:
    """(seconds to the main window mapped, seconds to the dialog mapped after Ctrl+R, both from launch;
    seconds from a second Ctrl+R, `idle_s` after the first dialog was closed, to the dialog mapped;
    CPU seconds the program had used when its dialog was first found mapped)."""
    env = dict(env, DISPLAY=display, QT_QPA_PLATFORM="xcb")
    launched = time.perf_counter()
    deadline = launched + TIMEOUT_S
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        window = _wait_for_window(display, MAIN_WINDOW, process, deadline)
        shown = time.perf_counter() - launched
        # One xdotool run: the focus is set before the key goes (no window manager on Xvfb to do it).
        subprocess.run(["xdotool", "windowfocus", window, "key", "ctrl+r"], env=env, check=True)
        dialog = _wait_for_window(display, DIALOG, process, deadline)
        answered = time.perf_counter() - launched
        cpu = cpu_s(process.pid)
        subprocess.run(["xdotool", "windowfocus", dialog, "key", "Escape"], env=env, check=True)
        _unmapped(display, DIALOG, deadline)
        time.sleep(idle_s)  # the app has loaded what it loads after start-up: the window is idle
        asked = time.perf_counter()
        subprocess.run(["xdotool", "windowfocus", window, "key", "ctrl+r"], env=env, check=True)
        _wait_for_window(display, DIALOG, process, asked + TIMEOUT_S)
        return shown, answered, time.perf_counter() - asked, cpu
    finally:
        process.terminate()
        try:
            process.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.communicate()


def ready(folder: Path, repeat: int, idle_s: float = IDLE_S) -> list[Figure]:
    """Launch → first key answered, Thabat against the floor, medians of alternating runs; and the
    Log-a-rejection dialog opened again on the idle window against the floor's empty QDialog."""
    workload.returning_user(folder)
    names = ("ready ratio (Thabat / floor)", "ready, Thabat: launch to Ctrl+R answered",
             "ready, floor: launch to Ctrl+R answered", "ready, Thabat: launch to window mapped",
             "dialog ratio on an idle window (Log a rejection / empty QDialog)",
             "dialog on an idle window, Thabat: Ctrl+R to Log a rejection mapped",
             "dialog on an idle window, floor: Ctrl+R to empty QDialog mapped",
             "ready in CPU time (Thabat / floor)", "ready, Thabat: CPU from launch to Ctrl+R answered",
             "ready, floor: CPU from launch to Ctrl+R answered")
    targets = {0: 1.5, 4: 2.0, 7: 1.5}
    if not available():
        return [Figure(name, None, "" if n in targets else "ms", targets.get(n), "needs Xvfb and xdotool")
                for n, name in enumerate(names)]
    app_command = workload.thabat("--data-dir", str(folder), "--lang", "en")
    floor_command = workload.python_script(HERE / "floor_window.py")
    app_runs, floor_runs = [], []
    with virtual_screen() as display:
        # One untimed launch of each first: the first launch after a change compiles the changed modules'
        # bytecode (an installed app ships it compiled) and finds the journal's pages on disk, not in memory.
        time_to_ready(app_command, workload.env(), display, 0.0)
        time_to_ready(floor_command, workload.env(), display, 0.0)
        for _ in range(repeat):
            app_runs.append(time_to_ready(app_command, workload.env(), display, idle_s))
            floor_runs.append(time_to_ready(floor_command, workload.env(), display, idle_s))
    app, floor = median([run[1] for run in app_runs]), median([run[1] for run in floor_runs])
    app_dialog, floor_dialog = median([run[2] for run in app_runs]), median([run[2] for run in floor_runs])

    def each(runs, index):
        return "each run: " + ", ".join(f"{run[index] * 1000:.0f}" for run in runs)

    return [Figure(names[0], app / floor, "", 1.5, f"{repeat} runs each, alternating"),
            Figure(names[1], app * 1000, "ms", note=each(app_runs, 1)),
            Figure(names[2], floor * 1000, "ms", note=each(floor_runs, 1)),
            Figure(names[3], median([run[0] for run in app_runs]) * 1000, "ms", note=each(app_runs, 0)),
            Figure(names[4], app_dialog / floor_dialog, "", 2.0, f"{idle_s:g} s after the first dialog closed"),
            Figure(names[5], app_dialog * 1000, "ms", note=each(app_runs, 2)),
            Figure(names[6], floor_dialog * 1000, "ms", note=each(floor_runs, 2)),
            Figure(names[7], median([run[3] for run in app_runs]) / median([run[3] for run in floor_runs]), "", 1.5,
                   "user + system time of all the process's threads; the load does not inflate it"),
            Figure(names[8], median([run[3] for run in app_runs]) * 1000, "ms", note=each(app_runs, 3)),
            Figure(names[9], median([run[3] for run in floor_runs]) * 1000, "ms", note=each(floor_runs, 3))]
