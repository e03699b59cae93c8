"""What the steps show: a strength at the close, the top of step 4 on a new reflection, the interviewer in step 6."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.reflection_support import open_page, reflection_on


def click(qtbot, button) -> None:
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_close_step_shows_a_strength_or_how_to_note_the_first(qtbot, journal, isolated_data):
    page = open_page(qtbot, journal, isolated_data, "en", reflection_on(journal))
    close = page.steps[6]
    page.go_to(6)
    assert close.earlier.isVisible() and "No strength noted yet" in close.earlier.text()

    page.go_to(3)
    page.steps[3].went_well.set_text("I explained my SQL work clearly\nand asked good questions")
    page.go_to(6)
    assert "I explained my SQL work clearly" in close.earlier.text()
    assert "asked good questions" not in close.earlier.text()


def test_the_close_step_falls_back_on_a_skill_rated_highly(qtbot, journal, isolated_data):
    page = open_page(qtbot, journal, isolated_data, "ar", reflection_on(journal))
    page.go_to(3)
    page.steps[3].skills.bar_for("problem_solving").set_value(5)
    page.go_to(6)
    assert "حل المشكلات" in page.steps[6].earlier.text()


def test_a_second_reflection_opens_step_4_at_the_top(qtbot, journal, isolated_data):
    first, second = reflection_on(journal), reflection_on(journal, company="Noon")
    page = open_page(qtbot, journal, isolated_data, "en", first)
    page.go_to(3)
    bar = page.steps[3].verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum())
    page.leave()
    page.open(second)
    page.go_to(3)
    assert bar.value() == 0


def test_step_6_offers_the_interviewer_and_follows_up_with_the_contact_just_added(qtbot, journal, isolated_data):
    page = open_page(qtbot, journal, isolated_data, "en", reflection_on(journal, interviewer="Sara Haddad"))
    page.go_to(5)
    contacts = page.steps[5]
    assert contacts.name.text() == "Sara Haddad"
    qtbot.keyClicks(contacts.email, "sara@example.org")
    click(qtbot, contacts.add_button)

    assert contacts.name.text() == ""  # added: not offered again
    assert contacts.follow_contact.currentText() == "Sara Haddad"
    assert contacts.message.to.text() == "sara@example.org"
    assert "Sara Haddad" in contacts.message.body.text()

    page.open(page.view.id)  # resuming: the interviewer is a contact already, the follow-up still goes to them
    page.go_to(5)
    assert contacts.name.text() == ""


def test_a_thinking_trap_quotes_its_example_the_way_its_language_does(qtbot, journal, isolated_data):
    """English curly quotes around Arabic are not mirrored: in Arabic the example stands in «»."""
    page = open_page(qtbot, journal, isolated_data, "ar", reflection_on(journal))
    examples = [example.text() for _box, example, *_ in page.steps[4].boxes.values()]
    assert all("«" in text and "»" in text and "“" not in text for text in examples), examples
    english = open_page(qtbot, journal, isolated_data, "en", reflection_on(journal, company="Noon"))
    assert all("“" in example.text() for _box, example, *_ in english.steps[4].boxes.values())
