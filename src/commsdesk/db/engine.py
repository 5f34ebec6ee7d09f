"""The SQLAlchemy engine over one SQLite file, with the pragmas that keep it safe, and the unit of work.

The file uses SQLite's rollback journal, not WAL. POSIX advisory locks belong to the process: closing *any*
descriptor of a file drops all of the process's locks on it, so a file dialog that sniffs the database (or its
`-wal`/`-shm`) would let another process delete the live WAL under a window that keeps its connections open
("How To Corrupt An SQLite Database File", §2.2). With a rollback journal a connection holds no lock between
transactions, and committed data is always in the database file itself, which every other program reads. What is
left is a transaction's own locks: no code of ours opens the database's files raw (`open_files`, and the file
dialogs tell types by name only, `ui/file_dialogs.py`), so nothing but foreign code in the process could drop them.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from commsdesk import open_files
from commsdesk.db.errors import environment_error
from commsdesk.db.integrity import WriteGate, read_only_uri

BUSY_TIMEOUT_MS = 5000
JOURNAL_MODE = "delete"  # SQLite's default for a new file; `migrate.prepare` switches older WAL files once
# A large import's changes stay in memory until it commits (64 MiB, `bulk_session`), so that it does not spill into
# the file and lock out the window's reads for the rest of the import. Only there: a cache that large makes every
# short read transaction slower (a fifth of a contact search), so other sessions keep SQLite's default.
BULK_CACHE_SIZE_KIB = 65536
DEFAULT_CACHE_SIZE_KIB = 2000


def _set_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    # Python's sqlite3 would open a transaction only before INSERT/UPDATE/DELETE, committing DDL (CREATE TABLE
    # in a migration) on its own: a killed upgrade then left half a schema. SQLAlchemy begins each transaction
    # itself instead (`_begin`), so a migration or a unit of work is all or nothing, its DDL included.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.close()


def _begin(connection: Connection) -> None:
    connection.exec_driver_sql("BEGIN")


def _set_read_only_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.close()


def _engine(connect: Callable[[], sqlite3.Connection]) -> Engine:
    return create_engine("sqlite://", creator=connect, poolclass=QueuePool)


def make_engine(path: Path, gate: WriteGate | None = None, *, read_only: bool = False) -> Engine:
    """An engine on `path` with foreign keys on, a rollback journal, full sync and a busy timeout on every
    connection; with `gate`, every connection's writes wait for it (see `WriteGate`) until it has opened.
    `read_only` opens the file so that SQLite refuses every write (a file on write-protected media)."""
    # The connections are made here, not from a URL: SQLAlchemy would decode `%41`, `#` or `?` in the path.
    if read_only:
        uri = read_only_uri(path)
        engine = _engine(lambda: sqlite3.connect(uri, uri=True, check_same_thread=False))
        event.listen(engine, "connect", _set_read_only_pragmas)
        return engine
    engine = _engine(lambda: sqlite3.connect(path, check_same_thread=False))
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


class Database:
    """One open commsdesk database file: its engine and the transactions of its services."""

    def __init__(self, path: Path, gate: WriteGate | None = None, *, read_only: bool = False) -> None:
        self.path = path
        self.gate = gate
        self.read_only = read_only
        self.engine = make_engine(path, gate, read_only=read_only)
        open_files.opened(path)
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

    @contextmanager
    def bulk_session(self) -> Iterator[Session]:
        """`session()` for one large write (an import of tens of thousands of rows): its changes stay in memory."""
        with self.session() as session:
            connection = session.connection()
            connection.exec_driver_sql(f"PRAGMA cache_size=-{BULK_CACHE_SIZE_KIB}")
            try:
                yield session
            finally:
                connection.exec_driver_sql(f"PRAGMA cache_size=-{DEFAULT_CACHE_SIZE_KIB}")

    def close(self) -> None:
        """Release every connection (needed before the file is replaced or copied)."""
        self.engine.dispose()
        if not self._closed:
            self._closed = True
            open_files.closed(self.path)
