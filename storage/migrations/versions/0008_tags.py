"""Tags on journal entries and reflections.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-20 10:00:00

New tables: `tag` (a name as first typed and its name key, unique: "SQL" and "sql", "مقابلة" and
"مقابله" are one tag) and the links `entry_tag` (tag ↔ journal_entry) and `reflection_tag`
(tag ↔ reflection), each link deleted with either side. Old journals have no tags, so nothing is
filled in. Frozen: the tables are defined here, never from today's models; no table is copied
(a batch copy would break the search index's triggers, which name the tables they watch).
"""

from alembic import op
import sqlalchemy as sa

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "tag",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("name_key", sa.String(), nullable=False, server_default=""),
        sa.CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),
        sa.PrimaryKeyConstraint("id", name="pk_tag"),
    )
    op.create_index("ix_tag_name_key", "tag", ["name_key"], unique=True)
    for link, owner, target in (("entry_tag", "entry_id", "journal_entry"),
                                ("reflection_tag", "reflection_id", "reflection")):
        op.create_table(
            link,
            sa.Column(owner, sa.Integer(), nullable=False),
            sa.Column("tag_id", sa.Integer(), nullable=False),
            sa.ForeignKeyConstraint([owner], [f"{target}.id"], ondelete="CASCADE",
                                    name=f"fk_{link}_{owner}_{target}"),
            sa.ForeignKeyConstraint(["tag_id"], ["tag.id"], ondelete="CASCADE", name=f"fk_{link}_tag_id_tag"),
            sa.PrimaryKeyConstraint(owner, "tag_id", name=f"pk_{link}"),
        )
        op.create_index(f"ix_{link}_tag_id", link, ["tag_id"], unique=False)


def downgrade() -> None:
    raise RuntimeError("Thabat does not downgrade databases; restore a backup instead.")
