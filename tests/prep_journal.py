"""A journal with two earlier onsite rejections and an onsite interview coming up, made through the services."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from sqlmodel import Session

from thabat.app.views.applications import ApplicationInput, RejectionInput, StageInput
from thabat.app.views.reflections import ReflectionDraft
from thabat.app.services import applications, reflection_growth, reflections, rejections, stages
from thabat.app.views.contacts import ContactInput
from thabat.app.services.contacts import add_contact
from thabat.app.services.growth import move_action, set_area_state
from tests.conftest import TODAY


@dataclass(frozen=True)
class PrepJournal:
    upcoming_stage: int
    upcoming_app: int
    careem_reflection: int
    noon_reflection: int
    noon_app: int
    lina: int
    omar: int
    earlier_talabat: int


def _onsite_rejection(session: Session, company: str, role: str, applied: date, onsite: date, rejected: date,
                      draft: ReflectionDraft) -> tuple[int, int, int]:
    app = applications.add_application(session, ApplicationInput(company, role, applied), TODAY)
    stages.record_stage(session, app.id, StageInput("interview", onsite, round=1, kind="onsite"), TODAY)
    rejection = rejections.log_rejection(session, RejectionInput(company, role, rejected, "interview", round=1,
                                                                 application_id=app.id), TODAY)
    reflection = reflections.start_reflection(session, rejection.id)
    reflections.finish_reflection(session, reflection.id, draft, rejected)
    return app.id, rejection.id, reflection.id


def build_prep_journal(session: Session) -> PrepJournal:
    careem_app, careem_rejection, careem = _onsite_rejection(
        session, "Careem", "Data Analyst", date(2026, 8, 3), date(2026, 8, 20), date(2026, 8, 28),
        ReflectionDraft(went_well="I told the churn-dashboard story with numbers.",
                        answers={"answers.hardest": "Design an A/B test for a pricing change.",
                                 "general.did_well": "Stayed calm on the SQL whiteboard."}))
    noon_app, noon_rejection, noon = _onsite_rejection(
        session, "Noon", "Analyst", date(2026, 9, 7), date(2026, 9, 24), date(2026, 10, 2),
        ReflectionDraft(went_well="شرحت مشروع التنبؤ بالمبيعات بوضوح",
                        answers={"answers.hardest": "How would you explain p-values to a manager?"}))
    # The improvement areas: one cited after both onsite rejections, one after Noon only.
    reflection_growth.cite_area(session, careem, "Structured answers (STAR)")
    stories = reflection_growth.cite_area(session, noon, "Structured answers (STAR)")
    reflection_growth.cite_area(session, noon, "الإحصاء التطبيقي")
    set_area_state(session, stories.id, "improving", TODAY)
    done = reflection_growth.add_action(session, careem, "Write five STAR stories", date(2026, 9, 1), TODAY,
                                        area_id=stories.id)
    move_action(session, done.id, "done", date(2026, 9, 5))
    reflection_growth.add_action(session, noon, "Mock interview with Huda", date(2026, 12, 3), TODAY,
                                 area_id=stories.id)
    rejections.record_feedback(session, noon_rejection, "Strong SQL; answers lacked structure.", date(2026, 10, 5),
                               TODAY)
    # A screening rejection: its area and story belong to another stage and stay off the card.
    tamara = rejections.log_rejection(session, RejectionInput("Tamara", "Analyst", date(2026, 10, 20), "screening"),
                                      TODAY)
    screening = reflections.start_reflection(session, tamara.id).id
    reflections.finish_reflection(session, screening, ReflectionDraft(went_well="A tailored CV got me the call."),
                                  date(2026, 10, 21))
    reflection_growth.cite_area(session, screening, "CV keywords")
    # The company of the coming interview: an earlier application, a contact with notes, an interviewer.
    earlier = applications.add_application(session, ApplicationInput("Talabat", "BI Intern", date(2025, 3, 1)), TODAY)
    stages.record_stage(session, earlier.id, StageInput("withdrawn", date(2025, 3, 20)), TODAY)
    lina = add_contact(session, ContactInput(name="Lina Saleh", company="talabat", notes="Hiring manager; loves dashboards."))
    omar = add_contact(session, ContactInput(name="Omar Haddad", company="Talabat"))
    upcoming = applications.add_application(session, ApplicationInput("Talabat", "Data Analyst", date(2026, 11, 10)),
                                            TODAY)
    step = stages.record_stage(session, upcoming.id, StageInput(
        "interview", date(2026, 12, 2), round=2, kind="onsite", starts_at=time(10, 30),
        note="Bring the portfolio", interviewer_ids=(omar.id,)), TODAY)
    return PrepJournal(step.id, upcoming.id, careem, noon, noon_app, lina.id, omar.id, earlier.id)
