"""What changed in the journal, announced after each commit so every screen refreshes only what it shows.

The use cases in `app/usecases/` emit one of these small frozen events after their unit of work has
committed ("application 12 changed"). The bus is plain Python, with no Qt: it belongs to the open
journal (`Journal.events`) and is passed along with it, never reached through a global. Emitting is
synchronous on the emitting thread; the interface adapts the bus to one Qt signal (`ui/context.py`),
which Qt queues onto the GUI thread when a worker thread emits.
"""

from __future__ import annotations

from dataclasses import dataclass

from thabat.app.event_bus import EventBus  # noqa: F401  (where the use cases have always found it)


@dataclass(frozen=True)
class JournalEvent:
    """Something in the journal (or the settings it is shown with) changed; subclasses say what."""


@dataclass(frozen=True)
class ApplicationChanged(JournalEvent):
    """An application was added, edited or deleted; None: several at once (an import)."""
    application_id: int | None = None


@dataclass(frozen=True)
class RejectionChanged(ApplicationChanged):
    """A rejection was logged or its reply / feedback recorded: its application changed with it, so a
    page that shows applications hears this too."""
    rejection_id: int | None = None


@dataclass(frozen=True)
class ReflectionChanged(JournalEvent):
    """A reflection was started, saved as a draft, finished, or its growth part changed."""
    reflection_id: int


@dataclass(frozen=True)
class EntryChanged(JournalEvent):
    """A free journal entry was written, edited or deleted."""
    entry_id: int


@dataclass(frozen=True)
class ContactChanged(JournalEvent):
    """A contact was added, edited, deleted, linked or unlinked, or got a follow-up."""
    contact_id: int | None = None


@dataclass(frozen=True)
class ReminderChanged(JournalEvent):
    """A due item (reply, feedback, follow-up, action) was done, snoozed or scheduled."""
    kind: str
    item_id: int | None = None


@dataclass(frozen=True)
class GrowthChanged(JournalEvent):
    """Improvement areas, skills or action items changed (ids are not needed by any screen)."""
    what: str  # "area" | "action" | "skill"


@dataclass(frozen=True)
class CheckInRecorded(JournalEvent):
    """Today's confidence check-in was saved."""


@dataclass(frozen=True)
class TemplateChanged(JournalEvent):
    """A message template was saved or reset to the shipped wording."""
    key: str
    lang: str


@dataclass(frozen=True)
class ResourcesChanged(JournalEvent):
    """The user's resources list (in the guide) changed."""


@dataclass(frozen=True)
class SettingsChanged(JournalEvent):
    """A preference changed, e.g. "digits"; screens showing it re-format or reload."""
    key: str


@dataclass(frozen=True)
class JournalReplaced(JournalEvent):
    """The whole journal changed under every screen (a backup restored, a JSON backup imported)."""
