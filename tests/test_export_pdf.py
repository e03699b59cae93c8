"""The PDF export: real text in logical order, fonts embedded, footers, no file when cancelled."""

from __future__ import annotations

from pathlib import Path

import pikepdf
import pytest

from thabat.app.export.pdf import ExportCancelled, PdfOptions, export_pdf
from tests.conftest import TODAY
from tests.export_support import ENGLISH_ANSWER, ARABIC_FEELING, build_bilingual_journal
from tests.export_support import english_messages  # noqa: F401  (fixture)
from tests.pdf_reading import pdfium_pages, poppler_installed, poppler_text

pytestmark = pytest.mark.usefixtures("english_messages")


def _pages(pdf: Path) -> list[str]:
    """Each page's text as pdfium copies it, lines joined by spaces (NFKC, no direction marks)."""
    return [" ".join(page.split()) for page in pdfium_pages(pdf)]


def _text(pdf: Path) -> str:
    return "\n".join(_pages(pdf))


def _images(pdf: Path) -> set[tuple[int, int]]:
    """The distinct image objects drawn on the pages (an image near a page break is drawn, clipped
    away, on the page before as well)."""
    found = set()
    with pikepdf.open(pdf) as document:
        for page in document.pages:
            for image in page.Resources.get("/XObject", {}).values():
                if image.get("/Subtype") == "/Image":
                    found.add(image.objgen)
    return found


@pytest.fixture
def filled(journal):
    with journal.session() as session:
        build_bilingual_journal(session)
    return journal


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_pdf_has_arabic_in_logical_order_and_english(filled, tmp_path, lang):
    target = tmp_path / f"journal-{lang}.pdf"
    with filled.session() as session:
        pages = export_pdf(session, target, PdfOptions(lang=lang, user_name="Layla", today=TODAY))
    text = _text(target)
    assert pages > 1
    assert ARABIC_FEELING in text
    prompt = "سيرتي الذاتية لهذه الوظيفة" if lang == "ar" else "Was your CV tailored to this role"
    assert prompt in text  # the prompt's wording from the catalogue, in the heading language
    assert ENGLISH_ANSWER in text
    assert "تصميم الأنظمة" in text and "Software Engineer" in text
    heading = "يوميات بحثي عن عمل" if lang == "ar" else "My job search journal"
    assert heading in text
    if poppler_installed():  # the same with poppler, a second reader
        text = " ".join(poppler_text(target).split())
        assert ARABIC_FEELING in text and prompt in text and ENGLISH_ANSWER in text and heading in text


def test_pdf_footer_counts_pages_in_the_chosen_digits(filled, tmp_path):
    target = tmp_path / "j.pdf"
    with filled.session() as session:
        pages = export_pdf(session, target, PdfOptions(lang="ar", digits="arabic", today=TODAY))
    texts = [page for page in _pages(target) if page.strip()]
    assert len(texts) == pages > 1
    total = str(pages).translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
    def squeezed(text: str) -> str:  # readers space digits inside right-to-left runs unevenly
        return "".join(text.split())

    assert f"صفحة١من{total}" in squeezed(texts[0])
    assert f"صفحة{total}من{total}" in squeezed(texts[-1])


def test_pdf_english_footer_and_fonts_embedded(filled, tmp_path):
    target = tmp_path / "j.pdf"
    with filled.session() as session:
        pages = export_pdf(session, target, PdfOptions(lang="en", paper="letter", today=TODAY))
    assert f"Page 1 of {pages}" in _pages(target)[0]
    assert f"Page {pages} of {pages}" in _pages(target)[pages - 1]
    with pikepdf.open(target) as document:
        fonts = {font.objgen: font for page in document.pages for font in page.Resources.Font.values()}
        assert any("NotoSansArabic" in str(font.BaseFont) for font in fonts.values())
        assert fonts and all("/FontFile2" in font.DescendantFonts[0].FontDescriptor for font in fonts.values())


def test_private_entries_and_dates_can_be_left_out(filled, tmp_path):
    target = tmp_path / "j.pdf"
    with filled.session() as session:
        export_pdf(session, target, PdfOptions(lang="en", include_private=False, today=TODAY))
    text = _text(target)
    assert "خواطر خاصة" not in text
    assert "A good week" in text
    with filled.session() as session:
        export_pdf(session, target, PdfOptions(lang="en", start=TODAY, today=TODAY))
    assert "A good week" not in _text(target)
    assert "No reflections or entries in this period." in _text(target)


def test_cancelled_export_leaves_no_file_and_keeps_an_old_one(filled, tmp_path):
    target = tmp_path / "j.pdf"
    target.write_bytes(b"old")
    calls = []

    def cancel_on_second_page() -> bool:
        return len(calls) >= 2

    with filled.session() as session, pytest.raises(ExportCancelled):
        export_pdf(session, target, PdfOptions(today=TODAY), progress=lambda step, d, t: calls.append(step == "page"
                   and d), cancelled=cancel_on_second_page)
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["j.pdf"]


def test_chart_images_are_embedded_when_given(filled, tmp_path):
    from PySide6.QtGui import QColor, QImage

    def charts():
        image = QImage(800, 500, QImage.Format.Format_RGB32)
        image.fill(QColor("steelblue"))
        return [image]

    target = tmp_path / "j.pdf"
    with filled.session() as session:
        export_pdf(session, target, PdfOptions(today=TODAY), chart_images=charts)
    assert len(_images(target)) == 1
    assert "Charts" in _text(target)


def test_the_journal_charts_are_drawn_into_the_pdf_by_default(filled, tmp_path):
    target = tmp_path / "with-charts.pdf"
    with filled.session() as session:
        export_pdf(session, target, PdfOptions(today=TODAY, lang="ar"))
    assert len(_images(target)) == 6  # the five charts and the year in pixels
    without = tmp_path / "no-charts.pdf"
    with filled.session() as session:
        export_pdf(session, without, PdfOptions(today=TODAY, sections=("cover", "journal")))
    assert _images(without) == set()
