"""Step 4 asks each thing once: "What did you do well…" became "What went well", "change one thing"
became "What to improve"; answers written under the old prompts still show, under the merged one,
in the editor, the reader and the PDF, and nothing is lost when the reflection is saved again.
Its topics are folded: a few questions at a time."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from sqlmodel import select

from thabat.app.text import catalogue
from thabat.app.text.dates import DateStyle
from thabat.app.export.pdf_content import load_content
from thabat.app.export.pdf_html import HtmlBuilder, labels
from thabat.app.journal import Journal
from thabat.app.services.prompts import answer_heading, merged_prompt, prompts_for_stage
from thabat.app.services.entries import read_reflection
from thabat.storage.models import Reflection, ReflectionAnswer
from tests.reflection_support import open_page, reflection_on
from tests.ui_support import make_context
from thabat.ui.journal_page import JournalPage

FIXTURES = Path(__file__).parent / "fixtures"
OLD_WELL, OLD_CHANGE = "I asked about the roadmap", "Bring numbers to every story"


def old_reflection(journal) -> int:
    """A finished reflection written before the merge: its own fields and answers to the old prompts."""
    reflection_id = reflection_on(journal)
    with journal.session() as session:
        reflection = session.get(Reflection, reflection_id)
        reflection.went_well, reflection.to_improve, reflection.state = "Calm answers", "", "done"
        session.add(reflection)
        session.add(ReflectionAnswer(reflection_id=reflection_id, prompt_key="general.did_well", text=OLD_WELL))
        session.add(ReflectionAnswer(reflection_id=reflection_id, prompt_key="general.one_change", text=OLD_CHANGE))
    return reflection_id


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_no_stage_asks_the_same_thing_twice(lang):
    keys = {p.key for stage in ("application", "screening", "assessment", "interview", "final", "offer_withdrawn")
            for p in prompts_for_stage(stage, lang)}
    assert not keys & {"general.did_well", "general.one_change"}
    assert "general.outside_control" in keys
    assert merged_prompt("went_well", lang) and merged_prompt("to_improve", lang)
    assert answer_heading("general.did_well", "x", lang) == (merged_prompt("went_well", lang), "x")


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_old_answers_show_under_the_merged_prompt_in_the_reader_and_the_pdf(qtbot, journal, isolated_data, lang):
    reflection_id = old_reflection(journal)
    with journal.session() as session:
        reading = read_reflection(session, reflection_id)
        content = load_content(session, None, None, True, lang, labels(lang))
    sections = {section.key: section.text for section in reading.sections}
    assert sections == {"went_well": f"Calm answers\n\n{OLD_WELL}", "to_improve": OLD_CHANGE}

    page = JournalPage(make_context(journal, isolated_data, lang))
    qtbot.addWidget(page)
    page.open_item("reflection", reflection_id)
    shown = page.reader.toPlainText()
    assert OLD_WELL in shown and OLD_CHANGE in shown
    assert shown.index("Calm answers") < shown.index(OLD_WELL)  # one heading, both texts

    builder = HtmlBuilder(lang, DateStyle(lang))
    for item in content.in_order():
        builder.item(item)
    pdf = QTextDocument()
    pdf.setHtml(builder.html())
    answers = {answer.question: answer.text for answer in content.reflections[0].answers}
    well, change = labels(lang)["field_went_well"], labels(lang)["field_to_improve"]
    assert answers[well] == f"Calm answers\n\n{OLD_WELL}" and answers[change] == OLD_CHANGE
    assert len(answers) == 2 and OLD_WELL in pdf.toPlainText()


def test_the_editor_shows_them_in_the_merged_box_and_saving_moves_them_there(qtbot, journal, isolated_data):
    reflection_id = old_reflection(journal)
    page = open_page(qtbot, journal, isolated_data, "en", reflection_id)
    learn = page.steps[3]
    assert learn.went_well.text() == f"Calm answers\n\n{OLD_WELL}" and learn.to_improve.text() == OLD_CHANGE
    assert "general.did_well" not in learn.prompt_keys()
    page.go_to(3)
    assert page.save_now()
    page.open(reflection_id)  # read again: once, not twice
    assert learn.went_well.text() == f"Calm answers\n\n{OLD_WELL}"
    with journal.session() as session:
        keys = session.exec(select(ReflectionAnswer.prompt_key).where(ReflectionAnswer.reflection_id == reflection_id)).all()
        row = session.get(Reflection, reflection_id)
        assert "general.did_well" not in keys and "general.one_change" not in keys
        assert (row.went_well, row.to_improve) == (f"Calm answers\n\n{OLD_WELL}", OLD_CHANGE)


def test_step_four_opens_one_topic_at_a_time(qtbot, journal, isolated_data):
    page = open_page(qtbot, journal, isolated_data, "ar", reflection_on(journal, "interview"))
    page.go_to(3)
    learn = page.steps[3]
    opened = [topic for topic, section in learn.sections.items() if section.is_open()]
    assert opened == [next(iter(learn.sections))]  # the first topic; the others wait under their headings
    visible = [key for key, editor in learn.answers.items() if editor.isVisible()]
    assert 0 < len(visible) <= 3 < len(learn.answers)
    last_topic, last = list(learn.sections.items())[-1]
    assert last.header.arrowType() == Qt.ArrowType.LeftArrow  # closed, pointing along Arabic reading
    qtbot.mouseClick(last.header, Qt.MouseButton.LeftButton)
    assert last.is_open() and last.header.arrowType() == Qt.ArrowType.DownArrow
    key = next(k for k, topic in learn.topics.items() if topic == last_topic)
    assert learn.answers[key].isVisible()
    learn.answers[key].set_text("مثال")
    page.save_now()
    page.open(page.view.id)  # a topic with an answer opens by itself
    assert learn.sections[last_topic].is_open()


@pytest.mark.parametrize("fixture", ["journal-0003.db", "journal-0004.db"])
def test_reflections_written_before_the_modes_are_full_ones(fixture, isolated_data):
    isolated_data.mkdir(parents=True)
    working = isolated_data / "thabat.db"
    shutil.copyfile(FIXTURES / fixture, working)
    with sqlite3.connect(working) as raw:
        count = raw.execute("SELECT count(*) FROM reflection").fetchone()[0]
    raw.close()

    journal = Journal.open(isolated_data)
    try:
        with journal.session() as session:
            modes = session.exec(select(Reflection.mode)).all()
            assert len(modes) == count > 0 and set(modes) == {"full"}
    finally:
        journal.close()
