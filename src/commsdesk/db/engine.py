"""The SQLAlchemy engine over one SQLite file, with the pragmas that keep it safe, and the unit of work.

The file uses SQLite's rollback journal, not WAL. POSIX advisory locks belong to the process: closing *any*
descriptor of a file drops all of the process's locks on it, so a file dialog that sniffs the database (or its
`-wal`/`-shm`) would let another process delete the live WAL under a window that keeps its connections open
("How To Corrupt An SQLite Database File", §2.2). With a rollback journal a connection holds no lock between
transactions, and committed data is always in the database file itself, which every other program reads.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from commsdesk.db.integrity import OPEN_IN_THIS_PROCESS, WriteGate, not_a_database_message, read_only_uri
from commsdesk.errors import DatabaseDamagedError, DatabaseLockedError, DatabaseReadOnlyError, UserError
from commsdesk.i18n import translate

BUSY_TIMEOUT_MS = 5000
JOURNAL_MODE = "delete"
# A large import's changes stay in memory until it commits (64 MiB), so that it does not spill into the file
# and lock out the window's reads for the rest of the import.
CACHE_SIZE_KIB = 65536


def _set_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    # Python's sqlite3 would open a transaction only before INSERT/UPDATE/DELETE, committing DDL (CREATE TABLE
    # in a migration) on its own: a killed upgrade then left half a schema. SQLAlchemy begins each transaction
    # itself instead (`_begin`), so a migration or a unit of work is all or nothing, its DDL included.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA journal_mode={JOURNAL_MODE}")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute(f"PRAGMA cache_size=-{CACHE_SIZE_KIB}")
    cursor.close()


def _begin(connection: Connection) -> None:
    connection.exec_driver_sql("BEGIN")


def _set_read_only_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.close()


def make_engine(path: Path, gate: WriteGate | None = None, *, read_only: bool = False) -> Engine:
    """An engine on `path` with foreign keys on, a rollback journal, full sync and a busy timeout on every
    connection; with `gate`, every connection's writes wait for it (see `WriteGate`) until it has opened.
    `read_only` opens the file so that SQLite refuses every write (a file on write-protected media)."""
    if read_only:
        engine = create_engine(f"sqlite:///{read_only_uri(path)}&uri=true")
        event.listen(engine, "connect", _set_read_only_pragmas)
        return engine
    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", _set_pragmas)
    event.listen(engine, "begin", _begin)
    if gate is not None:

        def guard(dbapi_connection: sqlite3.Connection, record: object) -> None:
            if not gate.open:
                dbapi_connection.set_authorizer(gate.authorize)
                record.info["gated"] = True  # type: ignore[attr-defined]

        def unguard(dbapi_connection: sqlite3.Connection, record: object, _proxy: object) -> None:
            if gate.open and record.info.pop("gated", False):  # type: ignore[attr-defined]
                dbapi_connection.set_authorizer(None)  # the check passed: no more cost per statement

        event.listen(engine, "connect", guard)
        event.listen(engine, "checkout", unguard)
    return engine


def environment_error(error: sqlite3.Error | DBAPIError, path: Path) -> UserError | None:
    """The user-facing error for a failure that is the environment's fault (locked, full, damaged, read-only),
    else None. Sorted by SQLite's result code, never by the (English, version-dependent) text of the message."""
    original = getattr(error, "orig", error)
    code = getattr(original, "sqlite_errorcode", None)
    if code is None:
        return None
    primary = code & 0xFF
    if primary in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return DatabaseLockedError(
            translate("Errors", "The database {path} is in use by another program. Close it and try again.").format(
                path=path
            )
        )
    if primary in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_AUTH):
        # SQLITE_AUTH: the write gate refused a write because the file failed its integrity check.
        return DatabaseDamagedError(
            translate("Errors", "The database {path} is damaged. Nothing was written to it.").format(path=path)
        )
    if primary == sqlite3.SQLITE_NOTADB:
        return DatabaseDamagedError(not_a_database_message(path))
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


def read_only_message(path: Path) -> str:
    return translate(
        "Errors",
        "The database {path} is read-only (a write-protected file, folder or medium): it can be read, but nothing "
        "can be changed.",
    ).format(path=path)


class Database:
    """One open commsdesk database file: its engine and the transactions of its services."""

    def __init__(self, path: Path, gate: WriteGate | None = None, *, read_only: bool = False) -> None:
        self.path = path
        self.gate = gate
        self.read_only = read_only
        self.engine = make_engine(path, gate, read_only=read_only)
        OPEN_IN_THIS_PROCESS[path.resolve()] += 1
        self._closed = False
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back entirely if anything in it fails."""
        try:
            with self._sessions.begin() as session:
                yield session
        except DBAPIError as error:
            user_error = environment_error(error, self.path)
            if user_error is None:
                raise
            raise user_error from error

    def close(self) -> None:
        """Release every connection (needed before the file is replaced or copied)."""
        self.engine.dispose()
        if not self._closed:
            self._closed = True
            OPEN_IN_THIS_PROCESS[self.path.resolve()] -= 1
