"""An application's stage history as one spreadsheet cell, written and read back without loss.

One step after another, separated by "; ", each readable in the export's language::

    2026-01-03 applied; 2026-01-12 14:30 interview 2 (technical interview) with Sara Ali, Omar: SQL; joins

- the date, the time of an interview if known, the stage's label (lower case in English), the
  round, the interview's kind or the offer's answer in brackets, the interviewers after "with"
  (Arabic: "مع"), and the note after ": ".
- In a note, "\\" is written "\\\\", ";" "\\;" and a line break "\\n", so a note holds anything.
Labels are read in both languages, so an Arabic export reads back into an English interface.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, time
from functools import lru_cache

from thabat.app.text import catalogue
from thabat.app.views.applications import StageStep

WITH = {"en": "with", "ar": "مع"}
_STEP = re.compile(
    r"^(?P<day>\d{4}-\d{2}-\d{2})(?: (?P<time>\d{2}:\d{2}))? (?P<label>.+?)(?: (?P<round>\d{1,2}))?"
    r"(?: \((?P<kind>[^()]+)\))?(?: (?:with|مع) (?P<people>[^:]+?))?(?:: (?P<note>.*))?$", re.S)


@dataclass(frozen=True)
class ParsedStep:
    stage: str
    occurred_on: date
    round: int | None = None
    kind: str = ""
    starts_at: time | None = None
    note: str = ""
    interviewers: tuple[str, ...] = ()


def history_cell(steps: list[StageStep], lang: str) -> str:
    """The steps as one cell (see the module's docstring)."""
    return "; ".join(_step_text(step, lang) for step in steps)


def _label(kind: str, key: str, lang: str) -> str:
    text = catalogue.label(kind, key, lang)
    return text.lower() if lang == "en" else text


def _step_text(step: StageStep, lang: str) -> str:
    text = step.occurred_on.isoformat()
    if step.starts_at is not None:
        text += " " + step.starts_at.strftime("%H:%M")
    text += " " + _label("history_stages", step.stage, lang)
    if step.round:
        text += f" {step.round}"
    if step.kind and not (step.stage == "final" and step.kind == "final"):
        text += f" ({_label('offer_answers' if step.stage == 'offer' else 'interview_kinds', step.kind, lang)})"
    if step.interviewers:
        text += f" {WITH.get(lang, WITH['en'])} " + ", ".join(p.name.replace(",", " ").replace(":", " ")
                                                              for p in step.interviewers)
    if step.note:
        text += ": " + step.note.replace("\\", "\\\\").replace(";", "\\;").replace("\r\n", "\n").replace("\n", "\\n")
    return text


@lru_cache(maxsize=None)
def _labels(kind: str) -> dict[str, str]:
    """Every label of `kind`, in both languages and lower case, to its key (the catalogue does not change
    while Thabat runs; an import reads a history cell per row)."""
    labels = {}
    for item in catalogue.load("prompts")[kind]:
        for text in (item["key"], item["en"], item["ar"]):
            labels[text.lower()] = item["key"]
    return labels


def _split(cell: str) -> list[str]:
    """The cell cut at the "; " that no backslash escapes."""
    parts, current, escaped = [], [], False
    for index, char in enumerate(cell):
        if escaped:
            current.append("\\" + char)
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == ";" and cell[index + 1:index + 2] in (" ", ""):
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return [part.strip() for part in parts if part.strip()]


def _unescaped(note: str) -> str:
    return re.sub(r"\\(.)", lambda m: {"n": "\n"}.get(m.group(1), m.group(1)), note, flags=re.S)


def parse_history(cell: str) -> list[ParsedStep] | None:
    """The steps of a history cell, or None when a part of it is not a step Thabat can read."""
    if not cell:
        return []
    stages, kinds = _labels("history_stages"), {**_labels("interview_kinds"), **_labels("offer_answers")}
    steps = []
    for part in _split(cell):
        match = _STEP.match(part)
        if match is None:
            return None
        label = match["label"].lower()
        stage = stages.get(label)
        if stage is None:
            return None
        kind = kinds.get((match["kind"] or "").lower(), "") if match["kind"] else ""
        try:
            day = date.fromisoformat(match["day"])
            at = time.fromisoformat(match["time"]) if match["time"] else None
        except ValueError:
            return None
        people = tuple(name.strip() for name in (match["people"] or "").split(",") if name.strip())
        steps.append(ParsedStep(stage, day, int(match["round"]) if match["round"] else None,
                                "final" if stage == "final" else kind, at, _unescaped(match["note"] or ""), people))
    return steps
