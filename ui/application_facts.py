"""The lines of an application's detail pane: its fields, and each step of its history."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from thabat.app.text import catalogue
from thabat.app.text.dates import DateStyle, long_date, number
from thabat.app.text.direction import fill, joined
from thabat.app.views.applications import ApplicationDetail, ApplicationRow, RejectionView, StageStep
from thabat.ui.labels import stage_label


def clock(hour: int, minute: int, style: DateStyle) -> str:
    """"14:05" in the chosen digits."""
    return f"{number(f'{hour:02d}', style)}:{number(f'{minute:02d}', style)}"


def application_facts(row: ApplicationRow, style: DateStyle) -> list[str]:
    """One line per field of revision 0004 that the user filled in."""
    lang, facts = style.lang, []
    if row.source:
        facts.append(fill(QCoreApplication.translate("ApplicationFacts", "Source: %1"), catalogue.label("sources", row.source, lang)))
    if row.work_place:
        facts.append(fill(QCoreApplication.translate("ApplicationFacts", "Work place: %1"), catalogue.label("work_places", row.work_place, lang)))
    if row.salary_min is not None or row.salary_max is not None:
        low, high = (number(v, style) if v is not None else "…" for v in (row.salary_min, row.salary_max))
        facts.append(fill(QCoreApplication.translate("ApplicationFacts", "Salary: %1–%2 %3"), low, high, row.currency))
    if row.deadline is not None:
        facts.append(fill(QCoreApplication.translate("ApplicationFacts", "Deadline: %1"), long_date(row.deadline, style)))
    if row.interest is not None:
        facts.append(fill(QCoreApplication.translate("ApplicationFacts", "How much I want it: %1 of %2"), number(row.interest, style),
                          number(5, style)))
    if row.description:
        facts.append(QCoreApplication.translate("ApplicationFacts", "Job description kept (searchable)."))
    return facts


def detail_facts(detail: ApplicationDetail, style: DateStyle) -> list[str]:
    """The detail pane's lines under the title: when applied, the outcome, the fields, the rejection's stage."""
    row, translate = detail.row, QCoreApplication.translate  # the page's context: its translations were made there
    facts = [fill(translate("ApplicationsPage", "Applied on %1"), long_date(row.applied_on, style))
             if row.applied_on is not None else translate("ApplicationsPage", "Applied on: date unknown"),
             catalogue.label("outcomes", row.outcome, style.lang)]
    facts += application_facts(row, style)
    if detail.rejection is not None:
        facts.append(fill(translate("ApplicationsPage", "Rejection came at: %1"),
                          stage_label(detail.rejection.stage, detail.rejection.round, style)))
    return facts


def step_text(step: StageStep, style: DateStyle, rejection: RejectionView | None) -> str:
    """"12 October 2026, 14:30 — Interview, round 2 — Technical interview — with Sara" and the note."""
    when = long_date(step.occurred_on, style)
    if step.starts_at is not None:
        when = fill(QCoreApplication.translate("ApplicationFacts", "%1, %2"), when, clock(step.starts_at.hour, step.starts_at.minute, style))
    parts = [when, stage_label(step.stage, step.round, style)]
    if step.stage == "interview" and step.kind:
        parts.append(catalogue.label("interview_kinds", step.kind, style.lang))
    if step.stage == "offer" and step.kind:
        parts.append(catalogue.label("offer_answers", step.kind, style.lang))
    if step.stage == "rejected" and rejection is not None:
        parts.append(QCoreApplication.translate("ApplicationFacts", "no response") if rejection.channel == "no_answer"
                     else fill(QCoreApplication.translate("ApplicationFacts", "at: %1"), stage_label(rejection.stage, rejection.round, style)))
    if step.interviewers:
        parts.append(fill(QCoreApplication.translate("ApplicationFacts", "with %1"), "، ".join(p.name for p in step.interviewers) if style.lang == "ar"
                          else ", ".join(p.name for p in step.interviewers)))
    text = joined(*parts)
    return f"{text}\n{step.note}" if step.note else text
