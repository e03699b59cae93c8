"""Painting a laid-out QTextDocument to a QPdfWriter page by page, with a header and a footer.

QTextDocument.print() cannot add "page X of N", so each page is drawn through the document layout
with a clip: the layout has already moved any line that would straddle a page to the next page,
so no line is cut at a page break.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout, QColor, QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen, QTextDocument,
    QTextOption,
)

from thabat.app.export.atomic import ExportCancelled

RESOLUTION = 300  # dots per inch of the PDF's coordinate space; text stays vector at any value
MARGINS_MM = QMarginsF(18, 22, 18, 20)  # left, top, right, bottom: room for header and footer
PAPER = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}

Progress = Callable[[str, int, int], None]


def body_width_css(paper: str) -> int:
    """The width of the page body in the CSS pixels (1/96 inch) that <img width=...> is measured in."""
    width_mm = QPageSize(PAPER[paper]).size(QPageSize.Unit.Millimeter).width() - MARGINS_MM.left() - MARGINS_MM.right()
    return int(width_mm / 25.4 * 96)


def make_writer(path: str, paper: str, title: str) -> QPdfWriter:
    writer = QPdfWriter(path)
    writer.setResolution(RESOLUTION)
    writer.setTitle(title)
    writer.setCreator("Thabat")
    writer.setPageLayout(QPageLayout(QPageSize(PAPER[paper]), QPageLayout.Orientation.Portrait, MARGINS_MM,
                                     QPageLayout.Unit.Millimeter))
    return writer


def lay_out(document: QTextDocument, writer: QPdfWriter) -> QRectF:
    """Lay the document out for the writer's page body; returns the body rectangle in device units."""
    document.documentLayout().setPaintDevice(writer)
    body = QRectF(writer.pageLayout().paintRectPixels(writer.resolution()))
    body.moveTo(0, 0)  # the painter's origin is already the margin's corner
    document.setPageSize(QSizeF(body.width(), body.height()))
    document.setDocumentMargin(0)
    return body


def paint_pages(
    document: QTextDocument, writer: QPdfWriter, body: QRectF, font: QFont, header: str, rtl: bool,
    footer: Callable[[int, int], str], progress: Progress | None, cancelled: Callable[[], bool] | None,
) -> int:
    """Draw every page; returns the page count. Raises ExportCancelled when asked to stop."""
    pages = document.pageCount()
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError("cannot start painting the PDF")
    try:
        small = QFont(font)
        small.setPointSizeF(8.5)
        gap = writer.resolution() * 0.12  # about 3 mm between the body and the header / footer lines
        for index in range(pages):
            if cancelled is not None and cancelled():
                raise ExportCancelled()
            if index:
                writer.newPage()
            painter.save()
            painter.translate(0, -index * body.height())
            context = QAbstractTextDocumentLayout.PaintContext()
            context.clip = QRectF(0, index * body.height(), body.width(), body.height())
            painter.setClipRect(context.clip)
            document.documentLayout().draw(painter, context)
            painter.restore()
            _decorate(painter, body, small, gap, header, footer(index + 1, pages), rtl)
            if progress is not None:
                progress("page", index + 1, pages)
    finally:
        painter.end()
    return pages


def _decorate(painter: QPainter, body: QRectF, font: QFont, gap: float, header: str, footer: str, rtl: bool) -> None:
    painter.save()
    painter.setFont(font)
    painter.setPen(QPen(QColor("#8a949e"), 2))
    line_height = painter.fontMetrics().height()
    top = QRectF(body.left(), -gap - line_height * 1.4, body.width(), line_height * 1.2)
    bottom = QRectF(body.left(), body.bottom() + gap + line_height * 0.2, body.width(), line_height * 1.2)
    painter.drawLine(top.bottomLeft(), top.bottomRight())
    painter.drawLine(bottom.topLeft(), bottom.topRight())
    painter.setPen(QColor("#55606b"))
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
    # Absolute: with a right-to-left text direction Qt would otherwise swap Right for Left.
    option.setAlignment((Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
                        | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)
    painter.drawText(top, header, option)
    option.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter)
    painter.drawText(bottom, footer, option)
    painter.restore()
