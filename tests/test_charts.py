"""Chart read models and figures checked against the journal, empty states, ticks and read-outs."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

import pytest
from matplotlib.dates import num2date
from sqlmodel import select

from thabat.app.charts import builders, data, readout
from thabat.app.charts.build import build_chart, figure_bytes
from thabat.app.charts.choices import CHART_KEYS, period_for
from thabat.app.charts.data import Period
from thabat.app.charts.style import ChartStyle, is_empty_state
from thabat.app.charts.time_axis import date_ticks
from thabat.app.services.applications import add_application, add_stage
from thabat.app.services.checkins import record_check_in
from thabat.app.services.rejections import log_rejection
from thabat.app.text.dates import DateStyle, to_hijri
from thabat.app.views.applications import ApplicationInput, RejectionInput
from thabat.storage.models import Application, Rejection
from tests.chart_journal import add_reflection, add_skills, stacked_bars
from tests.conftest import TODAY

EN = ChartStyle(DateStyle("en"))
AR = ChartStyle(DateStyle("ar", digits="arabic"))
ALL = Period(None, TODAY)


def _apply(session, company: str, day: date) -> int:
    return add_application(session, ApplicationInput(company=company, role="Analyst", applied_on=day), TODAY).id


def _reject(session, app_id: int, day: date, stage: str) -> int:
    return log_rejection(session, RejectionInput(company="x", role="", received_on=day, stage=stage,
                                                 application_id=app_id), TODAY).id


@pytest.fixture
def small(session):
    """Eight applications over five weeks with known stages, a few check-ins, reflections and ratings."""
    d = date(2026, 10, 5)  # a Monday
    a = _apply(session, "Acme", d)                              # rejected at screening
    b = _apply(session, "شركة النور", d + timedelta(days=2))    # interview, then rejected at interview
    c = _apply(session, "Globex", d + timedelta(days=9))        # final round, then offer
    e = _apply(session, "Initech", d + timedelta(days=10))      # pending
    f = _apply(session, "Umbrella", d + timedelta(days=16))     # withdrawn
    g = _apply(session, "Hooli", d + timedelta(days=17))        # rejected at application
    h = _apply(session, "Stark", d + timedelta(days=30))        # pending
    i = _apply(session, "Wayne", d + timedelta(days=31))        # interviewing
    add_stage(session, a, "screening", d + timedelta(days=3), today=TODAY)
    _reject(session, a, d + timedelta(days=8), "screening")
    add_stage(session, b, "interview", d + timedelta(days=12), round=1, today=TODAY)
    _reject(session, b, d + timedelta(days=15), "interview")
    add_stage(session, c, "final", d + timedelta(days=20), today=TODAY)
    add_stage(session, c, "offer", d + timedelta(days=25), today=TODAY)
    add_stage(session, f, "withdrawn", d + timedelta(days=20), today=TODAY)
    _reject(session, g, d + timedelta(days=18), "application")
    add_stage(session, i, "interview", d + timedelta(days=33), round=1, today=TODAY)
    for offset, score in ((0, 5), (1, 4), (8, 2), (9, 3), (20, 7), (40, 8)):
        record_check_in(session, score, day=d + timedelta(days=offset), today=TODAY)
    skills = add_skills(session)
    rejection = session.exec(select(Rejection).where(Rejection.application_id == b)).one()
    add_reflection(session, rejection.id, d + timedelta(days=16), 3, 6,
                   {skills["Communication"]: 2, skills["CV writing"]: 3})
    add_reflection(session, None, d + timedelta(days=30), 5, 7, {skills["Communication"]: 4})
    session.commit()
    return {"monday": d, "ids": (a, b, c, e, f, g, h, i), "skills": skills}


def _bar_totals(figure) -> dict[date, float]:
    """Stacked bar heights summed per bar start, read back from the figure's bars."""
    totals: Counter = Counter()
    for _label, polygon in stacked_bars(figure):
        xs, ys = polygon[:, 0], polygon[:, 1]
        totals[num2date(xs.min()).date()] += ys.max() - ys.min()
    return dict(totals)


def test_weekly_counts_match_the_database(session, small):
    counts = data.application_counts(session, ALL, EN.dates, bucket="week")
    expected: Counter = Counter()
    for applied_on in session.exec(select(Application.applied_on)).all():
        expected[applied_on - timedelta(days=applied_on.weekday())] += 1
    got = {start: sum(counts.counts[o][k] for o in counts.counts) for k, start in enumerate(counts.starts)}
    assert {k: v for k, v in got.items() if v} == dict(expected)
    assert counts.starts[0] == small["monday"]
    assert all(b - a == timedelta(days=7) for a, b in zip(counts.starts, counts.starts[1:]))  # gaps kept
    by_outcome = {o: sum(v) for o, v in counts.counts.items()}
    assert by_outcome == {"pending": 2, "interview": 1, "rejected": 3, "offer": 1, "withdrawn": 1}
    figure = builders.applications_chart(counts, EN)
    assert {k: v for k, v in _bar_totals(figure).items() if v} == dict(expected)


def test_monthly_counts_in_the_hijri_calendar_start_on_hijri_month_starts(session, small):
    style = ChartStyle(DateStyle("ar", calendar="hijri"))
    counts = data.application_counts(session, ALL, style.dates, bucket="month")
    assert all(to_hijri(start)[2] == 1 for start in counts.starts)
    assert counts.total == 8


def test_funnel_counts_and_rates(session, small):
    funnel = data.funnel(session, ALL)
    # applied: all 8; screen: a (screening), b, c, i (interview or later); interview: b, c, i; final: c; offer: c
    assert funnel.counts == (8, 4, 3, 1, 1)
    assert funnel.rate(1) == pytest.approx(50.0)
    assert funnel.rate(3) == pytest.approx(100 / 3)
    figure = builders.funnel_chart(funnel, EN)
    assert [bar.get_width() for bar in figure.axes[0].containers[0]] == [8, 4, 3, 1, 1]
    assert "33% of the step before" in " ".join(t.get_text() for t in figure.axes[0].texts)


def test_bounce_back_days_computed_independently(session, small):
    apps = session.exec(select(Application.id, Application.applied_on)).all()
    expected = []
    for received_on, app_id in sorted(session.exec(select(Rejection.received_on, Rejection.application_id)).all()):
        later = [day for other, day in apps if other != app_id and day >= received_on]
        if later:
            expected.append((received_on, (min(later) - received_on).days))
    series = data.bounce_back(session, ALL)
    assert list(series.points) == expected and expected  # the fixture does bounce back
    figure = builders.bounce_back_chart(series, EN)
    line = figure.axes[0].lines[0]
    assert [int(y) for y in line.get_ydata()] == [days for _, days in expected]


def test_confidence_points_rolling_mean_and_rejection_marks(session, small):
    series = data.confidence_series(session, ALL)
    assert [score for _, score in series.check_ins] == [5, 4, 2, 3, 7, 8]
    assert [v for _, v in series.before] == [3, 5] and [v for _, v in series.after] == [6, 7]
    points = list(series.check_ins) + list(series.before) + list(series.after)
    for day, mean in series.rolling:
        window = [v for d, v in points if day - timedelta(days=data.ROLLING_DAYS) < d <= day]
        assert mean == pytest.approx(sum(window) / len(window))
    assert len(series.rejections) == 3
    figure = builders.confidence_chart(series, AR)
    rug = [line for line in figure.axes[0].lines if line.get_marker() == "|"][0]
    assert sorted(num2date(x).date() for x in rug.get_xdata()) == list(series.rejections)


def test_skill_lines_one_per_skill_with_names_in_the_language(session, small):
    ratings = data.skill_ratings(session, ALL, "ar")
    assert [s.name for s in ratings.skills] == ["التواصل", "كتابة السيرة الذاتية"]  # most rated first
    assert [r for _, r in ratings.skills[0].ratings] == [2, 4]
    chosen = data.skill_ratings(session, ALL, "en", skills=["CV writing"])
    assert [s.name for s in chosen.skills] == ["CV writing"]
    figure = builders.skills_chart(ratings, AR)
    assert [list(line.get_ydata()) for line in figure.axes[0].lines] == [[2, 4], [3]]


def test_range_changes_what_is_counted(session, small):
    everything = data.application_counts(session, ALL, EN.dates).total
    recent = data.application_counts(session, Period(small["monday"] + timedelta(days=30), TODAY), EN.dates).total
    assert (everything, recent) == (8, 2)
    assert period_for("3m", TODAY).start == TODAY - timedelta(days=90)


@pytest.mark.parametrize("style", [EN, AR, ChartStyle(DateStyle("ar", calendar="hijri"), theme="dark")])
def test_a_new_journal_gets_friendly_empty_states(session, style):
    for key in CHART_KEYS:
        figure = build_chart(key, session, ALL, style)
        assert is_empty_state(figure), key
        assert figure_bytes(figure, "png").startswith(b"\x89PNG")


def test_one_application_draws_without_a_broken_axis(session):
    _apply(session, "Acme", TODAY)
    session.commit()
    figure = build_chart("applications", session, ALL, AR)
    assert not is_empty_state(figure)
    low, high = figure.axes[0].get_xlim()
    assert high > low and len(figure.axes[0].get_xticks()) >= 1
    assert figure_bytes(figure, "svg").lstrip().startswith(b"<?xml")
    assert not is_empty_state(build_chart("funnel", session, ALL, EN))
    assert is_empty_state(build_chart("bounce_back", session, ALL, EN))


def test_every_chart_renders_in_both_languages(session, small):
    for style in (EN, AR):
        for key in CHART_KEYS:
            figure = build_chart(key, session, ALL, style)
            assert not is_empty_state(figure), key
            assert figure_bytes(figure, "png").startswith(b"\x89PNG")


def test_date_ticks_follow_calendar_and_digits():
    hijri = ChartStyle(DateStyle("ar", calendar="hijri", digits="arabic"))
    ticks = date_ticks(date(2025, 1, 1), date(2026, 1, 1), hijri)
    assert ticks and all(to_hijri(day)[2] == 1 for day, _ in ticks)
    assert "هـ" in ticks[0][1] and not any(ch.isascii() and ch.isdigit() for _, text in ticks for ch in text)
    years = date_ticks(date(2021, 11, 26), date(2026, 11, 26), EN)
    assert years == [(date(y, 1, 1), str(y)) for y in range(2022, 2027)]  # year ticks on 1 January
    hijri_years = date_ticks(date(2021, 11, 26), date(2026, 11, 26), hijri)
    assert all(to_hijri(day)[1:] == (1, 1) for day, _ in hijri_years)
    short = date_ticks(date(2026, 11, 20), date(2026, 11, 26), EN)
    assert short[0] == (date(2026, 11, 20), "20 November\n2026")
    assert len(short) <= 8


def test_readout_names_the_bar_under_the_mouse(session, small):
    figure = build_chart("applications", session, Period(small["monday"], small["monday"] + timedelta(days=6)), EN)
    figure.canvas.draw()
    rejected = next(polygon for label, polygon in stacked_bars(figure) if label == "Rejected")
    (x0, y0), (x1, y1) = figure.axes[0].transData.transform([rejected.min(axis=0), rejected.max(axis=0)])
    text = readout.describe(figure, (x0 + x1) / 2, (y0 + y1) / 2, EN)
    assert text == "Rejected: 2 · from 5 October 2026"  # a and b, both turned down
    assert readout.describe(figure, 1, 1, EN) == ""


def test_readout_of_a_funnel_bar_in_arabic(session, small):
    figure = build_chart("funnel", session, ALL, AR)
    figure.canvas.draw()
    box = figure.axes[0].containers[0].patches[1].get_window_extent()
    text = readout.describe(figure, (box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2, AR)
    assert text == "الفرز الأولي: ٤  (٥٠٪ من المرحلة السابقة)"


def test_dates_become_the_numbers_matplotlib_gives_them():
    from matplotlib.dates import date2num

    from thabat.app.charts.builders import _nums

    days = [date(1900, 1, 1), date(1970, 1, 1), date(2024, 2, 29), TODAY, date(2099, 12, 31)]
    assert _nums(days) == list(date2num(days))
    assert _nums(day for day in days) == _nums(days) and _nums([]) == []


@pytest.mark.parametrize("style", [AR, EN, ChartStyle(DateStyle("ar", calendar="hijri", digits="arabic"))])
def test_a_short_canvas_keeps_the_year_under_the_month_clear_of_the_legend(session, small, style):
    """At the default window size the canvas is about 946 × 360 pixels, shorter than the figure is
    built: the margins are kept in inches, so two-line date ticks still have room above the legend."""
    from matplotlib.backend_bases import ResizeEvent
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    _apply(session, "Last year", date(2025, 6, 1))  # a second year: some ticks get a year line
    session.commit()
    # The confidence chart has two rows of legend; a short period has a year line on its first tick.
    for key, period in (("applications", ALL), ("confidence", Period(small["monday"], small["monday"] + timedelta(days=9)))):
        figure = build_chart(key, session, period, style)
        canvas = FigureCanvasAgg(figure)
        figure.set_size_inches(9.46, 3.6)
        ResizeEvent("resize_event", canvas)._process()
        canvas.draw()
        renderer = canvas.get_renderer()
        legend = figure.legends[0].get_window_extent(renderer)
        ticks = [label.get_window_extent(renderer) for label in figure.axes[0].get_xticklabels() if label.get_text()]
        assert any("\n" in label.get_text() for label in figure.axes[0].get_xticklabels()), key
        assert all(tick.y0 > legend.y1 for tick in ticks), (key, legend, [tick.y0 for tick in ticks])


def _tick_boxes(figure, width_inches: float):
    """The drawn x tick labels of every axes with a date axis, at a canvas `width_inches` wide."""
    from matplotlib.backend_bases import ResizeEvent
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    canvas = FigureCanvasAgg(figure)
    figure.set_size_inches(width_inches, 3.6)
    ResizeEvent("resize_event", canvas)._process()
    canvas.draw()
    renderer = canvas.get_renderer()
    return [[label.get_window_extent(renderer) for label in axes.get_xticklabels() if label.get_text()]
            for axes in figure.axes]


DATE_AXIS_CHARTS = ("applications", "confidence", "skills", "bounce_back")


@pytest.mark.parametrize("style", [EN, AR, ChartStyle(DateStyle("ar", calendar="hijri", digits="arabic"))])
def test_date_labels_never_overlap_whatever_the_period(session, small, style):
    """From one day to the whole journal, at the width of the Charts page in a 1100-pixel window and
    at a wide one: each date label is clear of its neighbours and inside the figure."""
    end = small["monday"] + timedelta(days=40)
    _apply(session, "Two years back", end - timedelta(days=800))
    session.commit()
    for days in (0, 2, 6, 20, 80, 800):
        period = Period(end - timedelta(days=days), end)
        for key in DATE_AXIS_CHARTS:
            figure = build_chart(key, session, period, style)
            if is_empty_state(figure):
                continue
            for width in (7.2, 12.0):
                for boxes in _tick_boxes(figure, width):
                    ordered = sorted(boxes, key=lambda box: box.x0)
                    assert ordered, (key, days, width)  # never an axis without a single date
                    if days >= 6 and width > 10:  # fitting never thins a roomy axis to a lone label
                        assert len(ordered) >= 3, (key, days, len(ordered))
                    for left, right in zip(ordered, ordered[1:]):
                        assert left.x1 + 2 <= right.x0, (key, days, width, [b.x0 for b in ordered])
                    assert all(box.x0 >= 0 and box.x1 <= width * figure.dpi for box in ordered), (key, days, width)
