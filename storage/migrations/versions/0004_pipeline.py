"""The whole pipeline: application fields, interview details, interviewers, referrals, unknown dates.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-08 10:00:00

- `application` gains source, work place (on site, hybrid, remote), salary range and currency,
  the job description, a deadline and how much the user wants the job (1-5); `applied_on` may now
  be NULL: a rejection logged for a company not tracked before no longer invents the date.
- `stage_event` gains `kind` (an interview's kind or an offer's answer) and `starts_at` (an
  interview's time of day).
- New tables: `stage_contact` (who interviewed at a step) and `referral` (who referred the user).

Frozen: plain SQL and table definitions written here, never today's models. No table is copied:
with foreign keys on, dropping the old copy of `application` would cascade-delete its history.
So columns are added with ALTER TABLE (text ones NOT NULL DEFAULT ''), and `applied_on` loses its
NOT NULL by a rename, a new column, a copy and a DROP COLUMN (SQLite 3.35), which keep the rows
where they are. The new columns' rules are the services' (ALTER TABLE adds no table constraints).
"""

from alembic import op
import sqlalchemy as sa

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def _text(name: str) -> sa.Column:
    return sa.Column(name, sa.String(), nullable=False, server_default="")


def upgrade() -> None:
    with op.batch_alter_table("application") as batch:
        for name in ("source", "work_place"):
            batch.add_column(_text(name))
        batch.add_column(sa.Column("salary_min", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("salary_max", sa.Integer(), nullable=True))
        for name in ("currency", "description"):
            batch.add_column(_text(name))
        batch.add_column(sa.Column("deadline", sa.Date(), nullable=True))
        batch.add_column(sa.Column("interest", sa.Integer(), nullable=True))
    with op.batch_alter_table("stage_event") as batch:
        batch.add_column(_text("kind"))
        batch.add_column(sa.Column("starts_at", sa.Time(), nullable=True))

    # applied_on without NOT NULL, its values and index kept.
    op.execute("DROP INDEX ix_application_applied_on")
    op.execute("ALTER TABLE application RENAME COLUMN applied_on TO applied_on_before_0004")
    op.execute("ALTER TABLE application ADD COLUMN applied_on DATE")
    op.execute("UPDATE application SET applied_on = applied_on_before_0004")
    op.execute("ALTER TABLE application DROP COLUMN applied_on_before_0004")
    op.execute("CREATE INDEX ix_application_applied_on ON application (applied_on)")

    op.create_table(
        "stage_contact",
        sa.Column("stage_event_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["stage_event_id"], ["stage_event.id"], ondelete="CASCADE",
                                name="fk_stage_contact_stage_event_id_stage_event"),
        sa.ForeignKeyConstraint(["contact_id"], ["contact.id"], ondelete="CASCADE",
                                name="fk_stage_contact_contact_id_contact"),
        sa.PrimaryKeyConstraint("stage_event_id", "contact_id", name="pk_stage_contact"),
    )
    op.create_index("ix_stage_contact_contact_id", "stage_contact", ["contact_id"], unique=False)
    op.create_table(
        "referral",
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["application_id"], ["application.id"], ondelete="CASCADE",
                                name="fk_referral_application_id_application"),
        sa.ForeignKeyConstraint(["contact_id"], ["contact.id"], ondelete="CASCADE",
                                name="fk_referral_contact_id_contact"),
        sa.PrimaryKeyConstraint("application_id", name="pk_referral"),
    )
    op.create_index("ix_referral_contact_id", "referral", ["contact_id"], unique=False)


def downgrade() -> None:
    raise RuntimeError("Thabat does not downgrade databases; restore a backup instead.")
