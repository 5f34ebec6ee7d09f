"""The database file for the front-ends: take a backup now or to a file, list them, restore one, check the file.

The command line and the window reach the store only through here (and the workspace), never `commsdesk.db`."""

from __future__ import annotations

from commsdesk.db.backup import (
    BackupFile,
    backup_database,
    backup_to,
    latest_good_backup,
    list_backups,
    restore,
    stored_revision,
)
from commsdesk.db.errors import damaged, read_only_message
from commsdesk.db.integrity import check_file, is_sqlite_file
from commsdesk.db.migrate import head_revision, known_revisions

backup_now = backup_database  # a verified backup in the backups folder, named after its revision and the time

__all__ = [
    "BackupFile",
    "backup_now",
    "backup_to",
    "check_file",
    "damaged",
    "head_revision",
    "is_sqlite_file",
    "known_revisions",
    "latest_good_backup",
    "list_backups",
    "read_only_message",
    "restore",
    "stored_revision",
]
