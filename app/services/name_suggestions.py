"""The companies and roles already in the journal, offered as the user types a name.

Plain SQL over a sqlite3 connection (`Journal.reader()`), like Today: the Log-a-rejection dialog
opens at once, even while the ORM is still loading after start-up. The ORM's versions
(`known_companies`, `known_roles` in app.services.applications) give the same lists.
"""

from __future__ import annotations

import sqlite3


def known_companies(db: sqlite3.Connection) -> list[str]:
    return [row[0] for row in db.execute("SELECT DISTINCT company FROM application ORDER BY company")]


def known_roles(db: sqlite3.Connection) -> list[str]:
    return [row[0] for row in db.execute("SELECT DISTINCT role FROM application ORDER BY role") if row[0]]
