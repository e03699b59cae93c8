"""Initial schema: the whole journal as of Thabat 0.1.

Frozen: plain SQLAlchemy types only (String is the VARCHAR the models' AutoString makes, DateTime
the DATETIME their UTCDateTime stores in), never today's models or types.

Revision ID: 0001
Revises: 
Create Date: 2026-11-26 05:58:50.837134
"""

from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('application',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('company', sa.String(), nullable=False),
    sa.Column('role', sa.String(), nullable=False),
    sa.Column('applied_on', sa.Date(), nullable=False),
    sa.Column('outcome', sa.String(), nullable=False),
    sa.Column('link', sa.String(), nullable=False),
    sa.Column('location', sa.String(), nullable=False),
    sa.Column('notes', sa.String(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("outcome IN ('pending', 'interview', 'rejected', 'offer', 'withdrawn')", name=op.f('ck_application_outcome')),
    sa.CheckConstraint('length(trim(company)) > 0', name=op.f('ck_application_company_not_blank')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_application'))
    )
    with op.batch_alter_table('application', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_application_applied_on'), ['applied_on'], unique=False)
        batch_op.create_index('ix_application_company_role', ['company', 'role'], unique=False)
        batch_op.create_index(batch_op.f('ix_application_outcome'), ['outcome'], unique=False)

    op.create_table('check_in',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('score', sa.Integer(), nullable=False),
    sa.Column('note', sa.String(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('score BETWEEN 0 AND 10', name=op.f('ck_check_in_score')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_check_in')),
    sa.UniqueConstraint('day', name=op.f('uq_check_in_day'))
    )
    op.create_table('contact',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('role', sa.String(), nullable=False),
    sa.Column('company', sa.String(), nullable=False),
    sa.Column('email', sa.String(), nullable=False),
    sa.Column('profile_url', sa.String(), nullable=False),
    sa.Column('notes', sa.String(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('length(trim(name)) > 0', name=op.f('ck_contact_name_not_blank')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contact'))
    )
    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contact_company'), ['company'], unique=False)
        batch_op.create_index(batch_op.f('ix_contact_name'), ['name'], unique=False)

    op.create_table('improvement_area',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('state', sa.String(), nullable=False),
    sa.Column('notes', sa.String(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('resolved_on', sa.Date(), nullable=True),
    sa.CheckConstraint("state IN ('open', 'improving', 'resolved')", name=op.f('ck_improvement_area_state')),
    sa.CheckConstraint('length(trim(name)) > 0', name=op.f('ck_improvement_area_name_not_blank')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_improvement_area')),
    sa.UniqueConstraint('name', name=op.f('uq_improvement_area_name'))
    )
    op.create_table('resource',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(), nullable=False),
    sa.Column('url', sa.String(), nullable=False),
    sa.Column('notes', sa.String(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.CheckConstraint('length(trim(title)) > 0', name=op.f('ck_resource_title_not_blank')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_resource'))
    )
    op.create_table('skill',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(), nullable=True),
    sa.Column('name', sa.String(), nullable=False),
    sa.CheckConstraint('length(trim(name)) > 0', name=op.f('ck_skill_name_not_blank')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_skill')),
    sa.UniqueConstraint('key', name=op.f('uq_skill_key')),
    sa.UniqueConstraint('name', name=op.f('uq_skill_name'))
    )
    op.create_table('template_override',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(), nullable=False),
    sa.Column('lang', sa.String(), nullable=False),
    sa.Column('subject', sa.String(), nullable=False),
    sa.Column('body', sa.String(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_template_override')),
    sa.UniqueConstraint('key', 'lang', name='uq_template_override_key_lang')
    )
    op.create_table('contact_application',
    sa.Column('contact_id', sa.Integer(), nullable=False),
    sa.Column('application_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['application.id'], name=op.f('fk_contact_application_application_id_application'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], name=op.f('fk_contact_application_contact_id_contact'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('contact_id', 'application_id', name=op.f('pk_contact_application'))
    )
    with op.batch_alter_table('contact_application', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contact_application_application_id'), ['application_id'], unique=False)

    op.create_table('journal_entry',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(), nullable=False),
    sa.Column('body', sa.String(), nullable=False),
    sa.Column('application_id', sa.Integer(), nullable=True),
    sa.Column('direction', sa.String(), nullable=False),
    sa.Column('private', sa.Boolean(), nullable=False),
    sa.Column('written_on', sa.Date(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("direction IN ('auto', 'rtl', 'ltr')", name=op.f('ck_journal_entry_direction')),
    sa.ForeignKeyConstraint(['application_id'], ['application.id'], name=op.f('fk_journal_entry_application_id_application'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_journal_entry'))
    )
    with op.batch_alter_table('journal_entry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_journal_entry_application_id'), ['application_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_journal_entry_written_on'), ['written_on'], unique=False)

    op.create_table('rejection',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('application_id', sa.Integer(), nullable=False),
    sa.Column('received_on', sa.Date(), nullable=False),
    sa.Column('stage', sa.String(), nullable=False),
    sa.Column('round', sa.Integer(), nullable=True),
    sa.Column('channel', sa.String(), nullable=False),
    sa.Column('message', sa.String(), nullable=False),
    sa.Column('interviewer', sa.String(), nullable=False),
    sa.Column('replied_on', sa.Date(), nullable=True),
    sa.Column('feedback_requested_on', sa.Date(), nullable=True),
    sa.Column('feedback_received_on', sa.Date(), nullable=True),
    sa.Column('feedback_text', sa.String(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("channel IN ('email', 'phone', 'portal', 'no_answer')", name=op.f('ck_rejection_channel')),
    sa.CheckConstraint("stage IN ('application', 'screening', 'assessment', 'interview', 'final', 'offer_withdrawn')", name=op.f('ck_rejection_stage')),
    sa.CheckConstraint('round IS NULL OR round BETWEEN 1 AND 20', name=op.f('ck_rejection_round')),
    sa.ForeignKeyConstraint(['application_id'], ['application.id'], name=op.f('fk_rejection_application_id_application'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_rejection')),
    sa.UniqueConstraint('application_id', name=op.f('uq_rejection_application_id'))
    )
    with op.batch_alter_table('rejection', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_rejection_received_on'), ['received_on'], unique=False)

    op.create_table('stage_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('application_id', sa.Integer(), nullable=False),
    sa.Column('stage', sa.String(), nullable=False),
    sa.Column('round', sa.Integer(), nullable=True),
    sa.Column('occurred_on', sa.Date(), nullable=False),
    sa.Column('note', sa.String(), nullable=False),
    sa.CheckConstraint("stage IN ('applied', 'screening', 'assessment', 'interview', 'final', 'offer', 'rejected', 'withdrawn')", name=op.f('ck_stage_event_stage')),
    sa.CheckConstraint('round IS NULL OR round BETWEEN 1 AND 20', name=op.f('ck_stage_event_round')),
    sa.ForeignKeyConstraint(['application_id'], ['application.id'], name=op.f('fk_stage_event_application_id_application'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stage_event'))
    )
    with op.batch_alter_table('stage_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_stage_event_application_id'), ['application_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_stage_event_occurred_on'), ['occurred_on'], unique=False)

    op.create_table('reflection',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('rejection_id', sa.Integer(), nullable=True),
    sa.Column('state', sa.String(), nullable=False),
    sa.Column('step', sa.String(), nullable=False),
    sa.Column('direction', sa.String(), nullable=False),
    sa.Column('confidence_before', sa.Integer(), nullable=True),
    sa.Column('feeling', sa.String(), nullable=False),
    sa.Column('reply_text', sa.String(), nullable=False),
    sa.Column('feedback_request_text', sa.String(), nullable=False),
    sa.Column('went_well', sa.String(), nullable=False),
    sa.Column('to_improve', sa.String(), nullable=False),
    sa.Column('confidence_after', sa.Integer(), nullable=True),
    sa.Column('strength', sa.String(), nullable=False),
    sa.Column('next_steps', sa.String(), nullable=False),
    sa.Column('planned_applications', sa.Integer(), nullable=True),
    sa.Column('private', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('completed_at', sa.DateTime(), nullable=True),
    sa.CheckConstraint("direction IN ('auto', 'rtl', 'ltr')", name=op.f('ck_reflection_direction')),
    sa.CheckConstraint("state IN ('draft', 'done')", name=op.f('ck_reflection_state')),
    sa.CheckConstraint('confidence_after IS NULL OR confidence_after BETWEEN 0 AND 10', name=op.f('ck_reflection_confidence_after')),
    sa.CheckConstraint('confidence_before IS NULL OR confidence_before BETWEEN 0 AND 10', name=op.f('ck_reflection_confidence_before')),
    sa.CheckConstraint('planned_applications IS NULL OR planned_applications BETWEEN 0 AND 1000', name=op.f('ck_reflection_planned')),
    sa.ForeignKeyConstraint(['rejection_id'], ['rejection.id'], name=op.f('fk_reflection_rejection_id_rejection'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reflection'))
    )
    with op.batch_alter_table('reflection', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_reflection_rejection_id'), ['rejection_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_reflection_state'), ['state'], unique=False)

    op.create_table('reminder',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('snoozed_until', sa.Date(), nullable=True),
    sa.Column('done_on', sa.Date(), nullable=True),
    sa.Column('rejection_id', sa.Integer(), nullable=True),
    sa.Column('contact_id', sa.Integer(), nullable=True),
    sa.Column('application_id', sa.Integer(), nullable=True),
    sa.Column('message', sa.String(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("kind IN ('reply', 'feedback', 'follow_up')", name=op.f('ck_reminder_kind')),
    sa.ForeignKeyConstraint(['application_id'], ['application.id'], name=op.f('fk_reminder_application_id_application'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], name=op.f('fk_reminder_contact_id_contact'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['rejection_id'], ['rejection.id'], name=op.f('fk_reminder_rejection_id_rejection'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reminder'))
    )
    with op.batch_alter_table('reminder', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_reminder_application_id'), ['application_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_reminder_contact_id'), ['contact_id'], unique=False)
        batch_op.create_index('ix_reminder_open_due', ['done_on', 'due_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_reminder_rejection_id'), ['rejection_id'], unique=False)

    op.create_table('action_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(), nullable=False),
    sa.Column('area_id', sa.Integer(), nullable=True),
    sa.Column('reflection_id', sa.Integer(), nullable=True),
    sa.Column('due_on', sa.Date(), nullable=True),
    sa.Column('state', sa.String(), nullable=False),
    sa.Column('done_on', sa.Date(), nullable=True),
    sa.Column('snoozed_until', sa.Date(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("state IN ('todo', 'doing', 'done')", name=op.f('ck_action_item_state')),
    sa.CheckConstraint('length(trim(title)) > 0', name=op.f('ck_action_item_title_not_blank')),
    sa.ForeignKeyConstraint(['area_id'], ['improvement_area.id'], name=op.f('fk_action_item_area_id_improvement_area'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['reflection_id'], ['reflection.id'], name=op.f('fk_action_item_reflection_id_reflection'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_action_item'))
    )
    with op.batch_alter_table('action_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_action_item_area_id'), ['area_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_action_item_due_on'), ['due_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_action_item_reflection_id'), ['reflection_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_action_item_state'), ['state'], unique=False)

    op.create_table('area_citation',
    sa.Column('area_id', sa.Integer(), nullable=False),
    sa.Column('reflection_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['area_id'], ['improvement_area.id'], name=op.f('fk_area_citation_area_id_improvement_area'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['reflection_id'], ['reflection.id'], name=op.f('fk_area_citation_reflection_id_reflection'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('area_id', 'reflection_id', name=op.f('pk_area_citation'))
    )
    with op.batch_alter_table('area_citation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_area_citation_reflection_id'), ['reflection_id'], unique=False)

    op.create_table('reflection_answer',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('reflection_id', sa.Integer(), nullable=False),
    sa.Column('prompt_key', sa.String(), nullable=False),
    sa.Column('text', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['reflection_id'], ['reflection.id'], name=op.f('fk_reflection_answer_reflection_id_reflection'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reflection_answer')),
    sa.UniqueConstraint('reflection_id', 'prompt_key', name='uq_reflection_answer_prompt')
    )
    with op.batch_alter_table('reflection_answer', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_reflection_answer_reflection_id'), ['reflection_id'], unique=False)

    op.create_table('skill_rating',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('skill_id', sa.Integer(), nullable=False),
    sa.Column('reflection_id', sa.Integer(), nullable=True),
    sa.Column('rated_on', sa.Date(), nullable=False),
    sa.Column('rating', sa.Integer(), nullable=False),
    sa.CheckConstraint('rating BETWEEN 1 AND 5', name=op.f('ck_skill_rating_rating')),
    sa.ForeignKeyConstraint(['reflection_id'], ['reflection.id'], name=op.f('fk_skill_rating_reflection_id_reflection'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['skill_id'], ['skill.id'], name=op.f('fk_skill_rating_skill_id_skill'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_skill_rating')),
    sa.UniqueConstraint('reflection_id', 'skill_id', name='uq_skill_rating_reflection_skill')
    )
    with op.batch_alter_table('skill_rating', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_skill_rating_rated_on'), ['rated_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_skill_rating_reflection_id'), ['reflection_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_skill_rating_skill_id'), ['skill_id'], unique=False)

    op.create_table('strength',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('text', sa.String(), nullable=False),
    sa.Column('noted_on', sa.Date(), nullable=False),
    sa.Column('reflection_id', sa.Integer(), nullable=True),
    sa.CheckConstraint('length(trim(text)) > 0', name=op.f('ck_strength_text_not_blank')),
    sa.ForeignKeyConstraint(['reflection_id'], ['reflection.id'], name=op.f('fk_strength_reflection_id_reflection'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_strength'))
    )
    with op.batch_alter_table('strength', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_strength_noted_on'), ['noted_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_strength_reflection_id'), ['reflection_id'], unique=False)



def downgrade() -> None:
    raise RuntimeError("Thabat does not downgrade databases; restore a backup instead.")
