"""Journalists' enquiries, their questions and history, and the library of approved statements.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "statement",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("topic", sa.String(length=300), nullable=False),
        sa.Column("texts", sa.JSON(), nullable=False),
        sa.Column("approved_by", sa.String(length=200), nullable=False),
        sa.Column("approved_on", sa.Date(), nullable=True),
        sa.Column("valid_from", sa.Date(), nullable=True),
        sa.Column("valid_until", sa.Date(), nullable=True),
        sa.Column("search_key", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_statement")),
    )
    with op.batch_alter_table("statement", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_statement_topic"), ["topic"], unique=False)

    op.create_table(
        "enquiry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("reference", sa.String(length=50), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("journalist", sa.String(length=300), nullable=False),
        sa.Column("journalist_email", sa.String(length=300), nullable=False),
        sa.Column("journalist_phone", sa.String(length=100), nullable=False),
        sa.Column("outlet", sa.String(length=300), nullable=False),
        sa.Column("topic", sa.String(length=300), nullable=False),
        sa.Column("tags", sa.Text(), nullable=False),
        sa.Column("deadline_at", sa.DateTime(), nullable=False),
        sa.Column("facts_from", sa.String(length=300), nullable=False),
        sa.Column("facts_asked_on", sa.Date(), nullable=True),
        sa.Column("facts_due_on", sa.Date(), nullable=True),
        sa.Column("facts_received_on", sa.Date(), nullable=True),
        sa.Column("approval_needed", sa.Boolean(), nullable=False),
        sa.Column("approver", sa.String(length=200), nullable=False),
        sa.Column("approved_on", sa.Date(), nullable=True),
        sa.Column("answers", sa.JSON(), nullable=False),
        sa.Column("answered_at", sa.DateTime(), nullable=True),
        sa.Column("answered_via", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=30), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("release_id", sa.Integer(), nullable=True),
        sa.Column("event_id", sa.Integer(), nullable=True),
        sa.Column("activity_id", sa.Integer(), nullable=True),
        sa.Column("anonymised_at", sa.DateTime(), nullable=True),
        sa.Column("search_key", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"], ["activity.id"], name=op.f("fk_enquiry_activity_id_activity"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contact.id"], name=op.f("fk_enquiry_contact_id_contact"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["event_id"], ["event.id"], name=op.f("fk_enquiry_event_id_event"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["release_id"], ["press_release.id"], name=op.f("fk_enquiry_release_id_press_release"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_enquiry")),
        sa.UniqueConstraint("reference", name=op.f("uq_enquiry_reference")),
        sa.UniqueConstraint("year", "number", name=op.f("uq_enquiry_year_number")),
    )
    with op.batch_alter_table("enquiry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_enquiry_activity_id"), ["activity_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_enquiry_contact_id"), ["contact_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_enquiry_deadline_at"), ["deadline_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_enquiry_event_id"), ["event_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_enquiry_outlet"), ["outlet"], unique=False)
        batch_op.create_index(batch_op.f("ix_enquiry_received_at"), ["received_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_enquiry_release_id"), ["release_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_enquiry_status"), ["status"], unique=False)
        batch_op.create_index(batch_op.f("ix_enquiry_topic"), ["topic"], unique=False)

    op.create_table(
        "enquiry_question",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("enquiry_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["enquiry_id"], ["enquiry.id"], name=op.f("fk_enquiry_question_enquiry_id_enquiry"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_enquiry_question")),
    )
    with op.batch_alter_table("enquiry_question", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_enquiry_question_enquiry_id"), ["enquiry_id"], unique=False)

    op.create_table(
        "enquiry_step",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("enquiry_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("by", sa.String(length=200), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["enquiry_id"], ["enquiry.id"], name=op.f("fk_enquiry_step_enquiry_id_enquiry"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_enquiry_step")),
    )
    with op.batch_alter_table("enquiry_step", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_enquiry_step_enquiry_id"), ["enquiry_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("enquiry_step", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_enquiry_step_enquiry_id"))

    op.drop_table("enquiry_step")
    with op.batch_alter_table("enquiry_question", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_enquiry_question_enquiry_id"))

    op.drop_table("enquiry_question")
    with op.batch_alter_table("enquiry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_enquiry_topic"))
        batch_op.drop_index(batch_op.f("ix_enquiry_status"))
        batch_op.drop_index(batch_op.f("ix_enquiry_release_id"))
        batch_op.drop_index(batch_op.f("ix_enquiry_received_at"))
        batch_op.drop_index(batch_op.f("ix_enquiry_outlet"))
        batch_op.drop_index(batch_op.f("ix_enquiry_event_id"))
        batch_op.drop_index(batch_op.f("ix_enquiry_deadline_at"))
        batch_op.drop_index(batch_op.f("ix_enquiry_contact_id"))
        batch_op.drop_index(batch_op.f("ix_enquiry_activity_id"))

    op.drop_table("enquiry")
    with op.batch_alter_table("statement", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_statement_topic"))

    op.drop_table("statement")
