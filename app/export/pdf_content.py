"""What goes into the PDF, read from the journal as plain data (no ORM objects leave this module)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Iterator

from sqlmodel import Session, select

from thabat.app.services.prompts import answer_heading, fold_merged, merged_into
from thabat.app.services.tags import tags_of
from thabat.app.text import catalogue
from thabat.app.text.dates import local_day
from thabat.storage.models import (
    ActionItem, Application, AreaCitation, ImprovementArea, JournalEntry, Reflection, ReflectionAnswer, Rejection,
    Skill, SkillRating,
)
from thabat.storage.reflection_writing import OWN_TEXTS



@dataclass(frozen=True)
class Answer:
    question: str
    text: str


@dataclass(frozen=True)
class ReflectionDoc:
    day: date
    company: str
    role: str
    stage: str
    round: int | None
    confidence_before: int | None
    confidence_after: int | None
    direction: str
    private: bool
    answers: tuple[Answer, ...]
    skills: tuple[tuple[str, int], ...]
    areas: tuple[str, ...]
    actions: tuple[tuple[str, date | None, str], ...]
    """(title, due date, state)"""
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class EntryDoc:
    day: date
    title: str
    body: str
    direction: str
    private: bool
    company: str = ""
    markup: str = "plain"
    tags: tuple[str, ...] = ()


@dataclass
class JournalContent:
    reflections: list[ReflectionDoc] = field(default_factory=list)
    entries: list[EntryDoc] = field(default_factory=list)

    def in_order(self) -> list[ReflectionDoc | EntryDoc]:
        """Reflections and entries together, oldest first (a reflection before an entry of the same day)."""
        items: list[ReflectionDoc | EntryDoc] = [*self.reflections, *self.entries]
        return sorted(items, key=lambda item: (item.day, isinstance(item, EntryDoc)))


def skill_label(key: str | None, name: str, lang: str) -> str:
    return catalogue.label("default_skills", key, lang) if key else name


def _reflection_day(reflection: Reflection, rejection: Rejection | None) -> date:
    if rejection is not None:
        return rejection.received_on
    return local_day(reflection.completed_at or reflection.created_at)


def load_content(
    session: Session, start: date | None, end: date | None, include_private: bool, lang: str,
    labels: dict[str, str],
) -> JournalContent:
    """Finished reflections and free entries dated within [start, end] (either end open)."""
    content = JournalContent()

    def wanted(day: date, private: bool) -> bool:
        return (include_private or not private) and (start is None or day >= start) and (end is None or day <= end)

    rows = session.exec(
        select(Reflection, Rejection, Application)
        .join(Rejection, Reflection.rejection_id == Rejection.id, isouter=True)
        .join(Application, Rejection.application_id == Application.id, isouter=True)
        .where(Reflection.state == "done")
    ).all()
    chosen = []
    for reflection, rejection, application in rows:
        day = _reflection_day(reflection, rejection)
        if wanted(day, reflection.private):
            chosen.append((reflection, rejection, application, day))
    details = _ReflectionDetails(session, [reflection.id for reflection, *_ in chosen], lang)
    for reflection, rejection, application, day in chosen:
        content.reflections.append(_reflection_doc(details, reflection, rejection, application, day, lang, labels))

    chosen_entries = [(entry, application) for entry, application in session.exec(
        select(JournalEntry, Application).join(Application, JournalEntry.application_id == Application.id, isouter=True)
    ).all() if wanted(entry.written_on, entry.private)]
    entry_tags = tags_of(session, "entry", [entry.id for entry, _ in chosen_entries])
    for entry, application in chosen_entries:
        content.entries.append(EntryDoc(
            day=entry.written_on, title=entry.title, body=entry.body, direction=entry.direction,
            private=entry.private, company=application.company if application else "", markup=entry.markup,
            tags=entry_tags.get(entry.id, ()),
        ))
    return content


class _ReflectionDetails:
    """Answers, skills, areas and actions of many reflections, four queries in all (not four each)."""

    def __init__(self, session: Session, ids: list[int], lang: str) -> None:
        self.answers: dict[int, list[Answer]] = defaultdict(list)
        self.merged: dict[int, dict[str, str]] = defaultdict(dict)
        """Answers to prompts since merged into a text field, by reflection: folded into that field."""
        self.skills: dict[int, list[tuple[str, int]]] = defaultdict(list)
        self.areas: dict[int, list[str]] = defaultdict(list)
        self.actions: dict[int, list[tuple]] = defaultdict(list)
        self.tags = tags_of(session, "reflection", ids)
        for chunk in _chunks(ids):
            for answer in session.exec(
                select(ReflectionAnswer).where(ReflectionAnswer.reflection_id.in_(chunk)).order_by(ReflectionAnswer.id)
            ).all():
                if merged_into(answer.prompt_key) is not None:  # shown with the field that replaced its prompt
                    self.merged[answer.reflection_id][answer.prompt_key] = answer.text
                    continue
                shown = answer_heading(answer.prompt_key, answer.text, lang) if answer.text.strip() else None
                if shown is not None:
                    self.answers[answer.reflection_id].append(Answer(*shown))
            for reflection_id, key, name, rating in session.exec(
                select(SkillRating.reflection_id, Skill.key, Skill.name, SkillRating.rating)
                .join(Skill, SkillRating.skill_id == Skill.id)
                .where(SkillRating.reflection_id.in_(chunk)).order_by(SkillRating.id)
            ).all():
                self.skills[reflection_id].append((skill_label(key, name, lang), rating))
            for reflection_id, name in session.exec(
                select(AreaCitation.reflection_id, ImprovementArea.name)
                .join(ImprovementArea, AreaCitation.area_id == ImprovementArea.id)
                .where(AreaCitation.reflection_id.in_(chunk)).order_by(ImprovementArea.name)
            ).all():
                self.areas[reflection_id].append(name)
            for reflection_id, title, due_on, state in session.exec(
                select(ActionItem.reflection_id, ActionItem.title, ActionItem.due_on, ActionItem.state)
                .where(ActionItem.reflection_id.in_(chunk)).order_by(ActionItem.id)
            ).all():
                self.actions[reflection_id].append((title, due_on, state))


def _chunks(ids: list[int], size: int = 500) -> Iterator[list[int]]:
    """SQLite limits the parameters of one statement; 500 ids at a time stay well inside it."""
    for start in range(0, len(ids), size):
        yield ids[start:start + size]


def _reflection_doc(
    details: _ReflectionDetails, reflection: Reflection, rejection: Rejection | None,
    application: Application | None, day: date, lang: str, labels: dict[str, str],
) -> ReflectionDoc:
    texts, _ = fold_merged({name: getattr(reflection, name) for name in OWN_TEXTS},
                           details.merged.get(reflection.id, {}))
    answers = [Answer(labels[f"field_{name}"], texts[name]) for name in OWN_TEXTS if texts[name].strip()]
    answers.extend(details.answers.get(reflection.id, ()))
    return ReflectionDoc(
        day=day,
        company=application.company if application else "",
        role=application.role if application else "",
        stage=rejection.stage if rejection else "",
        round=rejection.round if rejection else None,
        confidence_before=reflection.confidence_before,
        confidence_after=reflection.confidence_after,
        direction=reflection.direction,
        private=reflection.private,
        answers=tuple(answers),
        skills=tuple(details.skills.get(reflection.id, ())),
        areas=tuple(details.areas.get(reflection.id, ())),
        actions=tuple(details.actions.get(reflection.id, ())),
        tags=details.tags.get(reflection.id, ()),
    )
