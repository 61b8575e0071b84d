"""Roster version: one row whose version every roster change bumps under a row lock, so imports
are serialized and a plan made against an older roster is refused

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02 18:40:00
"""
from alembic import op
import sqlalchemy as sa

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    table = op.create_table('roster_state',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.bulk_insert(table, [{'id': 1, 'version': 0}])


def downgrade() -> None:
    op.drop_table('roster_state')
