"""Quick and full reflections: the choice at the start (remembered), the quick one from start to Finish
with its fields and clicks counted, deepening it into the full one, and the figures the README quotes."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QCheckBox, QComboBox, QLineEdit, QWidget
from sqlmodel import select

from thabat.app.services.reflections import load_reflection
from thabat.storage.models import ActionItem
from tests.conftest import TODAY
from tests.reflection_support import open_page, reflection_on
from tests.ui_support import type_text
from thabat.ui.rating_bar import RatingBar
from thabat.ui.user_text import UserLineEdit, UserTextEdit

QUICK_FIELDS, QUICK_CLICKS = 5, 6
"""The quick reflection: four fields and the optional tags, six clicks from the choice to Finish (the README
quotes them)."""
FULL_FIELDS_SHOWN, FULL_CLICKS = 58, 12
"""The full reflection: the fields on its seven steps as they open (step 4's topics folded), and the
clicks to give the same four answers and Finish."""

WORDS = {
    "en": {"well": "I stayed calm", "change": "Shorter answers", "next": "Mock interview on Sunday"},
    "ar": {"well": "حافظتُ على هدوئي", "change": "إجابات أقصر", "next": "مقابلة تجريبية يوم الأحد"},
}


class Clicks:
    """Mouse clicks made by the test, counted: each one is a click a user would make."""

    def __init__(self, qtbot) -> None:
        self.qtbot, self.count = qtbot, 0

    def on(self, widget: QWidget, pos=None) -> None:
        assert widget.isVisible() and widget.isEnabled()
        self.count += 1
        if pos is None:
            self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
        else:
            self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)

    def rate(self, bar: RatingBar, value: int) -> None:
        self.on(bar, bar.segment_center(bar.values().index(value)).toPoint())

    def write(self, editor, text: str) -> None:
        target = editor.viewport() if isinstance(editor, UserTextEdit) else editor
        self.on(target)
        type_text(editor, text)


def fields_shown(area: QWidget) -> int:
    """The inputs a user sees in `area`: text boxes, ratings, numbers, dates, choices and tick boxes."""
    kinds = (UserTextEdit, UserLineEdit, QLineEdit, RatingBar, QAbstractSpinBox, QComboBox, QCheckBox)
    inputs = [w for w in area.findChildren(QWidget) if isinstance(w, kinds) and w.isVisible()]
    # The line edit inside a spin box or an editable combo box is part of that one field.
    return len([w for w in inputs if not isinstance(w.parentWidget(), (QAbstractSpinBox, QComboBox))])


def stored(journal, reflection_id):
    with journal.session() as session:
        return load_reflection(session, reflection_id)


def actions(journal, reflection_id) -> list[ActionItem]:
    with journal.session() as session:
        return list(session.exec(select(ActionItem).where(ActionItem.reflection_id == reflection_id)).all())


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_a_quick_reflection_from_the_choice_to_finish(qtbot, journal, isolated_data, lang):
    words = WORDS[lang]
    reflection_id = reflection_on(journal, mode=None)  # as the app starts one: the mode not chosen yet
    page = open_page(qtbot, journal, isolated_data, lang, reflection_id)
    assert page.modes.currentWidget() is page.choice and not page.next_button.isVisible()
    clicks = Clicks(qtbot)

    clicks.on(page.choice.buttons["quick"])
    assert page.modes.currentWidget() is page.quick and not page.back_button.isVisible()
    assert fields_shown(page.quick) == QUICK_FIELDS
    clicks.rate(page.quick.confidence, 6)
    clicks.write(page.quick.went_well, words["well"])
    clicks.write(page.quick.to_change, words["change"])
    clicks.write(page.quick.next_step, words["next"])
    assert page.next_button.text().replace("&", "") in ("Finish", "إنهاء")
    with qtbot.waitSignal(page.left):
        clicks.on(page.next_button)

    assert clicks.count == QUICK_CLICKS
    done = stored(journal, reflection_id)
    assert (done.state, done.mode, done.draft.confidence_before) == ("done", "quick", 6)
    assert (done.draft.went_well, done.draft.to_improve, done.draft.next_steps) == (
        words["well"], words["change"], words["next"])
    [action] = actions(journal, reflection_id)  # the next step became an action item, due in a week
    assert (action.title, action.due_on, action.state) == (words["next"], TODAY + timedelta(days=7), "todo")
    assert page.context.preferences.get("reflection_mode") == "quick"


def test_the_full_reflection_counted_the_same_way(qtbot, journal, isolated_data):
    words = WORDS["en"]
    reflection_id = reflection_on(journal, mode=None)
    page = open_page(qtbot, journal, isolated_data, "en", reflection_id)
    clicks = Clicks(qtbot)
    clicks.on(page.choice.buttons["full"])
    feel, _reply, _feedback, learn, _traps, _contacts, close = page.steps
    shown = 0
    for index, step in enumerate(page.steps):
        assert page.stack.currentIndex() == index
        shown += fields_shown(step)
        if step is feel:
            clicks.rate(feel.confidence, 6)
        elif step is learn:
            clicks.write(learn.went_well, words["well"])
            clicks.write(learn.to_improve, words["change"])
        elif step is close:
            clicks.write(close.next_steps, words["next"])
        if index < len(page.steps) - 1:
            clicks.on(page.next_button)
    with qtbot.waitSignal(page.left):
        clicks.on(page.next_button)

    assert (shown, clicks.count) == (FULL_FIELDS_SHOWN, FULL_CLICKS)
    assert stored(journal, reflection_id).mode == "full"
    assert actions(journal, reflection_id) == []  # the full mode has its own action items (step 4)
    assert page.context.preferences.get("reflection_mode") == "full"


@pytest.mark.parametrize("last", ["quick", "full"])
def test_the_last_choice_is_offered_first(qtbot, journal, isolated_data, last):
    page = open_page(qtbot, journal, isolated_data, "en", reflection_on(journal, mode=None))
    page.context.preferences.set("reflection_mode", last)
    page.open(reflection_on(journal, company="Noon", mode=None))
    offered = page.choice.buttons[last]
    qtbot.waitUntil(offered.hasFocus)
    assert offered.isDefault()
    qtbot.keyClick(offered, Qt.Key.Key_Space)
    assert page.mode() == last


def test_deepening_a_quick_reflection_keeps_its_answers(qtbot, journal, isolated_data):
    words = WORDS["ar"]
    reflection_id = reflection_on(journal, mode="quick")
    page = open_page(qtbot, journal, isolated_data, "ar", reflection_id)
    page.quick.confidence.set_value(4)
    type_text(page.quick.went_well, words["well"])
    type_text(page.quick.to_change, words["change"])
    type_text(page.quick.next_step, words["next"])
    with qtbot.waitSignal(page.left):
        page.next_button.click()

    page.open(reflection_id)  # later, from the Journal
    assert page.modes.currentWidget() is page.quick and page.quick.went_well.text() == words["well"]
    qtbot.mouseClick(page.quick.deepen_button, Qt.MouseButton.LeftButton)

    assert page.mode() == "full" and page.modes.currentWidget() is page.full and page.current_step() == "feel"
    feel, learn, close = page.steps[0], page.steps[3], page.steps[6]
    assert feel.confidence.value() == 4
    assert (learn.went_well.text(), learn.to_improve.text()) == (words["well"], words["change"])
    assert close.next_steps.text() == words["next"]
    type_text(feel.feeling, "أفضل الآن")
    page.go_to(6)
    with qtbot.waitSignal(page.left):
        page.next_button.click()
    done = stored(journal, reflection_id)
    assert (done.mode, done.state, done.draft.feeling, done.draft.went_well) == ("full", "done", "أفضل الآن", words["well"])
    assert len(actions(journal, reflection_id)) == 1  # finishing again made no second action item


def test_leaving_at_the_choice_keeps_the_reflection_waiting_for_it(qtbot, journal, isolated_data):
    reflection_id = reflection_on(journal, mode=None)
    page = open_page(qtbot, journal, isolated_data, "en", reflection_id)
    with qtbot.waitSignal(page.left):
        page.leave()
    page.open(reflection_id)
    assert page.modes.currentWidget() is page.choice and stored(journal, reflection_id).mode == ""


def test_today_and_the_reflection_rate_confidence_with_the_same_control(qtbot, journal, isolated_data):
    from tests.ui_support import make_context
    from thabat.ui.today_page import TodayPage

    page = open_page(qtbot, journal, isolated_data, "en", reflection_on(journal))
    today = TodayPage(make_context(journal, isolated_data, "en"))
    qtbot.addWidget(today)
    bars = (today.score, page.steps[0].confidence, page.steps[6].confidence, page.quick.confidence)
    assert all(type(bar) is RatingBar and (bar.low, bar.high) == (0, 10) for bar in bars)
    assert not today.score.clearable  # a check-in always has a score; a reflection may leave it unsaid
    assert not [w for w in page.findChildren(QAbstractButton) if w.inherits("QSlider")]


def test_a_backup_carries_the_mode_and_refuses_an_unknown_one(journal, tmp_path):
    import json

    from thabat.app.export.backup_json import BackupError, backup_data, export_json, import_json
    from thabat.app.journal import Journal

    reflection_on(journal, mode="quick")
    with journal.session() as session:
        modes = [row["mode"] for row in backup_data(session)["tables"]["reflection"]]
        export_json(session, tmp_path / "backup.json")
    assert modes == ["quick"]
    data = json.loads((tmp_path / "backup.json").read_text(encoding="utf-8"))
    data["tables"]["reflection"][0]["mode"] = "skim"
    (tmp_path / "bad.json").write_text(json.dumps(data), encoding="utf-8")
    for name, refused in (("backup.json", False), ("bad.json", True)):
        restored = Journal.open(tmp_path / name.replace(".json", ""))
        try:
            with restored.session() as session:
                if refused:
                    with pytest.raises(BackupError):
                        import_json(session, tmp_path / name)
                else:
                    import_json(session, tmp_path / name)
                    assert [row["mode"] for row in backup_data(session)["tables"]["reflection"]] == ["quick"]
        finally:
            restored.close()
