"""Counts agree with their nouns (issue 15, point 7): Qt's numerus forms, six in Arabic and two in English."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest

from thabat.app.services import applications
from thabat.app.text.dates import DateStyle
from thabat.app.text.plurals import counted, numerus
from thabat.app.views.applications import ApplicationInput
from tests.conftest import TODAY
from tests.ui_support import make_context, visible

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"

# The nouns Thabat counts, and "more": a number pasted before them instead of a numerus %n.
COUNTED = (r"(more|days?|weeks?|months?|years?|applications?|rejections?|reflections?|things?|pages?|records?|rows?|"
           r"entries|entry|files?|items?|times?|check-ins?|steps?|contacts?|people|skills?|areas?|actions?)\b")
PASTED_COUNT = re.compile(r"%[1-9]\s+" + COUNTED)


def _messages(name: str) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(TRANSLATIONS / name).getroot()
    return [(context.findtext("name"), message.findtext("source"), message)
            for context in root.iter("context") for message in context.iter("message")]


def test_no_translation_pastes_a_count_before_its_noun():
    pasted = [source for _, source, message in _messages("thabat_ar.ts")
              if message.get("numerus") != "yes" and PASTED_COUNT.search(source)]
    assert pasted == [], "use tr(text, '', n) with %n so each language picks the noun's form"


def _counted_f_strings(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.JoinedStr):
            for before, after in zip(node.values, node.values[1:]):
                if (isinstance(before, ast.FormattedValue) and isinstance(after, ast.Constant)
                        and re.match(" " + COUNTED, str(after.value))):
                    found.append(f"{path.name}:{node.lineno}")
    return found


def test_no_message_glues_a_count_to_a_noun_in_code():
    found = [hit for folder in ("app", "ui") for path in (ROOT / folder).rglob("*.py")
             for hit in _counted_f_strings(path)]
    assert found == []


def test_every_numerus_message_has_six_arabic_forms_and_two_english_ones():
    arabic = {(context, source): message for context, source, message in _messages("thabat_ar.ts")
              if message.get("numerus") == "yes"}
    english = {(context, source): message for context, source, message in _messages("thabat_en.ts")
               if message.get("numerus") == "yes"}
    assert len(arabic) >= 15
    assert set(english) == set(arabic)
    for key, message in arabic.items():
        forms = [form.text for form in message.iter("numerusform")]
        assert len(forms) == 6 and all(forms), key
    for key, message in english.items():
        forms = [form.text for form in message.iter("numerusform")]
        assert len(forms) == 2 and all(forms) and forms[0] != forms[1] or "more" in key[1], key


@pytest.mark.parametrize("value, expected", [(1, 1), (2, 2), (11, 11), (2.0, 2), (2.5, 100)])
def test_fractions_take_the_plural_form(value, expected):
    assert numerus(value) == expected


def test_counted_writes_the_number_in_the_chosen_digits_isolated():
    assert counted("خلال 3 أيام", 3, DateStyle("ar", digits="arabic")) == "خلال \u2068٣\u2069 أيام"
    assert counted("%1 in 12 days", 12, DateStyle("en")) == "%1 in \u206812\u2069 days"  # %1 is left alone
    assert counted("within %n days", 2.5, None, isolated=False) == "within 2.5 days"


def test_counted_writes_a_million_as_a_number_not_in_exponent_form():
    """`thabat import csv` of a million rows said "Imported 1e+06 applications"."""
    assert counted("Imported %n applications", 1_000_000, None, isolated=False) == "Imported 1000000 applications"
    assert counted("Imported 1234567 applications", 1_234_567, DateStyle("ar", digits="arabic"),
                   isolated=False) == "Imported ١٢٣٤٥٦٧ applications"


@pytest.mark.parametrize("lang, value, expected", [
    ("en", 1, " day"), ("en", 2, " days"),
    ("ar", 1, " يوم"), ("ar", 2, " يومان"), ("ar", 3, " أيام"), ("ar", 11, " يومًا"),
])
def test_settings_units_agree_with_the_number(qtbot, journal, isolated_data, lang, value, expected):
    from thabat.ui.settings_page import SettingsPage

    page = SettingsPage(make_context(journal, isolated_data, lang))
    qtbot.addWidget(page)
    box = page.delays["reply_delay_days"]
    box.setValue(value)
    assert box.suffix() == expected
    weeks = page.delays["follow_up_weeks"]
    weeks.setValue(8)
    assert weeks.suffix() == (" weeks" if lang == "en" else " أسابيع")


@pytest.mark.parametrize("lang, expected", [
    ("en", "1 application so far. Each one is practice."),
    ("ar", "طلب واحد حتى الآن. كل طلب تمرين يقوّيك."),
])
def test_today_figure_agrees_with_one_application(qtbot, journal, isolated_data, lang, expected):
    from thabat.ui.today_page import TodayPage

    with journal.session() as session:
        applications.add_application(session, ApplicationInput("Careem", "Analyst", date(2026, 11, 2)), TODAY)
    page = TodayPage(make_context(journal, isolated_data, lang))
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    assert visible(page.figure.text()) == expected


def test_the_command_line_says_one_application(journal_folder_with_one_application, capsys):
    from thabat.app.cli import main

    folder, target = journal_folder_with_one_application
    assert main(["--data-dir", str(folder), "export", "csv", str(target)]) == 0
    assert capsys.readouterr().out.strip() == f"Wrote 1 application to {target}."


@pytest.fixture
def journal_folder_with_one_application(isolated_data, tmp_path):
    from thabat.app.journal import Journal

    journal = Journal.open(isolated_data)
    with journal.session() as session:
        applications.add_application(session, ApplicationInput("e&", "Software Engineer", date(2026, 11, 2)), TODAY)
    journal.close()
    return isolated_data, tmp_path / "out.csv"


def test_the_pdf_words_paste_no_count_before_a_noun():
    import json

    labels = json.loads((ROOT / "resources" / "catalogue" / "export.json").read_text(encoding="utf-8"))["labels"]
    assert [key for key, words in labels.items() if PASTED_COUNT.search(words["en"])] == []


def test_counted_writes_a_million_as_digits_not_in_exponent_form():
    """The bench's CSV import printed "Imported 1e+06 applications" (the count went through :g)."""
    assert counted("Imported 1000000 applications", 1_000_000, isolated=False) == "Imported 1000000 applications"
    assert counted("2.5 days", 2.5, isolated=False) == "2.5 days"
