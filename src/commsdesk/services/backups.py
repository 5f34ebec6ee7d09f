"""Backups of the database file for the front-ends: take one now, list them, restore one."""

from __future__ import annotations

from pathlib import Path

from commsdesk.db.backup import BackupFile, backup_into_folder, latest_good_backup, list_backups, restore
from commsdesk.db.migrate import stored_revision

__all__ = ["BackupFile", "backup_now", "latest_good_backup", "list_backups", "restore"]


def backup_now(database: Path, folder: Path) -> Path:
    """A verified backup of `database` in `folder`, named after its schema revision and the time."""
    return backup_into_folder(database, folder, stored_revision(database) or "empty")
