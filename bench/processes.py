"""Launching processes and reading their time and memory (Linux: /proc and wait4)."""

from __future__ import annotations

import os
import subprocess
import tempfile
import time
from dataclasses import dataclass

FIRST_PAINT = "first-paint "
TIMEOUT_S = 120


@dataclass(frozen=True)
class Finished:
    seconds: float
    peak_rss_mb: float
    output: str
    status: int = 0


def run_measured(command: list[str], env: dict[str, str], crash_after: str | None = None) -> Finished:
    """Run `command` to its end: wall time, its own peak RSS (wait4's rusage), its output.

    A failure raises, except a crash (killed by a signal) after printing `crash_after`: the work was
    done and measured, and the caller reports the crash beside the figure.
    """
    with tempfile.TemporaryFile("w+") as out:
        started = time.perf_counter()
        process = subprocess.Popen(command, env=env, stdout=out, stderr=subprocess.STDOUT, text=True)
        _pid, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)  # reaped here, so Popen must not wait again
        out.seek(0)
        output = out.read()
    crashed_when_done = process.returncode < 0 and crash_after is not None and crash_after in output
    if process.returncode != 0 and not crashed_when_done:
        raise RuntimeError(f"{' '.join(command)} failed ({process.returncode}):\n{output}")
    return Finished(seconds, usage.ru_maxrss / 1024, output, process.returncode)


def time_to_first_paint(command: list[str], env: dict[str, str]) -> float:
    """Seconds from launching `command` to the `first-paint <time>` line it prints; it quits by itself."""
    launched = time.time()
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=TIMEOUT_S)
    painted = _first_paint(result.stdout)
    if result.returncode != 0 or painted is None:
        raise RuntimeError(f"{' '.join(command)} did not report its first paint ({result.returncode}):\n"
                           f"{result.stdout}{result.stderr}")
    return painted - launched


def idle_rss_mb(command: list[str], env: dict[str, str], settle_s: float) -> float:
    """VmRSS of `command` `settle_s` seconds after its first paint; the process is then ended."""
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        deadline = time.monotonic() + TIMEOUT_S
        line = ""
        while not line.startswith(FIRST_PAINT):
            line = process.stdout.readline()
            if not line and process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"{' '.join(command)} ended or hung before its first paint")
        time.sleep(settle_s)
        return vm_rss_mb(process.pid)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        process.stdout.close()


def vm_rss_mb(pid: int) -> float:
    with open(f"/proc/{pid}/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError(f"no VmRSS for process {pid}")


def _first_paint(output: str) -> float | None:
    for line in output.splitlines():
        if line.startswith(FIRST_PAINT):
            return float(line[len(FIRST_PAINT):])
    return None
