"""The PDF's side of issue 14's loop: per improvement area, the interviews it was prepared for and what
happened next, read back from the PDF with pdfium, in English and in Arabic; no part when there is none."""

from __future__ import annotations

from datetime import date

import pytest

from thabat.app.export.pdf import PdfOptions, export_pdf
from tests.conftest import TODAY
from tests.export_support import english_messages  # noqa: F401  (fixture)
from tests.pdf_reading import pdfium_pages
from tests.prep_journal import build_prep_journal

pytestmark = pytest.mark.usefixtures("english_messages")


def _text(pdf) -> str:
    return "\n".join(" ".join(page.split()) for page in pdfium_pages(pdf))


@pytest.fixture
def prepared(journal):
    """Two onsite rejections citing areas, then a withdrawal after a later interview, and one coming up."""
    from thabat.app.services import applications, stages
    from thabat.app.views.applications import ApplicationInput, StageInput

    with journal.session() as session:
        build_prep_journal(session)
        app = applications.add_application(session, ApplicationInput("Anghami", "Analyst", date(2026, 10, 10)), TODAY)
        stages.record_stage(session, app.id, StageInput("interview", date(2026, 10, 20), round=1, kind="technical"),
                            TODAY)
        stages.record_stage(session, app.id, StageInput("final", date(2026, 11, 3)), TODAY)
    return journal


def test_each_area_lists_its_interviews_and_what_followed_in_english(prepared, tmp_path):
    target = tmp_path / "en.pdf"
    with prepared.session() as session:
        export_pdf(session, target, PdfOptions(lang="en", today=TODAY, sections=("journal",)))
    text = _text(target)
    part = text[text.index("Prepared for, and what happened next"):]
    star = part[part.index("Structured answers (STAR)"):]
    # Oldest first: Noon's onsite after Careem's rejection cited the area, then Anghami, then Talabat ahead.
    assert "24 September 2026 · Noon — Analyst · Interview, round 1 · then a rejection on 2 October 2026; " \
           "the area was named again" in star
    assert "20 October 2026 · Anghami — Analyst · Interview, round 1 · then Final round on 3 November 2026" in star
    assert "3 November 2026 · Anghami — Analyst · Final round · still waiting for news" not in star  # not at final
    assert "2 December 2026 · Talabat — Data Analyst · Interview, round 2 · still to come" in star
    assert star.index("Noon") < star.index("Anghami") < star.index("Talabat")
    # The Arabic area, cited after Noon only: the interviews after that.
    arabic = part[part.index("الإحصاء التطبيقي"):]
    assert "20 October 2026 · Anghami — Analyst" in arabic and "Noon — Analyst" not in arabic.split("Structured")[0]
    # The screening area was never on an interview's prep card: no heading for it.
    assert "CV keywords" not in part


def test_the_loop_in_arabic_reads_right_to_left_with_arabic_words(prepared, tmp_path):
    target = tmp_path / "ar.pdf"
    with prepared.session() as session:
        export_pdf(session, target, PdfOptions(lang="ar", today=TODAY, sections=("journal",)))
    text = _text(target)
    part = text[text.index("ما استعددتُ له، وما حدث بعده"):]
    assert "ثم الرفض في" in part and "وذُكر هذا الجانب مرة أخرى" in part
    assert "ثم المرحلة النهائية في" in part and "لم تحن بعد" in part
    # The right-to-left lines read in their order (pdfium copies a run of several Latin words inside an
    # Arabic line in visual order, so single words are checked; the page itself reads correctly).
    assert part.index("Noon") < part.index("Talabat", part.index("Noon")) and "المقابلة، الجولة" in part


def test_no_part_without_a_prepared_interview(journal, tmp_path):
    from thabat.app.services import reflection_growth, reflections, rejections
    from thabat.app.views.applications import RejectionInput
    from thabat.app.views.reflections import ReflectionDraft

    with journal.session() as session:  # an area cited after a screening rejection: no interview to prepare
        rejection = rejections.log_rejection(session, RejectionInput("Tamara", "Analyst", date(2026, 10, 20),
                                                                     "screening"), TODAY)
        reflection = reflections.start_reflection(session, rejection.id).id
        reflections.finish_reflection(session, reflection, ReflectionDraft(went_well="A tailored CV."), TODAY)
        reflection_growth.cite_area(session, reflection, "CV keywords")
    target = tmp_path / "none.pdf"
    with journal.session() as session:
        export_pdf(session, target, PdfOptions(lang="en", today=TODAY))
    text = _text(target)
    assert "A tailored CV." in text and "Prepared for" not in text


def test_an_area_named_only_in_private_reflections_stays_out_without_them(prepared, tmp_path):
    from sqlmodel import select

    from thabat.storage.models import Reflection

    with prepared.session() as session:
        for reflection in session.exec(select(Reflection)).all():
            reflection.private = True
            session.add(reflection)
    target = tmp_path / "public.pdf"
    with prepared.session() as session:
        export_pdf(session, target, PdfOptions(lang="en", today=TODAY, include_private=False, sections=("journal",)))
    assert "Prepared for" not in _text(target)


def test_an_area_shows_its_latest_interviews_and_says_how_many_there_are(prepared, monkeypatch):
    from thabat.app.export import pdf_growth
    from thabat.app.export.pdf_html import HtmlBuilder
    from thabat.app.text.dates import DateStyle

    monkeypatch.setattr(pdf_growth, "MOST_PER_AREA", 2)
    with prepared.session() as session:
        loops = pdf_growth.load_area_loops(session, None, None, include_private=True)
    star = next(loop for loop in loops if loop.name.startswith("Structured"))
    assert ([i.company for i in star.interviews], star.total) == (["Anghami", "Talabat"], 3)
    builder = HtmlBuilder("en", DateStyle(lang="en"))
    builder.area_loops(loops, TODAY)
    assert "Interviews shown: the latest \u20682\u2069 of \u20683\u2069" in builder.html()
