"""Where a due item on Today leads: a reply to its reflection's reply step, a feedback request to the
feedback step, a follow-up to the person on Contacts with the drafted message, an action item to
Growth's action items."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication

from thabat.app.errors import NotFound
from thabat.app.views.reflections import STEPS
from thabat.app.views.today import DueItem
from thabat.app.usecases.reflections import newest_reflection



class PageShower(Protocol):
    """What the opener needs of the main window (named here, so the two modules need not import each other)."""

    context: object

    def show_page(self, key: str): ...

    def scroll_to(self, widget) -> None: ...

    def open_reflection(self, reflection_id: int, step: str | None = None): ...

_REFLECTION_STEPS = {"reply": "reply", "feedback": "feedback", "follow_up": "contacts"}
"""The reflection step where each kind of reminder is dealt with (a follow-up without a contact: step 6)."""


def open_due_item(window: PageShower, item: DueItem) -> None:
    """Show what `item` is about, ready to act on."""
    try:
        if item.kind == "action":
            window.show_page("growth").open_action(item.id)
        elif item.kind == "follow_up" and item.contact_id is not None:
            contacts = window.show_page("contacts")
            contacts.open_follow_up(item.contact_id, item.title)
            window.scroll_to(contacts.follow_message)
        elif item.kind in _REFLECTION_STEPS and item.rejection_id is not None:
            page = window.open_reflection(newest_reflection(window.context.journal, item.rejection_id))
            page.go_to(STEPS.index(_REFLECTION_STEPS[item.kind]))
    except NotFound:  # deleted meanwhile (say, from the command line): Today reloads without it
        window.context.status_message.emit(
            QCoreApplication.translate("DueItemOpener", "This is no longer in your journal."))
