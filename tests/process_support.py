"""Thabat in a child process for tests: a command on a pseudo-terminal (so it shows progress), or a
script that drives the app, each stopped midway by a signal and never left running."""

from __future__ import annotations

import os
import pty
import select
import signal
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parent.parent


def on_a_terminal(command: list[str], stop_when: bytes | None = None,
                  stop_with: signal.Signals = signal.SIGINT) -> tuple[subprocess.Popen, bytes]:
    """Run `thabat …` with stderr on a pseudo-terminal until it ends; once `stop_when` appears on the
    terminal, send it `stop_with` (Ctrl+C's SIGINT unless told). Returns the ended process and all it wrote."""
    thabat = Path(sys.executable).parent / "thabat"
    leader, follower = pty.openpty()
    process = subprocess.Popen([str(thabat), *command], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                               stderr=follower, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    os.close(follower)
    seen = b""
    try:
        while True:
            ready, _, _ = select.select([leader], [], [], 60)
            if not ready:
                break
            try:
                chunk = os.read(leader, 4096)
            except OSError:  # the terminal closed: the command ended
                break
            if not chunk:
                break
            seen += chunk
            if stop_when is not None and stop_when in seen:
                process.send_signal(stop_with)
                stop_when = None
        process.wait(timeout=120)
    finally:
        os.close(leader)
        if process.poll() is None:
            process.kill()
            process.wait(timeout=10)
    return process, seen


@contextmanager
def running_script(script: str, *args: str, ready: str) -> Iterator[subprocess.Popen]:
    """Python running `script` with `args` (offscreen, this checkout importable), once it has printed
    the line `ready`; on leaving, killed if it still runs and its pipes closed."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    process = subprocess.Popen([sys.executable, "-c", script, *args], cwd=ROOT, env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert process.stdout.readline().strip() == ready, process.stderr.read()
        yield process
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=10)
        process.stdout.close()
        process.stderr.close()
