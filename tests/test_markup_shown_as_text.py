"""User text is text: markup typed or imported into any field is shown literally, never rendered.

An area named `<img src="file:///…">` showed an image. Every text column of a full journal is set
to markup here, then every page, the reader, search snippets, the guide's resources and the PDF
are checked: wherever Qt would read a string as rich text, the markup must come out as written.
"""

from __future__ import annotations

import subprocess
import unicodedata

import pytest
from PySide6.QtCore import QItemSelectionModel, QModelIndex
from PySide6.QtGui import QTextDocument, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QListView, QTextEdit, QWidget
from sqlalchemy import text

from thabat.storage import search_index
from tests.conftest import TODAY
from tests.export_support import build_bilingual_journal
from tests.ui_support import make_context, switcher
from thabat.ui.rich_text_delegate import HTML_ROLE

MARK = "thabat-marker"
MARKUP = f'<img src="file:///tmp/{MARK}.png"><b>bold</b>&amp;'
"""What the user typed; shown right, it reads exactly like this."""
KEEP = {"stage", "outcome", "channel", "state", "kind", "direction", "step", "key", "prompt_key", "format",
        "url", "link", "profile_url", "email"}
"""Columns that hold keys the database checks, or links (tested in test_links.py)."""


SELECT_ROW = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows


def _hostile_journal(journal) -> None:
    with journal.session() as session:
        build_bilingual_journal(session)
        connection = session.connection()
        tables = [r[0] for r in connection.execute(text(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'search%' "
            "AND name NOT LIKE 'alembic%' AND name NOT LIKE 'sqlite%'"))]
        for table in tables:
            for _, column, kind, *_ in connection.execute(text(f'PRAGMA table_info("{table}")')).fetchall():
                if kind.upper().startswith("VARCHAR") or kind.upper() == "TEXT":
                    if column not in KEEP:  # the id keeps names unique
                        connection.execute(text(f'UPDATE "{table}" SET "{column}" = :m || \' \' || id'),
                                           {"m": MARKUP})
        search_index.rebuild(connection)


def _shown(markup_or_text: str, rich: bool) -> str:
    if not rich:
        return markup_or_text
    document = QTextDocument()
    document.setHtml(markup_or_text)
    return document.toPlainText()


def _problems(root: QWidget) -> list[str]:
    """Every place under `root` where the marker is rendered as markup instead of shown as text."""
    found = []

    def check(where: str, value: str, rich: bool) -> None:
        if MARK in value and MARKUP not in _shown(value, rich):
            found.append(f"{where}: {value[:120]!r}")

    for widget in [root, *root.findChildren(QWidget)]:
        name = f"{type(widget).__name__}({widget.objectName()})"
        tip = widget.toolTip()
        check(f"tooltip of {name}", tip, Qt.mightBeRichText(tip))
        if isinstance(widget, QLabel):
            label = widget.text()
            rich = widget.textFormat() == Qt.TextFormat.RichText or (
                widget.textFormat() == Qt.TextFormat.AutoText and Qt.mightBeRichText(label))
            check(name, label, rich)
        elif isinstance(widget, QTextEdit):
            if MARK in widget.toHtml() and MARKUP not in widget.toPlainText():
                found.append(f"{name}: renders {MARK}")
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for row in range(model.rowCount(QModelIndex())):
                for column in range(1 if isinstance(widget, QListView) else model.columnCount(QModelIndex())):
                    index = model.index(row, column)
                    html = index.data(HTML_ROLE)
                    if isinstance(html, str):
                        check(f"{name} row {row} (delegate)", html, True)
                    tip = index.data(Qt.ItemDataRole.ToolTipRole)
                    if isinstance(tip, str):
                        check(f"{name} row {row} tooltip", tip, Qt.mightBeRichText(tip))
    return found


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_every_page_shows_markup_as_text(qtbot, journal, isolated_data, lang):
    from thabat.ui.main_window import MainWindow

    _hostile_journal(journal)
    window = MainWindow(make_context(journal, isolated_data, lang), switcher())
    qtbot.addWidget(window)
    window.show()
    problems: list[str] = []
    seen = 0
    for key in ("today", "applications", "growth", "contacts", "journal", "charts"):
        page = window.show_page(key)
        page.refresh()
        views = [v for v in page.findChildren(QAbstractItemView) if v.isVisible() and v.model() is not None]
        for view in views:  # open the first item of every list: the detail panes fill in
            for row in range(min(view.model().rowCount(QModelIndex()), 3)):
                view.selectionModel().setCurrentIndex(view.model().index(row, 0), SELECT_ROW)
                problems += _problems(window)
        if key == "journal":
            for row in range(page.list.count()):
                page.list.setCurrentRow(row)
                problems += _problems(window)
            page.search_box.setText("bold")
            page.refresh()
            assert page.list.count() > 0
            for row in range(page.list.count()):
                page.list.setCurrentRow(row)
                problems += _problems(window)
        problems += _problems(window)
        seen += sum(MARK in label.text() for label in window.findChildren(QLabel))
    assert seen > 0, "no label showed user text: the check saw nothing"
    assert not problems, "\n".join(dict.fromkeys(problems))


def test_the_reflection_page_shows_markup_as_text(qtbot, journal, isolated_data):
    from thabat.app.services.reflection_growth import add_skill
    from thabat.app.services.reflections import finish_reflection, load_reflection
    from tests.reflection_support import open_page, reflection_on

    earlier = reflection_on(journal, company=MARKUP, interviewer=MARKUP)
    with journal.session() as session:
        draft = load_reflection(session, earlier).draft
        finish_reflection(session, earlier, type(draft)(**{**draft.__dict__, "strength": MARKUP}), TODAY)
        add_skill(session, MARKUP)
    page = open_page(qtbot, journal, isolated_data, "en", reflection_on(journal, company=MARKUP, interviewer=MARKUP))
    problems = []
    for index in range(len(page.steps)):
        page.go_to(index)
        problems += _problems(page)
    assert sum(MARK in label.text() for label in page.findChildren(QLabel)) >= 2
    assert not problems, "\n".join(dict.fromkeys(problems))


def test_the_guide_resources_show_markup_as_text(qtbot, journal, isolated_data):
    from thabat.app.services import resources
    from thabat.ui.guide_dialog import GuideDialog

    with journal.session() as session:
        resources.add_resource(session, MARKUP, "https://example.org", MARKUP)
    dialog = GuideDialog(make_context(journal, isolated_data))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentIndex(1)
    dialog.resources.refresh()
    dialog.resources.listing.setCurrentRow(0)
    assert not _problems(dialog)


def test_the_pdf_prints_markup_as_text(journal, tmp_path):
    from thabat.app.export.pdf import PdfOptions, export_pdf

    _hostile_journal(journal)
    target = tmp_path / "journal.pdf"
    with journal.session() as session:
        export_pdf(session, target, PdfOptions(lang="en", today=TODAY, sections=("cover", "journal")))
    printed = subprocess.run(["pdftotext", "-raw", str(target), "-"], capture_output=True, text=True, check=True).stdout
    printed = unicodedata.normalize("NFKC", printed)  # the "fi" of "file" comes out as a ligature
    assert MARK in printed and f'<img src="file:///tmp/{MARK}.png">' in printed
