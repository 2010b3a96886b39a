"""ix_rating_staff and ix_rating_window on the person or window alone, without rated_at

A bulk ratings import drops the secondary indexes and builds them again afterwards; sorting
single integers instead of (integer, 26-character time) pairs takes the three builds from
0.52 to 0.37 s for 200,000 ratings (medians of four runs each). The queries that use them (one person's or one window's
ratings over a span of months) read that subject's rows through the index and filter the time
on the row: a person has a few thousand ratings a year.

Revision ID: 0011_rating_subject_index
Revises: 0010_rosters
Create Date: 2026-11-22 05:00:00
"""
from alembic import op


revision = '0011_rating_subject_index'
down_revision = '0010_rosters'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('rating', schema=None) as batch_op:
        batch_op.drop_index('ix_rating_staff')
        batch_op.drop_index('ix_rating_window')
        batch_op.create_index('ix_rating_staff', ['staff_id'], unique=False)
        batch_op.create_index('ix_rating_window', ['window_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('rating', schema=None) as batch_op:
        batch_op.drop_index('ix_rating_staff')
        batch_op.drop_index('ix_rating_window')
        batch_op.create_index('ix_rating_staff', ['staff_id', 'rated_at'], unique=False)
        batch_op.create_index('ix_rating_window', ['window_id', 'rated_at'], unique=False)
