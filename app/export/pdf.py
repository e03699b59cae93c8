"""The journal as a PDF: a cover, optional charts, then reflections and free entries in date order.

Qt lays out and shapes the text (QTextDocument over HTML with a `dir` on every paragraph) and
writes it with QPdfWriter, embedding the bundled Noto Sans Arabic and the Latin fallback. It needs
a QGuiApplication; the command line gets an offscreen one from `ensure_gui_application`.

    export_pdf(session, "journal.pdf", PdfOptions(lang="ar"), progress=..., cancelled=...)

Qt's text layer is then rewritten so that Arabic copies out whole (app/export/pdf_text_layer.py).
A cancelled or failed export leaves no file (see app/export/atomic.py).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date
from typing import Callable

from PySide6.QtCore import QUrl, Qt
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QImage, QTextDocument, QTextTable
from sqlmodel import Session

from thabat import resources
from thabat.app.export.atomic import ExportCancelled, atomic_target
from thabat.app.export.pdf_book import add_outline, fill_contents, keep_headings_with_text, mark_pages
from thabat.app.export.pdf_content import load_content
from thabat.app.export.pdf_growth import load_area_loops
from thabat.app.export.pdf_html import HtmlBuilder, labels
from thabat.app.export.pdf_paint import Progress, body_width_css, lay_out, make_writer, paint_pages
from thabat.app.export.pdf_text_layer import repair_text_layer
from thabat.app.services.stats import summary
from thabat.app.text.dates import DateStyle, number
from thabat.app.text.direction import fill

SECTIONS = ("cover", "charts", "journal")
FONT_FILES = ("NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf")
ChartImages = Callable[[], "list[QImage]"]

__all__ = ["PdfOptions", "export_pdf", "ensure_gui_application", "ExportCancelled", "SECTIONS"]


@dataclass(frozen=True)
class PdfOptions:
    start: date | None = None
    end: date | None = None
    lang: str = "en"
    """The language of headings and labels; the user's own text keeps its language."""
    paper: str = "a4"
    sections: tuple[str, ...] = SECTIONS
    include_private: bool = True
    user_name: str = ""
    calendar: str = "gregorian"
    digits: str = "latin"
    today: date = field(default_factory=date.today)
    parts: str = "month"
    """The journal's parts, each with its page in the contents and a bookmark: "month" or "company"."""

    def date_style(self) -> DateStyle:
        return DateStyle(lang=self.lang, calendar=self.calendar, digits=self.digits)


_application: QGuiApplication | None = None


def ensure_gui_application() -> QGuiApplication:
    """The running Qt application, or a new offscreen one (command line, cron, SSH)."""
    global _application
    existing = QGuiApplication.instance()
    if existing is not None:
        return existing  # type: ignore[return-value]
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _application = QGuiApplication(["thabat"])
    return _application


def document_font() -> QFont:
    """Noto Sans Arabic first (registered once), then the application's Latin font for the rest."""
    families: list[str] = []
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(resources.path("fonts", name)))
        if font_id >= 0:
            families.extend(f for f in QFontDatabase.applicationFontFamilies(font_id) if f not in families)
    latin = QGuiApplication.font().family()
    font = QFont()
    font.setFamilies([*families, *(f for f in (latin, "DejaVu Sans") if f not in families)])
    font.setPointSizeF(10.5)
    return font


def mirror_tables(document: QTextDocument) -> None:
    """Right-to-left tables: the HTML importer ignores `dir` on <table>, so set it on each table frame."""
    for frame in document.rootFrame().childFrames():
        if isinstance(frame, QTextTable):
            table_format = frame.format()
            table_format.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
            table_format.setAlignment(Qt.AlignmentFlag.AlignRight)
            frame.setFormat(table_format)


def export_pdf(
    session: Session,
    target: str | os.PathLike,
    options: PdfOptions,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    chart_images: ChartImages | None = None,
) -> int:
    """Write the PDF to `target` (atomically); returns the number of pages.

    `progress(step, done, total)` is called per entry ("entry") and per page ("page");
    `cancelled()` returning True stops the export (ExportCancelled) and leaves no file.
    `chart_images` supplies the figures to embed when "charts" is among the sections (default: the
    journal's own charts over the same range).
    """
    ensure_gui_application()
    if chart_images is None:
        from thabat.app.export.pdf_charts import journal_chart_images

        chart_images = lambda: journal_chart_images(session, options)  # noqa: E731
    words = labels(options.lang)
    style = options.date_style()
    content = load_content(session, options.start, options.end, options.include_private, options.lang, words)
    builder = HtmlBuilder(options.lang, style, options.parts)
    document = QTextDocument()
    try:
        font = document_font()
        document.setDefaultFont(font)

        if "cover" in options.sections:
            builder.cover(options.user_name, options.start, options.end, options.today,
                          summary(session, options.start, options.end), content)
            builder.contents_here()
        if "charts" in options.sections:
            names = []
            for index, image in enumerate(chart_images()):
                name = f"chart-{index}.png"
                document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
                names.append(name)
            builder.charts(names, width=body_width_css(options.paper))
        if "journal" in options.sections:
            items = content.in_order()
            if options.parts == "company":  # one part per company, oldest first in each; no company last
                items.sort(key=lambda item: (not item.company, item.company.casefold()))
            builder.journal_heading(empty=not items)  # else each part (a month, a company) has its heading
            for done, item in enumerate(items, start=1):
                if cancelled is not None and cancelled():
                    raise ExportCancelled()
                builder.item(item)
                if progress is not None:
                    progress("entry", done, len(items))
            builder.area_loops(load_area_loops(session, options.start, options.end, options.include_private),
                               options.today)

        title = words["title"] + (f" — {options.user_name.strip()}" if options.user_name.strip() else "")
        with atomic_target(target) as temporary:
            writer = make_writer(str(temporary), options.paper, title)
            document.setHtml(builder.html())
            if options.lang == "ar":
                mirror_tables(document)
            body = lay_out(document, writer)
            keep_headings_with_text(document, body)
            marks = mark_pages(document, body)
            fill_contents(document, marks, lambda page: number(page, style))
            if cancelled is not None and cancelled():
                raise ExportCancelled()

            def footer(page: int, pages: int) -> str:
                return fill(words["page_of"], number(page, style), number(pages, style))

            pages = paint_pages(document, writer, body, font, title, options.lang == "ar", footer, progress, cancelled)
            repair_text_layer(temporary, cancelled, also=lambda pdf: add_outline(pdf, builder.marks, marks))
        return pages
    finally:
        # The document (its layout keeps a timer on this thread) must be deleted here: a traceback
        # caught deep inside matplotlib can keep this frame alive until a garbage collection on
        # another thread, where Qt cannot stop that timer.
        document = None  # noqa: F841
