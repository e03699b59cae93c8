"""A real process typing into a reflection is killed (SIGKILL, no clean exit): the text is still there."""

from __future__ import annotations

import os
import signal
import textwrap
import time
from pathlib import Path

from thabat.app.journal import Journal
from thabat.app.services.reflections import load_reflection
from thabat.app.services.today import draft_reflections
from tests.process_support import running_script

TYPED = "كنت متوترة في المقابلة مع Careem لكنني تعلمت"

# Runs the app's own page offscreen over a journal file: types the text, then keeps the event
# loop running (autosave pending) until it is killed.
SCRIPT = textwrap.dedent("""
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from pathlib import Path
    from datetime import date
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from thabat.app.journal import Journal
    from thabat.app.views.applications import RejectionInput
    from thabat.app.services.rejections import log_rejection
    from thabat.app.services.reflections import start_reflection
    from tests.ui_support import make_context, type_text
    from thabat.ui.reflection_page import ReflectionPage

    folder = Path(sys.argv[1])
    journal = Journal.open(folder)
    with journal.session() as session:
        rejection = log_rejection(session, RejectionInput("Careem", "Analyst", date(2026, 11, 20), "interview"),
                                  date(2026, 11, 26))
        reflection_id = start_reflection(session, rejection.id).id
    page = ReflectionPage(make_context(journal, folder, "ar"))
    page.show()
    page.open(reflection_id)
    type_text(page.steps[0].feeling, sys.argv[2])
    print("typed", flush=True)
    app.exec()
""")


def test_killed_mid_draft_keeps_the_text(isolated_data: Path):
    with running_script(SCRIPT, str(isolated_data), TYPED, ready="typed") as process:
        deadline = time.monotonic() + 20
        found = ""
        while time.monotonic() < deadline and found != TYPED:  # poll until the autosave has fired
            journal = Journal.open(isolated_data)
            try:
                with journal.reader() as db:  # as Today offers it
                    drafts = draft_reflections(db)
                with journal.session() as session:
                    found = load_reflection(session, drafts[0].id).draft.feeling if drafts else ""
            finally:
                journal.close()
            if found != TYPED:
                time.sleep(0.1)
        assert process.poll() is None, "the app exited on its own; it must be killed"
        os.kill(process.pid, signal.SIGKILL)
        assert process.wait(timeout=10) == -signal.SIGKILL

    journal = Journal.open(isolated_data)  # "restart": a fresh engine over the file left behind
    try:
        with journal.reader() as db:
            drafts = draft_reflections(db)
        assert [d.company for d in drafts] == ["Careem"]
        with journal.session() as session:
            assert load_reflection(session, drafts[0].id).draft.feeling == TYPED
    finally:
        journal.close()
