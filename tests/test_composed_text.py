"""Composed display strings isolate what is inserted, and user text keeps its own direction (issue 15, points 4-5)."""

from __future__ import annotations

import ast
import re
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from thabat.app.services.applications import add_application
from thabat.app.text.dates import long_date
from thabat.app.text.direction import FIRST_STRONG_ISOLATE as FSI, POP_ISOLATE as PDI, file_filter, fill, isolate
from thabat.app.views.applications import ApplicationInput
from tests.conftest import TODAY
from tests.ui_support import make_context, type_text

ROOT = Path(__file__).resolve().parent.parent
LRI = "\u2066"


def test_fill_isolates_every_value_in_one_pass():
    assert fill("شركة %1 رفضت طلبي", "e&") == f"شركة {FSI}e&{PDI} رفضت طلبي"
    assert fill("%1 — %2", "…,Software Engineer", "06-12-2026") == f"{FSI}…,Software Engineer{PDI} — {FSI}06-12-2026{PDI}"
    assert fill("%1 and %2", "%2", "x") == f"{FSI}%2{PDI} and {FSI}x{PDI}"  # a value is never substituted again
    assert fill("%1% up from %2%", 40, 30) == f"{FSI}40{PDI}% up from {FSI}30{PDI}%"
    assert fill("%1 of %2", "a") == f"{FSI}a{PDI} of %2"


def test_a_file_filter_keeps_its_patterns_left_to_right_and_last():
    made = file_filter("جداول البيانات", "*.csv *.txt *.tsv")
    assert made.endswith("(*.csv *.txt *.tsv)")  # Qt reads the patterns from the final parentheses
    assert LRI + "(" in made


def _replace_calls(path: Path) -> list[int]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [node.lineno for node in ast.walk(tree)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "replace"
            and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)
            and re.fullmatch(r"%[1-9]", node.args[0].value)]


def test_no_display_string_is_composed_without_the_isolating_helper():
    found = {str(path.relative_to(ROOT)): lines for folder in ("app", "ui") for path in (ROOT / folder).rglob("*.py")
             if (lines := _replace_calls(path))}
    assert found == {}, "compose with thabat.app.text.direction.fill, which isolates each value"


def test_about_dialog_isolates_the_path_and_the_licence_names(qtbot, journal, isolated_data):
    from thabat.ui.about_dialog import AboutDialog

    make_context(journal, isolated_data, "ar")
    dialog = AboutDialog(isolated_data)
    qtbot.addWidget(dialog)
    assert f"{LRI}{isolated_data}{PDI}" in dialog.folder_label.text()
    assert isolate("GPL-3.0-or-later") in dialog.licence_label.text()
    assert isolate("SIL Open Font License 1.1") in dialog.font_label.text()


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_application_detail_gives_each_line_its_own_direction_and_isolates_dates(qtbot, journal, isolated_data, lang):
    from thabat.ui.applications_page import ApplicationsPage

    with journal.session() as session:
        row = add_application(session, ApplicationInput("Careem", "مهندسة برمجيات أولى", date(2026, 9, 1)), TODAY)
    page = ApplicationsPage(make_context(journal, isolated_data, lang))
    qtbot.addWidget(page)
    page.show()
    page.select(row.id)
    title = page.detail_title.text()
    assert '<p dir="ltr"' in title and "Careem" in title.split('<p dir="rtl"')[0]
    assert '<p dir="rtl"' in title and "مهندسة برمجيات أولى" in title.split('<p dir="rtl"')[1]
    day = long_date(date(2026, 9, 1), page.context.date_style())
    assert isolate(day) in page.history.item(0).text()


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_contact_notes_and_follow_up_draft_follow_their_text(qtbot, journal, isolated_data, lang):
    from thabat.ui.contacts_page import ContactsPage
    from thabat.ui.user_text import UserLineEdit, UserTextEdit

    page = ContactsPage(make_context(journal, isolated_data, lang))
    qtbot.addWidget(page)
    page.show()
    assert isinstance(page.notes, UserTextEdit) and isinstance(page.follow_message, UserTextEdit)
    assert all(isinstance(edit, UserLineEdit) for edit in (page.name, page.role, page.company))
    page.notes.setFocus()
    type_text(page.notes, "قابلتها في معرض التوظيف، وسألتني عن AWS Lambda")
    assert page.notes.paragraph_directions() == [Qt.LayoutDirection.RightToLeft]
    page.follow_message.set_text("Hi Sara,\nشكرًا على وقتك")
    assert page.follow_message.paragraph_directions() == [Qt.LayoutDirection.LeftToRight,
                                                          Qt.LayoutDirection.RightToLeft]
    page.company.setText("e&")
    assert page.company.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_application_and_rejection_dialogs_use_the_direction_aware_editors(qtbot, journal, isolated_data):
    from thabat.ui.application_dialog import ApplicationDialog
    from thabat.ui.rejection_dialog import RejectionDialog
    from thabat.ui.user_text import UserLineEdit, UserTextEdit

    context = make_context(journal, isolated_data, "en")
    for dialog in (ApplicationDialog(context), RejectionDialog(context)):
        qtbot.addWidget(dialog)
        assert isinstance(dialog.company, UserLineEdit) and isinstance(dialog.role, UserLineEdit)
    application, rejection = ApplicationDialog(context), RejectionDialog(context)
    qtbot.addWidget(application)
    qtbot.addWidget(rejection)
    assert isinstance(application.notes, UserTextEdit) and isinstance(rejection.message, UserTextEdit)
    rejection.message.set_text("نشكرك على اهتمامك بالانضمام إلى Careem")
    assert rejection.message.paragraph_directions() == [Qt.LayoutDirection.RightToLeft]


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_table_cells_of_user_text_take_their_own_direction(qtbot, journal, isolated_data, lang):
    from PySide6.QtWidgets import QStyleOptionViewItem

    from thabat.ui.applications_page import ApplicationsPage

    with journal.session() as session:
        add_application(session, ApplicationInput("e&", "مهندسة بيانات", date(2026, 9, 1)), TODAY)
    page = ApplicationsPage(make_context(journal, isolated_data, lang))
    qtbot.addWidget(page)
    page.show()
    directions = []
    for column in (0, 1):
        index = page.proxy.index(0, column)
        option = QStyleOptionViewItem()
        page.table.itemDelegateForIndex(index).initStyleOption(option, index)
        directions.append(option.direction)
    assert directions == [Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft]


def test_action_lines_isolate_their_date_beside_arabic_text(qtbot, journal, isolated_data):
    from thabat.app.text.dates import short_date
    from thabat.app.services import growth
    from thabat.ui.action_items_panel import ActionItemsPanel

    with journal.session() as session:
        growth.add_action(session, "أحضّر أمثلة STAR", date(2026, 12, 6), today=TODAY)
    context = make_context(journal, isolated_data, "ar")
    panel = ActionItemsPanel(context)
    qtbot.addWidget(panel)
    panel.refresh()
    [item] = [column.item(0) for column in panel.columns.values() if column.count()]
    assert isolate(short_date(date(2026, 12, 6), context.date_style())) in item.text()
