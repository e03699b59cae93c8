"""One preferences reader (app/preferences.py) for the interface and the command line, on the same INI file.

settings.ini files written by earlier versions (QSettings, INI format) read as before, and what is
written now stays readable as plain INI.
"""

from __future__ import annotations

import configparser

from thabat.app.commands.common import saved_preferences
from thabat.app.preferences import DEFAULTS, Preferences
from thabat.app.runtime.paths import settings_path

# As QSettings wrote it before the preferences moved to app/ (the geometry is Qt's own encoding).
EARLIER_FILE = """[General]
calendar=hijri
digits=arabic
weekly_goal=7
reply_delay_days=3
user_name=\\x633\\x644\\x645\\x649
rest_dismissed_on=2026-11-20

[window]
geometry=@ByteArray(\\x1\\xd9\\xd0\\xcb\\0\\x3\\0\\0)
"""


def _write_earlier_file(folder) -> None:
    path = settings_path(folder)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(EARLIER_FILE, encoding="utf-8")


def test_an_earlier_settings_file_reads_the_same(isolated_data):
    _write_earlier_file(isolated_data)
    preferences = Preferences(isolated_data)
    assert preferences.get("calendar") == "hijri"
    assert preferences.get("digits") == "arabic"
    assert preferences.get("weekly_goal") == 7
    assert preferences.get("reply_delay_days") == 3
    assert preferences.get("user_name") == "سلمى"
    assert preferences.get("rest_dismissed_on") == "2026-11-20"
    assert preferences.get("feedback_delay_days") == DEFAULTS["feedback_delay_days"]  # absent: the default
    assert preferences.geometry() is not None


def test_the_command_line_reads_what_the_app_reads(isolated_data):
    _write_earlier_file(isolated_data)
    assert saved_preferences(isolated_data) == {"user_name": "سلمى", "calendar": "hijri", "digits": "arabic"}


def test_the_command_line_falls_back_to_the_defaults_without_a_file(isolated_data):
    assert saved_preferences(isolated_data) == {"user_name": "", "calendar": "gregorian", "digits": "latin"}
    assert not settings_path(isolated_data).exists()  # reading writes nothing


def test_what_is_written_stays_plain_ini_and_keeps_other_keys(isolated_data):
    _write_earlier_file(isolated_data)
    Preferences(isolated_data).set("weekly_goal", 4)
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(settings_path(isolated_data), encoding="utf-8")
    assert parser["General"]["weekly_goal"] == "4"
    assert parser["General"]["calendar"] == "hijri"
    assert "geometry" in parser["window"]
    assert Preferences(isolated_data).get("weekly_goal") == 4
