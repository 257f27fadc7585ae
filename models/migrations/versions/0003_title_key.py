"""initiative.title_key: the folded title, for a search box that ignores case and diacritics

Revision ID: 0003_title_key
Revises: 0002_audit_result
Create Date: 2026-11-27 15:10:00
"""
from alembic import op
import sqlalchemy as sa

from indexing.vietnamese import folded_form


revision = '0003_title_key'
down_revision = '0002_audit_result'
branch_labels = None
depends_on = None

_BATCH = 1000


def upgrade() -> None:
    with op.batch_alter_table('initiative', schema=None) as batch_op:
        batch_op.add_column(sa.Column('title_key', sa.Text(), nullable=False, server_default=''))
    # Existing rows get their folded title here; new ones from the importer.
    conn = op.get_bind()
    initiative = sa.table('initiative', sa.column('id', sa.Integer), sa.column('title', sa.Text),
                          sa.column('title_key', sa.Text))
    after = 0
    while True:
        rows = conn.execute(sa.select(initiative.c.id, initiative.c.title).where(initiative.c.id > after)
                            .order_by(initiative.c.id).limit(_BATCH)).all()
        if not rows:
            break
        conn.execute(initiative.update().where(initiative.c.id == sa.bindparam('row_id'))
                     .values(title_key=sa.bindparam('key')),
                     [{'row_id': r.id, 'key': folded_form(r.title)} for r in rows])
        after = rows[-1].id


def downgrade() -> None:
    with op.batch_alter_table('initiative', schema=None) as batch_op:
        batch_op.drop_column('title_key')
