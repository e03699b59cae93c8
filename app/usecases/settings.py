"""Settings: the preferences (language, calendar, digits, goals, delays) and the message templates."""

from __future__ import annotations

from thabat.app.events import EventBus, SettingsChanged, TemplateChanged
from thabat.app.journal import Journal
from thabat.app.preferences import Preferences


def change_setting(preferences: Preferences, events: EventBus, key: str, value) -> None:
    """Store one preference and tell the screens that show it ("settings changed: digits")."""
    preferences.set(key, value)
    events.emit(SettingsChanged(key))


def template(journal: Journal, key: str, lang: str):
    """A message template's text (the user's own wording, or the shipped one) as a TemplateText."""
    from thabat.app.services.templates import get_template

    with journal.session() as session:
        return get_template(session, key, lang)


def save_template(journal: Journal, key: str, lang: str, subject: str, body: str):
    from thabat.app.services.templates import save_template as save

    with journal.session() as session:
        text = save(session, key, lang, subject, body)
    journal.events.emit(TemplateChanged(key, lang))
    return text


def reset_template(journal: Journal, key: str, lang: str) -> None:
    """Back to the shipped wording."""
    from thabat.app.services.templates import reset_template as reset

    with journal.session() as session:
        reset(session, key, lang)
    journal.events.emit(TemplateChanged(key, lang))


def render_message(journal: Journal, key: str, lang: str, values: dict[str, str]):
    """A template (the user's own wording when edited) filled with `values`, as a Message."""
    from thabat.app.services.templates import render

    with journal.session() as session:
        return render(session, key, lang, values)
