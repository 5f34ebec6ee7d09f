"""Alembic migrations of the commsdesk schema, run programmatically at start-up (see `db/migrate.py`)."""
