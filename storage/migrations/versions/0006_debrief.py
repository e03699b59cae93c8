"""The debrief: a few words written soon after an interview.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01 18:00:00

New table `debrief`, one row at most per interview step (`stage_event`): how it went, the questions
asked, the confidence felt (0-10), and the day it was written. A rejection that follows pre-fills
its reflection from it. Frozen: the table is defined here, never from today's models.
"""

from alembic import op
import sqlalchemy as sa

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "debrief",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("stage_event_id", sa.Integer(), nullable=False),
        sa.Column("written_on", sa.Date(), nullable=False),
        sa.Column("how_it_went", sa.String(), nullable=False),
        sa.Column("questions", sa.String(), nullable=False),
        sa.Column("confidence", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("confidence IS NULL OR confidence BETWEEN 0 AND 10", name="confidence"),
        sa.ForeignKeyConstraint(["stage_event_id"], ["stage_event.id"], ondelete="CASCADE",
                                name="fk_debrief_stage_event_id_stage_event"),
        sa.PrimaryKeyConstraint("id", name="pk_debrief"),
        sa.UniqueConstraint("stage_event_id", name="uq_debrief_stage_event_id"),
    )


def downgrade() -> None:
    raise RuntimeError("Thabat does not downgrade databases; restore a backup instead.")
