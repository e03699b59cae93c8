"""What the user writes in a guided reflection: the one definition of those fields.

The `reflection` table takes its columns for them from here (`storage.models.Reflection` inherits
`ReflectionWriting`), the draft the interface autosaves adds the answers and ratings to it
(`app.views.reflections.ReflectionDraft`), and every reader of the texts (search index, Journal,
PDF, services) takes its list of names from `TEXTS`, `OWN_TEXTS` and `MESSAGES`. A new text field is
one line here (and a migration). Pure Python, no SQLAlchemy: the draft exists before the ORM loads.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

OwnText = str
"""Prose the user writes for themselves: read back, searched and printed in the PDF book."""
Message = str
"""A message drafted to send the company (the reply, the feedback request): read back and searched,
left out of the PDF book."""


@dataclass(frozen=True)
class ReflectionWriting:
    """A reflection's fields the user fills in, in the order the guided steps ask for them."""

    step: str = "feel"
    direction: str = "auto"
    confidence_before: int | None = None
    feeling: OwnText = ""
    reply_text: Message = ""
    feedback_request_text: Message = ""
    went_well: OwnText = ""
    to_improve: OwnText = ""
    confidence_after: int | None = None
    strength: OwnText = ""
    next_steps: OwnText = ""
    planned_applications: int | None = None


def _annotated(kind: str) -> tuple[str, ...]:
    return tuple(f.name for f in fields(ReflectionWriting) if f.type == kind)  # annotations are text here


OWN_TEXTS = _annotated("OwnText")
MESSAGES = _annotated("Message")
TEXTS = tuple(f.name for f in fields(ReflectionWriting) if f.name in OWN_TEXTS + MESSAGES)
"""Every text field, in the order the guided steps ask for them."""
