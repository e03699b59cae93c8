"""The guided reflection page driven with qtbot, in English and Arabic: the whole flow, resume, autosave."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from sqlmodel import select

from thabat.app.services.reflections import load_reflection
from thabat.storage.models import (
    ActionItem, AreaCitation, Contact, ContactApplication, Rejection, Reminder, SkillRating, Strength,
)
from tests.conftest import TODAY
from tests.reflection_support import open_page, reflection_on
from tests.ui_support import type_text

TEXTS = {
    "en": {"feeling": "Tired, but OK", "answer": "The design question", "reframe": "One job, not my career",
           "strength": "I stayed calm", "area": "System design", "action": "Practise two designs",
           "contact": "Sara Haddad", "skill": "SQL"},
    "ar": {"feeling": "متعبة لكنني بخير", "answer": "سؤال تصميم Careem الصعب", "reframe": "وظيفة واحدة لا مسيرتي كلها",
           "strength": "حافظتُ على هدوئي", "area": "تصميم الأنظمة", "action": "أتدرّب على تصميمين",
           "contact": "سارة حداد", "skill": "تحليل البيانات"},
}


def _click(qtbot, button):
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _stored(journal, reflection_id):
    with journal.session() as session:
        return load_reflection(session, reflection_id)


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_whole_reflection_flow(qtbot, journal, isolated_data, lang):
    words = TEXTS[lang]
    reflection_id = reflection_on(journal)
    page = open_page(qtbot, journal, isolated_data, lang, reflection_id)
    feel, reply, feedback, learn, traps, contacts, close = page.steps
    assert page.current_step() == "feel" and page.step_bar.group.button(0).isChecked()

    feel.confidence.set_value(3)
    type_text(feel.feeling, words["feeling"])
    _click(qtbot, page.next_button)
    assert page.current_step() == "reply"
    assert _stored(journal, reflection_id).draft.feeling == words["feeling"]  # saved on the step change

    body = reply.message.body.text()
    assert "Sara" in body and "Data Analyst" in body and "Careem" in reply.message.subject.text()
    assert ("Dear Sara" in body) == (lang == "en") and ("تحية طيبة" in body) == (lang == "ar")
    _click(qtbot, reply.message.copy_button)
    assert "Sara" in QGuiApplication.clipboard().text()
    assert reply.message.url().toString().startswith("mailto:?subject=")
    _click(qtbot, reply.mark_button)
    qtbot.waitUntil(lambda: "2026" in reply.status.text() or "٢٠٢٦" in reply.status.text() or "26" in reply.status.text())
    _click(qtbot, page.next_button)

    assert "Sara" in feedback.message.body.text()
    _click(qtbot, feedback.request_button)
    type_text(feedback.received_text, words["answer"])
    _click(qtbot, feedback.record_button)
    _click(qtbot, page.next_button)

    assert page.current_step() == "learn"
    assert "answers.hardest" in learn.prompt_keys() and "cv.tailored" not in learn.prompt_keys()
    type_text(learn.answers["answers.hardest"], words["answer"])
    learn.skills.bar_for("communication").set_value(4)
    type_text(learn.skills.new_skill, words["skill"])
    _click(qtbot, learn.skills.add_button)
    learn.skills.bar_for(words["skill"]).set_value(2)
    type_text(learn.growth.area_name, words["area"])
    _click(qtbot, learn.growth.add_area_button)
    assert learn.growth.areas.count() == 1
    type_text(learn.growth.action_title, words["action"])
    learn.growth.action_area.setCurrentIndex(1)
    _click(qtbot, learn.growth.add_action_button)
    assert learn.growth.actions.count() == 1
    assert learn.answers["answers.hardest"].text() == words["answer"]  # kept through the reload
    _click(qtbot, page.next_button)

    traps.felt("catastrophising").setChecked(True)
    type_text(traps.reframe("catastrophising"), words["reframe"])
    _click(qtbot, page.next_button)

    assert contacts.name.text() == "Sara"  # the interviewer named with the rejection, offered to add
    contacts.name.clear()
    type_text(contacts.name, words["contact"])
    _click(qtbot, contacts.add_button)
    assert contacts.people.count() == 1
    assert contacts.follow_contact.currentIndex() == 1  # the contact just added
    assert words["contact"] in contacts.message.body.text()
    _click(qtbot, contacts.schedule_button)
    _click(qtbot, page.next_button)

    assert page.current_step() == "close" and page.next_button.text().replace("&", "") in ("Finish", "إنهاء")
    close.confidence.set_value(7)
    type_text(close.strength, words["strength"])
    close.planned.setValue(3)
    with qtbot.waitSignal(page.left):
        _click(qtbot, page.next_button)

    done = _stored(journal, reflection_id)
    assert done.state == "done" and done.completed_at is not None
    assert (done.draft.confidence_before, done.draft.confidence_after, done.draft.planned_applications) == (3, 7, 3)
    assert done.draft.answers["answers.hardest"] == words["answer"]
    assert done.draft.answers["trap.catastrophising"] == words["reframe"]
    assert done.draft.answers["trap.catastrophising.felt"] == "yes"
    assert "Dear Sara" in done.draft.reply_text if lang == "en" else "سعدتُ" in done.draft.reply_text
    with journal.session() as session:
        rejection = session.exec(select(Rejection)).one()
        assert rejection.replied_on == TODAY and rejection.feedback_requested_on == TODAY
        assert rejection.feedback_text == words["answer"]
        assert sorted(r.rating for r in session.exec(select(SkillRating)).all()) == [2, 4]
        assert len(session.exec(select(AreaCitation)).all()) == 1
        action = session.exec(select(ActionItem)).one()
        assert (action.title, action.due_on, action.area_id is not None) == (words["action"], TODAY + timedelta(days=14), True)
        contact = session.exec(select(Contact)).one()
        assert contact.name == words["contact"] and contact.company == "Careem"
        assert session.exec(select(ContactApplication)).one().application_id == rejection.application_id
        follow = session.exec(select(Reminder).where(Reminder.kind == "follow_up")).one()
        assert (follow.due_on, follow.contact_id) == (date(2027, 1, 21), contact.id)
        assert [s.text for s in session.exec(select(Strength)).all()] == [words["strength"]]


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_a_draft_resumes_at_its_step_with_everything_typed(qtbot, journal, isolated_data, lang):
    words = TEXTS[lang]
    reflection_id = reflection_on(journal)
    page = open_page(qtbot, journal, isolated_data, lang, reflection_id)
    type_text(page.steps[0].feeling, words["feeling"])
    page.go_to(4)
    type_text(page.steps[4].reframe("personalising"), words["reframe"])
    page.direction.setCurrentIndex(page.direction.findData("rtl"))
    page.steps[4].reframe("personalising").setFocus()
    with qtbot.waitSignal(page.left):
        qtbot.keyClick(page.steps[4].reframe("personalising"), Qt.Key.Key_Escape)
    page.close()

    again = open_page(qtbot, journal, isolated_data, lang, reflection_id)
    assert again.current_step() == "traps" and again.step_bar.group.button(4).isChecked()
    assert again.steps[4].reframe("personalising").text() == words["reframe"]
    assert again.steps[0].feeling.text() == words["feeling"]
    assert again.direction.currentData() == "rtl"
    assert set(again.steps[0].feeling.paragraph_directions()) == {Qt.LayoutDirection.RightToLeft}


def test_drafts_save_themselves_two_seconds_after_typing_stops(qtbot, journal, isolated_data):
    reflection_id = reflection_on(journal)
    page = open_page(qtbot, journal, isolated_data, "en", reflection_id)
    qtbot.keyClicks(page.steps[0].feeling, "still typing")
    assert page.timer.isActive()
    assert _stored(journal, reflection_id).draft.feeling == ""  # not yet: typing restarts the timer
    qtbot.waitUntil(lambda: _stored(journal, reflection_id).draft.feeling == "still typing", timeout=5000)
    assert page.saved_label.text() == "Draft saved"


def test_ctrl_s_saves_now(qtbot, journal, isolated_data):
    reflection_id = reflection_on(journal)
    page = open_page(qtbot, journal, isolated_data, "en", reflection_id)
    page.steps[0].feeling.setFocus()
    qtbot.keyClicks(page.steps[0].feeling, "now")
    qtbot.keyClick(page.steps[0].feeling, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert _stored(journal, reflection_id).draft.feeling == "now"


@pytest.mark.parametrize("lang, stage, shown, hidden, heading", [
    ("en", "screening", "cv.tailored", "preparation.research", "CV and cover letter"),
    ("ar", "application", "cv.cover_letter", "technical.depth", "السيرة الذاتية وخطاب التقديم"),
    ("en", "interview", "technical.depth", "cv.tailored", "Technical and role knowledge"),
    ("ar", "final", "answers.motivation", "cv.format", "التحضير للمقابلة"),
])
def test_learn_step_shows_the_prompts_of_the_stage(qtbot, journal, isolated_data, lang, stage, shown, hidden, heading):
    page = open_page(qtbot, journal, isolated_data, lang, reflection_on(journal, stage))
    page.go_to(3)
    learn = page.steps[3]
    assert shown in learn.prompt_keys() and hidden not in learn.prompt_keys()
    section = learn.sections[learn.topics[shown]]
    _click(qtbot, section.header) if not section.is_open() else None  # its topic opens with one click
    assert learn.prompt_labels[shown].isVisible() and learn.prompt_labels[shown].text().strip()
    assert heading in [section.header.text() for section in learn.sections.values()]
    assert learn.prompt_keys()[-1].startswith("general.")


def test_arabic_text_is_right_to_left_per_paragraph_in_an_english_ui(qtbot, journal, isolated_data):
    page = open_page(qtbot, journal, isolated_data, "en", reflection_on(journal))
    editor = page.steps[0].feeling
    type_text(editor, "Google رفضتني بعد المقابلة الثانية")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "Next time I will prepare stories")
    assert editor.paragraph_directions() == [Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight]
    page.direction.setCurrentIndex(page.direction.findData("ltr"))
    assert set(editor.paragraph_directions()) == {Qt.LayoutDirection.LeftToRight}


def test_a_refused_value_keeps_the_text_and_says_why(qtbot, journal, isolated_data):
    page = open_page(qtbot, journal, isolated_data, "en", reflection_on(journal))
    page.go_to(3)
    learn = page.steps[3]
    _click(qtbot, learn.growth.add_action_button)  # no title
    assert learn.growth.error.isVisible() and learn.growth.error.text() == "This field cannot be empty."
    qtbot.keyClicks(learn.went_well, "kept")
    learn.growth.action_due.setDate(learn.growth.action_due.date().addYears(30))
    qtbot.keyClicks(learn.growth.action_title, "far away")
    _click(qtbot, learn.growth.add_action_button)
    assert learn.growth.error.text() == "This date is out of range."
    assert learn.growth.action_title.text() == "far away" and learn.went_well.text() == "kept"


def test_save_and_reflect_opens_the_reflection_in_the_main_window(qtbot, journal, isolated_data):
    from tests.ui_support import make_context, switcher
    from thabat.ui.main_window import MainWindow
    from thabat.ui.rejection_dialog import RejectionDialog

    window = MainWindow(make_context(journal, isolated_data, "ar"), switcher())
    qtbot.addWidget(window)
    window.show()
    page = window.pages["applications"]
    dialog = RejectionDialog(window.context, parent=page)
    qtbot.addWidget(dialog)
    type_text(dialog.company, "شركة الأفق")
    qtbot.keyClicks(dialog.role, "Designer")
    _click(qtbot, dialog.reflect_button)
    assert dialog.reflect_now and dialog.saved is not None
    page.reflect_requested.emit(dialog.saved.id)  # what log_rejection() does after such a dialog
    assert window.current_page() is window.reflection_page
    assert "شركة الأفق" in window.reflection_page.subtitle.text()
    assert window.reflection_page.steps[1].message.body.text().startswith("الأستاذ/ة [المُقابِل]")
    # the detail pane offers "Reflect…" once the application has a rejection, and resumes the same draft
    first = window.reflection_page.view.id
    window.reflection_page.leave()
    assert window.current_page() is not window.reflection_page
    window.show_page("applications")
    page.select(dialog.saved.application_id)
    _click(qtbot, page.reflect_button)
    assert window.reflection_page.view.id == first
    with qtbot.waitSignal(window.reflection_page.left):
        window.reflection_page.leave()
    assert window.open_reflection(first).current_step() == "feel"


def test_resume_on_today_opens_the_draft_in_the_main_window(qtbot, journal, isolated_data):
    from tests.ui_support import make_context, switcher
    from thabat.ui.main_window import MainWindow

    draft = reflection_on(journal, company="Noon")
    window = MainWindow(make_context(journal, isolated_data, "en"), switcher())
    qtbot.addWidget(window)
    window.show()
    today = window.show_page("today")
    qtbot.waitUntil(lambda: today.drafts_list.count() == 1)
    today.drafts_list.setCurrentRow(0)
    _click(qtbot, today.resume_button)
    assert window.current_page() is window.reflection_page
    assert window.reflection_page.view.id == draft
    assert "Noon" in window.reflection_page.subtitle.text()
