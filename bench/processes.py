"""Launching processes and reading their time and memory (Linux: /proc and wait4)."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

TIMEOUT_S = 120
CHILD = Path(__file__).with_name("child.py")


@dataclass(frozen=True)
class Finished:
    seconds: float
    peak_rss_mb: float
    output: str
    status: int = 0
    cpu_seconds: float = 0.0  # user + system: what the wall time would be on an idle machine, roughly


def run_measured(command: list[str], env: dict[str, str], crash_after: str | None = None) -> Finished:
    """Run `command` to its end: wall time, its own peak RSS (wait4's rusage), its output.

    The command is started by bench/child.py, a small process, not by this one: a child's peak RSS
    starts from its parent's (see there). A failure raises, except a crash (killed by a signal)
    after printing `crash_after`: the work was done and measured, and the caller reports the crash
    beside the figure.
    """
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryDirectory(prefix="thabat-bench-run-") as tmp:
        report = os.path.join(tmp, "report")
        subprocess.run([sys.executable, str(CHILD), report, *command], env=env, stdout=out, stderr=subprocess.STDOUT,
                       text=True, check=True)
        with open(report, encoding="ascii") as lines:
            seconds, peak_kb, status, cpu = lines.read().split()
        out.seek(0)
        output = out.read()
    returncode = int(status)
    crashed_when_done = returncode < 0 and crash_after is not None and crash_after in output
    if returncode != 0 and not crashed_when_done:
        raise RuntimeError(f"{' '.join(command)} failed ({returncode}):\n{output}")
    return Finished(float(seconds), int(peak_kb) / 1024, output, returncode, float(cpu))


def time_to_line(command: list[str], env: dict[str, str], marker: str) -> float:
    """Seconds from launching `command` to the arrival of its first output line starting with `marker`.

    The program prints the line once its window is painted and then quits by itself (Thabat with
    THABAT_QUIT_AFTER_START=1, the packaging smoke test; bench/empty_window.py always).
    """
    launched = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    arrived = None
    for line in process.stdout:
        if arrived is None and line.startswith(marker):
            arrived = time.perf_counter()
    _out, errors = process.communicate(timeout=TIMEOUT_S)
    if process.returncode != 0 or arrived is None:
        raise RuntimeError(f"{' '.join(command)} did not report its first paint ({process.returncode}):\n{errors}")
    return arrived - launched


def rss_after_mb(command: list[str], env: dict[str, str], seconds: float) -> float:
    """VmRSS of `command` `seconds` after its launch; the process is then ended."""
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        time.sleep(seconds)
        if process.poll() is not None:
            raise RuntimeError(f"{' '.join(command)} ended early ({process.returncode})")
        return vm_rss_mb(process.pid)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def vm_rss_mb(pid: int) -> float:
    with open(f"/proc/{pid}/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError(f"no VmRSS for process {pid}")
