"""Full-text search over every language version of every release, filled from the releases already stored.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

from commsdesk.domain.text import fold

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # The text is folded by domain.text.fold (case, accents, đ) before it is stored, so `cacak` finds `Čačak`;
    # the tokenizer only splits words.
    # IF NOT EXISTS and the DELETE: commsdesk 0.1.0 committed this CREATE on its own, so an upgrade killed
    # right after it left a file at 0001 that already has the (empty) table.
    op.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS release_search USING fts5("
        "version_id UNINDEXED, release_id UNINDEXED, language UNINDEXED, text, tokenize='unicode61')"
    )
    op.execute("DELETE FROM release_search")
    connection = op.get_bind()
    versions = connection.execute(
        sa.text("SELECT id, release_id, language, headline, subheadline, body FROM release_version")
    ).fetchall()
    for version_id, release_id, language, *texts in versions:
        connection.execute(
            sa.text("INSERT INTO release_search (version_id, release_id, language, text) VALUES (:v, :r, :l, :t)"),
            {"v": version_id, "r": release_id, "l": language, "t": fold(" ".join(t or "" for t in texts))},
        )
    with op.batch_alter_table("status_update") as batch_op:
        batch_op.create_index("ix_status_update_activity_on_date", ["activity_id", "on_date"])


def downgrade() -> None:
    with op.batch_alter_table("status_update") as batch_op:
        batch_op.drop_index("ix_status_update_activity_on_date")
    op.execute("DROP TABLE release_search")
