"""A small bilingual journal for the export tests, built through the services where they exist.

Reflections have no service on this branch yet (the wizard lands separately), so their rows are
added directly, the way the wizard stores them.
"""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from sqlmodel import Session

from thabat.app.services.applications import add_application, add_stage
from thabat.app.services.checkins import record_check_in
from thabat.app.services.rejections import log_rejection
from thabat.app.views.applications import ApplicationInput, RejectionInput
from thabat.storage.models import (
    ActionItem, AreaCitation, ImprovementArea, JournalEntry, Reflection, ReflectionAnswer, Skill, SkillRating,
)
from tests.conftest import TODAY

ARABIC_FEELING = "شعرت بخيبة أمل في البداية لكنني تعلمت الكثير من المقابلة"
ARABIC_ANSWER = "Google كانت مقابلة صعبة، وسأتدرب أكثر على أسئلة تصميم الأنظمة"
ENGLISH_ANSWER = "I explained the caching design clearly and kept calm under pressure."
LONG_ARABIC = "هذه فقرة طويلة عن رحلة البحث عن عمل وما تعلمته من كل رفض على الطريق. "


def build_bilingual_journal(session: Session, reflections: int = 6) -> None:
    add_application(session, ApplicationInput("Careem", "Data Analyst", date(2026, 1, 3), link="https://careem.com"),
                    today=TODAY)
    add_stage(session, 1, "screening", date(2026, 1, 10), today=TODAY)
    skill = Skill(key="communication", name="Communication")
    own = Skill(name="تصميم الأنظمة")
    session.add_all([skill, own])
    area = ImprovementArea(name="الإجابة بأمثلة محددة")
    session.add(area)
    session.flush()
    for n in range(reflections):
        company, role = (("شركة الاتصالات السعودية", "محلل بيانات") if n % 2 else ("Google", "Software Engineer"))
        rejection = log_rejection(session, RejectionInput(
            company=company, role=role, received_on=date(2026, 2 + n, 5), stage="interview", round=2,
            applied_on=date(2026, 1 + n, 20),
        ), today=TODAY)
        reflection = Reflection(
            rejection_id=rejection.id, state="done", step="done", confidence_before=4, confidence_after=7,
            feeling=ARABIC_FEELING + "\n" + LONG_ARABIC * 6, went_well=ENGLISH_ANSWER,
            to_improve=LONG_ARABIC * 4, private=(n == reflections - 1),
            completed_at=datetime(2026, 2 + n, 6, tzinfo=timezone.utc),
        )
        session.add(reflection)
        session.flush()
        session.add_all([
            ReflectionAnswer(reflection_id=reflection.id, prompt_key="cv.tailored", text=ARABIC_ANSWER),
            ReflectionAnswer(reflection_id=reflection.id, prompt_key="cv.achievements", text=ENGLISH_ANSWER),
            SkillRating(skill_id=skill.id, reflection_id=reflection.id, rated_on=date(2026, 2 + n, 6), rating=3),
            SkillRating(skill_id=own.id, reflection_id=reflection.id, rated_on=date(2026, 2 + n, 6), rating=2),
            AreaCitation(area_id=area.id, reflection_id=reflection.id),
            ActionItem(title="تمرين على مقابلات تصميم الأنظمة", area_id=area.id, reflection_id=reflection.id,
                       due_on=date(2026, 3 + n, 1)),
        ])
    session.add(JournalEntry(title="A good week", body="Sent five applications.\nأرسلت خمسة طلبات هذا الأسبوع.",
                             written_on=date(2026, 3, 15)))
    session.add(JournalEntry(title="سر", body="Private thoughts — خواطر خاصة", private=True, written_on=date(2026, 4, 1)))
    record_check_in(session, 6, "ok", day=date(2026, 3, 1), today=TODAY)
    session.flush()


@pytest.fixture(autouse=False)
def english_messages():
    """App-layer messages in English, whatever language an earlier widget test left installed."""
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is not None:
        from tests.ui_support import switcher

        switcher().apply("en")
    yield
