"""Formatted journal entries: `journal_entry.markup` says how an entry's body is written.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-15 10:00:00

"plain" (every entry written before this revision, and entries made by the command line or a
backup that does not say) or "markdown" (bold, italic, lists, headings and links, written with the
Journal's formatting bar). Frozen: one ALTER TABLE ADD COLUMN, the rule is the services' (ALTER TABLE
adds no table constraint in SQLite).
"""

from alembic import op
import sqlalchemy as sa

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # ALTER TABLE ADD COLUMN in place: a batch copy of the table would break the search index's
    # triggers, which name it (and, with foreign keys on, could cascade).
    op.add_column("journal_entry", sa.Column("markup", sa.String(), nullable=False, server_default="plain"))


def downgrade() -> None:
    raise RuntimeError("Thabat does not downgrade databases; restore a backup instead.")
