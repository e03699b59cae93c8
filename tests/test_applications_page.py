"""Applications page and its dialogs, driven with qtbot in both languages."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from thabat.app.services.applications import add_application, list_applications
from thabat.app.services.rejections import log_rejection
from thabat.app.views.applications import ApplicationInput, RejectionInput
from tests.conftest import TODAY
from tests.ui_support import make_context, type_text

from thabat.ui.application_dialog import ApplicationDialog
from thabat.ui.applications_model import ROW_ROLE
from thabat.ui.applications_page import ApplicationsPage
from thabat.ui.rejection_dialog import RejectionDialog


def _page(qtbot, journal, folder, lang="en"):
    page = ApplicationsPage(make_context(journal, folder, lang))
    qtbot.addWidget(page)
    page.show()
    return page


def _save(qtbot, dialog):
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_add_an_application_through_the_dialog(qtbot, journal, isolated_data, lang):
    context = make_context(journal, isolated_data, lang)
    dialog = ApplicationDialog(context)
    qtbot.addWidget(dialog)
    type_text(dialog.company, "شركة الأفق")
    qtbot.keyClicks(dialog.role, "Backend Engineer")
    dialog.applied_on.setDate(QDate(2026, 11, 2))
    _save(qtbot, dialog)
    with journal.session() as session:
        rows = list_applications(session)
    assert [(r.company, r.role, r.applied_on) for r in rows] == [("شركة الأفق", "Backend Engineer", date(2026, 11, 2))]


@pytest.mark.parametrize("lang, message", [("en", "This field cannot be empty."), ("ar", "لا يمكن ترك هذا الحقل فارغًا.")])
def test_empty_company_gets_an_inline_message_and_saves_nothing(qtbot, journal, isolated_data, lang, message):
    dialog = ApplicationDialog(make_context(journal, isolated_data, lang))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.role, "Analyst")
    _save(qtbot, dialog)
    assert dialog.error.isVisible()
    assert dialog.error.text() == message
    assert dialog.role.text() == "Analyst"  # what was typed is kept
    with journal.session() as session:
        assert list_applications(session) == []


def test_rejection_dated_before_its_application_is_explained(qtbot, journal, isolated_data):
    with journal.session() as session:
        add_application(session, ApplicationInput("Noon", "Analyst", date(2026, 11, 10)), TODAY)
    dialog = RejectionDialog(make_context(journal, isolated_data, "en"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.company, "Noon")
    qtbot.keyClicks(dialog.role, "Analyst")
    dialog.received_on.setDate(QDate(2026, 11, 1))
    _save(qtbot, dialog)
    assert dialog.error.text() == "The rejection is dated before the application."
    with journal.session() as session:
        assert list_applications(session)[0].outcome == "pending"


def test_enter_saves_a_rejection_and_the_page_shows_it(qtbot, journal, isolated_data):
    page = _page(qtbot, journal, isolated_data)
    dialog = RejectionDialog(page.context, parent=page)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.company, "Anghami")
    qtbot.keyClicks(dialog.role, "QA Engineer")
    dialog.stage.setCurrentIndex(dialog.stage.findData("interview"))
    assert dialog.round.isEnabled()
    qtbot.keyClick(dialog.role, Qt.Key.Key_Return)
    assert dialog.saved is not None and dialog.saved.stage == "interview"
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.row_at(0).outcome == "rejected"


def test_table_filters_sorts_and_shows_history(qtbot, journal, isolated_data):
    with journal.session() as session:
        add_application(session, ApplicationInput("Careem", "Analyst", date(2026, 9, 1)), TODAY)
        log_rejection(session, RejectionInput("Talabat", "Designer", date(2026, 10, 5), "screening",
                                              applied_on=date(2026, 10, 1)), TODAY)
    page = _page(qtbot, journal, isolated_data, "ar")
    assert page.proxy.rowCount() == 2
    assert page.proxy.index(0, 0).data() == "Talabat"  # newest first
    qtbot.keyClicks(page.filter, "care")
    assert page.proxy.rowCount() == 1
    page.filter.clear()
    page.outcome.setCurrentIndex(page.outcome.findData("rejected"))
    assert page.proxy.rowCount() == 1
    page.select(page.proxy.index(0, 0).data(ROW_ROLE).id)
    assert page.history.count() == 2
    assert "الرفض" in page.history.item(1).text()
    assert not page.detail_reject_button.isEnabled()


@pytest.mark.parametrize("lang, expected", [
    ("en", ["Interviewing", "Rejected", "Waiting"]),  # by their English keys: Interviewing, Waiting, Rejected
    ("ar", ["بانتظار الرد", "في المقابلات", "مرفوض"]),  # by the keys: في المقابلات first
])
def test_the_outcome_column_sorts_what_is_shown_in_the_language_order(qtbot, journal, isolated_data, lang, expected):
    from thabat.app.services.applications import set_outcome

    with journal.session() as session:
        for company, outcome in (("A", "pending"), ("B", "interview"), ("C", "rejected")):
            row = add_application(session, ApplicationInput(company, "Dev", date(2026, 9, 1)), TODAY)
            set_outcome(session, row.id, outcome)
    page = _page(qtbot, journal, isolated_data, lang)
    page.table.sortByColumn(3, Qt.SortOrder.AscendingOrder)
    assert [page.proxy.index(row, 3).data() for row in range(page.proxy.rowCount())] == expected


def test_with_no_application_chosen_no_step_can_be_edited_or_deleted(qtbot, journal, isolated_data):
    with journal.session() as session:
        add_application(session, ApplicationInput("Careem", "Analyst", TODAY), TODAY)
    page = _page(qtbot, journal, isolated_data)
    page.table.clearSelection()
    assert page.selected_id() is None
    assert not page.record_button.isEnabled()
    assert not page.edit_step_button.isEnabled() and not page.delete_step_button.isEnabled()
