"""idempotency_record: first responses to creates sent with an Idempotency-Key

Revision ID: 0004_idempotency_record
Revises: 0003_title_key
Create Date: 2026-11-27 16:30:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0004_idempotency_record'
down_revision = '0003_title_key'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('idempotency_record',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('owner', sa.String(length=200), nullable=False),
    sa.Column('key', sa.String(length=200), nullable=False),
    sa.Column('fingerprint', sa.String(length=64), nullable=False),
    sa.Column('status', sa.Integer(), nullable=False),
    sa.Column('body_json', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('idempotency_record', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_idempotency_record_created_at'), ['created_at'], unique=False)
        batch_op.create_index('ux_idempotency_owner_key', ['owner', 'key'], unique=True)


def downgrade() -> None:
    with op.batch_alter_table('idempotency_record', schema=None) as batch_op:
        batch_op.drop_index('ux_idempotency_owner_key')
        batch_op.drop_index(batch_op.f('ix_idempotency_record_created_at'))
    op.drop_table('idempotency_record')
