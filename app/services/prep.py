"""The prep card for an upcoming interview, built only from what the user wrote in the journal.

Nothing here is advice from Thabat: every line is the user's own words (an improvement area, an
action item, what went well, a question that surprised them, feedback an employer gave, a note on a
contact), with where it came from, so the card can link back to it. Plain SQL over a sqlite3
connection (`Journal.reader()`), like Today, which opens it.

"The same stage" is the rejection stage the step leads to: an interview round prepares with what
was learnt from rejections after interview rounds, a final round with those after final rounds.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, replace
from datetime import date, time

from thabat.app.errors import QT_TRANSLATE_NOOP, NotFound
from thabat.storage.name_key import name_key

INTERVIEW_STAGES = ("interview", "final")
"""Rejection stages after an interview: their stories and surprising questions serve any interview."""
STORY_PROMPTS = ("general.did_well",)
"""Reflection prompts whose answers are stories that worked (beside the "What went well" box)."""
SURPRISE_PROMPTS = ("answers.hardest",)
"""Reflection prompts whose answers are the questions that surprised the user."""
MOST = 5
"""Lines shown at most in a section (the newest), so the card stays a card."""


@dataclass(frozen=True)
class PrepLine:
    """One of the user's own lines, and where it came from (`source`: reflection, contact, application or "")."""

    text: str
    source: str
    source_id: int | None
    company: str = ""
    role: str = ""
    on: date | None = None
    person: str = ""
    """A contact's name (the lines about people)."""
    interviewer: bool = False
    """The contact interviews at this step."""


@dataclass(frozen=True)
class AreaToPrepare:
    """An improvement area cited after rejections at the step's stage, and how it has moved since."""

    id: int
    name: str
    state: str  # open | improving | resolved
    cited_by: tuple[PrepLine, ...]
    """The reflections that cited it (text empty), newest first."""
    actions_done: int
    actions_total: int


@dataclass(frozen=True)
class InterviewToPrepare:
    stage_id: int
    application_id: int
    company: str
    role: str
    stage: str
    round: int | None
    kind: str
    on: date
    starts_at: time | None
    note: str
    """The prep note the user wrote on the step."""


@dataclass(frozen=True)
class PrepCard:
    interview: InterviewToPrepare
    areas: tuple[AreaToPrepare, ...]
    actions: tuple[PrepLine, ...]
    stories: tuple[PrepLine, ...]
    surprises: tuple[PrepLine, ...]
    feedback: tuple[PrepLine, ...]
    people: tuple[PrepLine, ...]
    """Interviewers of the step (their notes, if any) and notes on other contacts at the company."""
    earlier: tuple[PrepLine, ...]
    """Earlier applications to the same company (text: how that one ended)."""

    @property
    def empty(self) -> bool:
        """True when the journal holds nothing to prepare with yet (the step's own note aside)."""
        return not (self.areas or self.actions or self.stories or self.surprises or self.feedback or self.people
                    or self.earlier)


def prep_card(db: sqlite3.Connection, stage_id: int) -> PrepCard:
    """The card for the interview step `stage_id`."""
    interview = _interview(db, stage_id)
    reflections = _reflections(db)
    return PrepCard(
        interview=interview,
        areas=_areas(db, reflections, interview.stage),
        actions=_actions(db, reflections),
        stories=_answers(db, reflections, "went_well", STORY_PROMPTS),
        surprises=_answers(db, reflections, "", SURPRISE_PROMPTS),
        feedback=_feedback(db, reflections, interview.company),
        people=_people(db, interview),
        earlier=_earlier(db, reflections, interview),
    )


@dataclass(frozen=True)
class _Reflection:
    id: int
    company: str
    role: str
    stage: str
    on: date
    rejection_id: int


def _interview(db: sqlite3.Connection, stage_id: int) -> InterviewToPrepare:
    row = db.execute(
        """SELECT s.id, s.application_id, a.company, a.role, s.stage, s.round, s.kind, s.occurred_on, s.starts_at,
                  s.note
           FROM stage_event s JOIN application a ON a.id = s.application_id
           WHERE s.id = ? AND s.stage IN ('interview', 'final')""", (stage_id,)).fetchone()
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "This step no longer exists."))
    stage_id, app_id, company, role, stage, round_, kind, on, starts_at, note = row
    return InterviewToPrepare(stage_id, app_id, company, role, stage, round_, kind or "", date.fromisoformat(on),
                              time.fromisoformat(starts_at) if starts_at else None, note)


def _reflections(db: sqlite3.Connection) -> dict[int, _Reflection]:
    """Every reflection on a rejection, with the rejection's company, role, stage and day."""
    rows = db.execute(
        """SELECT f.id, a.company, a.role, r.stage, r.received_on, r.id
           FROM reflection f JOIN rejection r ON r.id = f.rejection_id JOIN application a ON a.id = r.application_id"""
    ).fetchall()
    return {id_: _Reflection(id_, company, role, stage, date.fromisoformat(on), rejection_id)
            for id_, company, role, stage, on, rejection_id in rows}


def _newest(lines: list[PrepLine]) -> tuple[PrepLine, ...]:
    return tuple(sorted(lines, key=lambda line: (line.on or date.min, line.source_id or 0), reverse=True)[:MOST])


def _from(reflection: _Reflection, text: str) -> PrepLine:
    return PrepLine(text.strip(), "reflection", reflection.id, reflection.company, reflection.role, reflection.on)


def _areas(db: sqlite3.Connection, reflections: dict[int, _Reflection], stage: str) -> tuple[AreaToPrepare, ...]:
    cited: dict[int, list[_Reflection]] = {}
    for area_id, reflection_id in db.execute("SELECT area_id, reflection_id FROM area_citation"):
        reflection = reflections.get(reflection_id)
        if reflection is not None and reflection.stage == stage:
            cited.setdefault(area_id, []).append(reflection)
    if not cited:
        return ()
    actions: dict[int, tuple[int, int]] = {
        area_id: (done, total) for area_id, done, total in db.execute(
            "SELECT area_id, sum(state = 'done'), count(*) FROM action_item WHERE area_id IS NOT NULL GROUP BY area_id")}
    areas = []
    for area_id, name, state in db.execute("SELECT id, name, state FROM improvement_area"):
        if area_id in cited:
            by = _newest([_from(r, "") for r in cited[area_id]])
            done, total = actions.get(area_id, (0, 0))
            areas.append(AreaToPrepare(area_id, name, state, by, done, total))
    order = {"open": 0, "improving": 1, "resolved": 2}  # what still needs work first
    return tuple(sorted(areas, key=lambda a: (order.get(a.state, 3), -len(a.cited_by), a.name.casefold())))


def _actions(db: sqlite3.Connection, reflections: dict[int, _Reflection]) -> tuple[PrepLine, ...]:
    """Open action items, the soonest due first (those without a date last)."""
    lines = []
    for id_, title, due_on, reflection_id in db.execute(
            """SELECT id, title, due_on, reflection_id FROM action_item WHERE state != 'done'
               ORDER BY due_on IS NULL, due_on, id"""):
        reflection = reflections.get(reflection_id)
        lines.append(PrepLine(title.strip(), "reflection" if reflection else "", reflection_id if reflection else None,
                              reflection.company if reflection else "", reflection.role if reflection else "",
                              date.fromisoformat(due_on) if due_on else None))
    return tuple(lines[:MOST])


def _answers(db: sqlite3.Connection, reflections: dict[int, _Reflection], column: str,
             prompts: tuple[str, ...]) -> tuple[PrepLine, ...]:
    """Answers to `prompts` (and the reflection's `column`, when given) in reflections after interviews."""
    after_interviews = {id_: r for id_, r in reflections.items() if r.stage in INTERVIEW_STAGES}
    lines = []
    if column:
        for id_, text in db.execute(f"SELECT id, {column} FROM reflection WHERE trim({column}) != ''"):
            if id_ in after_interviews:
                # One line a paragraph: an answer to a retired prompt, folded into this field (app/services/
                # prompts.py, fold_merged), stays a story of its own.
                lines.extend(_from(after_interviews[id_], part) for part in re.split(r"\n\s*\n", text) if part.strip())
    marks = ", ".join("?" for _ in prompts)
    for id_, text in db.execute(
            f"SELECT reflection_id, text FROM reflection_answer WHERE prompt_key IN ({marks}) AND trim(text) != ''",
            prompts):
        if id_ in after_interviews:
            lines.append(_from(after_interviews[id_], text))
    return _newest(lines)


def _feedback(db: sqlite3.Connection, reflections: dict[int, _Reflection], company: str) -> tuple[PrepLine, ...]:
    """What employers said back; this company's first."""
    reflection_of = {r.rejection_id: r.id for r in sorted(reflections.values(), key=lambda r: r.id)}
    lines = []
    for rejection_id, app_id, text, company_of, role, received, on in db.execute(
            """SELECT r.id, r.application_id, r.feedback_text, a.company, a.role, r.feedback_received_on, r.received_on
               FROM rejection r JOIN application a ON a.id = r.application_id WHERE trim(r.feedback_text) != ''"""):
        reflection_id = reflection_of.get(rejection_id)
        lines.append(PrepLine(text.strip(), "reflection" if reflection_id else "application", reflection_id or app_id,
                              company_of, role, date.fromisoformat(received or on)))
    same = [line for line in lines if name_key(line.company) == name_key(company)]
    return (_newest(same) + _newest([line for line in lines if line not in same]))[:MOST]


def _people(db: sqlite3.Connection, interview: InterviewToPrepare) -> tuple[PrepLine, ...]:
    """The step's interviewers, then the other contacts at the same company who have notes."""
    interviewers = db.execute(
        """SELECT c.id, c.name, c.notes FROM stage_contact sc JOIN contact c ON c.id = sc.contact_id
           WHERE sc.stage_event_id = ? ORDER BY c.name, c.id""", (interview.stage_id,)).fetchall()
    seen = {id_ for id_, _, _ in interviewers}
    key = name_key(interview.company)
    others = [(id_, name, notes) for id_, name, notes, company in db.execute(
        "SELECT id, name, notes, company FROM contact WHERE trim(notes) != '' ORDER BY name, id")
        if id_ not in seen and company and name_key(company) == key]
    return tuple(PrepLine(notes.strip(), "contact", id_, interview.company, person=name, interviewer=id_ in seen)
                 for id_, name, notes in interviewers + others)


def _earlier(db: sqlite3.Connection, reflections: dict[int, _Reflection],
             interview: InterviewToPrepare) -> tuple[PrepLine, ...]:
    """Other applications to the same company, with their outcome (the text) and their reflection if any."""
    reflection_of = {r.rejection_id: r.id for r in sorted(reflections.values(), key=lambda r: r.id)}
    key = name_key(interview.company)
    lines = []
    for app_id, company, role, outcome, applied_on, rejection_id in db.execute(
            """SELECT a.id, a.company, a.role, a.outcome, a.applied_on, r.id
               FROM application a LEFT JOIN rejection r ON r.application_id = a.id WHERE a.id != ?""",
            (interview.application_id,)):
        if name_key(company) != key:
            continue
        reflection_id = reflection_of.get(rejection_id)
        lines.append(PrepLine(outcome, "reflection" if reflection_id else "application", reflection_id or app_id,
                              company, role, date.fromisoformat(applied_on) if applied_on else None))
    return _newest(lines)


@dataclass(frozen=True)
class PreparedInterview:
    """An interview whose prep card showed an improvement area, and what happened next."""

    stage_id: int
    application_id: int
    company: str
    role: str
    on: date
    stage: str
    round: int | None
    outcome: str
    """The application's outcome now (app/services/stages.py keeps it in step with the history)."""
    cited_again: bool | None
    """After a rejection: whether its reflection named the area again (None when there was none to name it)."""
    next_stage: str = ""
    """The application's next step after this interview (a history stage), "" when none came yet."""
    next_round: int | None = None
    next_on: date | None = None


def prepared_interviews(db: sqlite3.Connection, area_id: int) -> list[PreparedInterview]:
    """The interviews an area was on the prep card of: at a stage where it was cited, after its first
    citation; the newest first."""
    cited = db.execute(
        """SELECT r.stage, min(r.received_on) FROM area_citation c
           JOIN reflection f ON f.id = c.reflection_id JOIN rejection r ON r.id = f.rejection_id
           WHERE c.area_id = ? AND r.stage IN ('interview', 'final') GROUP BY r.stage""", (area_id,)).fetchall()
    again = {app_id for (app_id,) in db.execute(
        """SELECT r.application_id FROM area_citation c
           JOIN reflection f ON f.id = c.reflection_id JOIN rejection r ON r.id = f.rejection_id
           WHERE c.area_id = ?""", (area_id,))}
    reflected = {app_id for (app_id,) in db.execute(
        "SELECT r.application_id FROM reflection f JOIN rejection r ON r.id = f.rejection_id")}
    found = []
    for stage, first in cited:
        for stage_id, app_id, company, role, on, round_, outcome in db.execute(
                """SELECT s.id, a.id, a.company, a.role, s.occurred_on, s.round, a.outcome
                   FROM stage_event s JOIN application a ON a.id = s.application_id
                   WHERE s.stage = ? AND s.occurred_on > ?""", (stage, first)):
            cited_again = (app_id in again) if outcome == "rejected" and app_id in reflected else None
            found.append(PreparedInterview(stage_id, app_id, company, role, date.fromisoformat(on), stage, round_,
                                           outcome, cited_again))
    return sorted(_with_next_steps(db, found), key=lambda i: (i.on, i.stage_id), reverse=True)


def _with_next_steps(db: sqlite3.Connection, interviews: list[PreparedInterview]) -> list[PreparedInterview]:
    """Each interview with the step that followed it in its application's history (date, then id order)."""
    app_ids = sorted({i.application_id for i in interviews})
    history: dict[int, list[tuple]] = {}
    for start in range(0, len(app_ids), 500):  # well inside SQLite's limit on a statement's parameters
        chunk = app_ids[start:start + 500]
        for app_id, stage_id, stage, on, round_ in db.execute(
                f"""SELECT application_id, id, stage, occurred_on, round FROM stage_event
                    WHERE application_id IN ({",".join("?" * len(chunk))})""", chunk):
            history.setdefault(app_id, []).append((date.fromisoformat(on), stage_id, stage, round_))
    result = []
    for interview in interviews:
        later = sorted(step for step in history.get(interview.application_id, ())
                       if (step[0], step[1]) > (interview.on, interview.stage_id))
        if later:
            on, _id, stage, round_ = later[0]
            interview = replace(interview, next_stage=stage, next_round=round_, next_on=on)
        result.append(interview)
    return result
