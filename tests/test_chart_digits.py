"""Every number a chart draws (ticks, labels, annotations) is in the chosen digits."""

from __future__ import annotations

from datetime import date

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.text import Text

from thabat.app.charts.build import build_chart
from thabat.app.charts.choices import CHART_KEYS, period_for
from thabat.app.charts.style import ChartStyle
from thabat.app.text.dates import DateStyle
from tests.conftest import TODAY
from tests.digit_scan import has_digits, wrong_digits
from tests.export_support import build_bilingual_journal


@pytest.mark.parametrize("lang, digits", [("ar", "latin"), ("en", "arabic")])
def test_chart_texts_use_the_chosen_digits(journal, lang, digits):
    with journal.session() as session:
        build_bilingual_journal(session)
        style = ChartStyle(dates=DateStyle(lang=lang, digits=digits))
        period = period_for("custom", TODAY, date(2026, 1, 1), TODAY)
        for key in CHART_KEYS:
            figure = build_chart(key, session, period, style)
            FigureCanvasAgg(figure).draw()  # tick labels get their text when drawn
            texts = [artist.get_text() for artist in figure.findobj(Text) if artist.get_visible()]
            assert wrong_digits(texts, digits) == [], key
            assert has_digits(texts, digits), key
