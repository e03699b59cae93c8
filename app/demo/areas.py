"""The improvement areas of the demo (from demo.json) and which ones a reflection is likely to name."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from thabat.app.demo.texts import Writer
from thabat.app.demo.timeline import HEAVY_STAGES


@dataclass(frozen=True)
class Area:
    """An improvement area from demo.json, live (cited) between `start` and `end`."""

    name: str
    stages: tuple[str, ...]
    weight: float
    start: date
    end: date
    state: str
    to_improve: dict
    actions: dict


class AreaPlan:
    """Which improvement areas a reflection on a given day and stage is likely to name."""

    def __init__(self, writer: Writer, start: date, today: date) -> None:
        span = (today - start).days
        self.areas = [
            Area(a["name"], tuple(a["stages"]), a["weight"], start + timedelta(days=int(span * a["window"][0])),
                 start + timedelta(days=int(span * a["window"][1])), a["state"], a["to_improve"], a["actions"])
            for a in writer.data["areas"]
        ]

    def pick(self, rng: random.Random, stage: str, day: date) -> list[Area]:
        live = [a for a in self.areas if stage in a.stages and a.start <= day <= a.end]
        if not live or rng.random() > (0.8 if stage in HEAVY_STAGES else 0.5):
            return []
        picked = rng.choices(live, [a.weight for a in live])
        rest = [a for a in live if a is not picked[0]]
        if rest and rng.random() < 0.3:
            picked += rng.choices(rest, [a.weight for a in rest])
        return picked
