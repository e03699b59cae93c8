"""Name keys: companies, roles, skills and improvement areas are compared one way.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01 15:00:00

Adds `application.company_key` / `role_key` (indexed together) and `skill.name_key` /
`improvement_area.name_key` (unique), fills them for every existing row, and merges the skills and
areas that the old ASCII-only comparison let in twice ("Écriture" and "écriture", "أسامة" and
"اسامه"): one row per key survives and everything that pointed at the others points at it.

- skills: the survivor is the catalogue skill if one of them is, else the first made (lowest id);
  ratings move to it, except where one reflection rated both spellings: there the survivor's
  rating stays (a reflection rates a skill once) and the other is dropped.
- areas: the survivor is the first named; citations and action items move to it, the others' notes
  are appended to its notes, it takes the earliest creation time and the least advanced state
  (open before improving before resolved: a name still cited as open is not resolved).
- applications are not merged: one company can be applied to many times.

Frozen: plain SQL and a copy of the name-key rules as they are at this revision (storage/name_key.py
with storage/search_text.normalise), never today's models or services. The columns are added with
ALTER TABLE (NOT NULL DEFAULT ''), never by copying tables: with foreign keys on, dropping the old
copy of `application` would cascade-delete its history.
"""

import unicodedata

from alembic import op
import sqlalchemy as sa

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

# -- the name key at this revision --------------------------------------------------------------------

_DROP = {ord(c): None for c in [chr(c) for c in range(0x064B, 0x0660)] + ["\u0670", "\u0640"]}
_UNIFY = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"})


def _search_form(text: str) -> str:
    text = text.translate(_DROP).translate(_UNIFY).casefold()
    if text.isascii():
        return text
    bare = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", bare).translate(_DROP).translate(_UNIFY)


def name_key(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = "".join(c for c in text if unicodedata.category(c) != "Cf")
    return " ".join(_search_form(text).casefold().split())


# -- the upgrade --------------------------------------------------------------------------------------

_STATE_ORDER = ("open", "improving", "resolved")


def upgrade() -> None:
    connection = op.get_bind()
    with op.batch_alter_table("application") as batch:
        batch.add_column(sa.Column("company_key", sa.String(), nullable=False, server_default=""))
        batch.add_column(sa.Column("role_key", sa.String(), nullable=False, server_default=""))
    for table in ("skill", "improvement_area"):
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("name_key", sa.String(), nullable=False, server_default=""))

    rows = connection.execute(sa.text("SELECT id, company, role FROM application")).all()
    if rows:
        connection.execute(sa.text("UPDATE application SET company_key = :company, role_key = :role WHERE id = :id"),
                           [{"id": i, "company": name_key(company), "role": name_key(role)} for i, company, role in rows])
    for table in ("skill", "improvement_area"):
        rows = connection.execute(sa.text(f"SELECT id, name FROM {table}")).all()
        if rows:
            connection.execute(sa.text(f"UPDATE {table} SET name_key = :key WHERE id = :id"),
                               [{"id": i, "key": name_key(name)} for i, name in rows])
    _merge_skills(connection)
    _merge_areas(connection)

    with op.batch_alter_table("application") as batch:
        batch.create_index("ix_application_company_key_role_key", ["company_key", "role_key"], unique=False)
    for table in ("skill", "improvement_area"):
        with op.batch_alter_table(table) as batch:
            batch.create_index(f"ix_{table}_name_key", ["name_key"], unique=True)


def _groups(connection, table: str, order: str) -> list[list[int]]:
    """Ids sharing a name key, survivor first, for every key held by more than one row."""
    groups: dict[str, list[int]] = {}
    for key, row_id in connection.execute(sa.text(f"SELECT name_key, id FROM {table} ORDER BY {order}")):
        groups.setdefault(key, []).append(row_id)
    return [ids for ids in groups.values() if len(ids) > 1]


def _merge_skills(connection) -> None:
    for survivor, *others in _groups(connection, "skill", "key IS NULL, id"):
        for other in others:
            connection.execute(sa.text(
                "DELETE FROM skill_rating WHERE skill_id = :other AND reflection_id IN "
                "(SELECT reflection_id FROM skill_rating WHERE skill_id = :survivor)"),
                {"other": other, "survivor": survivor})
            connection.execute(sa.text("UPDATE skill_rating SET skill_id = :survivor WHERE skill_id = :other"),
                               {"other": other, "survivor": survivor})
            connection.execute(sa.text("DELETE FROM skill WHERE id = :other"), {"other": other})


def _merge_areas(connection) -> None:
    for ids in _groups(connection, "improvement_area", "id"):
        survivor, others = ids[0], ids[1:]
        rows = connection.execute(sa.text(
            "SELECT id, state, notes, created_at, resolved_on FROM improvement_area WHERE id IN "
            f"({', '.join(str(i) for i in ids)}) ORDER BY id")).all()
        state = min((row.state for row in rows), key=_STATE_ORDER.index)
        resolved_on = max((row.resolved_on for row in rows if row.resolved_on), default=None) \
            if state == "resolved" else None
        notes = "\n\n".join(row.notes.strip() for row in rows if row.notes.strip())
        for other in others:
            parameters = {"other": other, "survivor": survivor}
            connection.execute(sa.text(
                "DELETE FROM area_citation WHERE area_id = :other AND reflection_id IN "
                "(SELECT reflection_id FROM area_citation WHERE area_id = :survivor)"), parameters)
            connection.execute(sa.text("UPDATE area_citation SET area_id = :survivor WHERE area_id = :other"),
                               parameters)
            connection.execute(sa.text("UPDATE action_item SET area_id = :survivor WHERE area_id = :other"),
                               parameters)
            connection.execute(sa.text("DELETE FROM improvement_area WHERE id = :other"), parameters)
        connection.execute(sa.text(
            "UPDATE improvement_area SET state = :state, resolved_on = :resolved_on, notes = :notes, "
            "created_at = :created_at WHERE id = :survivor"),
            {"state": state, "resolved_on": resolved_on, "notes": notes,
             "created_at": min(row.created_at for row in rows), "survivor": survivor})


def downgrade() -> None:
    raise RuntimeError("Thabat does not downgrade databases; restore a backup instead.")
