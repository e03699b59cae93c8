"""What the long-work tests share: a journal on disk with something in it, the main window on screen,
a job started through the interface and waited for, and the messages a job would have shown."""

from __future__ import annotations

from pathlib import Path

from thabat.app.journal import Journal
from tests.export_support import build_bilingual_journal
from tests.ui_support import switcher


def filled_journal(folder: Path, reflections: int = 3) -> Journal:
    """A journal in `folder` with applications, rejections and `reflections` reflections in both languages."""
    journal = Journal.open(folder)
    with journal.session() as session:
        build_bilingual_journal(session, reflections=reflections)
    return journal


def window_on_screen(qtbot, context):
    """The main window over `context`, shown."""
    from thabat.ui.main_window import MainWindow

    window = MainWindow(context, switcher())
    qtbot.addWidget(window)
    window.show()
    return window


def job_outcome(qtbot, context, start) -> object:
    """Start a job through the interface (`start()`), wait for it to end, return its Outcome."""
    with qtbot.waitSignal(context.long_work.finished, timeout=60_000) as ended:
        start()
    return ended.args[0]


def no_dialogs_shown(monkeypatch, actions) -> list[str]:
    """What the export and import actions would have told the user, instead of telling it."""
    told: list[str] = []
    monkeypatch.setattr(actions, "_tell", lambda text, warning=False, open_path=None: told.append(text))
    return told
