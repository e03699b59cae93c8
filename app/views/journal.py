"""Read models of the Journal page and of search: entries, the timeline, reflections, search hits."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from thabat.app.text.markup import escaped

Marked = tuple[tuple[str, bool], ...]
"""Text as pieces, each flagged True where it matched the search words."""


@dataclass(frozen=True)
class EntryInput:
    """What the editor hands to the service to create or change a free entry."""

    title: str
    body: str
    written_on: date
    application_id: int | None = None
    direction: str = "auto"
    private: bool = False
    markup: str = "plain"
    """"plain" (as typed) or "markdown" (written with the Journal's formatting bar)."""
    tags: tuple[str, ...] | None = None
    """The entry's tags; None leaves them as they are (callers that do not show tags)."""


@dataclass(frozen=True)
class EntryView:
    id: int
    title: str
    body: str
    written_on: date
    application_id: int | None
    application_title: str
    direction: str
    private: bool
    markup: str = "plain"
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class TagCount:
    """A tag in use and how many entries and reflections carry it (completion, the Journal's filter)."""

    name: str
    count: int


@dataclass(frozen=True)
class TimelineItem:
    """One line of the Journal list: a guided reflection or a free entry."""

    kind: str  # reflection | entry
    id: int
    title: str
    day: date
    preview: str
    company: str = ""
    private: bool = False
    draft: bool = False
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class ReflectionSection:
    key: str  # a Reflection field name, or "answer:<prompt key>"
    text: str


@dataclass(frozen=True)
class ReflectionReading:
    """A reflection to read (not edit): its title, date and the texts the user wrote."""

    id: int
    title: str
    day: date
    draft: bool
    direction: str
    confidence_before: int | None
    confidence_after: int | None
    sections: tuple[ReflectionSection, ...] = field(default_factory=tuple)
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class SearchFilters:
    kind: str | None = None
    company: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    tag: str | None = None
    """Only entries and reflections carrying this tag (any spelling of it)."""


@dataclass(frozen=True)
class SearchHit:
    kind: str  # reflection | entry | rejection | application | contact
    id: int
    title: str
    day: date
    company: str
    title_parts: Marked
    snippet_parts: Marked

    def snippet(self, start: str = "[", end: str = "]") -> str:
        """The snippet with the matching words between `start` and `end` (the command line's [ ])."""
        return _marked(self.snippet_parts, start, end, str)

    def snippet_html(self, start: str = "<b>", end: str = "</b>") -> str:
        """The snippet as HTML (text escaped), the matching words in <b> unless told otherwise."""
        return _marked(self.snippet_parts, start, end, escaped)

    def title_html(self, start: str = "<b>", end: str = "</b>") -> str:
        return _marked(self.title_parts, start, end, escaped)


def _marked(parts: Marked, start: str, end: str, quote) -> str:
    return "".join(f"{start}{quote(text)}{end}" if hit else quote(text) for text, hit in parts)


@dataclass(frozen=True)
class OpenedItem:
    """What to show for a chosen timeline item or search hit."""
    entry: EntryView | None = None
    """A free entry, for the editor."""
    reflection: ReflectionReading | None = None
    """The reflection itself, or the one a found message, feedback or note led to."""
    application_id: int | None = None
    """The application a found message, feedback or note belongs to."""
    reflection_id: int | None = None
    contact_id: int | None = None
    """The person whose notes were found."""
