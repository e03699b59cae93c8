"""Read-only views for the Journal page: a guided reflection, or a found piece of feedback or notes."""

from __future__ import annotations

from thabat.app.text.markup import escaped

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from thabat.app.services.prompts import answer_heading
from thabat.app.text.dates import DateStyle, long_date, number
from thabat.app.text.direction import fill, isolate, joined
from thabat.app.views.journal import ReflectionReading, SearchHit
from thabat.ui.theme import current_palette
from thabat.ui.user_text import user_text_html

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


def reflection_html(reading: ReflectionReading, style: DateStyle, fallback: str) -> str:
    title = escaped(reading.title) or escaped(translate("JournalReader", "Reflection"))
    facts = [isolate(long_date(reading.day, style))]
    if reading.draft:
        facts.append(translate("JournalReader", "Draft, not finished yet"))
    if reading.confidence_before is not None or reading.confidence_after is not None:
        before = "–" if reading.confidence_before is None else number(reading.confidence_before, style)
        after = "–" if reading.confidence_after is None else number(reading.confidence_after, style)
        facts.append(fill(translate("JournalReader", "Confidence %1 → %2 (out of %3)"), before, after, number(10, style)))
    parts = [f"<h2>{title}</h2>", _caption(" · ".join(facts))]
    if reading.tags:
        parts.append(_caption(tags_line(reading.tags)))
    for section in reading.sections:
        if section.key.startswith("answer:"):
            shown = answer_heading(section.key.split(":", 1)[1], section.text, style.lang)
            if shown is None:
                continue
            heading, text = shown
        else:
            heading, text = translate("JournalReader", _SECTIONS.get(section.key, section.key)), section.text
        parts.append(f"<h4>{escaped(heading)}</h4>")
        parts.append(user_text_html(text, reading.direction, fallback))
    if not reading.sections:
        nothing = translate("JournalReader", "Nothing written in this reflection yet.")
        parts.append(f"<p>{escaped(nothing)}</p>")
    return "".join(parts)


def hit_html(hit: SearchHit, kind_label: str, style: DateStyle) -> str:
    """A search hit that has no editor here (feedback, application or contact notes)."""
    facts = kind_label + " · " + long_date(hit.day, style)
    return f"<h2>{escaped(hit.title)}</h2>{_caption(facts)}<p>{hit.snippet_html()}</p>"


def tags_line(tags: tuple[str, ...]) -> str:
    """"Tags: a · b", each tag isolated (an Arabic tag in an English line keeps its own direction)."""
    return fill(translate("JournalReader", "Tags: %1"), joined(*tags, separator=" · "), isolated=False)


def _caption(text: str) -> str:
    """The grey line of facts under a title, in the theme's caption colour (readable on dark too)."""
    return f'<p style="color:{current_palette().muted}">{escaped(text)}</p>'
