"""The Charts page under qtbot: opens in both languages, follows the range, reads values out, saves."""

from __future__ import annotations

import subprocess
import sys
from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint

from thabat.app.services.applications import add_application
from thabat.app.services.checkins import record_check_in
from thabat.app.views.applications import ApplicationInput
from tests.chart_journal import add_reflection, add_skills, stacked_bars
from tests.conftest import TODAY
from tests.ui_support import make_context

from thabat.ui.charts_page import ChartsPage


def _bar_total(figure) -> float:
    return sum(polygon[:, 1].max() - polygon[:, 1].min() for _label, polygon in stacked_bars(figure))


@pytest.fixture
def filled(journal):
    """Ten applications: two in the last three months, eight earlier in the year."""
    with journal.session() as session:
        for n in range(10):
            day = TODAY - timedelta(days=20 + n * 30)
            add_application(session, ApplicationInput(company=f"Company {n}", role="Analyst", applied_on=day), TODAY)
            record_check_in(session, 3 + n % 5, day=day, today=TODAY)
        skills = add_skills(session)
        add_reflection(session, None, TODAY - timedelta(days=40), 4, 6,
                       {skills["Communication"]: 2, skills["CV writing"]: 3})
        add_reflection(session, None, TODAY - timedelta(days=10), 5, 7, {skills["Communication"]: 4})
    return journal


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_page_opens_and_the_range_changes_the_plotted_data(qtbot, filled, tmp_path, lang):
    page = ChartsPage(make_context(filled, tmp_path, lang))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.canvas is not None and page.canvas.isVisible())
    assert page.tabs.tabText(0) == ("Applications" if lang == "en" else "الطلبات")
    assert page.range_box.currentData() == "1y"
    assert _bar_total(page.figure) == 10
    page.range_box.setCurrentIndex(page.range_box.findData("3m"))
    assert _bar_total(page.figure) == 3  # 20, 50 and 80 days ago
    assert not page.from_edit.isVisible()
    page.range_box.setCurrentIndex(page.range_box.findData("custom"))
    assert page.from_edit.isVisible()
    page.from_edit.setDate(page.from_edit.date().addYears(-5))
    page.to_edit.setDate(page.to_edit.date().addDays(-100))
    assert _bar_total(page.figure) == 7


def test_every_chart_opens_from_the_picker(qtbot, filled, tmp_path):
    page = ChartsPage(make_context(filled, tmp_path, "ar"))
    qtbot.addWidget(page)
    page.show()
    titles = []
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        titles.append(page.figure.axes[0].get_title(loc="right") or page.figure.get_suptitle()
                      if page.figure.axes else page.figure.texts[0].get_text())
    assert titles[1] == "الثقة بمرور الوقت" and len(set(titles)) == 6


def test_skills_shown_can_be_chosen(qtbot, filled, tmp_path):
    page = ChartsPage(make_context(filled, tmp_path, "ar"))
    qtbot.addWidget(page)
    page.show()
    assert not page.skills_button.isVisible()
    page.tabs.setCurrentIndex(3)
    assert page.skills_button.isVisible()
    assert [a.text() for a in page.skills_menu.actions()] == ["التواصل", "كتابة السيرة الذاتية"]
    assert len(page.figure.axes[0].lines) == 2
    page.skills_menu.actions()[1].trigger()  # untick "CV writing"
    assert page.chosen_skills == ["Communication"]
    assert [list(line.get_ydata()) for line in page.figure.axes[0].lines] == [[2, 4]]


def test_hover_reads_out_the_value(qtbot, filled, tmp_path):
    page = ChartsPage(make_context(filled, tmp_path, "en"))
    qtbot.addWidget(page)
    page.show()
    page.tabs.setCurrentIndex(1)  # confidence
    line = page.figure.axes[0].lines[0]  # as drawn: its positions are those of the pixels shown
    x, y = line.get_transform().transform(line.get_xydata()[-1])
    ratio = page.canvas.image.devicePixelRatio()
    qtbot.mouseMove(page.canvas, QPoint(round(x / ratio), round((page.canvas.image.height() - y) / ratio)))
    qtbot.waitUntil(lambda: page.readout.text() == "Daily check-in: 3 · 6 November 2026")
    qtbot.mouseMove(page.canvas, QPoint(2, 2))  # the figure's corner: no axes there
    qtbot.waitUntil(lambda: page.readout.text() == "")


def test_save_as_png_and_svg(qtbot, filled, tmp_path):
    page = ChartsPage(make_context(filled, tmp_path, "ar"))
    qtbot.addWidget(page)
    page.show()
    page.save(str(tmp_path / "chart.png"))
    page.save(str(tmp_path / "chart.svg"))
    assert (tmp_path / "chart.png").read_bytes().startswith(b"\x89PNG")
    assert b"<svg" in (tmp_path / "chart.svg").read_bytes()


def test_the_main_window_does_not_import_matplotlib():
    code = "import sys, ui.main_window; print('matplotlib' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
