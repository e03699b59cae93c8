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
        images.append(figure_image(figure, PRINT_DPI))
    return images


def figure_image(figure, dpi: int) -> QImage:
    """The figure drawn at `dpi`, its pixels handed to Qt as they are.

    Encoding them as PNG for QImage to decode again was a third of a chart's time in the PDF (the
    five-year demo's six charts: 0.3 s of compressing, 0.1 s of reading back), for the same pixels."""
    buffer = io.BytesIO()
    figure.savefig(buffer, format="rgba", dpi=dpi)
    pixels = buffer.getvalue()
    width = int(figure.get_figwidth() * dpi)  # as matplotlib's Agg renderer sizes its canvas
    height = len(pixels) // (4 * width)
    if width * height * 4 != len(pixels):
        raise ValueError(f"a chart's pixels do not make a {width} pixels wide image")
    image = QImage(pixels, width, height, 4 * width, QImage.Format.Format_RGBA8888)
    image = image.convertToFormat(QImage.Format.Format_ARGB32)  # as QImage reads a PNG: the PDF's images are unchanged
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    return image
