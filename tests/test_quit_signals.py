"""The real app, asked politely to end (SIGTERM, SIGINT, SIGHUP) right after typing: nothing is lost.

Like the SIGKILL test (test_reflection_crash.py), the app runs in a process of its own, offscreen, over
a journal file in a temporary folder; a small script starts it through `ui.application.run` and types
once the event loop runs. The signal comes before the two-second autosave, so only a save on the way
out can keep the text.
"""

from __future__ import annotations

import os
import signal
import textwrap
from pathlib import Path

import pytest

from thabat.app.journal import Journal
from thabat.app.services import entries
from thabat.app.services.reflections import load_reflection
from thabat.app.services.today import draft_reflections
from tests.process_support import running_script

TYPED = "كتبت هذا قبل الخروج مباشرة — typed just before quitting"
EXIT_WAIT_S = 30

# argv: data folder, "entry" or "reflection", text. Prints "typed" once the text is in the editor.
SCRIPT = textwrap.dedent("""
    import sys
    from datetime import date
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from tests.ui_support import type_text
    import thabat.ui.application as application

    folder, editor, text = Path(sys.argv[1]), sys.argv[2], sys.argv[3]

    def type_into(window):
        if editor == "entry":
            page = window.show_page("journal")
            page.new_entry()
            type_text(page.editor.body, text)
            page.editor.private.setChecked(True)
        else:
            from thabat.app.views.applications import RejectionInput
            from thabat.app.services.rejections import log_rejection

            with window.context.journal.session() as session:
                rejection = log_rejection(session, RejectionInput("Careem", "Analyst", date(2026, 11, 20),
                                                                  "interview"), date(2026, 11, 26))
            page = window.open_reflection_for_rejection(rejection.id)
            type_text(page.steps[0].feeling, text)
        print("typed", flush=True)

    app_start = application.start

    def start_then_type(*args, **kwargs):
        window = app_start(*args, **kwargs)
        QTimer.singleShot(0, lambda: type_into(window))  # once the event loop runs
        return window

    application.start = start_then_type
    sys.exit(application.run(folder, "en"))
""")


def _run_and_signal(folder: Path, editor: str, number: int) -> int:
    with running_script(SCRIPT, str(folder), editor, TYPED, ready="typed") as process:
        os.kill(process.pid, number)
        return process.wait(timeout=EXIT_WAIT_S)


@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGINT, signal.SIGHUP], ids=lambda n: n.name)
def test_a_polite_signal_keeps_the_entry_just_typed(isolated_data: Path, number):
    assert _run_and_signal(isolated_data, "entry", number) == 0
    journal = Journal.open(isolated_data)  # "restart": a fresh engine over the file left behind
    try:
        with journal.session() as session:
            [item] = entries.timeline(session, "entry")
            entry = entries.get_entry(session, item.id)
    finally:
        journal.close()
    assert entry.body == TYPED and entry.private


def test_sigterm_keeps_the_reflection_draft_just_typed(isolated_data: Path):
    assert _run_and_signal(isolated_data, "reflection", signal.SIGTERM) == 0
    journal = Journal.open(isolated_data)
    try:
        with journal.reader() as db:  # as Today offers it
            [draft] = draft_reflections(db)
        with journal.session() as session:
            assert load_reflection(session, draft.id).draft.feeling == TYPED
    finally:
        journal.close()
