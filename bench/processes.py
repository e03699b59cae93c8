"""Launching processes and reading their time and memory (Linux: /proc and wait4)."""

from __future__ import annotations

import os
import pty
import re
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

TIMEOUT_S = 120
CHILD = Path(__file__).with_name("child.py")


@dataclass(frozen=True)
class Update:
    """One line (or carriage-return rewrite) a command wrote to its terminal, when it arrived."""

    at: float
    """Seconds since the launch."""
    cpu: float
    """CPU seconds the command had used by then: rates per CPU second do not depend on the machine's load."""
    text: str


@dataclass(frozen=True)
class Finished:
    seconds: float
    peak_rss_mb: float
    output: str
    status: int = 0
    cpu_seconds: float = 0.0
    """User and system time of the command: what its wall time would be alone on an idle core."""
    terminal: tuple[Update, ...] = ()
    """With `terminal=True`: what the command wrote to its terminal (stderr), update by update."""


def run_measured(command: list[str], env: dict[str, str], crash_after: str | None = None,
                 terminal: bool = False) -> Finished:
    """Run `command` to its end: wall time, its own peak RSS (wait4's rusage), its output.

    The command is started by bench/child.py, a small process, not by this one: a child's peak RSS
    starts from its parent's (see there). A failure raises, except a crash (killed by a signal)
    after printing `crash_after`: the work was done and measured, and the caller reports the crash
    beside the figure. `terminal`: stderr is a terminal (a pty), so the command shows its progress,
    and each update is timed as it arrives (Finished.terminal).
    """
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryDirectory(prefix="thabat-bench-run-") as tmp:
        report = os.path.join(tmp, "report")
        launched = time.perf_counter()
        if terminal:
            updates = _run_on_terminal([sys.executable, str(CHILD), report, *command], env, out, launched)
        else:
            updates = ()
            subprocess.run([sys.executable, str(CHILD), report, *command], env=env, stdout=out,
                           stderr=subprocess.STDOUT, text=True, check=True)
        with open(report, encoding="ascii") as lines:
            seconds, peak_kb, status, cpu = lines.read().split()
        out.seek(0)
        output = out.read() + "".join(update.text + "\n" for update in updates)
    returncode = int(status)
    crashed_when_done = returncode < 0 and crash_after is not None and crash_after in output
    if returncode != 0 and not crashed_when_done:
        raise RuntimeError(f"{' '.join(command)} failed ({returncode}):\n{output}")
    return Finished(float(seconds), int(peak_kb) / 1024, output, returncode, float(cpu), tuple(updates))


def _run_on_terminal(command: list[str], env: dict[str, str], out, launched: float) -> list[Update]:
    """Run `command` (bench/child.py and the command it starts) with stdout to `out` and stderr on a
    pty read as it comes: its timed updates."""
    leader, follower = pty.openpty()
    process = subprocess.Popen(command, env=env, stdin=subprocess.DEVNULL, stdout=out, stderr=follower)
    os.close(follower)
    lines = TerminalLines()
    try:
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # EIO: every writer closed the terminal, the command has ended
                break
            if not chunk:
                break
            lines.feed(chunk, time.perf_counter() - launched, _children_cpu(process.pid))
    finally:
        os.close(leader)
        if process.wait(timeout=TIMEOUT_S) != 0:
            raise subprocess.CalledProcessError(process.returncode, command)
    return lines.ended()


class TerminalLines:
    """What a command writes to its terminal, cut into timed updates at line feeds and carriage returns.

    An update is timed when its text starts to arrive: a progress line is written as "\r" + text, so it
    is ended only by the next one, which may come much later (the last one, only at the very end)."""

    def __init__(self) -> None:
        self.updates: list[Update] = []
        self._pending = b""
        self._begun: tuple[float, float] | None = None  # when the text in _pending started to arrive

    def feed(self, chunk: bytes, at: float, cpu: float) -> None:
        *complete, rest = re.split(rb"[\r\n]", self._pending + chunk)
        if not complete:
            self._pending, self._begun = rest, self._begun or (at, cpu)
            return
        started = [self._begun or (at, cpu)] + [(at, cpu)] * (len(complete) - 1)
        self.updates += [Update(when, used, text.decode(errors="replace").strip())
                         for (when, used), text in zip(started, complete) if text.strip()]
        self._pending, self._begun = rest, (at, cpu) if rest else None

    def ended(self) -> list[Update]:
        """Every update, the unfinished last line included."""
        if self._pending.strip() and self._begun is not None:
            self.updates.append(Update(*self._begun, self._pending.decode(errors="replace").strip()))
        return self.updates


def _children_cpu(pid: int) -> float:
    """User and system seconds used so far by the running children of process `pid` (Linux /proc)."""
    total = 0
    try:
        with open(f"/proc/{pid}/task/{pid}/children", encoding="ascii") as listed:
            children = listed.read().split()
        for child in children:
            with open(f"/proc/{child}/stat", encoding="ascii", errors="replace") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()  # after "pid (name)"
            total += int(fields[11]) + int(fields[12])  # utime, stime: fields 14 and 15 of stat
    except (FileNotFoundError, ProcessLookupError, IndexError):  # a child that just ended
        pass
    return total / os.sysconf("SC_CLK_TCK")


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
