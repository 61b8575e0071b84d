"""Reference photo quality: the problems the enrolment check found in a reference photo
(empty: a good reference), so weak references are named and judged more cautiously

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04 17:30:00
"""
from alembic import op
import sqlalchemy as sa

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('reference_photos') as batch:
        batch.add_column(sa.Column('quality_problems', sa.String(length=500), nullable=False, server_default=''))


def downgrade() -> None:
    with op.batch_alter_table('reference_photos') as batch:
        batch.drop_column('quality_problems')
