"""Screening cache: what a photo's faces matched, by the photo's sha256 and screening key, so a
photo is screened once per key across posts and users

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-04 17:00:00
"""
from alembic import op
import sqlalchemy as sa

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('screening_cache',
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('screening_key', sa.String(length=64), nullable=False),
    sa.Column('result_json', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('sha256', 'screening_key')
    )


def downgrade() -> None:
    op.drop_table('screening_cache')
