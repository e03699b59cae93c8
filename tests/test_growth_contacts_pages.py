"""Growth, Contacts and the guide driven with qtbot, in English and Arabic."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices

from thabat.app.services import applications, contacts, growth, rejections
from thabat.app.views.applications import ApplicationInput, RejectionInput
from thabat.storage.models import AreaCitation, Reflection, Reminder
from tests.conftest import TODAY
from tests.ui_support import make_context, shown, type_text, visible

from thabat.app.views.contacts import ContactInput
from thabat.ui.contacts_page import ContactsPage
from thabat.ui.growth_page import GrowthPage
from thabat.ui.guide_dialog import GuideDialog

LANGS = ["en", "ar"]



def _growth_fixture(journal):
    with journal.session() as session:
        area = growth.add_area(session, "Answers")
        for i, stage in enumerate(("interview", "interview", "screening")):
            view = rejections.log_rejection(session, RejectionInput(
                company=f"Co{i}", role="Analyst", received_on=date(2026, 10, 1 + i), stage=stage,
                round=1 if stage == "interview" else None), TODAY)
            reflection = Reflection(rejection_id=view.id, state="done")
            session.add(reflection)
            session.flush()
            if i < 1 or stage == "screening":
                session.add(AreaCitation(area_id=area, reflection_id=reflection.id))
        action = growth.add_action(session, "Mock interview", date(2026, 12, 1), area_id=area)
    return area, action


@pytest.mark.parametrize("lang", LANGS)
def test_growth_shows_citation_wording(qtbot, journal, isolated_data, lang):
    _growth_fixture(journal)
    page = shown(qtbot, GrowthPage(make_context(journal, isolated_data, lang)))
    text = visible(page.areas.item(0).text())
    if lang == "en":
        assert "cited in 1 of 2 Interview-stage rejections you reflected on" in text
        assert "cited in 1 of 1 Screening-stage rejection you reflected on" in text
    else:
        assert "المقابلة" in text and "Answers" in text
    assert page.area_reflections.count() == 2
    assert page.area_actions.count() == 1


def test_growth_state_change_from_the_combo(qtbot, journal, isolated_data):
    area, _ = _growth_fixture(journal)
    page = shown(qtbot, GrowthPage(make_context(journal, isolated_data, "en")))
    page.area_state.setCurrentIndex(page.area_state.findData("resolved"))
    page.area_state.activated.emit(page.area_state.currentIndex())
    with journal.session() as session:
        assert growth.list_areas(session)[0].state == "resolved"
    qtbot.waitUntil(lambda: "Resolved" in page.areas.item(0).text())


@pytest.mark.parametrize("lang", LANGS)
def test_action_items_move_and_add(qtbot, journal, isolated_data, lang):
    _, action = _growth_fixture(journal)
    page = shown(qtbot, GrowthPage(make_context(journal, isolated_data, lang)))
    panel = page.actions
    page.tabs.setCurrentIndex(2)
    assert panel.columns["todo"].count() == 1
    panel.columns["todo"].setCurrentRow(0)
    qtbot.mouseClick(panel.move_buttons["doing"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.columns["doing"].count() == 1)
    qtbot.mouseClick(panel.move_buttons["done"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.columns["done"].count() == 1)
    panel.title_edit.clear()
    type_text(panel.title_edit, "تحديث السيرة الذاتية")
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.columns["todo"].count() == 1)
    with journal.session() as session:
        states = {a.title: a.state for a in growth.list_actions(session)}
    assert states == {"Mock interview": "done", "تحديث السيرة الذاتية": "todo"}


def test_skills_table_has_a_sparkline(qtbot, journal, isolated_data):
    from thabat.storage.models import Skill, SkillRating

    with journal.session() as session:
        skill = Skill(name="Communication", key="communication")
        session.add(skill)
        session.flush()
        for month, rating in ((8, 2), (9, 3), (10, 4)):
            session.add(SkillRating(skill_id=skill.id, rated_on=date(2026, month, 1), rating=rating))
    page = shown(qtbot, GrowthPage(make_context(journal, isolated_data, "ar")))
    assert page.skills.rowCount() == 1
    assert page.skills.item(0, 0).text() == "التواصل"
    assert page.skills.cellWidget(0, 3).values == [2, 3, 4]


@pytest.mark.parametrize("lang", LANGS)
def test_contacts_add_edit_link_follow_up_delete(qtbot, journal, isolated_data, lang, monkeypatch):
    with journal.session() as session:
        app_id = applications.add_application(session, ApplicationInput("Careem", "Analyst", date(2026, 9, 1)), TODAY).id
    page = shown(qtbot, ContactsPage(make_context(journal, isolated_data, lang)))
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    type_text(page.name, "ليلى حداد")
    qtbot.keyClicks(page.company, "Careem")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.people.count() == 1)
    assert page.selected_id() is not None
    qtbot.keyClicks(page.role, "Recruiter")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    with journal.session() as session:
        [person] = contacts.list_contacts(session)
    assert (person.name, person.role, person.company) == ("ليلى حداد", "Recruiter", "Careem")

    page.link_choice.setCurrentIndex(page.link_choice.findData(app_id))
    qtbot.mouseClick(page.link_button, Qt.MouseButton.LeftButton)
    assert page.linked.count() == 1
    assert page.follow_date.date().toPython() == date(2027, 1, 21)  # 8 weeks after TODAY
    assert "Careem" in page.follow_message.toPlainText() and "ليلى حداد" in page.follow_message.toPlainText()
    qtbot.mouseClick(page.follow_button, Qt.MouseButton.LeftButton)
    assert page.history.count() == 1
    with journal.session() as session:
        reminder = session.exec(Reminder.__table__.select().where(Reminder.kind == "follow_up")).one()
    assert reminder.due_on == date(2027, 1, 21) and reminder.contact_id == person.id

    exported = isolated_data.parent / "one.vcf"
    monkeypatch.setattr(page, "choose_export_path", lambda suggested: exported)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert "FN:ليلى حداد" in exported.read_text(encoding="utf-8")

    monkeypatch.setattr(page, "confirm_delete", lambda: True)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.people.count() == 0)


def test_contact_with_empty_name_is_refused(qtbot, journal, isolated_data):
    page = shown(qtbot, ContactsPage(make_context(journal, isolated_data, "en")))
    qtbot.mouseClick(page.empty_state.button, Qt.MouseButton.LeftButton)  # no contacts yet: "Add your first contact"
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.error.isVisible()
    with journal.session() as session:
        assert contacts.list_contacts(session) == []


def test_follow_up_weeks_come_from_settings(qtbot, journal, isolated_data):
    context = make_context(journal, isolated_data, "en")
    context.preferences.set("follow_up_weeks", 2)
    with journal.session() as session:
        contacts.add_contact(session, ContactInput("Omar"))
    page = shown(qtbot, ContactsPage(context))
    page.people.setCurrentRow(0)
    assert page.follow_date.date().toPython() == date(2026, 12, 10)


@pytest.mark.parametrize("lang", LANGS)
def test_guide_opens_in_the_language(qtbot, journal, isolated_data, lang):
    dialog = shown(qtbot, GuideDialog(make_context(journal, isolated_data, lang)))
    text = dialog.guide.toPlainText()
    if lang == "ar":
        assert "سبع خطوات للتعامل مع الرفض بثبات" in text and "الرد سريعًا وبلطف" in text
        assert 'dir="rtl"' in dialog.guide.toHtml() or dialog.isRightToLeft()
    else:
        assert "Reply soon, and kindly" in text
    assert text.count("7.") >= 1


@pytest.mark.parametrize("lang", LANGS)
def test_resources_crud_and_opening_links(qtbot, journal, isolated_data, lang, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()) or True)
    dialog = shown(qtbot, GuideDialog(make_context(journal, isolated_data, lang)))
    panel = dialog.resources
    dialog.tabs.setCurrentIndex(1)
    type_text(panel.title_edit, "دليل المقابلات")
    qtbot.keyClicks(panel.url_edit, "https://example.org/interviews")
    qtbot.mouseClick(panel.buttons["add"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.listing.count() == 1)
    panel.title_edit.setText("Bad")
    panel.url_edit.setText("javascript:alert(1)")
    qtbot.mouseClick(panel.buttons["add"], Qt.MouseButton.LeftButton)
    assert panel.error.isVisible() and panel.listing.count() == 1
    panel.title_edit.setText("Mentor")
    panel.url_edit.setText("mailto:mentor@example.org")
    qtbot.mouseClick(panel.buttons["add"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.listing.count() == 2)
    qtbot.mouseClick(panel.buttons["up"], Qt.MouseButton.LeftButton)
    assert panel.listing.item(0).text().startswith("Mentor")
    panel.listing.setCurrentRow(1)
    panel.title_edit.setText("Interview guide")
    qtbot.mouseClick(panel.buttons["save"], Qt.MouseButton.LeftButton)
    assert panel.listing.item(1).text().startswith("Interview guide")
    qtbot.mouseClick(panel.buttons["open"], Qt.MouseButton.LeftButton)
    assert opened == ["https://example.org/interviews"]
    panel.listing.setCurrentRow(0)
    qtbot.mouseClick(panel.buttons["delete"], Qt.MouseButton.LeftButton)
    assert panel.listing.count() == 1


def test_f1_opens_the_guide_from_any_page(qtbot, journal, isolated_data):
    from PySide6.QtWidgets import QApplication

    from tests.ui_support import switcher
    from thabat.ui.main_window import MainWindow

    window = MainWindow(make_context(journal, isolated_data, "ar"), switcher())
    shown(qtbot, window)
    window.show_page("contacts")
    assert not window.notifier.new_due_items()  # nothing due in an empty journal
    assert window.guide_action.shortcut().toString() == "F1"
    assert window.guide_action in window.toolbar.actions()
    window.guide_action.trigger()
    qtbot.waitUntil(lambda: window.guide_dialog is not None and window.guide_dialog.isVisible())
    assert "الرد سريعًا وبلطف" in window.guide_dialog.guide.toPlainText()
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    window.guide_dialog.close()


def test_a_short_latin_name_stays_in_view_beside_a_long_one_in_arabic(qtbot, journal, isolated_data):
    """An Arabic list scrolled sideways starts at its right edge: a short left-to-right row sat
    beyond the left edge ("rjun Lin"). The rows fit the list's width instead, long ones elided."""
    with journal.session() as session:
        contacts.add_contact(session, ContactInput("Arjun Lin", company="Oracle"))
        contacts.add_contact(session, ContactInput("Fatima Zahra Haddad", company="Rimal Energy Digital " * 4))
    page = shown(qtbot, ContactsPage(make_context(journal, isolated_data, "ar")))
    assert page.isRightToLeft()
    assert page.people.horizontalScrollBar().maximum() == 0  # nothing to scroll: rows are painted within the width
    rows = [page.people.visualItemRect(page.people.item(row)) for row in range(page.people.count())]
    assert all(rect.left() >= 0 for rect in rows), rows  # no row starts beyond the left edge
