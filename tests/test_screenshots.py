"""The README screenshot script: grabbing one page of a tiny journal writes a real PNG."""

from __future__ import annotations

import importlib.util

import pytest
from pathlib import Path

from PySide6.QtGui import QImage

from tests.ui_support import make_context, switcher
from thabat.ui.main_window import MainWindow

SCRIPT = Path(__file__).resolve().parent.parent / "packaging" / "screenshots.py"


def _load_script():
    # packaging/ is not a Python package (its name would shadow PyPA's `packaging`): load by path.
    spec = importlib.util.spec_from_file_location("thabat_screenshots", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_grab_page_writes_a_png_of_the_window(qtbot, journal, isolated_data, tmp_path):
    screenshots = _load_script()
    window = MainWindow(make_context(journal, isolated_data, "en"), switcher())
    qtbot.addWidget(window)
    window.resize(*screenshots.WINDOW_SIZE)
    window.show()
    qtbot.waitExposed(window)
    path = screenshots.grab_page(window, "applications", "en", tmp_path)
    assert path == tmp_path / "applications-en.png"
    assert path.stat().st_size > 1000
    image = QImage(str(path))
    assert (image.width(), image.height()) == (window.width(), window.height())
    assert image.width() == screenshots.WINDOW_SIZE[0]
    assert window.current_page() is window.pages["applications"]


def test_the_board_is_grabbed_and_the_table_comes_back(qtbot, journal, isolated_data, tmp_path):
    screenshots = _load_script()
    window = MainWindow(make_context(journal, isolated_data, "en"), switcher())
    qtbot.addWidget(window)
    window.resize(*screenshots.WINDOW_SIZE)
    window.show()
    path = screenshots.grab_board(window, "en", tmp_path)
    assert path == tmp_path / "applications-board-en.png" and path.stat().st_size > 1000
    assert not window.pages["applications"].showing_board()


def test_the_screenshots_show_the_window_at_its_default_size():
    from thabat.ui.main_window import DEFAULT_SIZE

    assert _load_script().WINDOW_SIZE == DEFAULT_SIZE


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_a_page_is_grabbed_once_its_layout_has_settled(qtbot, journal, isolated_data, tmp_path, lang):
    """The matrix's Today at 1920x1080 showed empty room above *Coming up* and *On this day*: the
    window had grown while another page showed, and one round of events left Today's cards at the
    height their wrapped lines had needed at the narrower width (the title took the rest)."""
    screenshots = _load_script()
    _fill(journal)
    window = MainWindow(make_context(journal, isolated_data, lang), switcher())
    qtbot.addWidget(window)
    window.resize(1100, 700)
    window.show()
    qtbot.waitExposed(window)
    for key in ("today", "settings"):
        screenshots.grab_page(window, key, lang, tmp_path)
    window.resize(1920, 1080)
    screenshots.grab_page(window, "today", lang, tmp_path)
    page = window.pages["today"]
    titles = {card.title.text(): (card.title.height(), card.title.sizeHint().height())
              for column in ("main", "side") for card in page.cards.cards(column) if card.isVisible()}
    assert len(titles) >= 5
    assert {text: heights for text, heights in titles.items() if heights[0] != heights[1]} == {}


def _fill(journal) -> None:
    """Some of everything Today shows: applications, rejections with reflections, check-ins, entries."""
    from datetime import timedelta

    from tests.conftest import TODAY
    from thabat.app.services.applications import add_application
    from thabat.app.services.checkins import record_check_in
    from thabat.app.services.entries import create_entry
    from thabat.app.services.rejections import log_rejection
    from thabat.app.views.applications import ApplicationInput, RejectionInput
    from thabat.app.views.journal import EntryInput

    with journal.session() as session:
        for days, company, role in [(3, "Nahdi Tech", "Data analyst"), (6, "شركة المدار", "محلل بيانات"),
                                    (400, "Atlas Logistics", "Business analyst")]:
            add_application(session, ApplicationInput(company, role, TODAY - timedelta(days=days)), today=TODAY)
        for days, company, stage in [(1, "Careem", "interview"), (365, "مصرف الراجحي", "screening")]:
            log_rejection(session, RejectionInput(company, "Analyst", TODAY - timedelta(days=days), stage,
                                                  applied_on=TODAY - timedelta(days=days + 21)), today=TODAY)
        for days in range(6):
            record_check_in(session, 6, day=TODAY - timedelta(days=days + 1), today=TODAY)
        for months in range(1, 7):  # On this day: long first lines that wrap more on a narrow window
            written = TODAY.replace(month=(TODAY.month - months - 1) % 12 + 1)
            if written > TODAY:
                written = written.replace(year=TODAY.year - 1)
            create_entry(session, EntryInput(f"Week {months}", "I finished the Power BI exercise I was stuck on last "
                                             "week and sent two applications before noon; I want to remember how "
                                             "that felt. " * 2, written), today=TODAY)
