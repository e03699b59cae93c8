"""Today as cards: Due (overdue items stand out, today's say "today"), Check-in, This week, one figure,
Unfinished reflections, a slot for one more card; and every item opens what it is about."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from thabat.app.views.applications import RejectionInput
from thabat.app.services import contacts, growth, rejections
from thabat.app.services.reflections import finish_reflection, start_reflection
from thabat.app.views.reflections import ReflectionDraft
from tests.conftest import TODAY
from tests.ui_support import make_context, switcher, today_page, visible
from thabat.ui.main_window import MainWindow
from thabat.ui.palette import LIGHT
from thabat.ui.rich_text_delegate import DANGER, HTML_ROLE
from thabat.ui.today_card import MAIN, SIDE, Card
from thabat.ui.today_page import TodayPage

LANGS = ["en", "ar"]


def _seed(journal) -> dict:
    """A reply overdue since 22 November, an action due today, a follow-up with Dana due today, a draft."""
    with journal.session() as session:
        careem = rejections.log_rejection(session, RejectionInput(
            company="Careem", role="Analyst", received_on=date(2026, 11, 20), stage="screening"), TODAY)
        action = growth.add_action(session, "Practise STAR answers", TODAY)
        dana = contacts.add_contact(session, contacts.ContactInput("Dana Kim", "Recruiter", "Noon"))
        contacts.schedule_follow_up(session, dana.id, TODAY, "Hello Dana, any news on the analyst role?",
                                    today=TODAY - timedelta(days=30))
        talabat = rejections.log_rejection(session, RejectionInput(
            company="Talabat", role="PM", received_on=date(2026, 11, 1), stage="interview", round=2,
            channel="no_answer"), TODAY)
        draft = start_reflection(session, talabat.id)
    return {"careem": careem.id, "action": action, "dana": dana.id, "draft": draft.id}



def _option(listing):
    from PySide6.QtWidgets import QStyleOptionViewItem

    option = QStyleOptionViewItem()
    option.initFrom(listing)
    option.rect.setWidth(listing.viewport().width())
    return option


def _row(page: TodayPage, kind: str) -> int:
    return next(row for row, item in enumerate(page.due_box.items) if item.kind == kind)


@pytest.mark.parametrize("lang", LANGS)
def test_today_is_cards_with_titles(qtbot, journal, isolated_data, lang):
    _seed(journal)
    page = today_page(qtbot, journal, isolated_data, lang)
    main, side = page.cards.cards(MAIN), page.cards.cards(SIDE)
    assert main == [page.due_box, page.coming_up, page.drafts_box]
    assert side == [page.check_in_box, page.month_look_back, page.week_box, page.figure_box, page.on_this_day]
    quiet = (page.month_look_back, page.on_this_day)  # shown only when they have something true to say
    for card in main + side:
        assert isinstance(card, Card) and card.isVisible() != (card in quiet)
        assert card in quiet or card.title.text()
    if lang == "ar":
        assert page.due_box.title.text() == "المستحق"
        assert page.due_box.mapTo(page, page.due_box.rect().topRight()).x() > page.week_box.mapTo(page, page.week_box.rect().topRight()).x()


def test_another_card_joins_where_it_is_asked(qtbot, journal, isolated_data):
    page = today_page(qtbot, journal, isolated_data)
    news = Card("news")
    news.body.addWidget(QLabel("An interview on Monday"))
    page.add_card(news, 1)
    assert page.cards.cards(MAIN) == [page.due_box, news, page.coming_up, page.drafts_box]
    late = Card("late")
    page.add_card(late, 99, SIDE)
    assert page.cards.cards(SIDE)[-1] is late


@pytest.mark.parametrize("lang", LANGS)
def test_overdue_items_stand_out_and_todays_say_today(qtbot, journal, isolated_data, lang):
    _seed(journal)
    page = today_page(qtbot, journal, isolated_data, lang)
    reply = page.due_list.item(_row(page, "reply"))
    action = page.due_list.item(_row(page, "action"))
    if lang == "en":
        assert visible(reply.text()) == "Reply to Careem — Analyst  ·  overdue since 22 November 2026"
        assert visible(action.text()) == "Practise STAR answers  ·  today"
    else:
        assert "متأخر منذ" in reply.text() and "اليوم" in action.text()
    assert DANGER in reply.data(HTML_ROLE) and DANGER not in action.data(HTML_ROLE)
    painted = page.due_list.itemDelegate()._document(_option(page.due_list), page.due_list.indexFromItem(reply))
    assert LIGHT.danger in painted.toHtml()  # the overdue date, in the theme's colour that stands out


@pytest.fixture
def window(qtbot, journal, isolated_data):
    ids = _seed(journal)
    window = MainWindow(make_context(journal, isolated_data, "en"), switcher())
    qtbot.addWidget(window, before_close_func=lambda w: w._reflection_page and w._reflection_page.timer.stop())
    window.resize(1100, 700)
    window.show()
    qtbot.waitExposed(window)
    window.ids = ids
    return window


def _choose(qtbot, page: TodayPage, kind: str, how: str) -> None:
    row = _row(page, kind)
    page.due_list.setCurrentRow(row)
    if how == "enter":
        page.due_list.setFocus()
        qtbot.keyClick(page.due_list, Qt.Key.Key_Return)
    elif how == "double-click":
        where = page.due_list.visualItemRect(page.due_list.item(row)).center()
        qtbot.mouseClick(page.due_list.viewport(), Qt.MouseButton.LeftButton, pos=where)  # a double-click's first press
        qtbot.mouseDClick(page.due_list.viewport(), Qt.MouseButton.LeftButton, pos=where)
    else:
        assert page.open_button.isVisible() and page.open_button.isEnabled()
        qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)


@pytest.mark.parametrize("how", ["enter", "double-click", "button"])
def test_a_reply_opens_the_reflections_reply_step(qtbot, window, how):
    today = window.pages["today"]
    _choose(qtbot, today, "reply", how)
    assert window.current_page() is window.reflection_page
    assert window.reflection_page.current_step() == "reply"
    assert window.reflection_page.view.rejection.company == "Careem"


def test_a_reply_after_a_finished_reflection_opens_that_one(qtbot, journal, window):
    with journal.session() as session:
        reflection = start_reflection(session, window.ids["careem"])
        finish_reflection(session, reflection.id, ReflectionDraft(step="close"), TODAY)
    today = window.pages["today"]
    _choose(qtbot, today, "reply", "button")
    assert window.reflection_page.view.id == reflection.id  # not a second reflection on the same rejection
    assert window.reflection_page.current_step() == "reply"


@pytest.mark.parametrize("how", ["enter", "button"])
def test_a_follow_up_opens_the_contact_with_the_message(qtbot, window, how):
    today = window.pages["today"]
    _choose(qtbot, today, "follow_up", how)
    people = window.pages["contacts"]
    assert window.current_page() is people
    assert people.selected_id() == window.ids["dana"]
    assert people.follow_message.toPlainText() == "Hello Dana, any news on the analyst role?"
    assert people.follow_message.hasFocus()


def test_a_follow_up_finds_the_contact_behind_a_search(qtbot, window):
    people = window.show_page("contacts")
    qtbot.keyClicks(people.search, "zzz")
    window.show_page("today")
    _choose(qtbot, window.pages["today"], "follow_up", "button")
    assert people.selected_id() == window.ids["dana"] and people.search.text() == ""


@pytest.mark.parametrize("how", ["double-click", "button"])
def test_an_action_item_opens_on_growth(qtbot, window, how):
    today = window.pages["today"]
    _choose(qtbot, today, "action", how)
    growth_page = window.pages["growth"]
    assert window.current_page() is growth_page
    assert growth_page.tabs.currentWidget() is growth_page.actions
    assert growth_page.actions._selected.id == window.ids["action"]
    assert growth_page.actions.title_edit.text() == "Practise STAR answers"


@pytest.mark.parametrize("how", ["enter", "button"])
def test_an_unfinished_reflection_opens(qtbot, window, how):
    today = window.pages["today"]
    today.drafts_list.setCurrentRow(0)
    if how == "enter":
        today.drafts_list.setFocus()
        qtbot.keyClick(today.drafts_list, Qt.Key.Key_Return)
    else:
        qtbot.mouseClick(today.resume_button, Qt.MouseButton.LeftButton)
    assert window.current_page() is window.reflection_page
    assert window.reflection_page.view.id == window.ids["draft"]


def test_nothing_chosen_opens_nothing(qtbot, window):
    today = window.pages["today"]
    today.due_list.setCurrentRow(-1)
    assert not today.open_button.isEnabled()
    today.due_box.open_selected()
    assert window.current_page() is today


def test_due_shows_every_item_with_no_scroll_bar_of_its_own(qtbot, journal, isolated_data):
    """Today scrolls as a whole: its Due list is as tall as its items at any width (one scroll bar)."""
    _seed(journal)
    page = today_page(qtbot, journal, isolated_data)
    listing = page.due_list
    for width in (1200, 700, 1700):
        page.resize(width, 800)
        qtbot.waitUntil(lambda: listing.width() > 0)
        QApplication.processEvents()
        last = listing.visualItemRect(listing.item(listing.count() - 1))
        assert listing.count() > 1 and not listing.verticalScrollBar().isVisible()
        assert listing.viewport().rect().contains(last), width
        assert listing.viewport().height() - last.bottom() < 20, width  # and not taller than them
