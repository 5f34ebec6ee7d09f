"""What the store tells the user when the environment fails it: one sentence per cause, sorted by SQLite's result
code (never by the English, version-dependent text of its message)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from commsdesk.errors import DatabaseDamagedError, DatabaseLockedError, DatabaseReadOnlyError, UserError
from commsdesk.i18n import translate


def damaged(path: Path) -> DatabaseDamagedError:
    return DatabaseDamagedError(
        translate("Errors", "The database {path} is damaged. Nothing was written to it.").format(path=path)
    )


def in_use(path: Path) -> DatabaseLockedError:
    return DatabaseLockedError(
        translate(
            "Errors",
            "The database {path} is busy: another program, or a long import of commsdesk's own, is writing to it. "
            "Try again in a moment.",
        ).format(path=path)
    )


def not_a_database(path: Path) -> UserError:
    return UserError(translate("Errors", "{path} is not a commsdesk database.").format(path=path))


def read_only_message(path: Path) -> str:
    return translate(
        "Errors",
        "The database {path} is read-only (a write-protected file, folder or medium): it can be read, but nothing "
        "can be changed.",
    ).format(path=path)


def is_damage(error: sqlite3.Error) -> bool:
    """Whether SQLite found the file itself broken (rather than busy, full, read-only or missing)."""
    return (getattr(error, "sqlite_errorcode", 0) & 0xFF) in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)


def environment_error(error: sqlite3.Error | DBAPIError, path: Path) -> UserError | None:
    """The user-facing error for a failure that is the environment's fault (locked, full, damaged, read-only),
    else None."""
    original = getattr(error, "orig", error)
    code = getattr(original, "sqlite_errorcode", None)
    if code is None:
        return None
    primary = code & 0xFF
    if primary in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return in_use(path)
    if primary in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_AUTH):
        return damaged(path)  # SQLITE_AUTH: the write gate refused a write because the file failed its check
    if primary == sqlite3.SQLITE_NOTADB:
        return not_a_database(path)
    if primary == sqlite3.SQLITE_FULL:
        return UserError(translate("Errors", "The disk is full. Free some space; nothing was saved."))
    if primary == sqlite3.SQLITE_READONLY:
        return DatabaseReadOnlyError(read_only_message(path))
    if primary == sqlite3.SQLITE_IOERR:
        return UserError(
            translate("Errors", "The disk failed while reading or writing {path}. Nothing was saved.").format(path=path)
        )
    if primary == sqlite3.SQLITE_CANTOPEN:
        return UserError(
            translate(
                "Errors", "The database {path} cannot be opened. Check that it exists and that its folder is writable."
            ).format(path=path)
        )
    return None
