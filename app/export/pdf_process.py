"""The app's PDF export, in a process of its own (`thabat export pdf`), watched from a job's thread.

Why not on the job's thread itself: PySide6 keeps Python's global lock through Qt's long calls, and
the PDF is made of a few very long ones (for five years of journal, measured with a ticking thread:
`QTextDocument.setHtml` 0.8 s, laying it out 2.9 s, the PDF writer's end about 1 s). On a thread of
the app, every Python slot of the window (a click, a key, the progress bar) would wait that long. A
child process shares no lock: the job's thread only reads the child's progress lines (waiting on a
pipe releases the lock) and passes them on. Cancel sends the child an interrupt, which it handles
as Ctrl+C: it stops at its next step and leaves no file (app/export/atomic.py), exit status 130.
"""

from __future__ import annotations

import os
import selectors
import signal
import subprocess
import sys
from pathlib import Path

from thabat.app.cli import thabat_command
from thabat.app.commands.progress import LINE_PREFIX
from thabat.app.errors import UserError
from thabat.app.runtime.long_work import Cancelled, Job, job_or_new

POLL_S = 0.05
"""How often the cancel request is looked at while the child works."""


def export_command(folder: Path, target: str | os.PathLike, options, messages_lang: str) -> list[str]:
    """The `thabat export pdf` command line that writes `options` (PdfOptions) to `target`."""
    command = [*thabat_command(), "--lang", messages_lang, "--data-dir", str(folder), "export", "pdf", str(target),
               "--lang", options.lang, "--paper", options.paper, "--sections", ",".join(options.sections),
               "--today", options.today.isoformat(), "--parts", options.parts, "--progress-lines"]
    if options.start is not None:
        command += ["--from", options.start.isoformat()]
    if options.end is not None:
        command += ["--to", options.end.isoformat()]
    if not options.include_private:
        command.append("--no-private")
    return command


def export_pdf_in_child(folder: Path, target: str | os.PathLike, options, messages_lang: str,
                        job: Job | None = None) -> int:
    """Write the PDF through a child process; returns the page count. Cancelled, or a UserError with the
    child's own one-line message; the name, calendar and digits are the saved settings', as in the app."""
    job = job_or_new(job)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    child = subprocess.Popen(export_command(folder, target, options, messages_lang), stdin=subprocess.DEVNULL,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    said: list[str] = []
    pages = 0
    interrupted = False
    with selectors.DefaultSelector() as selector:
        selector.register(child.stderr, selectors.EVENT_READ)
        pending = b""
        while True:
            if job.cancelled and not interrupted:
                interrupted = True
                child.send_signal(signal.SIGINT if sys.platform != "win32" else signal.SIGTERM)
            if not selector.select(POLL_S):
                continue
            chunk = os.read(child.stderr.fileno(), 65536)
            if not chunk:
                break
            *lines, pending = (pending + chunk).split(b"\n")
            for raw in lines:
                line = raw.decode("utf-8", errors="replace")
                if line.startswith(LINE_PREFIX):
                    what, done, total = line.removeprefix(LINE_PREFIX).split()
                    job.report(what, int(done), int(total))
                    pages = int(total) if what == "page" else pages
                elif line.strip():
                    said.append(line.strip())
    child.stderr.close()
    status = child.wait()
    if status == 0:
        return pages
    if interrupted:
        raise Cancelled()
    if status == 2 and said:
        raise UserError(said[-1].removeprefix("thabat: "))
    raise RuntimeError(f"the PDF export process ended with status {status}: {' / '.join(said[-5:])}")
