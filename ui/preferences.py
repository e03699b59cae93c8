"""Moved to `app/preferences.py` (the command line reads the same settings); kept for branches in flight."""

from app.preferences import DEFAULTS, Preferences  # noqa: F401
