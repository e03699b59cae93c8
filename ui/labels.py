"""Labels for the domain's keys (stages, outcomes, channels) in the current language.

The texts live in resources/catalogue/prompts.json, both languages side by side, so the command
line and the PDF show the same words as the screens.
"""

from __future__ import annotations

from thabat.app.text import catalogue
from thabat.app.text.dates import DateStyle, number


def label(kind: str, key: str, lang: str) -> str:
    return catalogue.label(kind, key, lang)


def stage_label(stage: str, round_: int | None, style: DateStyle) -> str:
    """"Interview, round 2" for interview steps with a round, else the stage's own label."""
    if stage == "interview" and round_:
        template = catalogue.load("prompts")["interview_round"][style.lang]
        return template.format(n=number(round_, style))
    kind = "history_stages" if stage in catalogue.keys("history_stages") else "stages"
    return catalogue.label(kind, stage, style.lang)
