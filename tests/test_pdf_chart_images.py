"""The PDF's charts reach Qt as pixels, not as PNG files: encoding each chart as PNG for QImage to
decode again was a third of a chart's time in the PDF export, for the same pixels."""

from __future__ import annotations

import io

import pytest
from PySide6.QtGui import QImage

from thabat.app.export.pdf import PdfOptions
from thabat.app.export.pdf_charts import PRINT_DPI, figure_image, journal_chart_images
from tests.conftest import TODAY
from tests.export_support import build_bilingual_journal


@pytest.fixture
def filled(journal):
    with journal.session() as session:
        build_bilingual_journal(session)
    return journal


def test_no_chart_is_encoded_as_png(filled, qapp, monkeypatch):
    from matplotlib.figure import Figure

    formats = []
    save = Figure.savefig
    monkeypatch.setattr(Figure, "savefig",
                        lambda figure, *a, **k: formats.append(k.get("format")) or save(figure, *a, **k))
    with filled.session() as session:
        images = journal_chart_images(session, PdfOptions(today=TODAY))
    assert len(images) == 6
    assert "png" not in formats


def test_a_chart_has_the_pixels_and_resolution_its_png_had(filled, qapp):
    from thabat.app.charts.build import build_chart
    from thabat.app.charts.choices import period_for
    from thabat.app.charts.style import ChartStyle

    with filled.session() as session:
        figure = build_chart("applications", session, period_for("custom", TODAY, None, TODAY),
                             ChartStyle(dates=PdfOptions(today=TODAY, lang="ar").date_style()))
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=PRINT_DPI)
    from_png = QImage.fromData(buffer.getvalue(), "PNG")
    drawn = figure_image(figure, PRINT_DPI)
    assert (drawn.width(), drawn.height()) == (from_png.width(), from_png.height())
    assert drawn.format() == from_png.format()  # the PDF writer gets the image it got before
    assert (drawn.dotsPerMeterX(), drawn.dotsPerMeterY()) == (from_png.dotsPerMeterX(), from_png.dotsPerMeterY())
    assert drawn == from_png
