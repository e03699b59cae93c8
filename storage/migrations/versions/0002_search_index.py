"""Full-text search: the FTS5 index over reflections, entries, feedback and notes, built from what exists.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26 06:30:00
"""

from alembic import op
import sqlalchemy as sa

from storage import search_index

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    connection = op.get_bind()
    search_index.create_table(connection)
    search_index.rebuild(connection)


def downgrade() -> None:
    raise RuntimeError("Thabat does not downgrade databases; restore a backup instead.")
