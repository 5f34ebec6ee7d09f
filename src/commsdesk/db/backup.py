"""Verified copies of the database through SQLite's backup API, and restoring one."""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from commsdesk.db.errors import damaged, environment_error, is_damage, not_a_database
from commsdesk.db.integrity import check_file, journal_of, reading, refuse_what_is_no_database, table_counts
from commsdesk.errors import UserError
from commsdesk.file_errors import file_error
from commsdesk.i18n import translate
from commsdesk.logs import store as log
from commsdesk.private_files import open_private, private_folder

PARTIAL_SUFFIX = ".part"
# Errors of reading the database being copied, rather than of writing the copy.
_SOURCE_CODES = {sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED}
_POSIX = os.name == "posix"
if _POSIX:
    import fcntl


@dataclass(frozen=True)
class BackupFile:
    path: Path
    label: str  # the schema revision, or why the copy was made
    taken_at: datetime


@contextmanager
def _partial_copy(target: Path) -> Iterator[Path]:
    """A new, empty, private `<target>.part` to write the copy into, marked as being written while this block runs.

    On POSIX a `flock` on it, taken on the very descriptor that created it, tells `remove_abandoned_copies` that
    it is being written (by a backup started from Task Scheduler while the window opens, say); that descriptor is
    closed only after SQLite has closed the file, since closing a descriptor drops the process's locks on a file.
    On Windows a file that SQLite holds open cannot be deleted.
    """
    partial = target.with_name(target.name + PARTIAL_SUFFIX)
    _remove_if_abandoned(partial)
    try:
        descriptor = open_private(partial, os.O_EXCL | os.O_RDWR)
    except FileExistsError as error:
        raise UserError(
            translate("Errors", "Another backup to {path} is being written.").format(path=target)
        ) from error
    try:
        if _POSIX:
            fcntl.flock(descriptor, fcntl.LOCK_EX)
        yield partial
    finally:
        os.close(descriptor)
        partial.unlink(missing_ok=True)


def _remove_if_abandoned(partial: Path) -> bool:
    """Delete `partial` (and its journal) unless a running backup is writing it; True if it was deleted.

    It is deleted while the probe holds its lock, so no backup can have taken the file over meanwhile."""
    try:
        probe = os.open(partial, os.O_RDONLY)
    except FileNotFoundError:
        return False
    try:
        if _POSIX:
            try:
                fcntl.flock(probe, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                return False
        partial.unlink()  # on Windows this fails while a backup holds it open
        journal_of(partial).unlink(missing_ok=True)
    except OSError:
        return False  # in use, or not ours to delete: left alone
    finally:
        os.close(probe)
    log.info("removed %s, left by a backup or upgrade that was stopped", partial)
    return True


def remove_abandoned_copies(folder: Path, database: Path) -> int:
    """Delete the `.part` files that a killed backup, upgrade or restore of `database` left in `folder` (its
    own folder, or its backups); returns how many. Other programs' `.part` files (a browser's downloads) stay."""
    ours = re.compile(
        rf"^(?:{re.escape(database.name)}|{re.escape(database.stem)}-[^-]+-\d{{8}}-\d{{6}}(?:-\d+)?\.sqlite)"
        rf"{re.escape(PARTIAL_SUFFIX)}$"
    )
    found = [path for path in folder.iterdir() if ours.match(path.name)] if folder.is_dir() else []
    return sum(_remove_if_abandoned(partial) for partial in found)


def backup_to(source: Path, target: Path) -> Path:
    """Copy `source` to `target` with the backup API and verify the copy; a failed copy is deleted.

    The copy is private to its owner (personal data) and uses a rollback journal: one self-contained file.
    A failure is blamed on the right file: the source when reading it failed, the target when writing did.
    """
    refuse_what_is_no_database(source)
    return _copy(source, target)


def _copy(source: Path, target: Path) -> Path:
    """`backup_to` for a `source` already known to be a database."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with _partial_copy(target) as partial, reading(source) as (src, _interrupted):
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")
                expected = table_counts(src)
                copied = table_counts(dst)
            finally:
                dst.close()
            if expected != copied or not check_file(partial).ok:
                raise UserError(translate("Errors", "The backup copy could not be verified; it was not kept."))
            partial.replace(target)
        log.info("backup of %s written to %s", source, target)
    except sqlite3.Error as error:
        blamed = source if is_damage(error) or error.sqlite_errorcode & 0xFF in _SOURCE_CODES else target
        user_error = environment_error(error, blamed) or UserError(
            translate("Errors", "The backup to {path} failed: {reason}").format(path=target, reason=error)
        )
        raise user_error from error
    except OSError as error:
        raise file_error(error, target) from error
    return target


def backup_database(database: Path, folder: Path) -> Path:
    """A verified backup of `database` in `folder`, named after its schema revision (or "empty") and the time."""
    refuse_what_is_no_database(database)
    try:
        label = stored_revision(database) or "empty"
    except sqlite3.Error as error:
        raise (environment_error(error, database) or damaged(database)) from error
    return backup_into_folder(database, folder, label)


def stored_revision(path: Path) -> str | None:
    """The revision recorded in `path`, None for a file with no tables; a foreign SQLite file is refused."""
    with reading(path) as (connection, _interrupted):
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not tables:
            return None
        if "alembic_version" not in tables:
            raise not_a_database(path)
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None


def backup_name(database: Path, label: str, stamp: str) -> str:
    """`<database's stem>-<label>-<YYYYmmdd-HHMMSS>.sqlite`: a backup says which database it is a copy of."""
    return f"{database.stem}-{label}-{stamp}.sqlite"


def backup_into_folder(source: Path, folder: Path, label: str) -> Path:
    """A timestamped verified backup of `source`, a database its caller has opened or checked, in `folder` (see
    `backup_name`)."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = private_folder(folder) / backup_name(source, label, stamp)
    counter = 1
    while target.exists():  # two backups in the same second
        target = folder / backup_name(source, label, f"{stamp}-{counter}")
        counter += 1
    return _copy(source, target)


def list_backups(folder: Path, database: Path) -> list[BackupFile]:
    """The backups of `database` in `folder` (never those of another database kept in the same folder), newest
    first."""
    pattern = re.compile(
        rf"^{re.escape(database.stem)}-(?P<label>[^-]+)-(?P<stamp>\d{{8}}-\d{{6}})(?:-(?P<counter>\d+))?\.sqlite$"
    )
    found = []
    for path in folder.glob("*.sqlite") if folder.is_dir() else []:
        match = pattern.match(path.name)
        if match:
            taken_at = datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
            found.append((taken_at, int(match["counter"] or 0), BackupFile(path, match["label"], taken_at)))
    return [backup for *_key, backup in sorted(found, key=lambda item: item[:2], reverse=True)]


def latest_good_backup(folder: Path, database: Path) -> BackupFile | None:
    """The newest backup of `database` that passes the integrity check."""
    return next((backup for backup in list_backups(folder, database) if check_file(backup.path).ok), None)


def restore(backup: Path, target: Path, folder: Path) -> Path | None:
    """Replace `target` with a copy of `backup`; the file it replaces is moved into `folder` first.

    Returns where the replaced file went (None if there was none). Close every connection to `target` first.
    """
    if not check_file(backup).ok:
        raise UserError(translate("Errors", "The backup {path} is damaged and cannot be restored.").format(path=backup))
    set_aside = None
    if target.exists():
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        set_aside = private_folder(folder) / backup_name(target, "replaced", stamp)
        shutil.move(target, set_aside)
        for suffix in ("-journal", "-wal", "-shm"):
            companion = target.with_name(target.name + suffix)
            if companion.exists():
                shutil.move(companion, set_aside.with_name(set_aside.name + suffix))
    backup_to(backup, target)
    log.info("restored %s from %s; the file it replaced is %s", target, backup, set_aside)
    return set_aside
