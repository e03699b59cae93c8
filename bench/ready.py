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
POLL_S = 0.005
TIMEOUT_S = 60.0
MAIN_WINDOW = "^Thabat"  # "Thabat — job search journal" and "Thabat floor"
DIALOG = "^Log a rejection"


def available() -> bool:
    return shutil.which("Xvfb") is not None and shutil.which("xdotool") is not None


@contextmanager
def virtual_screen() -> Iterator[str]:
    """A private Xvfb display (the first free number, chosen by Xvfb itself); yields ":N"."""
    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
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


def time_to_ready(command: list[str], env: dict[str, str], display: str) -> tuple[float, float]:
    """(seconds to the main window mapped, seconds to the dialog mapped after Ctrl+R), both from launch."""
    env = dict(env, DISPLAY=display, QT_QPA_PLATFORM="xcb")
    launched = time.perf_counter()
    deadline = launched + TIMEOUT_S
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        window = _wait_for_window(display, MAIN_WINDOW, process, deadline)
        shown = time.perf_counter() - launched
        # One xdotool run: the focus is set before the key goes (no window manager on Xvfb to do it).
        subprocess.run(["xdotool", "windowfocus", window, "key", "ctrl+r"], env=env, check=True)
        _wait_for_window(display, DIALOG, process, deadline)
        return shown, time.perf_counter() - launched
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def ready(folder: Path, repeat: int) -> list[Figure]:
    """Launch → first key answered, Thabat against the floor, medians of alternating runs."""
    names = ("ready ratio (Thabat / floor)", "ready, Thabat: launch to Ctrl+R answered",
             "ready, floor: launch to Ctrl+R answered", "ready, Thabat: launch to window mapped")
    if not available():
        return [Figure(name, None, "ms" if n else "", 1.5 if n == 0 else None, "needs Xvfb and xdotool")
                for n, name in enumerate(names)]
    app_command = workload.thabat("--data-dir", str(folder), "--lang", "en")
    floor_command = workload.python_script(HERE / "floor_window.py")
    app_times, floor_times, shown_times = [], [], []
    with virtual_screen() as display:
        for _ in range(repeat):
            shown, answered = time_to_ready(app_command, workload.env(), display)
            app_times.append(answered)
            shown_times.append(shown)
            floor_times.append(time_to_ready(floor_command, workload.env(), display)[1])
    app, floor = median(app_times), median(floor_times)
    return [Figure(names[0], app / floor, "", 1.5, f"{repeat} runs each, alternating"),
            Figure(names[1], app * 1000, "ms", note="each run: " + ", ".join(f"{t * 1000:.0f}" for t in app_times)),
            Figure(names[2], floor * 1000, "ms", note="each run: " + ", ".join(f"{t * 1000:.0f}" for t in floor_times)),
            Figure(names[3], median(shown_times) * 1000, "ms")]
