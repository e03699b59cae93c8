"""The demo's bilingual text pools (`resources/catalogue/demo.json`) and how answers are composed.

Fragments carry placeholders such as {company} or {name}; a fragment whose placeholder has no
value is skipped rather than printed with a hole in it.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from thabat.app.text import catalogue

_PLACEHOLDER = re.compile(r"\{(\w+)\}")
DEFAULT_STEPS = ("feel", "reply", "feedback", "learn", "traps", "contacts", "close")


@dataclass(frozen=True)
class Prompt:
    key: str
    stages: tuple[str, ...]


@dataclass(frozen=True)
class PromptCatalogue:
    """The parts of prompts.json the demo needs: prompt keys per stage, trap keys, default skills."""

    prompts: tuple[Prompt, ...]
    trap_keys: tuple[str, ...]
    skills: tuple[tuple[str, str], ...]
    """(key, English name) of the catalogue's default skills."""
    steps: tuple[str, ...]
    """The reflection's steps in order (a draft remembers the one it paused at)."""

    @classmethod
    def load(cls) -> "PromptCatalogue":
        data = catalogue.load("prompts")
        return cls(
            prompts=tuple(Prompt(p["key"], tuple(p.get("stages", ()))) for p in data.get("prompts", ())),
            trap_keys=tuple(t["key"] for t in data.get("thinking_traps", ())),
            skills=tuple((s["key"], s["en"]) for s in data.get("default_skills", ())),
            steps=tuple(s["key"] for s in data.get("steps", ())) or DEFAULT_STEPS,
        )

    def for_stage(self, stage: str) -> list[str]:
        return [p.key for p in self.prompts if stage in p.stages]


class Writer:
    """Picks and fills fragments from the demo's text pools with one random generator."""

    def __init__(self, data: dict, rng: random.Random) -> None:
        self.data = data
        self.rng = rng

    def pool(self, *keys: str) -> list[str]:
        node = self.data
        for key in keys:
            node = node.get(key, {}) if isinstance(node, dict) else {}
        return list(node) if isinstance(node, list) else []

    def one(self, pool: list[str], **values) -> str:
        usable = _usable(pool, values)
        return _fill(self.rng.choice(usable), values) if usable else ""

    def some(self, pool: list[str], k: int, sep: str = " ", **values) -> str:
        """`k` different fragments (fewer if the pool is small), in pool order, joined into one paragraph."""
        usable = _usable(pool, values)
        chosen = sorted(self.rng.sample(range(len(usable)), min(k, len(usable))))
        return sep.join(_fill(usable[i], values) for i in chosen)


def _usable(pool: list[str], values: dict) -> list[str]:
    return [text for text in pool if all(values.get(name) not in (None, "") for name in _PLACEHOLDER.findall(text))]


def _fill(text: str, values: dict) -> str:
    return _PLACEHOLDER.sub(lambda m: str(values[m.group(1)]), text)
