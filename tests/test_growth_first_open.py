"""Growth's first open, filled from its read thread: the content shows first, then the list of areas, then
the chosen area's rows a few an event-loop turn, and it ends showing what a fill in one go shows (issue 16)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QListWidget

from thabat.app.journal import Journal
from thabat.app.services import growth, rejections
from thabat.app.views.applications import RejectionInput
from thabat.storage.models import AreaCitation, Reflection
from thabat.ui.growth_page import AREA_ROWS_PER_TURN, GrowthPage
from tests.conftest import TODAY
from tests.ui_support import make_context

CITED = 2 * AREA_ROWS_PER_TURN + 5
"""Reflections citing the first area: three turns' worth of rows."""


@pytest.fixture
def disk_journal(isolated_data, pages_read_in_background):
    journal = Journal.open(isolated_data / "journal")
    with journal.session() as session:
        answers = growth.add_area(session, "Answers")
        growth.add_area(session, "Salary talk")
        for i in range(CITED):
            view = rejections.log_rejection(session, RejectionInput(
                company=f"Company {i} with a long trading name", role="Senior Analyst, Growth and Retention", received_on=TODAY - timedelta(days=i), stage="interview", round=1),
                TODAY)
            reflection = Reflection(rejection_id=view.id, state="done")
            session.add(reflection)
            session.flush()
            session.add(AreaCitation(area_id=answers, reflection_id=reflection.id))
        growth.add_action(session, "Mock interview", date(2026, 12, 1), area_id=answers)
    yield journal
    journal.close()


class Turns(QObject):
    """Counts event-loop turns (a zero timer) and notes, at the content's last Show, how many rows its lists held."""

    def __init__(self, page: GrowthPage) -> None:
        super().__init__()
        self.page = page
        self.turn = 0
        self.at_show: dict[str, int] | None = None
        self.inserted: list[tuple[int, int]] = []  # (turn, rows) for each insertion into the area's reflections
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._tick)
        self._timer.start(0)
        page.content.installEventFilter(self)
        page.area_reflections.model().rowsInserted.connect(
            lambda _parent, first, last: self.inserted.append((self.turn, last - first + 1)))

    def _tick(self) -> None:
        self.turn += 1

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Show:
            self.at_show = {"areas": self.page.areas.count(), "reflections": self.page.area_reflections.count()}
        return False


def _rows(listing: QListWidget) -> list[str]:
    return [listing.item(row).text() for row in range(listing.count())]


def _shown(page: GrowthPage) -> dict:
    return {"areas": _rows(page.areas), "reflections": _rows(page.area_reflections),
            "actions": _rows(page.area_actions), "interviews": _rows(page.area_interviews),
            "interviews shown": page.area_interviews.isVisible(), "title": page.area_title.text(),
            "state": page.area_state.currentData(), "row": page.areas.currentRow(), "skills": page.skills.rowCount()}


def _settled(page: GrowthPage) -> bool:
    return not page.loading and page.area_actions.count() == 1


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_first_open_fills_the_area_a_few_rows_a_turn_after_the_content_shows(qtbot, disk_journal,
                                                                                isolated_data, lang):
    page = GrowthPage(make_context(disk_journal, isolated_data, lang))
    qtbot.addWidget(page)
    page.resize(900, 700)
    turns = Turns(page)
    page.show()
    qtbot.waitUntil(lambda: _settled(page), timeout=10000)
    # Shown empty (after the loading line): its first layout and paint hold none of the rows (before: 2 and 25).
    assert turns.at_show == {"areas": 0, "reflections": 0}
    assert [rows for _turn, rows in turns.inserted] == [AREA_ROWS_PER_TURN, AREA_ROWS_PER_TURN, 5]
    assert len({turn for turn, _rows in turns.inserted}) == 3  # one part a turn
    shown_in_turns = _shown(page)

    page.refresh()  # the same read, filled in one go on the GUI thread, as before
    assert _shown(page) == shown_in_turns
    assert len(shown_in_turns["reflections"]) == CITED


def test_choosing_an_area_while_the_rows_come_shows_that_area_only(qtbot, disk_journal, isolated_data):
    page = GrowthPage(make_context(disk_journal, isolated_data, "en"))
    qtbot.addWidget(page)
    turns = Turns(page)
    chosen: list[int] = []

    def choose() -> None:  # a click between two turns: "Salary talk", cited by no reflection
        chosen.append(page.area_reflections.count())
        page.areas.setCurrentRow(1)

    page.area_reflections.model().rowsInserted.connect(lambda *_: chosen or QTimer.singleShot(0, choose))
    page.show()
    qtbot.waitUntil(lambda: bool(chosen), timeout=10000)
    assert chosen == [AREA_ROWS_PER_TURN]  # the first area's other rows were still to come
    chosen_at = turns.turn
    qtbot.waitUntil(lambda: turns.turn > chosen_at + 2 * CITED // AREA_ROWS_PER_TURN)  # more than they needed
    assert "Salary talk" in page.area_title.text()
    assert page.area_reflections.count() == 0 and page.area_actions.count() == 0


def _fits_its_rows(listing: QListWidget) -> bool:
    last = listing.visualRect(listing.model().index(listing.count() - 1, 0))
    return listing.viewport().height() == last.bottom() + 1 + listing.spacing()


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_an_area_chosen_after_another_has_its_lists_as_tall_as_their_wrapped_rows(qtbot, disk_journal,
                                                                                isolated_data, lang):
    """A visible list emptied then filled had been fitted to its rows laid out on one line each (nowhere to wrap
    in an empty list): its last rows were cut off, with no scroll bar of its own to reach them."""
    page = GrowthPage(make_context(disk_journal, isolated_data, lang))
    qtbot.addWidget(page)
    page.resize(700, 600)
    page.show()
    qtbot.waitUntil(lambda: _settled(page), timeout=10000)
    page.areas.setCurrentRow(1)
    page.areas.setCurrentRow(0)  # the lists visible, emptied and filled again
    qtbot.waitUntil(lambda: page.area_reflections.count() == CITED)
    wrapped = [page.area_reflections.visualRect(page.area_reflections.model().index(row, 0)).height()
               for row in range(CITED)]
    assert min(wrapped) >= 2 * page.area_reflections.fontMetrics().height()  # each wrapped: nowhere to hide it
    assert _fits_its_rows(page.area_reflections) and _fits_its_rows(page.area_actions)
