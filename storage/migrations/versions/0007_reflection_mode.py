"""How a reflection is written: quick (four questions) or full (the seven steps).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01 18:00:00

- `reflection` gains `mode`: "quick", "full", or "" while a new reflection waits for the user's
  choice. Every reflection written before is a full one, so old rows get "full".

Frozen: plain table definitions written here, never today's models. The value's rule is the
services' (ALTER TABLE adds no table constraints).
"""

from alembic import op
import sqlalchemy as sa

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("reflection") as batch:
        batch.add_column(sa.Column("mode", sa.String(), nullable=False, server_default="full"))


def downgrade() -> None:
    raise RuntimeError("Thabat does not downgrade databases; restore a backup instead.")
