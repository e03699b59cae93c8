"""Full-text search over the index with sqlite3 alone: the queries, ranking and highlighted snippets.

The index (storage/search_index.py) holds normalised text and the light stems of its words; the
query goes through the same normalisation and stemmer. A query word matches a written word when it
is a prefix of its normal form or when their stems meet (storage/search_text.py); all words are
required. Documents that hold every word as typed (no stemming) come first, then the others, each
group newest first. Snippets are cut from the ORIGINAL text, with the words that match marked by
the same rule, so the user sees what they wrote.

No SQLAlchemy here: `thabat search` reads a journal with it in a fraction of the ORM's start-up
(app/commands/journal.py); the app searches through `app.services.search.search` on its session's
own connection.
"""

from __future__ import annotations

import sqlite3
from datetime import date

from thabat.app.views.journal import Marked, SearchFilters, SearchHit
from thabat.storage.name_key import name_key
from thabat.storage.search_table import FORMAT_TABLE, INDEX_FORMAT, KINDS, PENDING, TABLE
from thabat.storage.search_text import WORD, Term, exact_expression, match_expression, terms, word_matches

SNIPPET_WIDTH = 160
DEFAULT_LIMIT = 50


def find(db: sqlite3.Connection, query: str, filters: SearchFilters | None = None, limit: int = DEFAULT_LIMIT
         ) -> list[SearchHit]:
    """Documents holding every word of `query` (as word prefixes), newest first. Never raises on odd input."""
    filters = filters or SearchFilters()
    expression = match_expression(query)
    if expression is None or limit < 1:
        return []
    clauses = [f"{TABLE} MATCH :match"]
    params: dict[str, object] = {"match": expression, "limit": limit}
    exact = exact_expression(query)
    order = "day DESC, rank"
    if exact is not None:  # documents with every word as typed first, then those found through stems
        order = f"rowid IN (SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH :exact) DESC, " + order
        params["exact"] = exact
    if filters.kind in KINDS:
        clauses.append("kind = :kind")
        params["kind"] = filters.kind
    if filters.company:
        clauses.append("company = :company COLLATE NOCASE")
        params["company"] = filters.company
    if filters.date_from is not None:
        clauses.append("day >= :date_from")
        params["date_from"] = filters.date_from.isoformat()
    if filters.date_to is not None:
        clauses.append("day <= :date_to")
        params["date_to"] = filters.date_to.isoformat()
    if filters.tag:
        clauses.append(_TAGGED)
        params["tag"] = name_key(filters.tag)
    rows = db.execute(
        f"SELECT kind, ref_id, day, company, title, original FROM {TABLE} WHERE {' AND '.join(clauses)} "
        f"ORDER BY {order} LIMIT :limit", params).fetchall()
    matches = _Matches(terms(query))  # shared by every hit's title and snippet
    return [
        SearchHit(kind=kind, id=int(ref_id), title=title, day=date.fromisoformat(day), company=company,
                  title_parts=highlight(title, matches.words, None, matches),
                  snippet_parts=highlight(original, matches.words, memo=matches))
        for kind, ref_id, day, company, title, original in rows
    ]


_TAGGED = (
    "((kind = 'entry' AND ref_id IN (SELECT entry_tag.entry_id FROM entry_tag JOIN tag ON tag.id = entry_tag.tag_id "
    "WHERE tag.name_key = :tag)) OR (kind = 'reflection' AND ref_id IN (SELECT reflection_tag.reflection_id "
    "FROM reflection_tag JOIN tag ON tag.id = reflection_tag.tag_id WHERE tag.name_key = :tag)))"
)
"""Only entries and reflections carrying the tag whose name key is :tag (a tag filter leaves the other kinds out)."""


def index_is_current(db: sqlite3.Connection) -> bool:
    """The index was built under today's format and no write waits to be indexed (else opening the journal
    with the ORM brings it in step first)."""
    try:
        recorded = db.execute(f"SELECT format FROM {FORMAT_TABLE}").fetchone()
        waiting = db.execute(f"SELECT 1 FROM {PENDING} LIMIT 1").fetchone()
    except sqlite3.OperationalError:  # an index older than the record of its form, or than its queue
        return False
    return recorded is not None and recorded[0] == INDEX_FORMAT and waiting is None


class _Matches(dict):
    """word -> whether it matches the query: each distinct word of the hits is normalised and tested once."""

    def __init__(self, words: "list[Term] | tuple[Term, ...]") -> None:
        super().__init__()
        self.words = tuple(words)

    def __missing__(self, word: str) -> bool:
        self[word] = found = word_matches(word, self.words)
        return found


def highlight(original: str, words: "list[Term] | tuple[Term, ...]", width: int | None = SNIPPET_WIDTH,
              memo: "_Matches | None" = None) -> Marked:
    """`original` cut to about `width` characters around the first match, matching words flagged.

    A word is flagged when it matches one of the query's `words` by the index's own rule
    (storage/search_text.word_matches), so no word is marked that the search did not find; `width=None`
    keeps the whole text.
    """
    flat = " ".join(original.split())
    matches = _Matches(words) if memo is None else memo
    start, end = 0, len(flat)
    if width is not None and len(flat) > width:
        # Only the words up to the first match and those in the cut are tested: a long text costs
        # a regex scan, not a normalisation of every word.
        first_span = next((m.span() for m in WORD.finditer(flat) if matches[m.group()]), None)
        first = first_span[0] if first_span else 0
        start = max(0, first - width // 3)
        if start > 0:
            space = flat.find(" ", start)
            start = space + 1 if 0 <= space < first else start
        end = min(len(flat), start + width)
        if end < len(flat):
            space = flat.rfind(" ", start, end)
            end = space if space > (first_span[1] if first_span else start) else end
    spans = []
    for m in WORD.finditer(flat, flat.rfind(" ", 0, start) + 1):  # from the word boundary before the cut
        if m.start() >= end:
            break
        if m.end() > start and matches[m.group()]:
            spans.append(m.span())
    pieces: list[tuple[str, bool]] = [("…", False)] if start > 0 else []
    cursor = start
    for span_start, span_end in spans:
        if span_end <= start or span_start >= end:
            continue
        span_start, span_end = max(span_start, start), min(span_end, end)
        if span_start > cursor:
            pieces.append((flat[cursor:span_start], False))
        pieces.append((flat[span_start:span_end], True))
        cursor = span_end
    if cursor < end:
        pieces.append((flat[cursor:end], False))
    if end < len(flat):
        pieces.append(("…", False))
    return tuple(pieces)
