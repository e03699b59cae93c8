"""Message templates (resources/catalogue/templates.json) filled with names.

A placeholder with no value stays visible as its label in brackets ("[Interviewer]"), so the
user sees what to fill in instead of a blank.
"""

from __future__ import annotations

from app import catalogue


class _Filled(dict):
    def __init__(self, values: dict[str, str], lang: str) -> None:
        super().__init__({k: v for k, v in values.items() if v})
        self.lang = lang

    def __missing__(self, key: str) -> str:
        label = catalogue.load("templates").get("placeholders", {}).get(key, {})
        return f"[{label.get(self.lang) or label.get('en') or key}]"


def render(key: str, lang: str, **values: str) -> tuple[str, str]:
    """(subject, body) of template `key` in `lang` (falling back to English), placeholders filled."""
    template = catalogue.load("templates")["templates"][key]
    text = template.get(lang) or template["en"]
    filled = _Filled({k: str(v or "").strip() for k, v in values.items()}, lang)
    return text["subject"].format_map(filled), text["body"].format_map(filled)
