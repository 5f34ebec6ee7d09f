"""Alembic environment: runs on the connection `db/migrate.py` hands over, in batch mode for SQLite."""

from alembic import context

from commsdesk.db.models import Base

VIRTUAL_TABLES = {"release_search"}


def include_object(obj, name, type_, reflected, compare_to):
    """Leave out the FTS5 search table and its shadow tables, which the models do not describe."""
    return not (type_ == "table" and any(name == t or name.startswith(t + "_") for t in VIRTUAL_TABLES))


connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    include_object=include_object,
)
with context.begin_transaction():
    context.run_migrations()
