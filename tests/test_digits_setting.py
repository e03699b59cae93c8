"""The digits setting reaches every number on screen: widgets through their locale, labels through app/text/dates."""

from __future__ import annotations

import pytest

from tests.digit_scan import has_digits, shown_texts, wrong_digits
from tests.reflection_support import open_page, reflection_on
from tests.ui_support import make_context

from thabat.app.preferences import Preferences

SETTINGS = [("ar", "latin"), ("ar", "arabic"), ("en", "arabic"), ("en", "latin")]


def _context(journal, folder, lang, digits):
    Preferences(folder).set("digits", digits)
    return make_context(journal, folder, lang)


def _shown(qtbot, widget):
    qtbot.addWidget(widget)
    widget.resize(1000, 800)
    widget.show()
    return widget


@pytest.mark.parametrize("lang, digits", SETTINGS)
def test_settings_page_and_backups_show_the_chosen_digits(qtbot, journal, isolated_data, lang, digits):
    from thabat.ui.settings_page import SettingsPage

    page = _shown(qtbot, SettingsPage(_context(journal, isolated_data, lang, digits)))
    texts = shown_texts(page, skip=(page.digits, page.data_folder))
    assert wrong_digits(texts, digits) == []
    assert has_digits([page.weekly_goal.text(), page.backups.explanation.text()], digits)


@pytest.mark.parametrize("lang, digits", SETTINGS)
def test_today_and_journal_pages_show_the_chosen_digits(qtbot, journal, isolated_data, lang, digits):
    from thabat.ui.journal_page import JournalPage
    from thabat.ui.today_page import TodayPage

    context = _context(journal, isolated_data, lang, digits)
    for page in (TodayPage(context), JournalPage(context)):
        _shown(qtbot, page)
        texts = shown_texts(page)
        assert wrong_digits(texts, digits) == [], type(page).__name__
        assert has_digits(texts, digits), type(page).__name__


@pytest.mark.parametrize("lang, digits", SETTINGS)
def test_every_reflection_step_shows_the_chosen_digits(qtbot, journal, isolated_data, lang, digits):
    Preferences(isolated_data).set("digits", digits)
    page = open_page(qtbot, journal, isolated_data, lang, reflection_on(journal))
    texts = shown_texts(page)
    assert wrong_digits(texts, digits) == []
    assert has_digits([page.steps[0].form.labels[0].text()], digits)  # "Confidence now (0–10)"


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_changing_the_digits_rewrites_what_is_already_on_screen(qtbot, journal, isolated_data, lang):
    from thabat.ui.settings_page import SettingsPage
    from thabat.ui.today_page import TodayPage

    context = _context(journal, isolated_data, lang, "latin")
    settings, today = SettingsPage(context), TodayPage(context)
    for page in (settings, today):
        _shown(qtbot, page)
    assert today.score_value.text() == "5" and settings.weekly_goal.text() == "5"

    settings.digits.setCurrentIndex(settings.digits.findData("arabic"))
    assert today.score_value.text() == "٥"
    assert settings.weekly_goal.text() == "٥"
    assert wrong_digits(shown_texts(today) + shown_texts(settings, skip=(settings.digits, settings.data_folder)),
                        "arabic") == []

    settings.digits.setCurrentIndex(settings.digits.findData("latin"))
    assert today.score_value.text() == "5" and settings.weekly_goal.text() == "5"


def test_translations_hold_placeholders_not_digits():
    """A digit in a translation would show in one script whatever the setting says."""
    import re
    import xml.etree.ElementTree as ET

    from thabat import resources

    # Names, versions and the digits setting's own samples, not numbers read as amounts.
    allowed = ("GPL-3.0", "1.1", "F1", "0123", "٠١٢٣", "UTF-8", "UTF-16", "UTF-32", "Windows-1256", "Windows-1252",
               "ISO-8859-6", "ISO 8859-6", "ISO-8859-1", "CP1256", "CP1252")
    found = []
    for message in ET.parse(resources.path("translations", "thabat_ar.ts")).getroot().iter("message"):
        translation = message.find("translation")
        texts = [translation.text or ""] + [form.text or "" for form in translation.iter("numerusform")]
        for text in texts:
            stripped = text
            for name in allowed:
                stripped = stripped.replace(name, "")
            stripped = re.sub(r"%L?(\d+|n)", "", stripped)
            if set(stripped) & set("0123456789٠١٢٣٤٥٦٧٨٩"):
                found.append(text)
    assert found == []
