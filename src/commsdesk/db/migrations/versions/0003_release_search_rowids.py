"""Full-text index rows keyed by their version: each row's rowid becomes its version's id.

Migration 0002 and the commsdesk of that schema let SQLite number the index rows, so their rowids drift from the
version ids once a version is deleted or a release re-indexed; the archive search reads version ids straight from
the rowids.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    connection = op.get_bind()
    if not connection.scalar(sa.text("SELECT count(*) FROM release_search WHERE rowid != version_id")):
        return
    rows = connection.execute(sa.text("SELECT version_id, release_id, language, text FROM release_search")).fetchall()
    # Rebuilt whole: renumbering in place could collide with a rowid another row still holds.
    connection.execute(sa.text("DELETE FROM release_search"))
    connection.execute(
        sa.text(
            "INSERT INTO release_search (rowid, version_id, release_id, language, text) "
            "VALUES (:version_id, :version_id, :release_id, :language, :text)"
        ),
        [row._asdict() for row in rows],
    )


def downgrade() -> None:
    pass  # rowids equal to the version ids are as valid at 0002
