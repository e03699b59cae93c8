"""The year in pixels: which day lands in which square, what colours it, the runs of check-ins,
and the calendar on the Charts page (chosen by year, mirrored in Arabic)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QPoint

from thabat.app.charts.build import build_chart
from thabat.app.charts.data import Period
from thabat.app.charts.pixels import check_in_streaks, pixel_years, streaks, year_pixels
from thabat.app.charts.pixels_chart import cell_of
from thabat.app.charts.readout import describe
from thabat.app.charts.style import ChartStyle, is_empty_state
from thabat.app.text.dates import DateStyle
from thabat.app.views.applications import RejectionInput
from thabat.app.services.checkins import record_check_in
from thabat.app.services.rejections import log_rejection
from tests.conftest import TODAY
from tests.ui_support import make_context
from thabat.ui.charts_page import ChartsPage

CHECK_INS = {date(2026, 1, 1): 2, date(2026, 3, 14): 7, date(2026, 11, 24): 5, date(2026, 11, 25): 6,
             date(2026, 11, 26): 8, date(2025, 12, 31): 4}


@pytest.fixture
def year_journal(journal):
    with journal.session() as session:
        for day, score in CHECK_INS.items():
            record_check_in(session, score, day=day, today=TODAY)
        log_rejection(session, RejectionInput("Noon", "Analyst", date(2026, 3, 14), "interview"), TODAY)
        log_rejection(session, RejectionInput("Careem", "Designer", date(2024, 6, 2), "application"), TODAY)
    return journal


@pytest.mark.parametrize(("days", "today", "current", "longest"), [
    ([], TODAY, 0, 0),
    ([TODAY], TODAY, 1, 1),
    ([TODAY - timedelta(days=1)], TODAY, 1, 1),  # today is not over: yesterday's run still counts
    ([TODAY - timedelta(days=2)], TODAY, 0, 1),
    ([TODAY - timedelta(days=n) for n in (0, 1, 2, 5, 6, 7, 8)], TODAY, 3, 4),
    ([date(2026, 2, 28), date(2026, 3, 1), date(2026, 3, 1)], date(2026, 3, 1), 2, 2),
    ([date(2024, 2, 28), date(2024, 2, 29), date(2024, 3, 1)], date(2026, 3, 1), 0, 3),  # a leap day
])
def test_streaks_count_days_in_a_row(days, today, current, longest):
    result = streaks(days, today)
    assert (result.current, result.longest) == (current, longest)


def test_a_year_holds_its_own_check_ins_and_rejections(year_journal):
    with year_journal.session() as session:
        pixels = year_pixels(session, 2026)
        assert pixels.scores == {day: score for day, score in CHECK_INS.items() if day.year == 2026}
        assert pixels.rejections == {date(2026, 3, 14)}
        assert check_in_streaks(session, TODAY) == streaks(CHECK_INS, TODAY)
        assert (check_in_streaks(session, TODAY).current, check_in_streaks(session, TODAY).longest) == (3, 3)
        assert pixel_years(session, TODAY) == [2026, 2025, 2024]  # from the 2024 rejection on


@pytest.mark.parametrize(("lang", "week_start_row"), [("en", 3), ("ar", 5)])
def test_days_land_in_their_weekday_row(lang, week_start_row):
    style = ChartStyle(DateStyle(lang=lang))
    assert cell_of(date(2026, 1, 1), 2026, style) == (0, week_start_row)  # a Thursday
    column, row = cell_of(date(2026, 1, 5), 2026, style)  # the Monday after
    assert (column, row) == ((1, 0) if lang == "en" else (1, 2))  # Arabic weeks start on Saturday 3 January
    assert cell_of(date(2026, 12, 31), 2026, style)[0] == 52


def test_each_square_reads_out_its_day(year_journal):
    style = ChartStyle(DateStyle(lang="en"))
    with year_journal.session() as session:
        figure = build_chart("pixels", session, Period(date(2026, 1, 1), TODAY), style, today=TODAY)
    figure.canvas.draw()
    axes = figure.axes[0]
    column, row = cell_of(date(2026, 3, 14), 2026, style)
    x, y = axes.transData.transform((column + 0.5, row + 0.5))
    assert describe(figure, x, y, style) == "Daily check-in: 7 · 14 March 2026 · a rejection arrived"
    column, row = cell_of(date(2026, 3, 15), 2026, style)  # no check-in: nothing to read out
    x, y = axes.transData.transform((column + 0.5, row + 0.5))
    assert describe(figure, x, y, style) == ""
    assert figure.get_suptitle() == "Check-ins in 2026"
    assert any("3 now, 3 at the longest" in text.get_text() for text in figure.texts)


def test_an_empty_year_says_so_kindly(year_journal):
    with year_journal.session() as session:
        figure = build_chart("pixels", session, Period(date(2023, 1, 1), date(2023, 12, 31)),
                             ChartStyle(DateStyle(lang="en")), today=TODAY)
    assert is_empty_state(figure)


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_charts_page_shows_a_year_at_a_time(qtbot, year_journal, tmp_path, lang):
    page = ChartsPage(make_context(year_journal, tmp_path, lang))
    qtbot.addWidget(page)
    page.show()
    assert not page.year_box.isVisible()
    page.tabs.setCurrentIndex(page.tabs.count() - 1)
    assert page.tabs.tabText(page.tabs.currentIndex()) == ("Year in pixels" if lang == "en" else "السنة يومًا بيوم")
    assert page.year_box.isVisible() and not page.range_box.isVisible()
    assert [page.year_box.itemData(i) for i in range(page.year_box.count())] == [2026, 2025, 2024]
    assert page.figure.get_suptitle().endswith("2026")
    axes = page.figure.axes[0]
    assert axes.xaxis_inverted() == (lang == "ar")  # weeks run from the right in Arabic
    page.year_box.setCurrentIndex(1)
    assert page.figure.get_suptitle().endswith("2025")
    column, row = cell_of(date(2025, 12, 31), 2025, page.chart_style())
    x, y = page.figure.axes[0].transData.transform((column + 0.5, row + 0.5))  # the figure as drawn and shown
    ratio = page.canvas.image.devicePixelRatio()
    qtbot.mouseMove(page.canvas, QPoint(round(x / ratio), round((page.canvas.image.height() - y) / ratio)))
    assert page.readout.text().startswith("Daily check-in: 4" if lang == "en" else "تسجيل الثقة اليومي: 4")
    page.tabs.setCurrentIndex(0)
    assert page.range_box.isVisible() and not page.year_box.isVisible()


def test_check_ins_alone_open_the_charts_page_on_the_calendar(qtbot, journal, tmp_path):
    """A new user who checks in before adding any application still reaches the year in pixels."""
    with journal.session() as session:
        record_check_in(session, 6, today=TODAY)
    page = ChartsPage(make_context(journal, tmp_path, "en"))
    qtbot.addWidget(page)
    page.show()
    page.tabs.setCurrentIndex(page.tabs.count() - 1)
    assert not page.is_empty() and page.figure.get_suptitle() == "Check-ins in 2026"
