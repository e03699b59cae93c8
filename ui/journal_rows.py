"""The Journal list's rows as rich text: a title, the facts line (date, kind, draft, private), a preview
or a found snippet with the words highlighted, and the tags.

Made on the page's read thread (`JournalPage.background_read`): only from the item, the date style and
the direction given, and translations (QCoreApplication.translate takes any thread).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from thabat.app.text.dates import DateStyle, long_date
from thabat.app.text.direction import isolate, text_direction
from thabat.app.text.markup import escaped
from thabat.app.views.journal import SearchHit, TimelineItem
from thabat.ui.journal_reader import tags_line
from thabat.ui.rich_text_delegate import MARK, MARK_TEXT, MUTED

HIGHLIGHT = (f'<span style="background-color:{MARK}; color:{MARK_TEXT}; font-weight:600">', "</span>")
"""Around each word a search found."""

KINDS = {
    "reflection": QT_TRANSLATE_NOOP("JournalPage", "Reflection"),
    "entry": QT_TRANSLATE_NOOP("JournalPage", "Entry"),
    "rejection": QT_TRANSLATE_NOOP("JournalPage", "Rejection and feedback"),
    "application": QT_TRANSLATE_NOOP("JournalPage", "Application notes"),
    "contact": QT_TRANSLATE_NOOP("JournalPage", "Contact notes"),
}
"""The kinds of item the Journal lists and finds, in the kind filter's order."""


def kind_label(kind: str) -> str:
    return QCoreApplication.translate("JournalPage", KINDS.get(kind, kind))


def item_title(item: TimelineItem) -> str:
    if item.title:
        return item.title
    return untitled(item.kind)


def untitled(kind: str) -> str:
    """The title of an item that has none."""
    if kind == "reflection":
        return QCoreApplication.translate("JournalPage", "Reflection")
    return QCoreApplication.translate("JournalPage", "Untitled entry")


def item_html(item: TimelineItem, style: DateStyle, fallback: str) -> str:
    """A timeline row: the title, the facts, the preview and the tags."""
    title = item_title(item)
    return (_paragraph(escaped(title), title, fallback, bold=True)
            + _facts(item.kind, item.day, style, item.draft, item.private)
            + (_paragraph(escaped(item.preview), item.preview, fallback) if item.preview else "")
            + (f'<p style="margin:0; color:{MUTED}; font-size:small">{escaped(tags_line(item.tags))}</p>'
               if item.tags else ""))


def hit_row_html(hit: SearchHit, style: DateStyle, fallback: str) -> str:
    """A search result's row: the title and the snippet, the words found highlighted."""
    title = hit.title or untitled(hit.kind)
    title_html = hit.title_html(*HIGHLIGHT) if hit.title else escaped(title)
    return (_paragraph(title_html, title, fallback, bold=True) + _facts(hit.kind, hit.day, style)
            + _paragraph(hit.snippet_html(*HIGHLIGHT), hit.snippet("", ""), fallback))


def _facts(kind: str, day: date, style: DateStyle, draft: bool = False, private: bool = False) -> str:
    facts = [isolate(long_date(day, style)), kind_label(kind)]
    if draft:
        facts.append(QCoreApplication.translate("JournalPage", "draft"))
    if private:
        facts.append(QCoreApplication.translate("JournalPage", "private"))
    return f'<p style="margin:0; color:{MUTED}; font-size:small">{escaped(" · ".join(facts))}</p>'


def _paragraph(html: str, plain: str, fallback: str, bold: bool = False) -> str:
    direction = text_direction(plain, fallback=fallback)
    weight = "font-weight:600;" if bold else ""
    return f'<p dir="{direction}" style="margin:0; {weight}">{html}</p>'
