"""Drafting messages for a reflection from the user's templates (app/services/templates.py)."""

from __future__ import annotations

from thabat.app.services.templates import Message
from thabat.app.usecases.settings import render_message
from thabat.app.views.reflections import ReflectionView
from thabat.ui.context import AppContext


def template_values(context: AppContext, view: ReflectionView, interviewer: str | None = None) -> dict[str, str]:
    rejection = view.rejection
    return {
        "company": rejection.company if rejection else "",
        "role": rejection.role if rejection else "",
        "interviewer": interviewer if interviewer is not None else (rejection.interviewer if rejection else ""),
        "user_name": context.preferences.get("user_name"),
    }


def draft_message(context: AppContext, view: ReflectionView, key: str, lang: str,
                  interviewer: str | None = None) -> Message:
    return render_message(context.journal, key, lang, template_values(context, view, interviewer))
