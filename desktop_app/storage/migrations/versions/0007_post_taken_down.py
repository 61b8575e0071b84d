"""Takedown life cycle: when a published post was taken down and by whom (issue 21)

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-10 12:00:00
"""
from alembic import op
import sqlalchemy as sa

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('posts') as batch:
        batch.add_column(sa.Column('taken_down_at', sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column('taken_down_by', sa.String(length=254), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('posts') as batch:
        batch.drop_column('taken_down_by')
        batch.drop_column('taken_down_at')
