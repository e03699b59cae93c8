"""Running a guided reflection on a rejection: start, save drafts, finish, list and load."""

from __future__ import annotations

from dataclasses import fields
from datetime import date, timedelta

from sqlalchemy import bindparam
from sqlmodel import Session, select

from thabat.app.services import validation as check
from thabat.app.services.contacts import contact_view
from thabat.app.services.debriefs import HARDEST_PROMPT, latest_debrief
from thabat.app.services.existing import existing
from thabat.app.services.prompts import fold_merged, merged_into
from thabat.app.services.follow_ups import follow_up_of
from thabat.app.services.prompts import skill_label
from thabat.app.services.reflection_growth import actions_of, add_action, areas_of, set_ratings
from thabat.app.services.rejection_view import rejection_view
from thabat.app.services.tags import cleaned_tags, set_tags, tags_of
from thabat.app.views.reflections import ReflectionDraft, ReflectionView, STEPS
from thabat.storage.models import (
    DIRECTIONS, Contact, ContactApplication, Reflection, ReflectionAnswer, Rejection, Skill,
    SkillRating, Strength,
)
from thabat.storage.ids_ahead import held_rows
from thabat.storage.reflection_writing import TEXTS, ReflectionWriting
from thabat.storage.types import utcnow


# Each step of the guided dialog comes in two forms: the one the interface calls returns the read model
# it shows; the one named after what it writes returns nothing to show (the id of a new reflection).
# A caller that writes many reflections in a row (the demo: three steps each) builds no read model.


def start_reflection(session: Session, rejection_id: int) -> ReflectionView:
    """The reflection on this rejection: its open draft if there is one, else a new draft."""
    return reflection_view(session, _open(session, rejection_id))


def open_reflection(session: Session, rejection_id: int) -> int:
    """start_reflection without its read model: the id of the open draft, or of a new one."""
    return _open(session, rejection_id).id


# Built once, the values bound per call: building a statement costs more than SQLite running it, and
# the demo writes hundreds of reflections.
_OPEN_DRAFT = (select(Reflection).where(Reflection.rejection_id == bindparam("rejection_id"), Reflection.state == "draft")
               .order_by(Reflection.id.desc()))
_ANSWERS = select(ReflectionAnswer).where(ReflectionAnswer.reflection_id == bindparam("reflection_id"))
_STRENGTHS = select(Strength).where(Strength.reflection_id == bindparam("reflection_id"))


def _open(session: Session, rejection_id: int) -> Reflection:
    existing(session, Rejection, rejection_id)
    draft = session.exec(_OPEN_DRAFT, params={"rejection_id": rejection_id}).first()
    if draft is not None:
        return draft
    reflection = Reflection(rejection_id=rejection_id, mode="")  # the user picks quick or full first
    session.add(reflection)
    session.flush()
    _prefill_from_debrief(session, reflection)
    return reflection


def _prefill_from_debrief(session: Session, reflection: Reflection) -> None:
    """A new reflection starts from the debrief written after the interview: the confidence felt then,
    and the questions asked as the answer to "Which question felt hardest?" (the user edits both)."""
    rejection = session.get(Rejection, reflection.rejection_id)
    debrief = latest_debrief(session, rejection.application_id) if rejection else None
    if debrief is None:
        return
    reflection.confidence_before = debrief.confidence
    session.add(reflection)
    if debrief.questions.strip():
        session.add(ReflectionAnswer(reflection_id=reflection.id, prompt_key=HARDEST_PROMPT, text=debrief.questions))
    session.flush()


def save_draft(session: Session, reflection_id: int, draft: ReflectionDraft, today: date) -> ReflectionView:
    """Store everything typed so far; nothing is stored when a value is refused (InputError)."""
    return reflection_view(session, _save(session, reflection_id, draft, today))


def store_draft(session: Session, reflection_id: int, draft: ReflectionDraft, today: date) -> None:
    """save_draft without its read model."""
    _save(session, reflection_id, draft, today)


def _save(session: Session, reflection_id: int, draft: ReflectionDraft, today: date, finishing: bool = False
          ) -> Reflection:
    reflection = existing(session, Reflection, reflection_id)
    values = {name: check.clean_text(getattr(draft, name), name) for name in TEXTS}
    values["step"] = check.one_of(draft.step, "step", STEPS)
    values["direction"] = check.one_of(draft.direction, "direction", DIRECTIONS)
    values["confidence_before"] = check.in_range(draft.confidence_before, "confidence_before", 0, 10)
    values["confidence_after"] = check.in_range(draft.confidence_after, "confidence_after", 0, 10)
    values["planned_applications"] = check.in_range(draft.planned_applications, "planned_applications", 0, 1000)
    answers = {check.clean_text(key, "prompt_key", required=True, limit=100): check.clean_text(text, "answer")
               for key, text in draft.answers.items()}
    # An answer handed in under a retired prompt goes into the field that replaced it, never away.
    values, answers = fold_merged(values, answers)
    tags = None if draft.tags is None else cleaned_tags(draft.tags)  # checked before anything is written
    # Ratings, answers and tags each read only this reflection's own rows, which nothing pending changes:
    # their look-ups need not flush what the one before added, and all of it is written in one flush below.
    session.flush()
    with session.no_autoflush:
        set_ratings(session, reflection.id, draft.ratings, today, flush=False)  # validates first: refusals store nothing
        _store_answers(session, reflection.id, answers)
        if tags is not None:
            set_tags(session, "reflection", reflection.id, tags, flush=False)
    # The reflection's own row last, finishing included: a row changed before a look-up that flushes
    # was written once per look-up (three UPDATEs for a finished reflection).
    for name, value in values.items():
        setattr(reflection, name, value)
    reflection.updated_at = utcnow()
    if finishing:
        reflection.state = "done"
        reflection.step = "close"
        reflection.completed_at = utcnow()
    session.add(reflection)
    session.flush()
    return reflection


def choose_mode(session: Session, reflection_id: int, mode: str) -> ReflectionView:
    """Write this reflection quick or full; going from quick to full (deepening) starts at step 1,
    with every answer given so far in place."""
    return reflection_view(session, _set_mode(session, reflection_id, mode))


def set_mode(session: Session, reflection_id: int, mode: str) -> None:
    """choose_mode without its read model."""
    _set_mode(session, reflection_id, mode)


def _set_mode(session: Session, reflection_id: int, mode: str) -> Reflection:
    reflection = existing(session, Reflection, reflection_id)
    mode = check.one_of(mode, "mode", ("quick", "full"))
    if mode == "full" and reflection.mode != "full":
        reflection.step = STEPS[0]
    reflection.mode = mode
    session.add(reflection)
    session.flush()
    return reflection


QUICK_ACTION_DAYS = 7
"""The next step of a quick reflection becomes an action item due a week later (editable in Growth)."""


def finish_reflection(session: Session, reflection_id: int, draft: ReflectionDraft, today: date) -> ReflectionView:
    """Save the last step, mark the reflection done, and keep its strength on the strengths list.

    A quick reflection's next step becomes an action item (once: finishing again adds no copy)."""
    return reflection_view(session, _finish(session, reflection_id, draft, today))


def complete_reflection(session: Session, reflection_id: int, draft: ReflectionDraft, today: date) -> None:
    """finish_reflection without its read model."""
    _finish(session, reflection_id, draft, today)


def _finish(session: Session, reflection_id: int, draft: ReflectionDraft, today: date) -> Reflection:
    reflection = _save(session, reflection_id, draft, today, finishing=True)
    if reflection.mode == "quick":
        _next_step_as_action(session, reflection, today)
    for old in _own(session, Strength, _STRENGTHS, reflection.id):
        session.delete(old)
    if reflection.strength:
        session.add(Strength(text=reflection.strength, noted_on=today, reflection_id=reflection.id))
    session.flush()
    return reflection


def load_reflection(session: Session, reflection_id: int) -> ReflectionView:
    return reflection_view(session, existing(session, Reflection, reflection_id))


def reflection_for_rejection(session: Session, rejection_id: int) -> int | None:
    """The id of the newest reflection on this rejection, finished or not."""
    return session.exec(
        select(Reflection.id).where(Reflection.rejection_id == rejection_id).order_by(Reflection.id.desc())
    ).first()


def reflection_view(session: Session, reflection: Reflection) -> ReflectionView:
    answers = {a.prompt_key: a.text for a in session.exec(
        select(ReflectionAnswer).where(ReflectionAnswer.reflection_id == reflection.id)).all()}
    ratings = {r.skill_id: r.rating for r in session.exec(
        select(SkillRating).where(SkillRating.reflection_id == reflection.id)).all()}
    written, answers = fold_merged({f.name: getattr(reflection, f.name) for f in fields(ReflectionWriting)}, answers)
    draft = ReflectionDraft(**written, answers=answers, ratings=ratings,
                             tags=tags_of(session, "reflection", [reflection.id]).get(reflection.id, ()))
    rejection = session.get(Rejection, reflection.rejection_id) if reflection.rejection_id else None
    contacts: tuple = ()
    if rejection is not None:
        contacts = tuple(contact_view(c) for c in session.exec(
            select(Contact).join(ContactApplication, ContactApplication.contact_id == Contact.id)
            .where(ContactApplication.application_id == rejection.application_id).order_by(Contact.name)).all())
    return ReflectionView(
        id=reflection.id, rejection=rejection_view(session, rejection) if rejection else None, state=reflection.state,
        mode=reflection.mode,
        draft=draft, areas=areas_of(session, reflection.id), actions=actions_of(session, reflection.id),
        contacts=contacts, follow_up=follow_up_of(session, rejection.id) if rejection else None,
        created_at=reflection.created_at, updated_at=reflection.updated_at, completed_at=reflection.completed_at,
        debrief=latest_debrief(session, rejection.application_id) if rejection else None,
    )


def _own(session: Session, model: type, statement, reflection_id: int) -> list:
    """The reflection's own rows of `model` (`statement` reads them from SQLite, unless the session holds them)."""
    held = held_rows(session, model, "reflection_id", reflection_id)  # the demo's session (storage/ids_ahead.py)
    return list(session.exec(statement, params={"reflection_id": reflection_id}).all()) if held is None else held


def _store_answers(session: Session, reflection_id: int, answers: dict[str, str]) -> None:
    """The answers become `answers`; answers to retired prompts go (the draft just saved holds them
    in the field that replaced them)."""
    stored = {a.prompt_key: a for a in _own(session, ReflectionAnswer, _ANSWERS, reflection_id)}
    for key, answer in list(stored.items()):
        if merged_into(key) is not None:
            session.delete(answer)
            del stored[key]
    for key, text in answers.items():
        answer = stored.get(key)
        if answer is None:
            if text:
                session.add(ReflectionAnswer(reflection_id=reflection_id, prompt_key=key, text=text))
        elif not text:
            session.delete(answer)
        elif answer.text != text:
            answer.text = text
            session.add(answer)


def _next_step_as_action(session: Session, reflection: Reflection, today: date) -> None:
    title = next((line.strip() for line in reflection.next_steps.splitlines() if line.strip()), "")[:500]
    if title and not any(action.title == title for action in actions_of(session, reflection.id)):
        add_action(session, reflection.id, title, today + timedelta(days=QUICK_ACTION_DAYS), today)



def earlier_strength(session: Session, reflection_id: int) -> str:
    """The latest strength noted outside this reflection (the close step shows it as a reminder), or ""."""
    return session.exec(
        select(Strength.text).where((Strength.reflection_id != reflection_id) | Strength.reflection_id.is_(None))
        .order_by(Strength.noted_on.desc(), Strength.id.desc())
    ).first() or ""


def strength_to_show(session: Session, reflection_id: int, lang: str) -> tuple[str, str]:
    """One of the user's strengths for the close step, as (where it comes from, its words).

    A strength noted before ("noted"); else the first thing that went well in this reflection
    ("went_well"); else the skill rated highest (4 or 5) in any reflection ("skill"); else ("", "").
    """
    noted = earlier_strength(session, reflection_id)
    if noted:
        return "noted", noted
    reflection = session.get(Reflection, reflection_id)
    went_well = next((line.strip() for line in (reflection.went_well if reflection else "").splitlines()
                      if line.strip()), "")
    if went_well:
        return "went_well", went_well
    best = session.exec(
        select(Skill.key, Skill.name).join(SkillRating, SkillRating.skill_id == Skill.id)
        .where(SkillRating.rating >= 4).order_by(SkillRating.rating.desc(), SkillRating.id.desc())
    ).first()
    if best is not None:
        return "skill", skill_label(best[0], best[1], lang)
    return "", ""
