"""A small journal with the whole pipeline, made through the services: for the round-trip tests."""

from __future__ import annotations

from datetime import date, time

from sqlmodel import Session

from thabat.app.services.applications import add_application
from thabat.app.services.contacts import add_contact
from thabat.app.services.rejections import log_rejection
from thabat.app.services.stages import record_stage
from thabat.app.views.applications import ApplicationInput, RejectionInput, StageInput
from thabat.app.views.contacts import ContactInput
from tests.conftest import TODAY


def build_pipeline_journal(session: Session) -> None:
    sara = add_contact(session, ContactInput(name="سارة العتيبي", company="Careem"))
    omar = add_contact(session, ContactInput(name="Omar Haddad", company="Careem"))
    careem = add_application(session, ApplicationInput(
        "Careem", "Data Analyst", date(2026, 9, 1), link="https://careem.example/jobs/1", location="Dubai",
        source="referral", work_place="hybrid", salary_min=15000, salary_max=20000, currency="aed",
        description="SQL, Python; dashboards.\nبناء لوحات المتابعة", deadline=date(2026, 12, 31), interest=5,
        referral_contact_id=omar.id), TODAY)
    record_stage(session, careem.id, StageInput("screening", date(2026, 9, 5), note="HR call; 20 min"), TODAY)
    record_stage(session, careem.id, StageInput("interview", date(2026, 9, 12), round=1, kind="phone",
                                                starts_at=time(9, 0), interviewer_ids=(sara.id,)), TODAY)
    record_stage(session, careem.id, StageInput("interview", date(2026, 9, 20), round=2, kind="onsite",
                                                starts_at=time(13, 30), note="Case study: مراجعة\nwindow functions",
                                                interviewer_ids=(sara.id, omar.id)), TODAY)
    log_rejection(session, RejectionInput("Careem", "Data Analyst", date(2026, 9, 28), "interview", round=2,
                                          application_id=careem.id), TODAY)
    noon = add_application(session, ApplicationInput("Noon", "Backend Engineer", date(2026, 10, 1)), TODAY)
    record_stage(session, noon.id, StageInput("assessment", date(2026, 10, 4), note="take-home"), TODAY)
    record_stage(session, noon.id, StageInput("interview", date(2026, 10, 10), kind="final"), TODAY)
    record_stage(session, noon.id, StageInput("offer", date(2026, 10, 15), kind="accepted"), TODAY)
    stc = add_application(session, ApplicationInput("stc", "مهندس برمجيات", date(2026, 11, 2)), TODAY)
    record_stage(session, stc.id, StageInput("withdrawn", date(2026, 11, 5)), TODAY)
    log_rejection(session, RejectionInput("شركة الأفق", "محلل", date(2026, 11, 20), "application",
                                          channel="no_answer"), TODAY)
