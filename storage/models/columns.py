"""How the tables' columns are declared: constraint names, foreign keys, bookkeeping times, name keys."""

from __future__ import annotations

from sqlalchemy import Column, ForeignKey, Integer, String
from sqlmodel import SQLModel

from thabat.storage import name_key as names
from thabat.storage.types import UTCDateTime, utcnow

# Stable constraint names, so batch migrations on SQLite can find and alter them.
SQLModel.metadata.naming_convention = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def one_of(column: str, values: tuple[str, ...]) -> str:
    listed = ", ".join(f"'{v}'" for v in values)
    return f"{column} IN ({listed})"


def foreign_key(target: str, ondelete: str, nullable: bool = True, index: bool = True) -> Column:
    return Column(Integer, ForeignKey(target, ondelete=ondelete), nullable=nullable, index=index)


def created_column() -> Column:
    return Column(UTCDateTime(), nullable=False, default=utcnow)


def updated_column() -> Column:
    return Column(UTCDateTime(), nullable=False, default=utcnow, onupdate=utcnow)


def added_text_column() -> Column:
    """A text column added by a migration (ALTER TABLE needs the server default to fill old rows)."""
    return Column(String, nullable=False, default="", server_default="")


def name_key_column(source: str, unique: bool = False) -> Column:
    """The comparison key of the name in `source` (storage/name_key.py): find-or-create looks names up by it.

    Derived, never typed: the insert default fills it for Core inserts (demo, JSON import), the
    mapper events at the end of this module for the ORM; backups leave it out (`info["key_of"]`).
    The empty server default only lets plain SQL (tests, the sqlite3 shell) insert rows, as in
    journals migrated by revision 0003, which had to add the column with one.
    """
    return Column(String, nullable=False, unique=unique, index=unique, info={"key_of": source}, server_default="",
                  default=lambda context: names.name_key(context.get_current_parameters()[source]))
