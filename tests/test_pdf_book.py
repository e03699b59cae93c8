"""The PDF as a book: parts by month or company, a table of contents whose page numbers are right,
bookmarks for each part and reflection, cover figures of the chosen period, no page that holds only
a heading, no chart page of empty charts."""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

import pikepdf
import pytest

from thabat.app.export import pdf as pdf_module
from thabat.app.export.pdf import PdfOptions, export_pdf
from thabat.app.views.journal import EntryInput
from thabat.app.views.applications import ApplicationInput
from thabat.app.services import entries
from thabat.app.services.applications import add_application
from thabat.app.services.stats import summary
from tests.conftest import TODAY
from tests.export_support import build_bilingual_journal
from tests.export_support import english_messages  # noqa: F401  (fixture)
from tests.pdf_reading import pdfium_pages

MONTHS = ["February 2026", "March 2026", "April 2026", "May 2026", "June 2026", "July 2026"]


@pytest.fixture
def filled(journal):
    with journal.session() as session:
        build_bilingual_journal(session)
    return journal


def _pages(pdf: Path) -> list[list[str]]:
    """Each page's lines, without the running header and the page number."""
    pages = []
    for text in pdfium_pages(pdf):
        lines = [" ".join(line.split()) for line in text.splitlines() if line.strip()]
        pages.append([line for line in lines if line != "My job search journal" and not line.startswith("Page ")])
    return pages


def _outline(pdf: Path) -> list[tuple[str, int, list[tuple[str, int]]]]:
    with pikepdf.open(pdf) as document:
        numbers = {page.objgen: index + 1 for index, page in enumerate(document.pages)}
        with document.open_outline() as outline:
            return [(item.title, numbers[item.destination[0].objgen],
                     [(child.title, numbers[child.destination[0].objgen]) for child in item.children])
                    for item in outline.root]


def _export(journal, target: Path, **options) -> Path:
    with journal.session() as session:
        export_pdf(session, target, PdfOptions(today=TODAY, **options))
    return target


def test_parts_by_month_have_bookmarks_and_contents_with_their_pages(filled, tmp_path):
    pdf = _export(filled, tmp_path / "book.pdf")
    pages = _pages(pdf)
    outline = _outline(pdf)
    assert [title for title, _, _ in outline] == ["Charts", *MONTHS]
    for title, page, _children in outline:
        assert pages[page - 1][0] == title  # each bookmark opens the page that starts with its heading
    reflections = [child for _, _, children in outline for child in children]
    assert len(reflections) == 6
    assert reflections[0][0].startswith("Google — Software Engineer · 5 February 2026")
    contents = next(page for page in pages if page and page[0] == "Contents")
    for title, page, _ in outline:
        assert f"{title} {page}" in contents  # the contents give the page the part starts on


def test_parts_by_company(filled, tmp_path):
    pdf = _export(filled, tmp_path / "book.pdf", parts="company", sections=("journal",))
    parts = [(title, len(children)) for title, _, children in _outline(pdf)]
    # Each company once, its reflections in date order; the entry about no company last.
    assert parts == [("Google", 3), ("شركة الاتصالات السعودية", 3), ("Not about one company", 0)]


def test_the_cover_counts_the_period_it_covers(filled, tmp_path):
    start, end = date(2026, 3, 1), date(2026, 5, 31)
    pdf = _export(filled, tmp_path / "spring.pdf", start=start, end=end, sections=("cover",))
    cover = _pages(pdf)[0]
    with filled.session() as session:
        period, whole = summary(session, start, end), summary(session)
    assert (period.applications, period.rejections) == (3, 3)  # applied 20 Feb-Apr; rejected 5 Mar-May
    assert (whole.applications, whole.rejections) == (7, 6)
    assert "From 1 March 2026 to 31 May 2026" in cover
    assert f"Applications {period.applications}" in cover and f"Rejections {period.rejections}" in cover
    assert f"Reflections finished {period.reflections_done}" in cover and period.reflections_done == 3


def _long_journal(journal) -> None:
    """Entries of many lengths, so that some title would otherwise fall at the foot of a page."""
    chance = random.Random(7)
    with journal.session() as session:
        for n in range(70):
            body = "\n".join("A line of the entry that goes on for a while, written on a quiet evening."
                             for _ in range(chance.randint(1, 9)))
            entries.create_entry(session, EntryInput(f"Entry number {n}", body, date(2026, 10, 1) + timedelta(days=n // 3)),
                                 TODAY)


def _heading_alone(pages: list[list[str]]) -> list[int]:
    """Pages whose last line is an entry's title (its text begins on the next page)."""
    return [number for number, lines in enumerate(pages, 1)
            if lines and lines[-1].startswith("Entry number ") and number < len(pages)]


def test_no_title_is_left_alone_at_the_foot_of_a_page(journal, tmp_path, monkeypatch):
    _long_journal(journal)
    pdf = _export(journal, tmp_path / "long.pdf", sections=("journal",))
    assert _heading_alone(_pages(pdf)) == []
    assert all(len(lines) > 1 for lines in _pages(pdf))
    # The check sees the problem when headings are not kept with their text.
    monkeypatch.setattr(pdf_module, "keep_headings_with_text", lambda document, body: 0)
    unkept = _export(journal, tmp_path / "unkept.pdf", sections=("journal",))
    assert _heading_alone(_pages(unkept)) != []


def test_charts_with_nothing_to_show_are_left_out(journal, tmp_path):
    with journal.session() as session:
        add_application(session, ApplicationInput("Noon", "Analyst", date(2026, 11, 2)), TODAY)
    pdf = _export(journal, tmp_path / "few.pdf", sections=("charts",))
    with pikepdf.open(pdf) as document:
        images = {image.objgen for page in document.pages
                  for image in page.Resources.get("/XObject", {}).values() if image.get("/Subtype") == "/Image"}
    assert 1 <= len(images) < 6  # applications and the funnel, not confidence, skills or the calendar
    empty = Path(tmp_path / "none.pdf")
    with journal.session() as session:
        export_pdf(session, empty, PdfOptions(today=TODAY, sections=("charts",), start=date(2020, 1, 1),
                                              end=date(2020, 12, 31)))
    assert "Charts" not in " ".join(" ".join(page) for page in _pages(empty))


def test_the_app_asks_the_child_export_for_the_parts_chosen(tmp_path):
    """The app writes its PDF in a child `thabat export pdf`: the choice of parts must reach it."""
    from thabat.app.export.pdf_process import export_command

    command = export_command(tmp_path, tmp_path / "book.pdf", PdfOptions(today=TODAY, parts="company"), "en")
    assert command[command.index("--parts") + 1] == "company"
