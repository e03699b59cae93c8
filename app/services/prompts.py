"""The reflection's bilingual catalogue: steps, self-assessment prompts by stage, thinking traps."""

from __future__ import annotations

from dataclasses import dataclass

from thabat.app.text import catalogue
from thabat.app.text.dates import DateStyle, number
from thabat.app.text.direction import fill
from thabat.app.views.reflections import FELT_SUFFIX, TRAP_PREFIX

EARLY_STAGES = ("application", "screening", "assessment")
"""Rejections before any interview: the prompts ask about the CV, targeting and strategy."""


@dataclass(frozen=True)
class Prompt:
    key: str
    topic: str
    topic_label: str
    text: str


@dataclass(frozen=True)
class ThinkingTrap:
    key: str
    name: str
    example: str
    question: str
    reframe_prompt: str


@dataclass(frozen=True)
class Step:
    key: str
    title: str
    intro: str


def _lang(lang: str) -> str:
    return lang if lang in ("ar", "en") else "en"


def prompts_for_stage(stage: str, lang: str) -> list[Prompt]:
    """The self-assessment prompts that fit the stage reached, general ones last, in catalogue order."""
    lang = _lang(lang)
    data = catalogue.load("prompts")
    chosen = [p for p in data["prompts"] if stage in p["stages"]]
    chosen.sort(key=lambda p: p["topic"] == "general")  # stable: keeps catalogue order within each group
    return [Prompt(p["key"], p["topic"], catalogue.label("topics", p["topic"], lang), p[lang]) for p in chosen]


def merged_prompt(field: str, lang: str) -> str:
    """The prompt of a reflection's own text field ("went_well", "to_improve") that absorbed older prompts."""
    item = next(m for m in catalogue.load("prompts")["merged_prompts"] if m["into"] == field)
    return item[_lang(lang)]


def merged_into(key: str) -> str | None:
    """The text field that now holds the answers to the retired prompt `key`, or None."""
    return next((m["into"] for m in catalogue.load("prompts")["merged_prompts"] if key in m["keys"]), None)


def fold_merged(fields: dict[str, str], answers: dict[str, str]) -> tuple[dict[str, str], dict[str, str]]:
    """Answers to retired prompts moved into the field that replaced them, after the field's own text.

    "What did you do well…" became "What went well", "change one thing" became "What to improve":
    reflections written before the merge keep both texts, shown (and edited) under the one prompt.
    """
    fields, kept = dict(fields), {}
    for key, text in answers.items():
        into = merged_into(key)
        if into is None:
            kept[key] = text
        elif text.strip():
            fields[into] = "\n\n".join(part for part in (fields.get(into, "").rstrip(), text) if part.strip())
    return fields, kept


def thinking_traps(lang: str) -> list[ThinkingTrap]:
    lang = _lang(lang)
    return [ThinkingTrap(t["key"], **t[lang]) for t in catalogue.load("prompts")["thinking_traps"]]


def steps(lang: str, style: DateStyle | None = None) -> list[Step]:
    """The reflection's steps; intros name the confidence scale's ends ({low}, {high}) in the chosen digits."""
    style = style or DateStyle(lang)
    lang = _lang(lang)
    return [Step(s["key"], s[lang]["title"], s[lang]["intro"].replace("{low}", number(0, style))
                 .replace("{high}", number(10, style))) for s in catalogue.load("prompts")["steps"]]


def skill_label(key: str | None, name: str, lang: str) -> str:
    """A catalogue skill in the user's language; the user's own skills keep the name they typed."""
    return catalogue.label("default_skills", key, _lang(lang)) if key else name


def answer_heading(key: str, text: str, lang: str) -> tuple[str, str] | None:
    """A stored answer as the reader and the PDF show it: (heading, text) in `lang`, never a raw key.

    None for an answer with nothing to show (a thinking trap not ticked).
    """
    lang = _lang(lang)
    data = catalogue.load("prompts")
    words = {name: item.get(lang) or item["en"] for name, item in data["answer_labels"].items()}
    for prompt in data["prompts"]:
        if prompt["key"] == key:
            return prompt[lang], text
    into = merged_into(key)
    if into is not None:
        return merged_prompt(into, lang), text
    if key.startswith(TRAP_PREFIX):
        trap_key, felt = key[len(TRAP_PREFIX):], key.endswith(FELT_SUFFIX)
        trap_key = trap_key[: -len(FELT_SUFFIX)] if felt else trap_key
        trap = next((t for t in thinking_traps(lang) if t.key == trap_key), None)
        if trap is not None:
            if felt:
                return (trap.name, words["trap_felt"]) if text.strip() == "yes" else None
            return fill(words["trap_reframe"], trap.name), text
    return words["other_answer"], text  # a prompt no longer in the catalogue: its text still shows
