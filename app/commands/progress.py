"""Long commands on a terminal: what they are doing on one line of stderr, and Ctrl+C to stop them.

The same steps the app's progress dialog shows (app/progress_text.py), rewritten in place with a
carriage return; nothing at all when stderr is not a terminal (a pipe, a log file, cron). Ctrl+C
raises KeyboardInterrupt inside the job, which leaves nothing half-written on its way out (temporary
files removed, the transaction rolled back); `cli` then exits with status 130.
"""

from __future__ import annotations

import sys
from contextlib import contextmanager
from typing import Iterator

from thabat.app.runtime.long_work import Job, Step
from thabat.app.text.translation import translate


LINE_PREFIX = "thabat-step "
"""With `lines`, each step is written as `thabat-step WHAT DONE TOTAL` (app/export/pdf_process.py reads them)."""


@contextmanager
def terminal_job(lines: bool = False) -> Iterator[Job]:
    """A Job whose steps are shown on stderr when it is a terminal; the line is ended afterwards.

    `lines`: every step as one machine-readable line instead, terminal or not (for the app's child process)."""
    if lines:
        yield Job(lambda step: print(f"{LINE_PREFIX}{step.what} {step.done} {step.total}", file=sys.stderr, flush=True))
        return
    shown = sys.stderr.isatty()
    width = [0]

    def report(step: Step) -> None:
        from thabat.app.text.progress import describe

        text = describe(step, isolated=False)
        print("\r" + text.ljust(width[0]), end="", file=sys.stderr, flush=True)
        width[0] = max(width[0], len(text))

    try:
        yield Job(report if shown else None)
    finally:
        if shown and width[0]:
            print("\r" + " " * width[0] + "\r", end="", file=sys.stderr, flush=True)


def interrupted_message() -> str:
    return translate("CommandLine", "thabat: stopped; nothing was written")
