"""Today, driven with qtbot in English and Arabic: due items, done and snooze, check-in, figures, rest."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from thabat.app.services import applications, checkins, growth, rejections, today as today_service
from thabat.app.views.applications import ApplicationInput, RejectionInput
from thabat.storage.database import dbapi_connection as db
from thabat.storage.models import Reflection
from tests.conftest import TODAY
from tests.ui_support import today_page, visible

from thabat.app.preferences import Preferences
from thabat.ui.form import to_qdate

LANGS = ["en", "ar"]



def _seed(journal):
    with journal.session() as session:
        rejections.log_rejection(session, RejectionInput(
            company="Careem", role="Analyst", received_on=date(2026, 11, 20), stage="screening"), TODAY)
        rejections.log_rejection(session, RejectionInput(
            company="Noon", role="Engineer", received_on=date(2026, 11, 25), stage="screening"), TODAY)  # due 27th
        growth.add_action(session, "Practise STAR answers", TODAY)
        growth.add_action(session, "Later thing", TODAY + timedelta(days=3))


def _texts(page):
    return [page.due_list.item(i).text() for i in range(page.due_list.count())]


@pytest.mark.parametrize("lang", LANGS)
def test_due_items_are_the_right_ones(qtbot, journal, isolated_data, lang):
    _seed(journal)
    page = today_page(qtbot, journal, isolated_data, lang)
    texts = _texts(page)
    assert len(texts) == 2
    assert any("Careem" in t for t in texts) and any("STAR" in t for t in texts)
    assert not any("Noon" in t or "Later" in t for t in texts)
    if lang == "ar":
        assert any("\u0600" <= ch <= "\u06ff" for ch in texts[0])


@pytest.mark.parametrize("lang", LANGS)
def test_done_removes_the_item(qtbot, journal, isolated_data, lang):
    _seed(journal)
    page = today_page(qtbot, journal, isolated_data, lang)
    page.due_list.setCurrentRow(0)
    qtbot.mouseClick(page.done_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.due_list.count() == 1)
    with journal.session() as session:
        assert rejections.get_rejection(session, 1).replied_on == TODAY


@pytest.mark.parametrize("button", ["snooze_day_button", "snooze_week_button"])
def test_snooze_hides_until_then(qtbot, journal, isolated_data, button):
    _seed(journal)
    page = today_page(qtbot, journal, isolated_data, "en")
    page.due_list.setCurrentRow(1)
    snoozed = page._selected()
    qtbot.mouseClick(getattr(page, button), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.due_list.count() == 1)
    days = 1 if button == "snooze_day_button" else 7
    page.context.today = lambda: TODAY + timedelta(days=days)
    page.refresh()
    assert (snoozed.kind, snoozed.id) in {(i.kind, i.id) for i in page._items}


def test_custom_snooze_date(qtbot, journal, isolated_data):
    _seed(journal)
    page = today_page(qtbot, journal, isolated_data, "ar")
    page.due_list.setCurrentRow(0)
    page.snooze_date.setDate(to_qdate(date(2026, 12, 5)))
    qtbot.mouseClick(page.snooze_date_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.due_list.count() == 1)
    page.context.today = lambda: date(2026, 12, 4)
    page.refresh()
    assert not any("Careem" in t for t in _texts(page))
    page.context.today = lambda: date(2026, 12, 5)
    page.refresh()
    assert any("Careem" in t for t in _texts(page))


@pytest.mark.parametrize("lang", LANGS)
def test_check_in_once_a_day_then_editable(qtbot, journal, isolated_data, lang):
    page = today_page(qtbot, journal, isolated_data, lang)
    page.score.set_value(4)
    qtbot.keyClicks(page.check_in_note, "tired")
    qtbot.mouseClick(page.check_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.check_in_status.text() != "")
    update_text = page.check_in_button.text()
    page.score.set_value(7)
    qtbot.mouseClick(page.check_in_button, Qt.MouseButton.LeftButton)
    with journal.session() as session:
        assert today_service.check_in_for(db(session), TODAY).score == 7
        assert len(checkins.recent_check_ins(session, TODAY)) == 1
    assert update_text == page.check_in_button.text() != ""


@pytest.mark.parametrize("lang", LANGS)
def test_week_progress_and_figure(qtbot, journal, isolated_data, lang):
    with journal.session() as session:
        for day in (23, 24, 26):  # Monday 23 November onwards
            applications.add_application(session, ApplicationInput(f"Co{day}", "x", date(2026, 11, day)), TODAY)
        applications.add_application(session, ApplicationInput("Old", "x", date(2026, 11, 20)), TODAY)
    page = today_page(qtbot, journal, isolated_data, lang)
    assert page.week_bar.value() == 3 and page.week_bar.maximum() == 5
    assert "4" in page.figure.text()
    if lang == "en":
        assert visible(page.figure.text()) == "4 applications so far. Each one is practice."


@pytest.mark.parametrize("lang", LANGS)
def test_rest_suggestion_after_three_low_days_and_not_after_dismissal(qtbot, journal, isolated_data, lang):
    with journal.session() as session:
        for back in range(3):
            checkins.record_check_in(session, 2, day=TODAY - timedelta(days=back), today=TODAY)
    page = today_page(qtbot, journal, isolated_data, lang)
    assert page.rest_box.isVisible()
    assert ("ثقتك" if lang == "ar" else "check-ins have been low") in page.rest_text.text()
    qtbot.mouseClick(page.rest_dismiss, Qt.MouseButton.LeftButton)
    assert not page.rest_box.isVisible()
    assert Preferences(isolated_data).get("rest_dismissed_on") == TODAY.isoformat()
    page.refresh()
    assert not page.rest_box.isVisible()
    page.context.today = lambda: TODAY + timedelta(days=7)
    with journal.session() as session:
        for back in range(3):
            checkins.record_check_in(session, 1, day=TODAY + timedelta(days=7 - back), today=TODAY + timedelta(days=7))
    page.refresh()
    assert page.rest_box.isVisible()


def test_no_rest_suggestion_on_good_days(qtbot, journal, isolated_data):
    with journal.session() as session:
        for back, score in enumerate((2, 8, 2)):
            checkins.record_check_in(session, score, day=TODAY - timedelta(days=back), today=TODAY)
    page = today_page(qtbot, journal, isolated_data, "en")
    assert not page.rest_box.isVisible()


@pytest.mark.parametrize("lang", LANGS)
def test_resume_emits_the_draft_id(qtbot, journal, isolated_data, lang):
    with journal.session() as session:
        view = rejections.log_rejection(session, RejectionInput(
            company="Talabat", role="PM", received_on=date(2026, 11, 1), stage="interview", round=2), TODAY)
        draft = Reflection(rejection_id=view.id, state="draft")
        session.add(draft)
        session.flush()
        draft_id = draft.id
    page = today_page(qtbot, journal, isolated_data, lang)
    assert page.drafts_box.isVisible() and "Talabat" in page.drafts_list.item(0).text()
    page.drafts_list.setCurrentRow(0)
    with qtbot.waitSignal(page.resume_reflection_requested) as signal:
        qtbot.mouseClick(page.resume_button, Qt.MouseButton.LeftButton)
    assert signal.args == [draft_id]
