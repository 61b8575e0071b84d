"""SFace templates: the model that made each template and the reference face kept to re-encode
it; review decisions on faces

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02 13:10:00
"""
from alembic import op
import sqlalchemy as sa

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

# Templates written before this revision were made by dlib's ResNet through face_recognition.
LEGACY_MODEL = "dlib-resnet-v1"


def upgrade() -> None:
    with op.batch_alter_table('reference_photos', schema=None) as batch_op:
        batch_op.add_column(sa.Column('model', sa.String(length=64), nullable=False, server_default=LEGACY_MODEL))
        batch_op.add_column(sa.Column('face_image', sa.LargeBinary(), nullable=True))
    op.create_table('face_decisions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('photo_sha256', sa.String(length=64), nullable=False),
    sa.Column('frame', sa.Integer(), nullable=False),
    sa.Column('box_json', sa.String(length=100), nullable=False),
    sa.Column('student_id', sa.String(length=64), nullable=False),
    sa.Column('decision', sa.String(length=20), nullable=False),
    sa.Column('templates_fingerprint', sa.String(length=64), nullable=False),
    sa.Column('decided_by', sa.String(length=254), nullable=False),
    sa.Column('comment', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('face_decisions', schema=None) as batch_op:
        batch_op.create_index('ix_face_decisions_photo', ['photo_sha256'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('face_decisions', schema=None) as batch_op:
        batch_op.drop_index('ix_face_decisions_photo')
    op.drop_table('face_decisions')
    with op.batch_alter_table('reference_photos', schema=None) as batch_op:
        batch_op.drop_column('face_image')
        batch_op.drop_column('model')
