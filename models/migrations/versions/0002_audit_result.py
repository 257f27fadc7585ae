"""audit results: one row per submission checked by an audit job

Revision ID: 0002_audit_result
Revises: 0001
Create Date: 2026-11-26 15:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0002_audit_result'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit_result',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('job_id', sa.Integer(), nullable=False),
    sa.Column('initiative_id', sa.Integer(), nullable=False),
    sa.Column('external_id', sa.String(length=200), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('phase', sa.String(length=10), nullable=False),
    sa.Column('content_sha256', sa.String(length=64), nullable=False),
    sa.Column('result_json', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['job_id'], ['job.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('audit_result', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_result_initiative_id'), ['initiative_id'], unique=False)
        batch_op.create_index('ux_audit_result_job_initiative', ['job_id', 'initiative_id'], unique=True)


def downgrade() -> None:
    with op.batch_alter_table('audit_result', schema=None) as batch_op:
        batch_op.drop_index('ux_audit_result_job_initiative')
        batch_op.drop_index(batch_op.f('ix_audit_result_initiative_id'))
    op.drop_table('audit_result')
