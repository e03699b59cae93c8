"""Consistent copies of the database file, made with SQLite's online backup API."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path

BACKUP_DIR = "backups"


def copy_database(source: Path, destination: Path) -> Path:
    """Copy the live database at `source` to `destination` (user-only permissions) and return it."""
    destination.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    partial = destination.with_name(destination.name + ".partial")
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    os.chmod(partial, 0o600)
    os.replace(partial, destination)
    return destination


def backup_before_upgrade(database: Path, from_revision: str) -> Path:
    """Keep a copy of `database` as it was before a migration from `from_revision`."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = database.parent / BACKUP_DIR / f"{database.stem}-before-upgrade-{from_revision}-{stamp}.db"
    return copy_database(database, target)
