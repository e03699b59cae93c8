"""The PDF as a reader copies it (pypdfium2, no system tool): digits, punctuation, the header's side."""

from __future__ import annotations


import pypdfium2
import pytest

from thabat.app.export.pdf import PdfOptions, export_pdf
from tests.conftest import TODAY
from tests.digit_scan import ARABIC_INDIC, LATIN
from tests.export_support import build_bilingual_journal
from tests.export_support import english_messages  # noqa: F401  (fixture)
from tests.pdf_reading import copied

pytestmark = pytest.mark.usefixtures("english_messages")


@pytest.fixture
def filled(journal):
    with journal.session() as session:
        build_bilingual_journal(session)
    return journal


def _export(journal, target, **options) -> list[tuple[str, tuple[float, float], list[tuple]]]:
    """Each page's copied text (NFKC), its size, and its characters' boxes (left, bottom, right, top)."""
    with journal.session() as session:
        export_pdf(session, target, PdfOptions(today=TODAY, sections=("cover", "journal"), **options))
    document = pypdfium2.PdfDocument(str(target))
    try:
        pages = []
        for page in document:
            textpage = page.get_textpage()
            boxes = [textpage.get_charbox(i) for i in range(textpage.count_chars())]
            pages.append((copied(textpage.get_text_bounded()), page.get_size(), boxes))
        return pages
    finally:
        document.close()


@pytest.mark.parametrize("lang", ["ar", "en"])
@pytest.mark.parametrize("digits", ["latin", "arabic"])
def test_every_number_in_the_pdf_is_in_the_chosen_digits(filled, tmp_path, lang, digits):
    text = "".join(page[0] for page in _export(filled, tmp_path / "j.pdf", lang=lang, digits=digits))
    wrong, right = (LATIN, ARABIC_INDIC) if digits == "arabic" else (ARABIC_INDIC, LATIN)
    assert set(text) & wrong == set()  # "(من ١٠)" and "(١–٥)" were fixed in Arabic-Indic
    ten, one, five = ("١٠", "١", "٥") if digits == "arabic" else ("10", "1", "5")
    assert (f"(من {ten})" if lang == "ar" else f"(out of {ten})") in text
    assert {one, five, "–"} <= set(text)  # the rating's range; extractors may reorder Arabic-Indic runs
    assert set(text) & right


def test_arabic_labels_use_the_arabic_comma(filled, tmp_path):
    text = "".join(page[0] for page in _export(filled, tmp_path / "j.pdf", lang="ar"))
    assert "للتنفيذ، " in text or "للقيام به، " in text or "، موعدها" in text
    assert ", موعدها" not in text


@pytest.mark.parametrize("lang, side", [("ar", "right"), ("en", "left")])
def test_the_running_header_starts_on_the_reading_side(filled, tmp_path, lang, side):
    _text, (width, height), boxes = _export(filled, tmp_path / "j.pdf", lang=lang, user_name="Layla")[1]
    # The header is the text above the body's top margin (22 mm): its characters' boxes tell its side.
    top = height - 22 / 25.4 * 72
    header = [box for box in boxes if box[1] > top and box[2] > box[0]]
    assert header, "no header found"
    left, right = min(box[0] for box in header), max(box[2] for box in header)
    if side == "right":
        assert right > width * 0.85 and left > width * 0.4
    else:
        assert left < width * 0.15 and right < width * 0.6
