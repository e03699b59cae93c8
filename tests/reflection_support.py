"""Building a reflection page over a journal with one rejection, for the widget tests."""

from __future__ import annotations

from datetime import date

from thabat.app.services.reflections import choose_mode, start_reflection
from thabat.app.services.rejections import log_rejection
from thabat.app.views.applications import RejectionInput
from tests.conftest import TODAY
from tests.ui_support import make_context

from thabat.ui.reflection_page import ReflectionPage


def reflection_on(journal, stage: str = "interview", company: str = "Careem", interviewer: str = "Sara",
                  mode: str | None = "full") -> int:
    """A new reflection on a new rejection, written in `mode` (None: not chosen yet, as the app starts one)."""
    with journal.session() as session:
        rejection = log_rejection(session, RejectionInput(company, "Data Analyst", date(2026, 11, 20), stage,
                                                          applied_on=date(2026, 10, 1), interviewer=interviewer), TODAY)
        reflection_id = start_reflection(session, rejection.id).id
        if mode is not None:
            choose_mode(session, reflection_id, mode)
        return reflection_id


def open_page(qtbot, journal, folder, lang: str, reflection_id: int) -> ReflectionPage:
    page = ReflectionPage(make_context(journal, folder, lang))
    # The journal fixture is closed before qtbot closes widgets: no autosave may be left pending.
    qtbot.addWidget(page, before_close_func=lambda closing: closing.timer.stop())
    page.resize(1000, 800)
    with qtbot.waitActive(page):  # shortcuts (Esc, Ctrl+S) need the focus in an active window
        page.show()
        page.activateWindow()
    page.open(reflection_id)
    return page
