"""Looking back on Today: On This Day and last month's look-back on the month's first check-in,
read from a known journal, and shown, opened and put away through the real widgets."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest
from PySide6.QtCore import Qt
from sqlmodel import select

from thabat.app.views.journal import EntryInput
from thabat.app.views.applications import ApplicationInput, RejectionInput, StageInput
from thabat.app.services.applications import add_application
from thabat.app.services.checkins import record_check_in
from thabat.app.services.entries import create_entry
from thabat.app.services.growth import add_area, set_area_state
from thabat.app.services.looking_back import first_check_in_of_month, month_look_back, on_this_day
from thabat.app.services.rejections import log_rejection
from thabat.app.services.stages import record_stage
from thabat.storage.models import Reflection
from tests.conftest import TODAY
from tests.ui_support import make_context, visible
from thabat.ui.today_page import TodayPage

FIRST_OF_MONTH = date(2026, 12, 1)


def _reflection(session, rejection_id: int, finished: datetime, strength: str, private: bool = False) -> int:
    reflection = Reflection(rejection_id=rejection_id, state="done", strength=strength, private=private,
                            created_at=finished, updated_at=finished, completed_at=finished)
    session.add(reflection)
    session.flush()
    return reflection.id


@pytest.fixture
def remembered(journal):
    """Entries and reflections on the 26th of earlier months, and a busy October 2026."""
    with journal.session() as session:
        ids = {}
        for title, day, private in (("Last month", date(2026, 10, 26), False), ("A year ago", date(2025, 11, 26), False),
                                    ("Yesterday", date(2026, 11, 25), False), ("Kept to myself", date(2024, 11, 26), True)):
            ids[title] = create_entry(session, EntryInput(title, f"{title}, first line\nsecond line", day, private=private),
                                      TODAY).id
        noon = add_application(session, ApplicationInput("Noon", "Analyst", date(2026, 10, 2)), TODAY)
        add_application(session, ApplicationInput("Careem", "Designer", date(2026, 10, 20)), TODAY)
        add_application(session, ApplicationInput("Talabat", "Engineer", date(2026, 9, 30)), TODAY)
        record_stage(session, noon.id, StageInput("interview", date(2026, 10, 9), round=1, kind="phone"), TODAY)
        rejection = log_rejection(session, RejectionInput("Noon", "Analyst", date(2026, 10, 14), "interview"), TODAY)
        ids["reflection"] = _reflection(session, rejection.id, datetime(2026, 8, 26, 10, tzinfo=timezone.utc),
                                        "I asked good questions")
        _reflection(session, rejection.id, datetime(2026, 10, 15, 10, tzinfo=timezone.utc), "I stayed calm\nand clear")
        area = add_area(session, "Salary talks")
        set_area_state(session, area, "resolved", date(2026, 10, 28))
    return journal, ids


def test_on_this_day_brings_back_the_same_date_in_earlier_months_and_years(remembered):
    journal, ids = remembered
    with journal.reader() as db:
        memories = on_this_day(db, TODAY)
    assert [(m.kind, m.id, m.day) for m in memories] == [
        ("entry", ids["Last month"], date(2026, 10, 26)),
        ("reflection", ids["reflection"], date(2026, 8, 26)),
        ("entry", ids["A year ago"], date(2025, 11, 26)),
    ]  # not yesterday's entry, not the private one
    assert memories[0].line == "Last month, first line"
    assert memories[1].title == "Noon — Analyst" and memories[1].line == "I asked good questions"


def test_the_month_look_back_counts_only_that_month(remembered):
    journal, _ids = remembered
    with journal.reader() as db:
        october = month_look_back(db, date(2026, 10, 1))
        september = month_look_back(db, date(2026, 9, 1))
    assert (october.applications, october.interviews, october.reflections) == (2, 1, 1)
    assert october.areas_improved == ("Salary talks",)
    assert october.line == "I stayed calm"
    assert (september.applications, september.interviews, september.reflections, september.line) == (1, 0, 0, "")


def test_the_look_back_waits_for_the_first_check_in_of_the_month(journal):
    with journal.session() as session:
        record_check_in(session, 6, day=date(2026, 11, 3), today=TODAY)
    with journal.reader() as db:
        assert not first_check_in_of_month(db, TODAY)  # none today yet
    with journal.session() as session:
        record_check_in(session, 7, today=TODAY)
    with journal.reader() as db:
        assert not first_check_in_of_month(db, TODAY)  # the 3rd was this month's first
        assert not first_check_in_of_month(db, FIRST_OF_MONTH)
    with journal.session() as session:
        record_check_in(session, 7, today=FIRST_OF_MONTH)
    with journal.reader() as db:
        assert first_check_in_of_month(db, FIRST_OF_MONTH)


def _page(qtbot, journal, folder, lang, today):
    context = make_context(journal, folder, lang)
    context.today = lambda: today
    page = TodayPage(context)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    return page


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_on_this_day_opens_what_it_shows(qtbot, remembered, tmp_path, lang):
    journal, ids = remembered
    page = _page(qtbot, journal, tmp_path, lang, TODAY)
    box = page.on_this_day
    assert box.isVisible() and box.list.count() == 3
    first = visible(box.list.item(0).text())
    assert first.startswith("1 month ago · Last month" if lang == "en" else "قبل شهر واحد · Last month")
    assert visible(box.list.item(2).text()).startswith("1 year ago" if lang == "en" else "قبل سنة واحدة")
    with qtbot.waitSignal(page.open_in_journal_requested) as opened:
        box.list.setCurrentRow(2)
        qtbot.keyClick(box.list, Qt.Key.Key_Return)
    assert opened.args == ["entry", ids["A year ago"]]
    with qtbot.waitSignal(page.open_in_journal_requested) as opened:
        box.list.setCurrentRow(1)
        box.open_button.click()
    assert opened.args == ["reflection", ids["reflection"]]


def test_on_this_day_hides_when_there_is_nothing(qtbot, journal, tmp_path):
    page = _page(qtbot, journal, tmp_path, "en", TODAY)
    assert not page.on_this_day.isVisible() and not page.month_look_back.isVisible()


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_first_check_in_of_a_month_looks_back_and_can_be_put_away(qtbot, remembered, tmp_path, lang):
    journal, _ids = remembered
    with journal.session() as session:  # November, looked back on from 1 December
        add_application(session, ApplicationInput("Anghami", "Writer", date(2026, 11, 12)), TODAY)
    page = _page(qtbot, journal, tmp_path, lang, FIRST_OF_MONTH)
    assert not page.month_look_back.isVisible()
    page.check_in_button.click()
    box = page.month_look_back
    assert box.isVisible()
    text = visible(box.text.text())
    if lang == "en":
        assert visible(box.title.text()) == "Looking back on November 2026"
        assert text.splitlines()[:3] == ["1 application sent", "0 interviews", "0 rejections reflected on"]
    else:
        assert visible(box.title.text()) == "نظرة إلى نوفمبر 2026"
        assert "طلب واحد" in text.splitlines()[0]
    box.put_away.click()
    assert not box.isVisible()
    page.refresh()
    assert not box.isVisible()
    assert page.context.preferences.get("look_back_dismissed") == "2026-11"


def test_the_main_window_opens_a_memory_in_the_journal(qtbot, remembered, isolated_data):
    from thabat.ui.main_window import MainWindow
    from tests.ui_support import switcher

    journal, ids = remembered
    window = MainWindow(make_context(journal, isolated_data, "en"), switcher())
    qtbot.addWidget(window)
    window.show()
    today = window.show_page("today")
    today.on_this_day.list.setCurrentRow(0)
    today.on_this_day.open_button.click()
    journal_page = window.current_page()
    assert journal_page is window.show_page("journal")
    assert journal_page.editor.title_edit.text() == "Last month"
