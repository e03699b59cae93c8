"""Formatted entries: the formatting bar writes Markdown, the entry reopens as it was, the PDF shows
the formatting (not the marks) with a direction per paragraph, and unformatted text stays exact."""

from __future__ import annotations

import json
from datetime import date

import pytest
from PySide6.QtGui import QFont, QTextCursor
from sqlmodel import select

from thabat.app.errors import InputError
from thabat.app.export.backup_json import BackupError, export_json, import_json
from thabat.app.export.pdf import PdfOptions, export_pdf
from thabat.app.journal import Journal
from thabat.app.views.journal import EntryInput
from thabat.app.text.markdown import markdown_html, markdown_plain
from thabat.app.services import entries
from thabat.storage.models import JournalEntry
from tests.conftest import TODAY
from tests.pdf_reading import pdfium_pages
from tests.ui_support import make_context, type_text as type_line
from thabat.ui.entry_editor import EntryEditor

MARKDOWN = ("## يوم المقابلة\n\nكانت **جيدة** و *هادئة*\n\n- STAR stories\n- أسئلة عن الراتب\n\n"
            "1. first\n2. second\n\n[my notes](https://example.org/notes) [run me](javascript:alert(1)) <b>raw</b>")


def test_markdown_becomes_html_with_a_direction_per_paragraph():
    html = markdown_html(MARKDOWN, "auto", "ltr")
    assert '<h4 dir="rtl">يوم المقابلة</h4>' in html
    assert '<p dir="rtl">كانت <b>جيدة</b> و <i>هادئة</i></p>' in html
    assert '<ul dir="ltr"><li dir="ltr">STAR stories</li><li dir="rtl">أسئلة عن الراتب</li></ul>' in html
    assert '<ol dir="ltr"><li dir="ltr">first</li><li dir="ltr">second</li></ol>' in html
    assert '<a href="https://example.org/notes">my notes</a>' in html
    assert "javascript" not in html and "run me" in html  # the words stay, the link goes
    assert "&lt;b&gt;raw&lt;/b&gt;" in html and "<b>raw</b>" not in html
    assert '<p dir="ltr">' in markdown_html("كلمة", "ltr", "rtl")  # the override wins
    assert markdown_plain(MARKDOWN).splitlines()[:2] == ["يوم المقابلة", "كانت جيدة و هادئة"]


def _editor(qtbot, journal, tmp_path) -> EntryEditor:
    editor = EntryEditor(make_context(journal, tmp_path, "en"))
    qtbot.addWidget(editor)
    editor.resize(700, 500)
    editor.show()
    return editor


def type_text(widget, text: str) -> None:
    """Lines typed as a user types them: Enter between them starts a new paragraph."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    for number, line in enumerate(text.split("\n")):
        if number:
            QTest.keyClick(widget, Qt.Key.Key_Return)
        type_line(widget, line)


def _select(editor: EntryEditor, start: int, length: int) -> None:
    cursor = editor.body.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + length, QTextCursor.MoveMode.KeepAnchor)
    editor.body.setTextCursor(cursor)


def _stored(journal: Journal) -> JournalEntry:
    with journal.session() as session:
        [entry] = session.exec(select(JournalEntry)).all()
        session.expunge(entry)
        return entry


def test_the_formatting_bar_writes_markdown_that_reopens_the_same(qtbot, journal, tmp_path):
    editor = _editor(qtbot, journal, tmp_path)
    editor.body.setFocus()
    type_text(editor.body, "Interview day\nIt went well today\nSTAR stories\nSalary questions\nnotes")
    editor.body.moveCursor(QTextCursor.MoveOperation.Start)
    editor.format_bar.heading.trigger()
    _select(editor, len("Interview day\nIt "), len("went well "))  # the trailing space stays outside
    editor.format_bar.bold.trigger()
    block = editor.body.document().findBlockByNumber(2)
    editor.body.setTextCursor(QTextCursor(block))
    editor.format_bar.bullets.trigger()
    editor.body.setTextCursor(QTextCursor(editor.body.document().findBlockByNumber(3)))
    editor.format_bar.bullets.trigger()
    last = editor.body.document().findBlockByNumber(4)
    _select(editor, last.position(), len("notes"))
    assert editor.format_bar.add_link("https://example.org/notes")
    assert not editor.format_bar.add_link("javascript:alert(1)")
    assert editor.save_now()
    stored = _stored(journal)
    assert stored.markup == "markdown"
    assert stored.body == ("## Interview day\n\nIt **went well** today\n\n- STAR stories\n- Salary questions\n\n"
                           "[notes](https://example.org/notes)")
    editor.clear()
    editor.show_entry(entries_view(journal, stored.id))
    document = editor.body.document()
    assert document.findBlockByNumber(0).blockFormat().headingLevel() == 2
    assert document.findBlockByNumber(2).textList() is not None
    editor.body.setTextCursor(QTextCursor(document.findBlockByNumber(1)))
    cursor = editor.body.textCursor()
    cursor.setPosition(document.findBlockByNumber(1).position() + 5)
    editor.body.setTextCursor(cursor)
    assert editor.body.currentCharFormat().fontWeight() >= QFont.Weight.DemiBold
    assert editor.format_bar.bold.isChecked()


def entries_view(journal: Journal, entry_id: int):
    with journal.session() as session:
        return entries.get_entry(session, entry_id)


def test_text_without_formatting_is_stored_exactly_as_typed(qtbot, journal, tmp_path):
    editor = _editor(qtbot, journal, tmp_path)
    editor.body.setFocus()
    type_text(editor.body, "1. not a list\n* not bold *\n# not a heading")
    assert editor.save_now()
    stored = _stored(journal)
    assert (stored.markup, stored.body) == ("plain", "1. not a list\n* not bold *\n# not a heading")


def test_the_pdf_shows_formatting_not_marks(journal, tmp_path):
    with journal.session() as session:
        entries.create_entry(session, EntryInput("Prep", MARKDOWN, date(2026, 11, 20), markup="markdown"), TODAY)
    target = tmp_path / "journal.pdf"
    with journal.session() as session:
        export_pdf(session, target, PdfOptions(today=TODAY, sections=("journal",)))
    text = "\n".join(pdfium_pages(target))
    for words in ("STAR stories", "my notes", "first", "second"):
        assert words in text
    assert "**" not in text and "##" not in text and "javascript" not in text


def test_a_backup_keeps_the_markup_and_refuses_an_unknown_one(journal, tmp_path):
    with journal.session() as session:
        entries.create_entry(session, EntryInput("Prep", MARKDOWN, date(2026, 11, 20), markup="markdown"), TODAY)
        export_json(session, tmp_path / "backup.json")
    restored = Journal.in_memory()
    with restored.session() as session:
        import_json(session, tmp_path / "backup.json")
    assert _stored(restored).markup == "markdown"
    data = json.loads((tmp_path / "backup.json").read_text(encoding="utf-8"))
    data["tables"]["journal_entry"][0]["markup"] = "html"
    (tmp_path / "bad.json").write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(BackupError, match="markup"), Journal.in_memory().session() as session:
        import_json(session, tmp_path / "bad.json")


def test_the_service_refuses_an_unknown_markup(journal):
    with journal.session() as session, pytest.raises(InputError):
        entries.create_entry(session, EntryInput("x", "y", date(2026, 11, 1), markup="html"), TODAY)
