"""Read-only views for the Journal page: a guided reflection, or a found piece of feedback or notes."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from app import catalogue
from app.dates import DateStyle, long_date, number
from app.journal_read_models import ReflectionReading, SearchHit
from app.text_direction import fill, isolate
from ui.user_text import user_text_html

_SECTIONS = {
    "feeling": QT_TRANSLATE_NOOP("JournalReader", "How I felt"),
    "reply_text": QT_TRANSLATE_NOOP("JournalReader", "My reply"),
    "feedback_request_text": QT_TRANSLATE_NOOP("JournalReader", "Feedback I asked for"),
    "went_well": QT_TRANSLATE_NOOP("JournalReader", "What went well"),
    "to_improve": QT_TRANSLATE_NOOP("JournalReader", "What to improve"),
    "strength": QT_TRANSLATE_NOOP("JournalReader", "A strength I showed"),
    "next_steps": QT_TRANSLATE_NOOP("JournalReader", "Next steps"),
}


translate = QCoreApplication.translate  # called with literals, so pyside6-lupdate finds the strings


def _prompt_text(key: str, lang: str) -> str:
    prompts = catalogue.load("prompts")
    for item in prompts.get("prompts", []):
        if item.get("key") == key:
            return item.get(lang) or item.get("en") or key
    for trap in prompts.get("thinking_traps", []):
        if trap.get("key") == key:
            return (trap.get(lang) or trap.get("en") or {}).get("name", key)
    return key


def reflection_html(reading: ReflectionReading, style: DateStyle, fallback: str) -> str:
    title = escape(reading.title) or escape(translate("JournalReader", "Reflection"))
    facts = [isolate(long_date(reading.day, style))]
    if reading.draft:
        facts.append(translate("JournalReader", "Draft, not finished yet"))
    if reading.confidence_before is not None or reading.confidence_after is not None:
        before = "–" if reading.confidence_before is None else number(reading.confidence_before, style)
        after = "–" if reading.confidence_after is None else number(reading.confidence_after, style)
        facts.append(fill(translate("JournalReader", "Confidence %1 → %2 (out of 10)"), before, after))
    parts = [f"<h2>{title}</h2>", f'<p style="color:gray">{escape(" · ".join(facts))}</p>']
    for section in reading.sections:
        if section.key.startswith("answer:"):
            heading = _prompt_text(section.key.split(":", 1)[1], style.lang)
        else:
            heading = translate("JournalReader", _SECTIONS.get(section.key, section.key))
        parts.append(f"<h4>{escape(heading)}</h4>")
        parts.append(user_text_html(section.text, reading.direction, fallback))
    if not reading.sections:
        nothing = translate("JournalReader", "Nothing written in this reflection yet.")
        parts.append(f"<p>{escape(nothing)}</p>")
    return "".join(parts)


def hit_html(hit: SearchHit, kind_label: str, style: DateStyle) -> str:
    """A search hit that has no editor here (feedback, application or contact notes)."""
    return (f"<h2>{escape(hit.title)}</h2><p style='color:gray'>{escape(kind_label)} · "
            f"{escape(long_date(hit.day, style))}</p><p>{hit.snippet_html()}</p>")
