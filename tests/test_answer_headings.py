"""Every reflection field reads as words in the journal reader and the PDF, never as an internal key."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QTextDocument

from thabat.app.export.pdf_content import load_content
from thabat.app.export.pdf_html import HtmlBuilder, labels
from thabat.app.services.reflections import finish_reflection
from thabat.app.text import catalogue
from thabat.app.text.dates import DateStyle
from thabat.app.views.reflections import ReflectionDraft
from thabat.storage.reflection_writing import TEXTS
from tests.conftest import TODAY
from tests.reflection_support import open_page, reflection_on
from tests.ui_support import make_context

from thabat.ui.journal_page import JournalPage

KEY = re.compile(r"\b[a-z]+(?:[._][a-z]+)+\b")
"""What an internal key looks like: trap.overgeneralising, cv.tailored, reply_text."""


def every_answer() -> dict[str, str]:
    data = catalogue.load("prompts")
    answers = {prompt["key"]: f"Answer {n}" for n, prompt in enumerate(data["prompts"])}
    for n, trap in enumerate(data["thinking_traps"]):
        answers[f"trap.{trap['key']}"] = f"Kinder view {n}"
        answers[f"trap.{trap['key']}.felt"] = "yes"
    answers["retired.prompt"] = "An answer to a prompt since removed"
    return answers


def every_field() -> dict[str, str]:
    return {name: f"Written {name.replace('_', ' ')}" for name in TEXTS}


@pytest.fixture
def finished(qtbot, journal, isolated_data, lang):
    """One reflection finished through the page (a trap ticked), one with every field and every answer."""
    page = open_page(qtbot, journal, isolated_data, lang, reflection_on(journal))
    page.go_to(4)
    traps = page.steps[4]
    traps.felt("overgeneralising").setChecked(True)
    traps.reframe("overgeneralising").set_text("One no is one no")
    page.finish()
    full = reflection_on(journal, company="Noon")
    with journal.session() as session:
        finish_reflection(session, full, ReflectionDraft(step="close", **every_field(), answers=every_answer()), TODAY)
    return journal, full


def assert_no_key(text: str) -> None:
    assert KEY.findall(text) == [], text
    assert "\nyes\n" not in f"\n{text}\n"


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_journal_reader_shows_words_for_every_field(qtbot, finished, isolated_data, lang):
    journal, full = finished
    page = JournalPage(make_context(journal, isolated_data, lang))
    qtbot.addWidget(page)
    page.show()
    for item in range(page.list.count()):
        page.list.setCurrentRow(item)
        shown = page.reader.toPlainText()
        assert shown.strip()
        assert_no_key(shown)
    page.open_item("reflection", full)
    shown = page.reader.toPlainText()
    trap = next(t for t in catalogue.load("prompts")["thinking_traps"] if t["key"] == "overgeneralising")[lang]
    assert trap["name"] in shown and "Kinder view" in shown and "Written next steps" in shown


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_pdf_shows_words_for_every_field(finished, lang):
    journal, _full = finished
    with journal.session() as session:
        content = load_content(session, None, None, True, lang, labels(lang))
    builder = HtmlBuilder(lang, DateStyle(lang))
    for item in content.in_order():
        builder.item(item)
    document = QTextDocument()
    document.setHtml(builder.html())  # the very HTML the PDF writer lays out
    shown = document.toPlainText()
    assert len(content.reflections) == 2
    assert_no_key(shown)
    trap = next(t for t in catalogue.load("prompts")["thinking_traps"] if t["key"] == "overgeneralising")[lang]
    assert trap["name"] in shown and "One no is one no" in shown and "Answer 3" in shown
