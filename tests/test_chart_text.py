"""The version gate for Arabic in charts: logical text on matplotlib >= 3.11, reshaped before."""

from __future__ import annotations

import unicodedata

import arabic_reshaper
import matplotlib
import pytest
from bidi.algorithm import get_display

from thabat.app.charts.arabic_text import chart_text, matplotlib_shapes_arabic
from thabat.app.charts.style import ChartStyle
from thabat.app.text.dates import DateStyle

ARABIC = "الطلبات في كل أسبوع"


def _presentation_forms(text: str) -> bool:
    return any(0xFB50 <= ord(ch) <= 0xFDFF or 0xFE70 <= ord(ch) <= 0xFEFF for ch in text)


@pytest.mark.parametrize("version", ["3.11.0", "3.11.2", "3.12.0rc1", "4.0"])
def test_new_matplotlib_gets_logical_text(monkeypatch, version):
    monkeypatch.setattr(matplotlib, "__version__", version)
    assert matplotlib_shapes_arabic()
    assert chart_text(ARABIC) == ARABIC


@pytest.mark.parametrize("version", ["3.10.3", "3.9.0", "3.8.4.post1"])
def test_old_matplotlib_gets_reshaped_visual_text(monkeypatch, version):
    monkeypatch.setattr(matplotlib, "__version__", version)
    assert not matplotlib_shapes_arabic()
    shown = chart_text(ARABIC)
    assert shown == get_display(arabic_reshaper.reshape(ARABIC))
    assert _presentation_forms(shown) and shown != ARABIC
    # Same letters, only joined forms and visual order: NFKC gives the base letters back.
    assert sorted(unicodedata.normalize("NFKC", shown).replace(" ", "")) == sorted(ARABIC.replace(" ", ""))
    assert chart_text("Applications 2026") == "Applications 2026"  # Latin text is left alone


def test_old_matplotlib_keeps_the_order_of_lines(monkeypatch):
    monkeypatch.setattr(matplotlib, "__version__", "3.10.0")
    first, second = chart_text("نوفمبر\n٢٠٢٤").split("\n")
    assert unicodedata.normalize("NFKC", first)[::-1] == "نوفمبر" and second == "٢٠٢٤"


def test_chart_texts_pass_through_the_gate(monkeypatch):
    style = ChartStyle(DateStyle("ar"))
    assert style.text("title_confidence") == "الثقة بمرور الوقت"
    monkeypatch.setattr(matplotlib, "__version__", "3.10.0")
    assert style.text("title_confidence") == get_display(arabic_reshaper.reshape("الثقة بمرور الوقت"))
    assert style.raw_text("title_confidence") == "الثقة بمرور الوقت"  # Qt labels always get logical text


def test_this_machine_has_a_shaping_matplotlib():
    """DESIGN.md: the app ships with matplotlib >= 3.11; if this fails, the old path is the live one."""
    assert matplotlib_shapes_arabic(), matplotlib.__version__
