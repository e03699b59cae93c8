"""Read model of the user's resources list, shown beside the guide."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ResourceView:
    id: int
    title: str
    url: str
    notes: str
    position: int
