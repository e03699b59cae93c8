"""The journal's charts as images for the PDF, drawn at print resolution from the chart builders."""

from __future__ import annotations

import io

from PySide6.QtGui import QImage
from sqlmodel import Session

PRINT_DPI = 200


def journal_chart_images(session: Session, options) -> list[QImage]:
    """Every chart over the export's date range, in its heading language, calendar and digits; a chart
    with nothing to show in that range is left out (no page of empty charts)."""
    from thabat.app.charts.build import build_chart  # matplotlib loads only when a PDF with charts is asked for
    from thabat.app.charts.choices import CHART_KEYS, period_for
    from thabat.app.charts.style import ChartStyle, is_empty_state

    end = options.end or options.today
    period = period_for("custom", end, options.start, end)
    style = ChartStyle(dates=options.date_style())
    images = []
    for key in CHART_KEYS:
        figure = build_chart(key, session, period, style)
        if is_empty_state(figure):
            continue
        buffer = io.BytesIO()
        figure.savefig(buffer, format="png", dpi=PRINT_DPI)
        images.append(QImage.fromData(buffer.getvalue(), "PNG"))
    return images
