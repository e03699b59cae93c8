"""Growth: an area cited for years lists its latest interviews, not hundreds of rows laid out one by one."""

from __future__ import annotations

from datetime import date, timedelta

from thabat.app.services import applications, reflection_growth, reflections, rejections, stages
from thabat.app.views.applications import ApplicationInput, RejectionInput, StageInput
from thabat.app.views.reflections import ReflectionDraft
from tests.conftest import TODAY
from tests.ui_support import make_context, shown, visible

from thabat.ui.growth_page import INTERVIEWS_SHOWN, GrowthPage


def _area_prepared_for(journal, interviews: int) -> None:
    """An area cited after an interview-stage rejection, then `interviews` interviews after it."""
    start = date(2025, 1, 10)
    with journal.session() as session:
        app = applications.add_application(session, ApplicationInput("Careem", "Analyst", start), TODAY)
        stages.record_stage(session, app.id, StageInput("interview", start + timedelta(days=5), round=1), TODAY)
        rejection = rejections.log_rejection(session, RejectionInput(
            "Careem", "Analyst", start + timedelta(days=9), "interview", round=1, application_id=app.id), TODAY)
        reflection = reflections.start_reflection(session, rejection.id)
        reflections.finish_reflection(session, reflection.id, ReflectionDraft(went_well="Stories"), TODAY)
        reflection_growth.cite_area(session, reflection.id, "Structured answers")
        for n in range(interviews):
            on = start + timedelta(days=20 + 7 * n)
            later = applications.add_application(session, ApplicationInput(f"Company {n}", "Analyst", on), TODAY)
            stages.record_stage(session, later.id, StageInput("interview", on + timedelta(days=3), round=1), TODAY)


def test_an_area_lists_its_latest_interviews_and_counts_the_earlier_ones(qtbot, journal, isolated_data):
    _area_prepared_for(journal, INTERVIEWS_SHOWN + 8)
    page = shown(qtbot, GrowthPage(make_context(journal, isolated_data, "en")))
    rows = [visible(page.area_interviews.item(i).text()) for i in range(page.area_interviews.count())]
    assert len(rows) == INTERVIEWS_SHOWN + 1
    assert f"Company {INTERVIEWS_SHOWN + 7}" in rows[0]  # the newest first
    assert rows[-1] == "…and 8 earlier interviews"


def test_an_area_with_few_interviews_lists_them_all(qtbot, journal, isolated_data):
    _area_prepared_for(journal, 3)
    page = shown(qtbot, GrowthPage(make_context(journal, isolated_data, "en")))
    assert page.area_interviews.count() == 3
