"""roster and screening records

Revision ID: 0001
Revises: 
Create Date: 2026-11-25 01:28:51.130061
"""
from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('roster_imports',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('source', sa.String(length=1000), nullable=False),
    sa.Column('imported_by', sa.String(length=200), nullable=True),
    sa.Column('workstation', sa.String(length=200), nullable=True),
    sa.Column('summary_json', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('schools',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=64), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('code')
    )
    op.create_table('screening_records',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=True),
    sa.Column('path', sa.String(length=1000), nullable=False),
    sa.Column('use', sa.String(length=20), nullable=False),
    sa.Column('verdict', sa.String(length=20), nullable=False),
    sa.Column('error', sa.Text(), nullable=True),
    sa.Column('face_count', sa.Integer(), nullable=False),
    sa.Column('restricted_count', sa.Integer(), nullable=False),
    sa.Column('review_count', sa.Integer(), nullable=False),
    sa.Column('faces_json', sa.Text(), nullable=False),
    sa.Column('screened_by', sa.String(length=200), nullable=True),
    sa.Column('workstation', sa.String(length=200), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('screening_records', schema=None) as batch_op:
        batch_op.create_index('ix_screening_records_created_at', ['created_at'], unique=False)

    op.create_table('settings',
    sa.Column('key', sa.String(length=100), nullable=False),
    sa.Column('value_json', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )
    op.create_table('students',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('student_id', sa.String(length=64), nullable=False),
    sa.Column('first_name', sa.String(length=100), nullable=False),
    sa.Column('last_name', sa.String(length=100), nullable=False),
    sa.Column('preferred_name', sa.String(length=100), nullable=True),
    sa.Column('grade', sa.String(length=20), nullable=True),
    sa.Column('school_id', sa.Integer(), nullable=True),
    sa.Column('photo_opt_out', sa.String(length=100), nullable=False),
    sa.Column('name_opt_out', sa.String(length=100), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['school_id'], ['schools.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('student_id')
    )
    op.create_table('reference_photos',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('student_pk', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('source_name', sa.String(length=500), nullable=False),
    sa.Column('encoding', sa.LargeBinary(), nullable=False),
    sa.Column('thumbnail', sa.LargeBinary(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['student_pk'], ['students.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('student_pk', 'sha256', name='uq_reference_photo_student_sha')
    )
    with op.batch_alter_table('reference_photos', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_reference_photos_student_pk'), ['student_pk'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('reference_photos', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_reference_photos_student_pk'))

    op.drop_table('reference_photos')
    op.drop_table('students')
    op.drop_table('settings')
    with op.batch_alter_table('screening_records', schema=None) as batch_op:
        batch_op.drop_index('ix_screening_records_created_at')

    op.drop_table('screening_records')
    op.drop_table('schools')
    op.drop_table('roster_imports')
