"""Dialogs paint first and read what they offer afterwards, off the GUI thread (ui/dialog_reads.py).

Over a journal on disk, as in the app (the in-memory journal of other tests is one connection that a
read thread would share with the test). A read can be held back with `held` to act before it arrives.
"""

from __future__ import annotations

import threading
from datetime import date

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QCalendarWidget, QDialogButtonBox

from thabat.app.journal import Journal
from thabat.app.services import applications as application_service, contacts
from thabat.app.usecases import applications
from thabat.app.views.applications import ApplicationInput
from thabat.app.views.contacts import ContactInput
from tests.conftest import TODAY
from tests.ui_support import make_context, shown, type_text

import thabat.ui.rejection_dialog as rejection_dialog
from thabat.ui.application_dialog import ApplicationDialog
from thabat.ui.date_edit import DateEdit
from thabat.ui.rejection_dialog import RejectionDialog
from thabat.ui.stage_dialog import StageDialog


@pytest.fixture
def disk_journal(isolated_data):
    journal = Journal.open(isolated_data / "journal")
    with journal.session() as session:
        application_service.add_application(session, ApplicationInput("Careem", "Analyst", date(2026, 9, 1)), TODAY)
        contacts.add_contact(session, ContactInput(name="Lina Haddad", company="Careem"))
    yield journal
    journal.close()


class Reads:
    """Wraps a read: records the thread it ran on and, while `held`, waits before it returns."""

    def __init__(self, real) -> None:
        self.real = real
        self.threads: list[int] = []
        self.release = threading.Event()
        self.release.set()

    def hold(self) -> None:
        self.release.clear()

    def __call__(self, *args):
        self.threads.append(threading.get_ident())
        assert self.release.wait(10)
        return self.real(*args)


def _read_of(monkeypatch, make) -> Reads:
    target, name = {RejectionDialog: (rejection_dialog, "known_companies"),
                    ApplicationDialog: (applications, "application_form_choices"),
                    StageDialog: (applications, "stage_form")}[make]
    reads = Reads(getattr(target, name))
    monkeypatch.setattr(target, name, reads)
    return reads


def _dialog(make, context, journal):
    if make is StageDialog:
        return StageDialog(context, applications.list_applications(journal)[0].id)
    return make(context)


class FirstPaint(QObject):
    """Records what `reads` had recorded when `widget` was first painted."""

    def __init__(self, widget, reads: Reads) -> None:
        super().__init__()
        self.reads, self.seen = reads, None
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint and self.seen is None:
            self.seen = list(self.reads.threads)
        return False


@pytest.mark.parametrize("make", [RejectionDialog, ApplicationDialog, StageDialog])
def test_a_dialog_paints_before_it_reads_and_reads_off_the_gui_thread(qtbot, disk_journal, isolated_data,
                                                                     monkeypatch, make):
    reads = _read_of(monkeypatch, make)
    dialog = _dialog(make, make_context(disk_journal, isolated_data), disk_journal)
    painted = FirstPaint(dialog, reads)
    assert reads.threads == []  # nothing read while it is made
    shown(qtbot, dialog)  # and its read arrived
    qtbot.waitUntil(lambda: painted.seen is not None)
    assert painted.seen == []  # nor before its first paint
    assert reads.threads and reads.threads[0] != threading.get_ident()


def _completions(line_edit) -> list[str]:
    model = line_edit.completer().model()
    return [model.data(model.index(row, 0)) for row in range(model.rowCount())]


@pytest.mark.parametrize("make", [RejectionDialog, ApplicationDialog])
def test_a_name_typed_before_the_names_arrive_is_kept_and_then_completed(qtbot, disk_journal, isolated_data,
                                                                         monkeypatch, make):
    reads = _read_of(monkeypatch, make)
    reads.hold()
    dialog = make(make_context(disk_journal, isolated_data))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: reads.threads != [])  # the read is under way, held
    type_text(dialog.company, "Car")
    reads.release.set()
    read = dialog.names if make is RejectionDialog else dialog.choices
    qtbot.waitUntil(lambda: read.done)
    assert dialog.company.text() == "Car"
    assert _completions(dialog.company) == ["Careem"] and _completions(dialog.role) == ["Analyst"]


@pytest.mark.parametrize("more_first", [True, False], ids=["more-before-the-read", "more-after-the-read"])
def test_the_referral_can_be_picked_once_the_contacts_arrive(qtbot, disk_journal, isolated_data, more_first):
    dialog = ApplicationDialog(make_context(disk_journal, isolated_data))
    if more_first:
        qtbot.mouseClick(dialog.more_button, Qt.MouseButton.LeftButton)
    shown(qtbot, dialog)  # and its choices read
    if not more_first:
        qtbot.mouseClick(dialog.more_button, Qt.MouseButton.LeftButton)
    assert [dialog.referral.itemText(i) for i in range(1, dialog.referral.count())] == ["Lina Haddad"]


def test_the_rarely_used_fields_are_made_on_first_use_and_saved(qtbot, journal, isolated_data):
    dialog = shown(qtbot, ApplicationDialog(make_context(journal, isolated_data)))
    assert not dialog.more_shown and not hasattr(dialog, "description")  # not made with the dialog
    type_text(dialog.company, "Noon")
    type_text(dialog.role, "Designer")
    qtbot.mouseClick(dialog.more_button, Qt.MouseButton.LeftButton)
    assert dialog.more_shown and dialog.description.isVisible() and not dialog.more_button.isVisible()
    assert dialog.company.text() == "Noon"  # what was typed stays
    dialog.source.setCurrentIndex(dialog.source.findData("referral"))
    type_text(dialog.description, "SQL, Python")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    row = next(r for r in applications.list_applications(journal) if r.company == "Noon")
    assert (row.source, row.description) == ("referral", "SQL, Python")


def test_opening_the_rarely_used_fields_is_not_something_typed(qtbot, journal, isolated_data):
    dialog = shown(qtbot, ApplicationDialog(make_context(journal, isolated_data)))
    qtbot.mouseClick(dialog.more_button, Qt.MouseButton.LeftButton)
    assert not dialog.is_touched()  # Cancel closes without asking


def test_an_application_with_details_shows_them_at_once(qtbot, journal, isolated_data):
    with journal.session() as session:
        application_service.add_application(
            session, ApplicationInput("Careem", "Analyst", date(2026, 9, 1), description="SQL"), TODAY)
    dialog = shown(qtbot, ApplicationDialog(make_context(journal, isolated_data),
                                            applications.list_applications(journal)[0]))
    assert dialog.more_shown and dialog.description.toPlainText() == "SQL" and not dialog.is_touched()


def test_saving_before_the_choices_arrive_waits_for_them_then_saves(qtbot, disk_journal, isolated_data, monkeypatch):
    reads = _read_of(monkeypatch, ApplicationDialog)
    reads.hold()
    dialog = ApplicationDialog(make_context(disk_journal, isolated_data))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: reads.threads != [])
    type_text(dialog.company, "Noon")
    type_text(dialog.role, "Designer")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert dialog.saved_id is None and not dialog.buttons.isEnabled()  # waiting, visibly
    assert QGuiApplication.overrideCursor() is not None
    assert QGuiApplication.overrideCursor().shape() == Qt.CursorShape.BusyCursor
    reads.release.set()
    qtbot.waitUntil(lambda: dialog.saved_id is not None)
    assert QGuiApplication.overrideCursor() is None
    names = [(row.company, row.role) for row in applications.list_applications(disk_journal)]
    assert ("Noon", "Designer") in names


def test_a_dialog_closed_before_its_read_ends_is_left_alone(qtbot, disk_journal, isolated_data, monkeypatch):
    reads = _read_of(monkeypatch, StageDialog)
    reads.hold()
    context = make_context(disk_journal, isolated_data)
    dialog = _dialog(StageDialog, context, disk_journal)
    dialog.show()
    qtbot.waitUntil(lambda: reads.threads != [])
    dialog.close()
    dialog.deleteLater()
    qtbot.waitUntil(lambda: not _alive(dialog))
    reads.release.set()
    qtbot.waitUntil(lambda: not context.page_reads.busy)  # it ended and filled nothing: no crash


def _alive(widget) -> bool:
    from shiboken6 import isValid

    return isValid(widget)


def test_a_stage_read_keeps_what_the_user_chose_meanwhile(qtbot, disk_journal, isolated_data, monkeypatch):
    reads = _read_of(monkeypatch, StageDialog)
    reads.hold()
    dialog = _dialog(StageDialog, make_context(disk_journal, isolated_data), disk_journal)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: reads.threads != [])
    dialog.round.setValue(3)
    dialog.reached.setCurrentIndex(dialog.reached.findData("final"))
    reads.release.set()
    qtbot.waitUntil(lambda: dialog.form_read.done)
    assert dialog.round.value() == 3 and dialog.reached.currentData() == "final"
    assert dialog.interviewers.count() == 1  # Lina, to tick


def test_a_date_field_makes_its_popup_calendar_only_when_it_is_first_used(qtbot, journal, isolated_data):
    from thabat.app.preferences import Preferences

    Preferences(isolated_data).set("calendar", "hijri")
    field = DateEdit(make_context(journal, isolated_data, "ar"), TODAY)
    shown(qtbot, field)
    assert field.findChild(QCalendarWidget) is None  # none made with the field
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    popup = field.findChild(QCalendarWidget)
    assert popup is not None and popup.calendar().name() == "Islamic Civil"
    assert popup.locale().name() == field.locale().name()


def _debrief(journal, written: bool):
    """A past interview of the journal, as Coming up lists it, with a debrief written already if `written`."""
    from datetime import timedelta

    from thabat.app.services import stages
    from thabat.app.services.coming_up import ComingUpItem
    from thabat.app.usecases import prep
    from thabat.app.views.applications import DebriefInput, StageInput

    on = TODAY - timedelta(days=2)
    with journal.session() as session:
        app_id = applications.list_applications(journal)[0].id if applications.list_applications(journal) else None
        step = stages.record_stage(session, app_id, StageInput("interview", on, round=1, kind="onsite"), TODAY)
    if written:
        prep.save_debrief(journal, app_id, step.id, DebriefInput("Calm", "Market size", 6), TODAY)
    return ComingUpItem("debrief", app_id, "Careem", "Analyst", on, step.id, "interview", 1, "onsite")


def test_the_debrief_paints_before_it_reads_the_one_written_already(qtbot, disk_journal, isolated_data,
                                                                    monkeypatch):
    from thabat.app.usecases import prep
    from thabat.ui.debrief_dialog import DebriefDialog

    item = _debrief(disk_journal, written=True)
    reads = Reads(prep.debrief_of)
    monkeypatch.setattr(prep, "debrief_of", reads)
    reads.hold()
    dialog = DebriefDialog(make_context(disk_journal, isolated_data), item)
    painted = FirstPaint(dialog, reads)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: reads.threads != [])
    assert painted.seen == [] and reads.threads[0] != threading.get_ident()
    type_text(dialog.questions, "Why us")  # typed before the written debrief arrives
    reads.release.set()
    qtbot.waitUntil(lambda: dialog.written.done)
    assert dialog.how_it_went.text() == "Calm" and dialog.confidence.number() == 6
    assert dialog.questions.text() == "Market size\nWhy us"  # nothing lost, what was typed after it


def test_log_a_rejection_makes_its_applied_on_field_when_the_date_is_known(qtbot, journal, isolated_data):
    dialog = shown(qtbot, RejectionDialog(make_context(journal, isolated_data)))
    assert dialog.applied_on is None  # most rejections are of applications tracked already
    dialog.applied_known.setChecked(True)
    assert dialog.applied_on is not None and dialog.applied_on.isVisible() and not dialog.is_touched()
    dialog.applied_known.setChecked(False)
    assert not dialog.applied_on.isVisible() and dialog.data().applied_on is None
