"""What makes the PDF a book: parts (by month or by company), a table of contents with page numbers,
bookmarks (the PDF outline) for each part and reflection, and no heading left alone at the bottom
of a page.

Page numbers exist only once Qt has laid the document out, so the builder marks each heading with
an anchor (`<a name="mark-3">`), the layout says on which page each mark landed, and the contents
are written again with those numbers (same rows, same lines: the layout does not move).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pikepdf
from PySide6.QtCore import QRectF
from PySide6.QtGui import QTextBlock, QTextBlockFormat, QTextCursor, QTextDocument, QTextFormat

from thabat.app.text.dates import DateStyle, month_start, month_year

PARTS = ("month", "company")
_NO_ISOLATES = {ord(mark): None for mark in "\u2066\u2067\u2068\u2069"}
KEEP_WITH = 2
"""A heading stays on the page of this many blocks that follow it (the line under a title, the first answer)."""


@dataclass(frozen=True)
class Mark:
    """A heading worth finding again: a part (level 0) or a reflection (level 1)."""

    name: str
    level: int
    title: str


def part_key(day: date, company: str, parts: str, style: DateStyle) -> tuple:
    """What groups an item into a part: its month (in the chosen calendar) or its company."""
    if parts == "company":
        return (company.casefold(),)
    return (month_start(day, style),)


def part_title(day: date, company: str, parts: str, style: DateStyle, no_company: str) -> str:
    if parts == "company":
        return company or no_company
    return month_year(month_start(day, style), style)


def _anchors(block: QTextBlock) -> list[str]:
    names = []
    iterator = block.begin()
    while not iterator.atEnd():
        names.extend(iterator.fragment().charFormat().anchorNames())
        iterator += 1
    return names


def mark_pages(document: QTextDocument, body: QRectF) -> dict[str, int]:
    """The page (from 1) each anchor landed on, once the document is laid out."""
    layout = document.documentLayout()
    found: dict[str, int] = {}
    block = document.begin()
    while block.isValid():
        for name in _anchors(block):
            found[name] = int(layout.blockBoundingRect(block).top() // body.height()) + 1
        block = block.next()
    return found


def fill_contents(document: QTextDocument, pages: dict[str, int], written) -> None:
    """Write each part's page number into the contents (the placeholders named `toc-<mark>`).

    All in one edit block: Qt lays a paged document out again from each edit to its end, and the
    five-year demo's 60 numbers, one edit each, took 8.5 s."""
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    try:
        block = document.begin()
        while block.isValid():
            iterator = block.begin()
            while not iterator.atEnd():
                fragment = iterator.fragment()
                iterator += 1
                names = [name for name in fragment.charFormat().anchorNames() if name.startswith("toc-")]
                if names and names[0][4:] in pages:
                    cursor.setPosition(fragment.position())
                    cursor.setPosition(fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor)
                    cursor.insertText(written(pages[names[0][4:]]), fragment.charFormat())
                    break  # the block changed under the iterator; one number per row
            block = block.next()
    finally:
        cursor.endEditBlock()


def _page_of(document: QTextDocument, block: QTextBlock, body: QRectF) -> int:
    return int(document.documentLayout().blockBoundingRect(block).top() // body.height())


def keep_headings_with_text(document: QTextDocument, body: QRectF, rounds: int = 20) -> int:
    """Move every heading that would end a page to the next page; returns how many moved.

    A heading moves when any of the KEEP_WITH blocks after it starts on a later page. Moving one can
    move later ones, so it repeats until nothing changes (a few rounds at most in practice). Each round
    reads a complete, fresh layout: Qt lays a document out lazily, and positions read from a layout
    still in progress are wrong. The first round lays it all out again; later ones only finish the layout
    that moving the headings (one edit block) began from the first of them, and leaves the rest as it was."""
    headings = _headings(document)
    moved = 0
    for _ in range(rounds):
        if moved:
            document.pageCount()  # waits for the layout to be complete
        else:
            relayout(document)
        orphans = []  # found on one finished layout, then moved together: reading positions between
        for number in headings:  # changes would lay the rest out again for every heading
            block = document.findBlockByNumber(number)
            starts_page = block.blockFormat().pageBreakPolicy() & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
            if not starts_page and _ends_page(document, block, body):
                orphans.append(block)
        if not orphans:
            return moved  # the layout just read is complete and final
        _break_before_each(document, orphans)
        moved += len(orphans)
    relayout(document)
    return moved


def _headings(document: QTextDocument) -> list[int]:
    """The numbers of the blocks that are headings with text. Moving a heading changes its format, not
    the blocks, so each round reads these few hundred blocks instead of all of the book's (13,777 in
    the five-year demo; four readings of them took 0.2 s)."""
    numbers = []
    block = document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() and block.text().strip():
            numbers.append(block.blockNumber())
        block = block.next()
    return numbers


def _ends_page(document: QTextDocument, heading: QTextBlock, body: QRectF) -> bool:
    """Whether any of the KEEP_WITH blocks after `heading` starts on a later page than it."""
    page = _page_of(document, heading, body)
    following = heading.next()
    for _ in range(KEEP_WITH):
        if not following.isValid() or following.blockFormat().headingLevel():
            return False
        if _page_of(document, following, body) != page:
            return True
        following = following.next()
    return False


def relayout(document: QTextDocument) -> int:
    """Lay the whole document out again, now; returns its page count."""
    document.markContentsDirty(0, document.characterCount())
    return document.pageCount()


def _break_before_each(document: QTextDocument, headings: list[QTextBlock]) -> None:
    """A page break before each heading, in one edit block: Qt lays a paged document out again from
    each edit to its end, so one edit a heading cost the five-year demo 106 layouts (11.5 s)."""
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    try:
        for heading in headings:
            form = QTextBlockFormat(heading.blockFormat())
            form.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            cursor.setPosition(heading.position())
            cursor.setBlockFormat(form)
    finally:
        cursor.endEditBlock()


def add_outline(pdf: pikepdf.Pdf, marks: list[Mark], pages: dict[str, int]) -> None:
    """Bookmarks in the PDF: each part, and under it each reflection, opening its page.

    Added to a PDF already open (the text layer's rewrite), which saves it once for both."""
    last = len(pdf.pages) - 1
    with pdf.open_outline() as outline:
        parent = None
        for mark in marks:
            if mark.name not in pages:
                continue
            title = mark.title.translate(_NO_ISOLATES)  # a bookmark panel may show isolates as boxes
            item = pikepdf.OutlineItem(title, min(pages[mark.name] - 1, last))
            if mark.level == 0 or parent is None:
                outline.root.append(item)
                parent = item if mark.level == 0 else parent
            else:
                parent.children.append(item)
