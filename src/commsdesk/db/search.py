"""The FTS5 full-text index of releases (created by migration 0002), described for queries, not for create_all.

It is a lightweight `table()` rather than a model so that it stays out of `Base.metadata`: SQLAlchemy cannot
create an FTS5 table, and the migrations own it.
"""

from sqlalchemy import column, table

release_search = table(
    "release_search",
    column("version_id"),
    column("release_id"),
    column("language"),
    column("text"),
)
