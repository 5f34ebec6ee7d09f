"""The register of requests for access to public documents, its history, and attachments that belong to one.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-04
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "document_request",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("reference", sa.String(length=50), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("requester_name", sa.String(length=300), nullable=False),
        sa.Column("anonymous", sa.Boolean(), nullable=False),
        sa.Column("requester_type", sa.String(length=20), nullable=False),
        sa.Column("requester_address", sa.Text(), nullable=False),
        sa.Column("requester_language", sa.String(length=10), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("form", sa.String(length=20), nullable=False),
        sa.Column("urgent", sa.Boolean(), nullable=False),
        sa.Column("urgent_reason", sa.Text(), nullable=False),
        sa.Column("holder_unit", sa.String(length=300), nullable=False),
        sa.Column("status", sa.String(length=30), nullable=False),
        sa.Column("outcome", sa.String(length=20), nullable=True),
        sa.Column("withheld", sa.Text(), nullable=False),
        sa.Column("refusal_ground", sa.String(length=40), nullable=False),
        sa.Column("harm_test", sa.Text(), nullable=False),
        sa.Column("public_interest_test", sa.Text(), nullable=False),
        sa.Column("forwarded_to", sa.String(length=300), nullable=False),
        sa.Column("forwarded_on", sa.Date(), nullable=True),
        sa.Column("clarification_asked", sa.Date(), nullable=True),
        sa.Column("clarification_received", sa.Date(), nullable=True),
        sa.Column("extended_on", sa.Date(), nullable=True),
        sa.Column("extension_reason", sa.Text(), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.Column("delivered_on", sa.Date(), nullable=True),
        sa.Column("cost_cents", sa.Integer(), nullable=False),
        sa.Column("complaint_on", sa.Date(), nullable=True),
        sa.Column("complaint_outcome", sa.Text(), nullable=False),
        sa.Column("court_on", sa.Date(), nullable=True),
        sa.Column("court_outcome", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("activity_id", sa.Integer(), nullable=True),
        sa.Column("rules", sa.JSON(), nullable=False),
        sa.Column("deadline", sa.Date(), nullable=True),
        sa.Column("deadline_at", sa.DateTime(), nullable=True),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("anonymised_at", sa.DateTime(), nullable=True),
        sa.Column("search_key", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"], ["activity.id"], name=op.f("fk_document_request_activity_id_activity"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contact.id"], name=op.f("fk_document_request_contact_id_contact"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_document_request")),
        sa.UniqueConstraint("reference", name=op.f("uq_document_request_reference")),
        sa.UniqueConstraint("year", "number", name=op.f("uq_document_request_year_number")),
    )
    with op.batch_alter_table("document_request", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_document_request_activity_id"), ["activity_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_document_request_contact_id"), ["contact_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_document_request_deadline"), ["deadline"], unique=False)
        batch_op.create_index(batch_op.f("ix_document_request_deadline_at"), ["deadline_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_document_request_outcome"), ["outcome"], unique=False)
        batch_op.create_index(batch_op.f("ix_document_request_received_at"), ["received_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_document_request_status"), ["status"], unique=False)

    op.create_table(
        "request_step",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("by", sa.String(length=200), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["document_request.id"],
            name=op.f("fk_request_step_request_id_document_request"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_request_step")),
    )
    with op.batch_alter_table("request_step", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_request_step_request_id"), ["request_id"], unique=False)

    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.add_column(sa.Column("request_id", sa.Integer(), nullable=True))
        batch_op.alter_column("release_id", existing_type=sa.INTEGER(), nullable=True)
        batch_op.create_index(batch_op.f("ix_attachment_request_id"), ["request_id"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_attachment_request_id_document_request"),
            "document_request",
            ["request_id"],
            ["id"],
            ondelete="CASCADE",
        )


def downgrade() -> None:
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_attachment_request_id_document_request"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_attachment_request_id"))
        batch_op.alter_column("release_id", existing_type=sa.INTEGER(), nullable=False)
        batch_op.drop_column("request_id")

    with op.batch_alter_table("request_step", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_request_step_request_id"))

    op.drop_table("request_step")
    with op.batch_alter_table("document_request", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_document_request_status"))
        batch_op.drop_index(batch_op.f("ix_document_request_received_at"))
        batch_op.drop_index(batch_op.f("ix_document_request_outcome"))
        batch_op.drop_index(batch_op.f("ix_document_request_deadline_at"))
        batch_op.drop_index(batch_op.f("ix_document_request_deadline"))
        batch_op.drop_index(batch_op.f("ix_document_request_contact_id"))
        batch_op.drop_index(batch_op.f("ix_document_request_activity_id"))

    op.drop_table("document_request")
