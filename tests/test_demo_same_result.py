"""The demo journal of a seed stays what it was when its writes are made cheaper (issue 14).

Every table, the search index's documents included, is read as SQLite holds it and compared with a
digest per table of the journal the code made before (`tests/fixtures/demo_seed5_1y.json`, made by
commit ede32ad with `python -m tests.test_demo_same_result > tests/fixtures/demo_seed5_1y.json`). A
faster demo must give the same ids, the same rows, the same timestamps and the same index; a table
that differs is named, with its row count, so the change can be found.

Only FTS5's own shadow tables are left out: they are a storage format (b-tree pages, segment ids),
not content, and the `search_index` table read through FTS5 gives everything they hold. Its `stems`
column is compared as a set of words: when the fixture was made, their order came from iterating sets
of strings, which changes with Python's hash seed from one process to the next. Each word's stems are
sorted since (storage/search_text.py), but the fixture's order is that of one process.
"""

from __future__ import annotations

import hashlib
import json
from datetime import date
from pathlib import Path

from sqlalchemy import text
from sqlmodel import Session

from thabat.app.demo import build_demo
from thabat.storage.database import memory_engine

TODAY = date(2026, 11, 26)
SEED, YEARS = 5, 1
GOLDEN = Path(__file__).parent / "fixtures" / "demo_seed5_1y.json"
_FTS_SHADOWS = ("search_index_data", "search_index_idx", "search_index_docsize", "search_index_config",
                "search_index_content")


def table_digests(connection) -> dict[str, list]:
    """table -> [row count, sha256 of its rows], the rows as SQLite gives them, in a fixed order."""
    names = [name for (name,) in connection.execute(text(
        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) if name not in _FTS_SHADOWS]
    digests = {}
    for name in names:
        rows = sorted(repr(_comparable(name, tuple(row))) for row in connection.execute(text(f'SELECT * FROM "{name}"')))
        digests[name] = [len(rows), hashlib.sha256("\n".join(rows).encode()).hexdigest()]
    return digests


def _comparable(table: str, row: tuple) -> tuple:
    if table == "search_index":  # (…, text, stems): the stems in an order of their own
        return (*row[:-1], sorted(row[-1].split()))
    return row


def demo_digests() -> dict[str, list]:
    engine = memory_engine()
    with Session(engine) as session:
        build_demo(session, seed=SEED, years=YEARS, today=TODAY)
        session.commit()
    with engine.connect() as connection:
        return table_digests(connection)


def test_the_demo_journal_of_a_seed_is_the_one_the_code_made_before():
    expected = json.loads(GOLDEN.read_text(encoding="utf-8"))
    made = demo_digests()
    differing = {name: (expected.get(name), made.get(name)) for name in sorted(set(expected) | set(made))
                 if expected.get(name) != made.get(name)}
    assert differing == {}


if __name__ == "__main__":
    print(json.dumps(demo_digests(), indent=1, sort_keys=True))
