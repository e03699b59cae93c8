"""Moved to `app/preferences.py` (the command line reads the same settings); kept for branches in flight."""

from thabat.app.preferences import DEFAULTS, Preferences  # noqa: F401
