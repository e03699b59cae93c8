"""The schema a journal file must have before Thabat restores it, and the whole check of such a file.

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
from typing import Sequence

from thabat.storage import migrate
from thabat.storage.backup import BackupError, ForeignSchemaError, NewerBackupError, contents_of
from thabat.storage.database import file_engine, open_database
from thabat.storage.search_sync import is_sync_object
from thabat.storage.sqlite_file import quick_check, read_only

Schema = dict[tuple[str, str], str]
"""(type, lower-case name) -> normalised SQL, for every table, index, trigger and view."""


def check_restorable(path: Path, known: Sequence[str]) -> str:
    """The schema revision of the journal at `path`, checked usable as this version's journal.

    It must pass `quick_check`, carry a revision in `known`, have exactly the schema Thabat makes for
    that revision (no table, column, index, trigger or view missing, changed or added), and every row
    must read back. Raises BackupError, or NewerBackupError for a revision not in `known`.
    """
    if not path.is_file():
        raise BackupError(f"{path} does not exist.")
    try:
        quick_check(path)
        revision = contents_of(path).revision
    except sqlite3.DatabaseError as error:
        raise BackupError(f"{path} is not a Thabat journal or is damaged ({error}).") from error
    if revision is None:
        raise BackupError(f"{path} is not a Thabat journal.")
    if revision not in known:
        raise NewerBackupError(f"{path} was written by a newer version of Thabat (schema {revision}); "
                               "update Thabat to restore it.")
    try:
        with closing(read_only(path)) as connection:
            problems = schema_differences(read_schema(connection), revision) or unreadable_contents(connection)
    except sqlite3.DatabaseError as error:
        raise BackupError(f"{path} is not a Thabat journal or is damaged ({error}).") from error
    if problems:
        raise ForeignSchemaError(problems[0])
    return revision


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
    with tempfile.TemporaryDirectory(prefix="thabat-schema-") as folder:
        path = Path(folder) / "thabat.db"
        if revision == migrate.HEAD:
            open_database(path).dispose()
        else:
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
    expected = expected_schema(revision)
    made_at_open = {key: sql for key, sql in expected_schema(migrate.HEAD).items() if is_sync_object(*key)}
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
