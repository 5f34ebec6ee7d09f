"""The database file for the front-ends: take a backup now or to a file, list them, restore one, check the file.

The command line reaches the store only through here (and the workspace), never `commsdesk.db` itself."""

from __future__ import annotations

from pathlib import Path

from commsdesk.db.backup import BackupFile, backup_into_folder, backup_to, latest_good_backup, list_backups, restore
from commsdesk.db.integrity import check_file, is_sqlite_file, refuse_what_is_no_database
from commsdesk.db.migrate import head_revision, known_revisions, stored_revision

__all__ = [
    "BackupFile",
    "backup_now",
    "backup_to",
    "check_file",
    "head_revision",
    "is_sqlite_file",
    "known_revisions",
    "latest_good_backup",
    "list_backups",
    "restore",
    "stored_revision",
]


def backup_now(database: Path, folder: Path) -> Path:
    """A verified backup of `database` in `folder`, named after its schema revision and the time."""
    refuse_what_is_no_database(database)
    return backup_into_folder(database, folder, stored_revision(database) or "empty")
