"""Every editor saves what is pending when the window closes, when the app quits and before the
language switches: nothing waits for the two-second autosave then.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from thabat.app.services import entries
from thabat.app.services.reflections import load_reflection
from tests.reflection_support import reflection_on
from tests.ui_support import make_context, switcher, type_text
from thabat.ui.main_window import MainWindow
from thabat.app.preferences import Preferences


def _window(qtbot, journal, folder, lang="en") -> MainWindow:
    window = MainWindow(make_context(journal, folder, lang), switcher())
    qtbot.addWidget(window)
    window.show()
    return window


def _only_entry(journal):
    with journal.session() as session:
        items = entries.timeline(session, "entry")
        assert len(items) == 1
        return entries.get_entry(session, items[0].id)


def _feeling(journal, reflection_id: int) -> str:
    with journal.session() as session:
        return load_reflection(session, reflection_id).draft.feeling


def _written_and_saved(qtbot, window, text: str):
    journal_page = window.show_page("journal")
    journal_page.new_entry()
    type_text(journal_page.editor.body, text)
    assert journal_page.editor.save_now()
    return journal_page.editor


def test_ticking_private_then_closing_at_once_stores_the_entry_as_private(qtbot, journal, isolated_data):
    window = _window(qtbot, journal, isolated_data)
    editor = _written_and_saved(qtbot, window, "Not for the PDF")
    qtbot.mouseClick(editor.private, Qt.MouseButton.LeftButton)
    assert editor.autosave.isActive()  # the autosave has not run: closing must not wait for it
    window.close()
    entry = _only_entry(journal)
    assert entry.private and entry.body == "Not for the PDF"


def test_text_typed_just_before_quitting_is_stored(qtbot, journal, isolated_data):
    window = _window(qtbot, journal, isolated_data)
    editor = _written_and_saved(qtbot, window, "First line")
    type_text(editor.body, " and the last words")
    QApplication.instance().aboutToQuit.emit()  # what quitting sends, whichever way the app quits
    assert _only_entry(journal).body == "First line and the last words"


def test_switching_language_mid_entry_stores_it_first(qtbot, journal, isolated_data):
    window = _window(qtbot, journal, isolated_data)
    editor = _written_and_saved(qtbot, window, "Draft")
    type_text(editor.body, " — كلمات أخيرة")
    window.set_language("ar")
    assert _only_entry(journal).body == "Draft — كلمات أخيرة"
    assert editor.body.toPlainText() == "Draft — كلمات أخيرة"


def test_switching_language_mid_reflection_stores_the_draft_first(qtbot, journal, isolated_data):
    reflection_id = reflection_on(journal)
    window = _window(qtbot, journal, isolated_data)
    page = window.open_reflection(reflection_id)
    type_text(page.steps[0].feeling, "متعبة لكنني بخير")
    assert page.timer.isActive()
    window.set_language("ar")
    assert _feeling(journal, reflection_id) == "متعبة لكنني بخير"


def test_closing_mid_reflection_stores_the_draft(qtbot, journal, isolated_data):
    reflection_id = reflection_on(journal)
    window = _window(qtbot, journal, isolated_data)
    page = window.open_reflection(reflection_id)
    type_text(page.steps[0].feeling, "Tired, but OK")
    window.close()
    assert _feeling(journal, reflection_id) == "Tired, but OK"


def test_a_name_typed_in_settings_is_kept_when_the_window_closes(qtbot, journal, isolated_data):
    window = _window(qtbot, journal, isolated_data)
    settings = window.show_page("settings")
    settings.user_name.setText("Layla")  # typed, but the field never lost the focus
    window.close()
    assert Preferences(isolated_data).get("user_name") == "Layla"
