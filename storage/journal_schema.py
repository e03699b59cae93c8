"""The schema a journal file must have before Thabat restores it, and the check of its rows.

The expected schema is never written down by hand: it is read from a journal made on the spot —
a new one, exactly as `open_database` creates it, for HEAD; an empty database migrated by Alembic
for an older revision — so it follows every later migration, index and trigger by itself. A file
passes only with the same tables, columns, constraints, indexes, triggers and views, nothing more:
a trigger slipped into a backup (`AFTER INSERT ON application … DELETE FROM reflection`) would
otherwise run inside the user's journal for ever.
"""

from __future__ import annotations

import re
import sqlite3
import tempfile
from contextlib import closing
from functools import lru_cache
from pathlib import Path

Schema = dict[tuple[str, str], str]
"""(type, lower-case name) -> normalised SQL, for every table, index, trigger and view."""


def read_schema(connection: sqlite3.Connection) -> Schema:
    """Every schema object of the database behind `connection`, SQL normalised for comparison."""
    rows = connection.execute("SELECT type, name, sql FROM sqlite_master").fetchall()
    return {(kind, name.lower()): normalised_sql(sql or "") for kind, name, sql in rows
            if name.lower() not in ("sqlite_sequence", "sqlite_stat1", "sqlite_stat4")}


def normalised_sql(sql: str) -> str:
    """`sql` with runs of white space made one space and a table's column and constraint clauses sorted:
    SQLAlchemy writes constraints in no fixed order, so two identical journals may list them apart."""
    sql = " ".join(sql.split())
    if not sql.upper().startswith("CREATE TABLE"):
        return sql
    opening, closing_at = sql.find("("), sql.rfind(")")
    if opening < 0 or closing_at < opening:
        return sql
    clauses = sorted(clause.strip() for clause in _top_level_clauses(sql[opening + 1:closing_at]))
    return f"{sql[:opening].strip()} ({', '.join(clauses)}){sql[closing_at + 1:]}"


def _top_level_clauses(body: str) -> list[str]:
    """`body` split at the commas outside parentheses and quotes."""
    clauses, depth, quote, start = [], 0, "", 0
    closers = {"'": "'", '"': '"', "`": "`", "[": "]"}
    for index, char in enumerate(body):
        if quote:
            if char == quote:
                quote = ""
        elif char in closers:
            quote = closers[char]
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "," and depth == 0:
            clauses.append(body[start:index])
            start = index + 1
    clauses.append(body[start:])
    return clauses


@lru_cache(maxsize=None)
def expected_schema(revision: str) -> Schema:
    """The schema Thabat gives a journal at `revision`, read from one it makes now in a temporary folder."""
    from thabat.storage import migrate

    with tempfile.TemporaryDirectory(prefix="thabat-schema-") as folder:
        path = Path(folder) / "thabat.db"
        if revision == migrate.HEAD:
            from thabat.storage.database import open_database

            open_database(path).dispose()
        else:
            from thabat.storage.database import file_engine

            engine = file_engine(path)
            with engine.begin() as connection:
                migrate.command.upgrade(migrate.config(connection), revision)
            engine.dispose()
        with closing(sqlite3.connect(path)) as connection:
            return read_schema(connection)


def schema_differences(actual: Schema, revision: str) -> list[str]:
    """What in `actual` differs from the schema of `revision`, in words; empty when nothing does.

    The search index's queue and triggers (storage/search_sync.py) are made when a journal is opened,
    not by a migration: a file may lack them (made by an older Thabat, or before an upgrade), but
    any it has must be exactly today's.
    """
    from thabat.storage.search_sync import is_sync_object

    expected = expected_schema(revision)
    made_at_open = {key: sql for key, sql in expected_schema(_head()).items() if is_sync_object(*key)}
    required = {key for key in expected if key not in made_at_open}
    allowed = {**expected, **made_at_open}

    def in_order(keys):  # tables first: a missing table explains its missing indexes
        return sorted(keys, key=lambda key: (key[0] != "table", key))

    problems = [f"the {kind} {name} is missing" for kind, name in in_order(required - actual.keys())]
    problems += [f"it has a {kind} Thabat did not create ({name})"
                 for kind, name in in_order(actual.keys() - allowed.keys())]
    problems += [f"the {kind} {name} was changed" for kind, name in in_order(allowed.keys() & actual.keys())
                 if allowed[(kind, name)] != actual[(kind, name)]]
    return problems


def _head() -> str:
    from thabat.storage import migrate

    return migrate.HEAD


_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def unreadable_contents(connection: sqlite3.Connection) -> list[str]:
    """Rows that would fail once restored: text that is not UTF-8, links to rows that do not exist."""
    tables = [name for (name,) in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    for table in tables:
        if not _IDENTIFIER.match(table):  # the schema check has refused it already; never quote it into SQL
            return [f"the table name {table!r} is not one of Thabat's"]
        try:
            for _row in connection.execute(f"SELECT * FROM {table}"):
                pass
        except sqlite3.Error as error:
            return [f"the rows of {table} cannot be read ({error})"]
    broken = connection.execute("PRAGMA foreign_key_check").fetchall()
    if broken:
        return [f"{len(broken)} row(s) of {broken[0][0]} point to rows that do not exist"]
    return []
