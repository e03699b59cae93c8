"""A whole job search from an empty journal, through the real dialogs: two applications, screening,
interviews with an interviewer, a rejection at the onsite round, an offer; then the figures the
charts and Today's encouragement are made of, computed from what the dialogs recorded."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from thabat.app.charts.data import Period, application_counts, funnel
from thabat.app.services.applications import get_application, list_applications
from thabat.app.services.contacts import add_contact
from thabat.app.services.encouragement import interview_rates
from thabat.app.views.contacts import ContactInput
from thabat.storage.database import dbapi_connection
from tests.conftest import TODAY
from tests.ui_support import make_context, shown, type_text

from thabat.ui.application_dialog import ApplicationDialog
from thabat.ui.applications_page import ApplicationsPage
from thabat.ui.rejection_dialog import RejectionDialog
from thabat.ui.stage_dialog import StageDialog


def _save(qtbot, dialog):
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert not dialog.error.isVisible(), dialog.error.text()


def _add_application(qtbot, context, company, role, day):
    dialog = ApplicationDialog(context)
    qtbot.addWidget(dialog)
    type_text(dialog.company, company)
    type_text(dialog.role, role)
    dialog.applied_on.setDate(QDate(day.year, day.month, day.day))
    _save(qtbot, dialog)
    return dialog.saved_id


def _stage(qtbot, context, app_id, stage, day, *, kind=None, round_=None, at=None, people=(), answer=None,
           note=""):
    dialog = shown(qtbot, StageDialog(context, app_id))  # and its contacts read
    dialog.stage.setCurrentIndex(dialog.stage.findData(stage))
    dialog.occurred_on.setDate(QDate(day.year, day.month, day.day))
    if kind:
        dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
    if round_:
        dialog.round.setValue(round_)
    if at:
        dialog.timed.setChecked(True)
        dialog.starts_at.setTime(QTime(*at))
    for index in range(dialog.interviewers.count()):
        item = dialog.interviewers.item(index)
        if item.text() in people or any(name in item.text() for name in people):
            item.setCheckState(Qt.CheckState.Checked)
    if answer:
        dialog.answer.setCurrentIndex(dialog.answer.findData(answer))
    if note:
        type_text(dialog.note, note)
    _save(qtbot, dialog)
    return dialog


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_a_whole_search_from_an_empty_journal_fills_the_figures(qtbot, journal, isolated_data, lang):
    context = make_context(journal, isolated_data, lang)
    with journal.session() as session:
        add_contact(session, ContactInput(name="سارة العتيبي", company="Careem"))

    careem = _add_application(qtbot, context, "Careem", "Data Analyst", date(2026, 10, 1))
    _stage(qtbot, context, careem, "screening", date(2026, 10, 5))
    _stage(qtbot, context, careem, "interview", date(2026, 10, 12), kind="technical", round_=1, at=(10, 30),
           people=("سارة العتيبي",), note="راجع SQL")
    _stage(qtbot, context, careem, "interview", date(2026, 10, 20), kind="onsite", round_=2)
    rejected = _stage(qtbot, context, careem, "rejected", date(2026, 10, 28))
    assert rejected.reached.currentData() == "interview"  # the furthest stage the history reached

    noon = _add_application(qtbot, context, "Noon", "Backend Engineer", date(2026, 10, 3))
    _stage(qtbot, context, noon, "screening", date(2026, 10, 6))
    _stage(qtbot, context, noon, "interview", date(2026, 10, 15), kind="final")
    _stage(qtbot, context, noon, "offer", date(2026, 10, 22), answer="accepted")
    _add_application(qtbot, context, "stc", "مهندس", date(2026, 10, 7))  # still waiting

    with journal.session() as session:
        first = get_application(session, careem)
        steps = [(s.stage, s.kind, s.round) for s in first.stages]
        assert steps == [("applied", "", None), ("screening", "", None), ("interview", "technical", 1),
                         ("interview", "onsite", 2), ("rejected", "", None)]
        assert first.stages[2].starts_at.strftime("%H:%M") == "10:30"
        assert [p.name for p in first.stages[2].interviewers] == ["سارة العتيبي"]
        assert (first.rejection.stage, first.rejection.round) == ("interview", 2)
        assert {r.company: r.outcome for r in list_applications(session)} == {
            "Careem": "rejected", "Noon": "offer", "stc": "pending"}
        # The figures the charts and Today's encouragement are drawn from:
        assert funnel(session, Period(None, TODAY)).counts == (3, 2, 2, 1, 1)
        counts = application_counts(session, Period(date(2026, 9, 28), TODAY), context.date_style(), "month")
        assert {outcome: sum(values) for outcome, values in counts.counts.items() if sum(values)} == {
            "rejected": 1, "offer": 1, "pending": 1}
        this_quarter, _ = interview_rates(dbapi_connection(session), TODAY)
        assert (this_quarter.applications, this_quarter.interviews) == (3, 2)


def test_the_detail_pane_lists_the_history_and_edits_and_deletes_steps(qtbot, journal, isolated_data, monkeypatch):
    context = make_context(journal, isolated_data, "en")
    app_id = _add_application(qtbot, context, "Careem", "Data Analyst", date(2026, 10, 1))
    _stage(qtbot, context, app_id, "screening", date(2026, 10, 5), note="HR call")
    _stage(qtbot, context, app_id, "interview", date(2026, 12, 3), kind="phone", at=(9, 0))  # scheduled ahead
    page = ApplicationsPage(context)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    page.select(app_id)
    texts = [page.history.item(i).text() for i in range(page.history.count())]
    assert len(texts) == 3 and "HR call" in texts[1] and "Phone interview" in texts[2] and "09:00" in texts[2]
    page.history.setCurrentRow(0)
    assert not page.delete_step_button.isEnabled()  # the first step stays
    page.history.setCurrentRow(1)
    assert page.delete_step_button.isEnabled()
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    page.delete_step()
    page.refresh()
    page.select(app_id)
    assert page.history.count() == 2
    with journal.session() as session:
        assert get_application(session, app_id).row.outcome == "interview"


def test_a_future_screening_is_refused_inline_and_nothing_is_saved(qtbot, journal, isolated_data):
    context = make_context(journal, isolated_data, "ar")
    app_id = _add_application(qtbot, context, "Careem", "Data Analyst", date(2026, 10, 1))
    dialog = StageDialog(context, app_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.stage.setCurrentIndex(dialog.stage.findData("screening"))
    dialog.occurred_on.setDate(QDate(2026, 12, 30))
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert dialog.error.isVisible() and dialog.error.text() == "هذا التاريخ في المستقبل."
    with journal.session() as session:
        assert [s.stage for s in get_application(session, app_id).stages] == ["applied"]


@pytest.mark.parametrize("lang, unknown", [("en", "date unknown"), ("ar", "التاريخ غير معروف")])
def test_a_rejection_for_a_new_company_leaves_the_application_date_unknown(qtbot, journal, isolated_data, lang,
                                                                            unknown):
    context = make_context(journal, isolated_data, lang)
    dialog = RejectionDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.applied_unknown.isVisible() and dialog.applied_on is None  # its date field: made when asked for
    type_text(dialog.company, "شركة الأفق")
    _save(qtbot, dialog)
    with journal.session() as session:
        (row,) = list_applications(session)
    assert row.applied_on is None
    page = ApplicationsPage(context)
    qtbot.addWidget(page)
    page.refresh()
    assert page.model.index(0, 2).data() == unknown


def test_a_rejection_for_a_new_company_takes_the_date_the_user_gives(qtbot, journal, isolated_data):
    dialog = RejectionDialog(make_context(journal, isolated_data, "en"))
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.company, "Acme")
    dialog.applied_known.setChecked(True)
    dialog.applied_on.setDate(QDate(2026, 11, 2))
    _save(qtbot, dialog)
    with journal.session() as session:
        assert [r.applied_on for r in list_applications(session)] == [date(2026, 11, 2)]
