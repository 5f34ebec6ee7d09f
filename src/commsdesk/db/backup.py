"""Verified copies of the database through SQLite's backup API, and restoring one."""

from __future__ import annotations

import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from commsdesk.db.integrity import check_file, open_read_only, table_counts
from commsdesk.errors import UserError
from commsdesk.i18n import translate

_BACKUP_NAME = re.compile(r"^commsdesk-(?P<label>.+)-(?P<stamp>\d{8}-\d{6})(?:-(?P<counter>\d+))?\.sqlite$")


@dataclass(frozen=True)
class BackupFile:
    path: Path
    label: str  # the schema revision, or why the copy was made
    taken_at: datetime


def backup_to(source: Path, target: Path) -> Path:
    """Copy `source` to `target` with the backup API and verify the copy; a failed copy is deleted."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    try:
        src = open_read_only(source)
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")  # a backup is one self-contained file
            expected = table_counts(src)
            copied = table_counts(dst)
        finally:
            dst.close()
            src.close()
        if expected != copied or not check_file(partial).ok:
            raise UserError(translate("Errors", "The backup copy could not be verified; it was not kept."))
        partial.replace(target)
    except sqlite3.Error as error:
        raise UserError(
            translate("Errors", "The backup to {path} failed: {reason}").format(path=target, reason=error)
        ) from error
    finally:
        partial.unlink(missing_ok=True)
    return target


def backup_into_folder(source: Path, folder: Path, label: str) -> Path:
    """A timestamped verified backup `commsdesk-<label>-<YYYYmmdd-HHMMSS>.sqlite` in `folder`."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = folder / f"commsdesk-{label}-{stamp}.sqlite"
    counter = 1
    while target.exists():  # two backups in the same second
        target = folder / f"commsdesk-{label}-{stamp}-{counter}.sqlite"
        counter += 1
    return backup_to(source, target)


def list_backups(folder: Path) -> list[BackupFile]:
    """The backups in `folder`, newest first."""
    found = []
    for path in folder.glob("commsdesk-*.sqlite") if folder.is_dir() else []:
        match = _BACKUP_NAME.match(path.name)
        if match:
            taken_at = datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
            found.append((taken_at, int(match["counter"] or 0), BackupFile(path, match["label"], taken_at)))
    return [backup for *_key, backup in sorted(found, key=lambda item: item[:2], reverse=True)]


def latest_good_backup(folder: Path) -> BackupFile | None:
    """The newest backup that passes the integrity check."""
    return next((backup for backup in list_backups(folder) if check_file(backup.path).ok), None)


def restore(backup: Path, target: Path, folder: Path) -> Path | None:
    """Replace `target` with a copy of `backup`; the file it replaces is moved into `folder` first.

    Returns where the replaced file went (None if there was none). Close every connection to `target` first.
    """
    if not check_file(backup).ok:
        raise UserError(translate("Errors", "The backup {path} is damaged and cannot be restored.").format(path=backup))
    set_aside = None
    if target.exists():
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        set_aside = folder / f"commsdesk-replaced-{stamp}.sqlite"
        folder.mkdir(parents=True, exist_ok=True)
        shutil.move(target, set_aside)
        for suffix in ("-wal", "-shm"):
            companion = target.with_name(target.name + suffix)
            if companion.exists():
                shutil.move(companion, set_aside.with_name(set_aside.name + suffix))
    backup_to(backup, target)
    return set_aside
