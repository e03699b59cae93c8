"""Search as Arabic is really written (issue 15, point 9): hamza seats, clitics, digits, Persian letters.

Each pair is a query and a text someone could have written; the expected answers were checked by
hand against what an Arabic reader means, not against the code. Pairs marked False must not match:
they are the false hits that folding hamza before dropping the article used to give.
"""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from thabat.app.journal import Journal
from thabat.app.services import entries
from thabat.app.services.search import highlight, search
from thabat.app.views.journal import EntryInput
from thabat.storage.search_text import normalise, terms
from tests.conftest import TODAY

PAIRS = [
    # hamza seats: ؤ / ئ are one letter for search
    ("مسؤول", "تحدثت مع المسئول عن التوظيف", True),
    ("المسئول", "المسؤول كان لطيفًا معي", True),
    ("مسئولية", "أتحمل المسؤولية كاملة", True),
    ("المسؤولية", "شعرت بمسئولية كبيرة", True),
    ("سؤال", "كان السؤال الأخير صعبًا", True),
    # attached prefixes (clitics) on the written word
    ("مقابلة", "استعددت جيدًا بمقابلة الأمس", True),
    ("مقابلة", "ذهبت لمقابلة مع المدير", True),
    ("رسالة", "كتبت الرد ورسالة الشكر", True),
    ("عرض", "فعرضهم كان أفضل من غيره", True),
    ("فريق", "قدمت عرضًا للفريق كله", True),
    ("فريق", "اجتمعت بالفريق التقني", True),
    ("مدير", "والمدير كان متعاونًا", True),
    ("وظيفة", "تقدمت لوظيفة جديدة", True),
    ("تعلمت", "وتعلمت الكثير من التجربة", True),
    ("توظيف", "قابلت مسؤولة التوظيف", True),
    # the article typed in the query, not in the text
    ("المقابلة", "أجريت مقابلة هاتفية", True),
    ("الفريق", "انضممت إلى فريق رائع", True),
    ("التوظيف", "مسؤول توظيف في أرامكو", True),
    ("بالمقابلة", "أجريت مقابلة هاتفية", True),
    # digits: Arabic-Indic, Persian and Latin are the same number
    ("2024", "تخرجت عام ٢٠٢٤", True),
    ("٢٠٢٤", "graduated in 2024", True),
    ("۲۰۲۴", "سنة 2024 كانت صعبة", True),
    ("١٢", "المقابلة يوم 12 مارس", True),
    # Persian ی and ک
    ("كتاب", "قرأت کتاب مفيد", True),
    ("يوم", "یوم طويل في المكتب", True),
    ("كبير", "فريق کبیر", True),
    # diacritics, tatweel, alef and taa marbuta (still)
    ("مقابلة", "المُقَابَلَة الأولى", True),
    ("شكرا", "شكـــرًا جزيلًا", True),
    ("أرامكو", "قدمت في ارامكو", True),
    ("مستشفى", "عملت في المستشفي", True),
    ("ألمانيا", "سأنتقل إلى ألمانيا", True),
    ("إلهام", "كانت المحادثة إلهاما لي", True),
    ("شركة", "عملت في الشركة سنتين", True),
    ("رفض", "رفضوني بعد أسبوع", True),
    ("مهندس", "وظيفة مهندسة برمجيات", True),
    # Latin inside Arabic text, and English
    ("Lambda", "سألوني عن AWS Lambda", True),
    ("software", "…,Software Engineer", True),
    ("resume", "Updated my Résumé", True),
    ("interview", "The Interview went well", True),
    # must NOT match: the article is not dropped from a word that starts with إل / أل
    ("هام", "كان إلهام حاضرًا في المقابلة", False),
    ("مانيا", "سافرت إلى ألمانيا", False),
    ("هام", "لحظة إلهامي", False),
    ("لهام", "كان إلهام حاضرًا", False),
    # must NOT match: different words
    ("مقابلة", "تقدمت بطلب وظيفة", False),
    ("مسؤول", "سألوني سؤالًا صعبًا", False),
    ("2024", "عام ٢٠٢٣", False),
    ("فريق", "طريق طويل", False),
    ("رسالة", "رسم بياني", False),
    ("كتب", "جلست في مكتب صغير", False),
    ("سعيد", "قابلت مسعود", False),
    ("interview", "an intern role", False),
    ("Amazon", "Amazing team", False),
    ("Lambda", "لامبدا", False),
    ("عرض", "عمل صعب", False),
]


def test_there_are_at_least_fifty_pairs_with_some_that_must_not_match():
    assert len(PAIRS) >= 50
    assert sum(1 for *_, expected in PAIRS if not expected) >= 10


@pytest.mark.parametrize("query, written, expected", PAIRS)
def test_query_finds_what_was_written(session, query, written, expected):
    entry = entries.create_entry(session, EntryInput("", written, date(2026, 11, 1)), TODAY)
    found = [hit.id for hit in search(session, query)]
    assert found == ([entry.id] if expected else []), (query, written)
    marked = [part for part, on in highlight(written, terms(query), width=None) if on]
    if expected:
        assert marked, "a hit shows which word matched"
    else:
        assert marked == [], "a word that does not match is never highlighted"


def test_only_matching_words_are_highlighted():
    parts = highlight("هام جدا: إلهام وبمقابلة ومقابلات", terms("هام مقابلة"), width=None)
    assert [part for part, on in parts if on] == ["هام", "وبمقابلة"]


def test_hits_with_the_word_as_typed_rank_before_stemmed_ones(session):
    stemmed = entries.create_entry(session, EntryInput("", "ذهبت لمقابلة أخرى", date(2026, 11, 20)), TODAY)
    exact = entries.create_entry(session, EntryInput("", "كانت مقابلة طويلة", date(2026, 10, 1)), TODAY)
    older_exact = entries.create_entry(session, EntryInput("", "مقابلة أولى", date(2026, 9, 1)), TODAY)
    assert [hit.id for hit in search(session, "مقابلة")] == [exact.id, older_exact.id, stemmed.id]


@pytest.mark.parametrize("raw, expected", [
    ("مسؤول", "مسءول"), ("مسئول", "مسءول"), ("٢٠٢٤", "2024"), ("۱۴۰۳", "1403"), ("یک", "يك"),
    ("کتاب", "كتاب"), ("إلهام", "الهام"), ("ﻻ", "لا"), ("Café", "cafe"),
])
def test_the_documented_normal_form(raw, expected):
    assert normalise(raw) == expected


def _stale(path):
    """Make a journal look indexed by an older Thabat: the old one-column layout, no format record."""
    with sqlite3.connect(path) as raw:
        raw.execute("DROP TABLE search_index_format")
        raw.execute("DROP TABLE search_index")
        raw.execute("CREATE VIRTUAL TABLE search_index USING fts5(kind UNINDEXED, ref_id UNINDEXED, day UNINDEXED, "
                    "company UNINDEXED, title UNINDEXED, original UNINDEXED, text, "
                    "tokenize='unicode61 remove_diacritics 2')")
        raw.execute("INSERT INTO search_index (kind, ref_id, day, company, title, original, text) "
                    "VALUES ('entry', 1, '2026-11-01', '', '', 'ذهبت لمقابلة', 'ذهبت لمقابله')")
    raw.close()


def test_a_journal_indexed_under_an_older_normal_form_is_reindexed_at_open(isolated_data):
    from thabat.storage.search_index import INDEX_FORMAT, recorded_format

    journal = Journal.open(isolated_data)
    with journal.session() as session:
        entry = entries.create_entry(session, EntryInput("", "ذهبت لمقابلة مع المسئول", date(2026, 11, 1)), TODAY)
    journal.close()
    _stale(isolated_data / "thabat.db")

    journal = Journal.open(isolated_data)
    try:
        with journal.session() as session:
            assert recorded_format(session.connection()) == INDEX_FORMAT
            assert [hit.id for hit in search(session, "مقابلة مسؤول")] == [entry.id]
    finally:
        journal.close()


def test_a_current_index_is_not_rebuilt_at_open(isolated_data):
    from thabat.storage.search_index import ensure_current

    journal = Journal.open(isolated_data)
    try:
        with journal.engine.begin() as connection:
            assert ensure_current(connection) is False
            connection.exec_driver_sql("DELETE FROM search_index_format")
            assert ensure_current(connection) is True
            assert ensure_current(connection) is False
    finally:
        journal.close()
