"""Full-text search: the FTS5 index over reflections, entries, feedback and notes.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26 06:30:00

Frozen: the table is made from this file's own SQL. It is left empty here: the index is derived
data, and filling it needs today's tables and normaliser, so `storage.migrate.upgrade_to_head`
rebuilds it once every revision has run (a revision that read today's models here would break as
soon as a later one added a column to a table it reads).
"""

from alembic import op
import sqlalchemy as sa

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(sa.text(
        "CREATE VIRTUAL TABLE IF NOT EXISTS search_index USING fts5("
        "kind UNINDEXED, ref_id UNINDEXED, day UNINDEXED, company UNINDEXED, title UNINDEXED, "
        "original UNINDEXED, text, tokenize='unicode61 remove_diacritics 2')"))


def downgrade() -> None:
    raise RuntimeError("Thabat does not downgrade databases; restore a backup instead.")
