"""The bilingual catalogues in resources/catalogue: prompts, message templates, the guide."""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

from thabat import resources


@lru_cache(maxsize=None)
def load(name: str) -> dict[str, Any]:
    """The parsed catalogue `name` (prompts, templates, guide, demo); read once per process."""
    with resources.path("catalogue", f"{name}.json").open(encoding="utf-8") as handle:
        return json.load(handle)


def label(kind: str, key: str, lang: str) -> str:
    """The label of a stage, channel, topic or default skill in `lang`, falling back to the key."""
    for item in load("prompts").get(kind, []):
        if item["key"] == key:
            return item.get(lang) or item.get("en") or key
    return key


def keys(kind: str) -> list[str]:
    return [item["key"] for item in load("prompts").get(kind, [])]
