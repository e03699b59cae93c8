"""Today's Coming up, the prep card and the debrief, driven through the real widgets in both languages."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest
from PySide6.QtCore import QDate, Qt, QUrl
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from thabat.app.views.applications import ApplicationInput, StageInput
from thabat.app.services import applications, stages
from thabat.app.services.debriefs import debrief_of
from thabat.app.usecases.reflections import choose_mode, start_reflection
from thabat.app.services.rejection_view import rejection_for_application
from thabat.ui.stage_dialog import StageDialog
from tests.conftest import TODAY
from tests.prep_journal import build_prep_journal
from tests.reflection_support import open_page
from tests.ui_support import make_context, shown, today_page, type_text, visible

LANGS = ["en", "ar"]



def _rows(page):
    return [visible(page.coming_up.list.item(i).text()) for i in range(page.coming_up.list.count())]


def _interview(journal, company, on, at=None):
    with journal.session() as session:
        app = applications.add_application(session, ApplicationInput(company, "Data Analyst", date(2026, 11, 1)), TODAY)
        step = stages.record_stage(session, app.id, StageInput("interview", on, round=1, kind="onsite", starts_at=at),
                                   TODAY)
    return app.id, step.id


@pytest.mark.parametrize("lang", LANGS)
def test_coming_up_shows_the_interview_and_enter_opens_its_prep_card(qtbot, journal, isolated_data, lang):
    with journal.session() as session:
        made = build_prep_journal(session)
    page = today_page(qtbot, journal, isolated_data, lang)

    rows = _rows(page)
    assert len(rows) == 1 and "Talabat" in rows[0] and "Data Analyst" in rows[0]
    assert "10:30" in rows[0]  # Latin digits unless the setting says otherwise
    assert ("Onsite interview" if lang == "en" else "مقابلة في المقر") in rows[0]
    page.coming_up.list.setCurrentRow(0)
    page.coming_up.list.setFocus()
    qtbot.keyClick(page.coming_up.list, Qt.Key.Key_Return)
    card = page.coming_up.card
    assert card is not None and card.isVisible()
    text = visible(card.text.toPlainText())
    for line in ("Structured answers (STAR)", "الإحصاء التطبيقي", "Mock interview with Huda",
                 "I told the churn-dashboard story with numbers.", "How would you explain p-values to a manager?",
                 "Strong SQL; answers lacked structure.", "Hiring manager; loves dashboards.", "Bring the portfolio"):
        assert line in text
    assert "CV keywords" not in text and "A tailored CV" not in text  # a screening rejection's lessons
    heading = "Stories that worked" if lang == "en" else "قصص نجحت"
    assert heading in text
    # Each line links to where it came from: a reflection opens in the main window, a contact too.
    html = card.text.toHtml()
    assert f'href="reflection:{made.noon_reflection}"' in html and f'href="contact:{made.lina}"' in html
    with qtbot.waitSignal(page.resume_reflection_requested) as opened:
        card.text.anchorClicked.emit(QUrl(f"reflection:{made.noon_reflection}"))
    assert opened.args == [made.noon_reflection]
    with qtbot.waitSignal(page.coming_up.open_contact_requested) as contact:
        card.text.anchorClicked.emit(QUrl(f"contact:{made.lina}"))
    assert contact.args == [made.lina]


@pytest.mark.parametrize("lang", LANGS)
def test_an_empty_card_says_so_kindly_and_suggests_what_to_prepare(qtbot, journal, isolated_data, lang):
    _interview(journal, "Careem", TODAY + timedelta(days=3))
    page = today_page(qtbot, journal, isolated_data, lang)
    page.coming_up.list.setCurrentRow(0)
    qtbot.mouseClick(page.coming_up.prepare_button, Qt.MouseButton.LeftButton)
    text = visible(page.coming_up.card.text.toPlainText())
    if lang == "en":
        assert "nothing on interviews like this one yet" in text and "three short stories" in text
    else:
        assert "لا يحوي دفترك" in text and "ثلاث قصص" in text
    assert not page.coming_up.debrief_button.isEnabled()  # it has not happened yet


def test_nothing_coming_up_says_how_to_get_a_prep_card(qtbot, journal, isolated_data):
    page = today_page(qtbot, journal, isolated_data, "en")
    assert page.coming_up.empty.isVisible() and not page.coming_up.list.isVisible()
    assert "prep card" in page.coming_up.empty.text()


@pytest.mark.parametrize("lang", LANGS)
def test_the_debrief_prefills_the_reflection_when_a_rejection_follows(qtbot, journal, isolated_data, lang):
    app_id, step_id = _interview(journal, "Careem", TODAY - timedelta(days=2), time(14, 0))
    page = today_page(qtbot, journal, isolated_data, lang)
    assert len(_rows(page)) == 1
    page.coming_up.list.setCurrentRow(0)
    qtbot.mouseClick(page.coming_up.debrief_button, Qt.MouseButton.LeftButton)
    dialog = page.coming_up.debrief_dialog
    assert dialog is not None and dialog.isVisible()
    type_text(dialog.how_it_went, "Good rapport; the case study ran long.")
    type_text(dialog.questions, "Size the market for scooters")
    dialog.confidence.setValue(7)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert dialog.saved and not dialog.error.isVisible()
    qtbot.waitUntil(lambda: page.coming_up.list.count() == 0)  # debriefed: no longer asked
    with journal.session() as session:
        assert debrief_of(session, step_id).confidence == 7

    # The rejection comes, recorded on the application through its dialog.
    context = page.context
    stage_dialog = StageDialog(context, app_id)
    qtbot.addWidget(stage_dialog)
    stage_dialog.stage.setCurrentIndex(stage_dialog.stage.findData("rejected"))
    stage_dialog.occurred_on.setDate(QDate(TODAY.year, TODAY.month, TODAY.day))
    stage_dialog.reached.setCurrentIndex(stage_dialog.reached.findData("interview"))
    qtbot.mouseClick(stage_dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert stage_dialog.saved
    with journal.session() as session:
        rejection = rejection_for_application(session, app_id)
    started = start_reflection(journal, rejection.id).id
    choose_mode(journal, started, "full")  # the seven steps, where the debrief shows beside the prompts
    reflection = open_page(qtbot, journal, isolated_data, lang, started)

    feel, learn = reflection.steps[0], reflection.steps[3]
    assert feel.confidence.value() == 7
    assert feel.debrief_hint.isVisible()
    assert "7" in visible(feel.debrief_hint.text())
    assert learn.answers["answers.hardest"].text() == "Size the market for scooters"
    reflection.go_to(3)
    assert learn.debrief_note.isVisible()
    assert "Good rapport; the case study ran long." in learn.debrief_note.text()
    reflection.timer.stop()
    QApplication.processEvents()


@pytest.mark.parametrize("lang", LANGS)
def test_growth_shows_the_interviews_an_area_was_prepared_for(qtbot, journal, isolated_data, lang):
    from thabat.ui.growth_page import GrowthPage

    with journal.session() as session:
        build_prep_journal(session)
    page = shown(qtbot, GrowthPage(make_context(journal, isolated_data, lang)))
    row = next(i for i in range(page.areas.count()) if "Structured answers" in page.areas.item(i).text())
    page.areas.setCurrentRow(row)
    rows = [visible(page.area_interviews.item(i).text()) for i in range(page.area_interviews.count())]
    assert page.area_interviews.isVisible() and len(rows) == 2
    assert "Talabat" in rows[0] and ("coming up" if lang == "en" else "قادمة") in rows[0]
    assert "Noon" in rows[1] and ("the area was named again" if lang == "en" else "ذُكر المجال مرة أخرى") in rows[1]
