"""Settings → Message templates: edit a template in one language, see it used, reset it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from thabat.app.services.templates import get_template
from tests.ui_support import make_context, type_text

from thabat.ui.settings_page import SettingsPage


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_edit_and_reset_a_template(qtbot, journal, isolated_data, lang):
    page = SettingsPage(make_context(journal, isolated_data, lang))
    qtbot.addWidget(page)
    page.show()
    editor = page.templates
    assert editor.language.currentData() == lang
    assert editor.subject.text() == get_template_text(journal, "reply", lang).subject
    assert not editor.reset_button.isEnabled()
    editor.template.setCurrentIndex(editor.template.findData("follow_up"))
    editor.body.clear()
    type_text(editor.body, "مرحبًا {interviewer}، تحياتي من {user_name}")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    stored = get_template_text(journal, "follow_up", lang)
    assert stored.overridden and stored.body == "مرحبًا {interviewer}، تحياتي من {user_name}"
    assert not get_template_text(journal, "follow_up", "en" if lang == "ar" else "ar").overridden
    assert editor.reset_button.isEnabled()
    qtbot.mouseClick(editor.reset_button, Qt.MouseButton.LeftButton)
    assert not get_template_text(journal, "follow_up", lang).overridden
    assert editor.body.text().startswith("مرحبًا {interviewer}،" if lang == "ar" else "Hello {interviewer},")
    editor.body.clear()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.error.isVisible() and not get_template_text(journal, "follow_up", lang).overridden


def get_template_text(journal, key, lang):
    with journal.session() as session:
        return get_template(session, key, lang)


def test_placeholders_do_not_decide_the_direction_of_a_template_line(qtbot, journal, isolated_data):
    page = SettingsPage(make_context(journal, isolated_data, "en"))
    qtbot.addWidget(page)
    page.show()
    editor = page.templates
    editor.language.setCurrentIndex(editor.language.findData("ar"))
    assert editor.body.text().startswith("الأستاذ/ة {interviewer}،")  # more Latin letters than Arabic ones
    assert editor.body.paragraph_directions()[0] == Qt.LayoutDirection.RightToLeft
