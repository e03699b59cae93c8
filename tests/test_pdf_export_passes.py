"""How often the PDF export repeats its costly steps, counted rather than timed: the finished PDF is
opened and saved once (text layer and bookmarks together), the heading rounds read the headings
rather than every block of the book, and runs are found at line starts only."""

from __future__ import annotations

import pikepdf
import pytest
from PySide6.QtCore import QRectF, QSizeF
from PySide6.QtGui import QTextBlock, QTextDocument

from thabat.app.export import pdf_text_layer
from thabat.app.export.pdf import PdfOptions, export_pdf
from thabat.app.export.pdf_book import keep_headings_with_text
from tests.conftest import TODAY
from tests.export_support import build_bilingual_journal
from tests.export_support import english_messages  # noqa: F401  (fixture)

pytestmark = pytest.mark.usefixtures("english_messages")

BODY = QRectF(0, 0, 360, 260)


def test_the_finished_pdf_is_opened_and_saved_once(journal, tmp_path, monkeypatch):
    with journal.session() as session:
        build_bilingual_journal(session)
    opened, saved = [], []
    real_open, real_save = pikepdf.open, pikepdf.Pdf.save
    monkeypatch.setattr(pikepdf, "open", lambda *a, **k: opened.append(a[0]) or real_open(*a, **k))
    monkeypatch.setattr(pikepdf.Pdf, "save", lambda pdf, *a, **k: saved.append(a[0]) or real_save(pdf, *a, **k))
    target = tmp_path / "j.pdf"
    with journal.session() as session:
        export_pdf(session, target, PdfOptions(today=TODAY, sections=("cover", "journal")))
    assert (len(opened), len(saved)) == (1, 1)
    with real_open(target) as pdf, pdf.open_outline() as outline:
        assert outline.root  # the bookmarks went into that one save


def test_heading_rounds_read_the_headings_not_every_block(qapp, monkeypatch):
    document = QTextDocument()
    document.setDocumentMargin(0)
    document.setPageSize(QSizeF(BODY.width(), BODY.height()))
    line = "A line of the entry that goes on for a while. " * 3
    document.setHtml("".join(f"<h2>Entry {n}</h2>" + f"<p>{line * (1 + n % 4)}</p>" * 12 for n in range(40)))
    reads = []
    real = QTextBlock.blockFormat
    monkeypatch.setattr(QTextBlock, "blockFormat", lambda block: reads.append(1) or real(block))
    moved = keep_headings_with_text(document, BODY)
    assert moved >= 5  # headings did move, over more than one round
    # One reading of every block to find the headings, then a few blocks per heading and round; each
    # round read every one of the 520 blocks before.
    assert len(reads) < 2 * document.blockCount(), f"{len(reads)} block formats read for {document.blockCount()} blocks"


def test_runs_are_found_at_the_start_of_a_line_only():
    opening = b"BT\n/F7 10.5 Tf 1 0 0 -1 12 30 Tm\n"
    content = opening + b"0 0 Td <0041> Tj\nET\nq\n" + opening + b"ET\nxBT\n/F7 10.5 Tf 1 0 0 -1 1 2 Tm\nET\n"
    found = [match.start() for match in pdf_text_layer._RUN_OPENING.finditer(content)]
    assert found == [0, content.index(b"q\n") + 2]
