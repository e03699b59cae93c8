"""The PDF book's edits after layout (headings moved to the next page, the contents' page numbers) are
made in one edit block each: Qt lays a paged document out again from an edit to its end, so an edit a
heading cost the five-year demo ~170 layouts of the rest of the book (11.5 + 8.5 s of 22 s).

These tests count the document's change notifications (each one a layout of the rest), not time."""

from __future__ import annotations

import random

from PySide6.QtCore import QRectF, QSizeF
from PySide6.QtGui import QTextDocument

from thabat.app.export.pdf_book import fill_contents, keep_headings_with_text, mark_pages

BODY = QRectF(0, 0, 360, 260)


def _paged(html: str) -> QTextDocument:
    document = QTextDocument()
    document.setDocumentMargin(0)
    document.setPageSize(QSizeF(BODY.width(), BODY.height()))
    document.setHtml(html)
    return document


def _book(headings: int) -> str:
    """Headings over paragraphs of random lengths, so that many would end a page."""
    chance = random.Random(11)
    parts = []
    for n in range(headings):
        text = " ".join("A line of the entry that goes on for a while." for _ in range(chance.randint(1, 6)))
        parts.append(f'<h2><a name="mark-{n}">Entry {n}</a></h2><p>{text}</p><p>{text}</p>')
    return "<html><body>" + "".join(parts) + "</body></html>"


def _changes(document: QTextDocument) -> list:
    seen: list = []
    document.contentsChange.connect(lambda *change: seen.append(change))
    return seen


def test_headings_are_moved_in_one_edit_a_round(qapp):
    document = _paged(_book(120))
    changes = _changes(document)
    moved = keep_headings_with_text(document, BODY)
    assert moved >= 10  # the case worth counting: many headings moved, over a few rounds
    # One full layout to read, then one edit block a round (each round moves what the last one pushed on).
    assert len(changes) <= 5, f"{len(changes)} layouts for {moved} headings moved"


def test_no_heading_left_alone_after_the_grouped_edits(qapp):
    document = _paged(_book(120))
    keep_headings_with_text(document, BODY)
    layout = document.documentLayout()
    block = document.begin()
    while block.isValid():
        following = block.next()
        if block.blockFormat().headingLevel() and following.isValid():
            page = layout.blockBoundingRect(block).top() // BODY.height()
            assert layout.blockBoundingRect(following).top() // BODY.height() == page, block.text()
        block = block.next()


def test_the_contents_numbers_are_written_in_one_edit(qapp):
    rows = "".join(f'<tr><td>Part {n}</td><td><a name="toc-mark-{n}">–</a></td></tr>' for n in range(40))
    document = _paged(f"<html><body><table>{rows}</table>{_book(40)[12:]}")
    pages = mark_pages(document, BODY)
    changes = _changes(document)
    fill_contents(document, pages, str)
    assert len(changes) == 1
    written = document.toPlainText()
    assert all(f"Part {n}\n{pages[f'mark-{n}']}" in written for n in range(40)), written[:400]
