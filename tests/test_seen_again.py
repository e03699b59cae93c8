"""What the first round of issue 17 left: the Guide's resource form asks before throwing away typed text,
a found contact note opens the contact, and the Journal's highlight and captions take the theme's colours."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from thabat.app.text.dates import DateStyle
from thabat.app.views.journal import ReflectionReading, SearchHit
from thabat.app.services import contacts, resources
from tests.conftest import TODAY
from tests.test_careful_dialogs import answer, shown
from tests.ui_support import make_context, switcher, unthemed
from thabat.ui import theme
from thabat.ui.guide_dialog import GuideDialog
from thabat.ui.journal_reader import hit_html, reflection_html
from thabat.ui.main_window import MainWindow
from thabat.ui.palette import DARK, LIGHT


def test_the_guide_asks_before_throwing_away_a_typed_resource(qtbot, journal, isolated_data):
    dialog = shown(qtbot, GuideDialog(make_context(journal, isolated_data)))
    panel = dialog.resources
    panel.refresh()
    dialog.tabs.setCurrentWidget(panel)
    qtbot.keyClicks(panel.title_edit, "Mock interviews with Sara")
    qtbot.keyClicks(panel.url_edit, "https://example.org/mock")

    qtbot.keyClick(panel.title_edit, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.discard_box is not None
    answer(qtbot, dialog, QMessageBox.ButtonRole.RejectRole)  # Keep editing
    assert dialog.isVisible() and panel.title_edit.text() == "Mock interviews with Sara"

    qtbot.keyClick(panel.url_edit, Qt.Key.Key_Escape)
    answer(qtbot, dialog, QMessageBox.ButtonRole.DestructiveRole)  # Throw away
    assert not dialog.isVisible()
    dialog.show()  # the same dialog comes back on F1: with an empty form, not the thrown-away words
    assert panel.title_edit.text() == "" and panel.url_edit.text() == ""


def test_the_guide_closes_at_once_when_nothing_was_typed(qtbot, journal, isolated_data):
    with journal.session() as session:
        resources.add_resource(session, "STAR method", "https://example.org/star", "")
    dialog = shown(qtbot, GuideDialog(make_context(journal, isolated_data)))
    dialog.resources.refresh()
    dialog.resources.listing.setCurrentRow(0)  # the form shows the resource: that is not typing
    assert dialog.resources.title_edit.text() == "STAR method"
    qtbot.keyClick(dialog.resources.listing, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.discard_box is None


def test_a_found_contact_note_opens_the_contact(qtbot, journal, isolated_data):
    with journal.session() as session:
        dana = contacts.add_contact(session, contacts.ContactInput(
            "Dana Kim", "Recruiter", "Noon", notes="Prefers a call on Sundays"))
        contacts.add_contact(session, contacts.ContactInput("Omar", "Engineer", "Careem"))
    window = MainWindow(make_context(journal, isolated_data, "en"), switcher())
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("journal")
    qtbot.keyClicks(page.search_box, "Sundays")
    qtbot.waitUntil(lambda: page.list.count() == 1)
    page.list.setCurrentRow(0)
    assert "Sundays" in page.reader.toPlainText()
    assert page.contact_button.isVisibleTo(page) and not page.application_button.isVisibleTo(page)

    qtbot.mouseClick(page.contact_button, Qt.MouseButton.LeftButton)
    assert window.current_page() is window.pages["contacts"]
    assert window.pages["contacts"].selected_id() == dana.id

    window.show_page("journal")
    page.list.setFocus()
    qtbot.keyClick(page.list, Qt.Key.Key_Return)  # Enter opens it too
    assert window.current_page() is window.pages["contacts"]


@pytest.fixture
def dark():
    theme.apply_theme(QApplication.instance(), "dark")
    yield DARK
    unthemed()


def test_the_reader_captions_take_the_themes_colour(dark):
    style = DateStyle("en")
    reading = ReflectionReading(1, "Careem", date(2026, 11, 20), False, "auto", 3, 6)
    hit = SearchHit("contact", 1, "Dana Kim", TODAY, "Noon", (("Dana Kim", False),), (("Sundays", True),))
    for html in (reflection_html(reading, style, "ltr"), hit_html(hit, "Contact notes", style)):
        assert f"color:{DARK.muted}" in html and "gray" not in html


def test_ui_code_names_no_colour_of_its_own():
    """Colours live in ui/palette.py (and the stylesheet fills in its names): a colour written in a
    widget's HTML stays the same in the dark theme."""
    ui = Path(theme.__file__).parent
    written = re.compile(r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b|color\s*:\s*(gray|grey|black|white)\b")
    offenders = [f"{path.relative_to(ui)}: {match.group(0)}" for path in sorted(ui.rglob("*.py"))
                 if path.name != "palette.py" for match in written.finditer(path.read_text(encoding="utf-8"))]
    assert offenders == []


def test_search_highlight_is_painted_in_the_themes_colours(qtbot, journal, isolated_data, dark):
    from thabat.ui.journal_page import HIGHLIGHT
    from thabat.ui.rich_text_delegate import HTML_ROLE, RichTextDelegate
    from PySide6.QtWidgets import QListWidget, QListWidgetItem, QStyleOptionViewItem

    listing = QListWidget()
    qtbot.addWidget(listing)
    item = QListWidgetItem("x")
    item.setData(HTML_ROLE, f"<p>{HIGHLIGHT[0]}found{HIGHLIGHT[1]}</p>")
    listing.addItem(item)
    delegate = RichTextDelegate(listing)
    option = QStyleOptionViewItem()
    option.initFrom(listing)
    html = delegate._document(option, listing.model().index(0, 0)).toHtml()
    assert DARK.mark in html and LIGHT.mark not in html


def test_turning_dark_with_a_chart_drawn_redraws_it(qtbot, journal, isolated_data):
    """View → Theme → Dark after a visit to Charts raised AttributeError inside Qt's event handling."""
    from thabat.ui.charts_page import ChartsPage

    page = ChartsPage(make_context(journal, isolated_data))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: getattr(page, "_style", None) is not None)
    try:
        theme.apply_theme(QApplication.instance(), "dark")
        qtbot.waitUntil(lambda: page._style.theme == "dark")
    finally:
        unthemed()


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_journal_search_box_keeps_its_room_beside_long_company_names(qtbot, journal, isolated_data, lang):
    """The company filter grew to its longest name and squeezed the search box to a few letters."""
    from thabat.app.views.journal import EntryInput
    from thabat.app.views.applications import ApplicationInput
    from thabat.app.services import applications, entries

    with journal.session() as session:
        app = applications.add_application(session, ApplicationInput(
            "وكالة حرفة للتسويق الرقمي والاستشارات الإدارية", "Analyst", TODAY), TODAY)
        entries.create_entry(session, EntryInput("Notes", "A quiet day", TODAY, application_id=app.id), TODAY)
    from thabat.ui.journal_page import JournalPage

    page = JournalPage(make_context(journal, isolated_data, lang))
    qtbot.addWidget(page)
    page.refresh()  # filled before it is first shown, as when the window opens on it
    page.resize(850, 600)  # the room a page has in a 1100×700 window
    page.show()
    qtbot.waitExposed(page)
    assert page.company.count() > 1
    assert page.search_box.width() >= 260
    assert all(combo.width() <= 200 for combo in (page.kind, page.company, page.period))


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_growth_rows_wrap_instead_of_hiding_their_start(qtbot, journal, isolated_data, lang):
    """A long row scrolled sideways, and a right-to-left one was cut at the left, out of the scroll's reach."""
    from thabat.app.views.applications import RejectionInput
    from thabat.app.services import growth, rejections
    from thabat.app.services.reflections import start_reflection
    from thabat.app.services.reflection_growth import cite_area
    from thabat.ui.growth_page import GrowthPage

    with journal.session() as session:
        rejection = rejections.log_rejection(session, RejectionInput(
            "وكالة حرفة للتسويق الرقمي والاستشارات الإدارية", "مهندس بنية تحتية سحابية أول", TODAY, "interview",
            round=2), TODAY)
        reflection = start_reflection(session, rejection.id)
        area = cite_area(session, reflection.id, "Behavioural answers (STAR)")
        growth.add_action(session, "Write five STAR stories and time each one before the next interview",
                          TODAY, area.id)
    page = GrowthPage(make_context(journal, isolated_data, lang))
    qtbot.addWidget(page)
    page.resize(850, 600)
    page.show()
    qtbot.waitExposed(page)
    for listing in (page.area_reflections, page.area_actions):
        assert listing.count() == 1
        row = listing.visualItemRect(listing.item(0))
        assert listing.horizontalScrollBar().maximum() == 0, listing
        assert listing.viewport().rect().contains(row.topLeft()) and row.right() <= listing.viewport().width()
