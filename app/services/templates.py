"""Message templates (reply, feedback request, follow-up): filled in, overridden by the user, mailto.

The defaults live in resources/catalogue/templates.json in both languages; a user's own version
of a template in a language is a TemplateOverride row, removed again by a reset.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote

from sqlmodel import Session, select

from thabat.app.services import validation as check
from thabat.app.text import catalogue
from thabat.storage.models import TemplateOverride

KEYS = ("reply", "feedback_request", "follow_up")
LANGS = ("ar", "en")
_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


@dataclass(frozen=True)
class Message:
    subject: str
    body: str


@dataclass(frozen=True)
class TemplateText:
    key: str
    lang: str
    subject: str
    body: str
    overridden: bool


def default_template(key: str, lang: str) -> Message:
    text = catalogue.load("templates")["templates"][check.one_of(key, "template", KEYS)][check.one_of(lang, "lang", LANGS)]
    return Message(text["subject"], text["body"])


def get_template(session: Session, key: str, lang: str) -> TemplateText:
    """The template the user works with: their own version if they saved one, else the default."""
    override = _override(session, key, lang)
    if override is not None:
        return TemplateText(key, lang, override.subject, override.body, True)
    default = default_template(key, lang)
    return TemplateText(key, lang, default.subject, default.body, False)


def save_template(session: Session, key: str, lang: str, subject: str, body: str) -> TemplateText:
    subject = check.clean_text(subject, "subject", limit=500)
    body = check.clean_text(body, "body", required=True)
    override = _override(session, key, lang) or TemplateOverride(key=key, lang=lang)
    override.subject, override.body = subject, body
    session.add(override)
    session.flush()
    return get_template(session, key, lang)


def reset_template(session: Session, key: str, lang: str) -> TemplateText:
    """Forget the user's version: the default comes back."""
    override = _override(session, key, lang)
    if override is not None:
        session.delete(override)
        session.flush()
    return get_template(session, key, lang)


def placeholder_label(name: str, lang: str) -> str:
    labels = catalogue.load("templates")["placeholders"].get(name, {})
    return labels.get(lang) or labels.get("en") or name


def fill(text: str, values: dict[str, str], lang: str) -> str:
    """Replace {company}, {role}, {interviewer}, {user_name}, {date}; an empty value leaves "[Label]" to fill by hand."""
    def replace(match: re.Match) -> str:
        name = match.group(1)
        value = (values.get(name) or "").strip()
        if value:
            return value
        if name in catalogue.load("templates")["placeholders"]:
            return f"[{placeholder_label(name, lang)}]"
        return match.group(0)  # not a placeholder we know: leave the text as the user wrote it

    return _PLACEHOLDER.sub(replace, text)


def render(session: Session, key: str, lang: str, values: dict[str, str]) -> Message:
    """The template `key` in `lang`, filled with `values`."""
    template = get_template(session, key, lang)
    return Message(fill(template.subject, values, lang), fill(template.body, values, lang))


def mailto_url(to: str, subject: str, body: str) -> str:
    """A mailto: URL (RFC 6068): UTF-8 percent-encoded, line breaks as CRLF."""
    def encode(text: str) -> str:
        return quote(text.replace("\r\n", "\n").replace("\n", "\r\n"), safe="")

    address = quote(to.strip(), safe="@.+-_")
    return f"mailto:{address}?subject={encode(subject)}&body={encode(body)}"


def _override(session: Session, key: str, lang: str) -> TemplateOverride | None:
    check.one_of(key, "template", KEYS)
    check.one_of(lang, "lang", LANGS)
    return session.exec(select(TemplateOverride).where(TemplateOverride.key == key, TemplateOverride.lang == lang)).first()
