"""The SQLAlchemy engine over one SQLite file, with the pragmas that keep it safe, and the unit of work."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from commsdesk.db.integrity import WriteGate
from commsdesk.errors import DatabaseDamagedError, DatabaseLockedError, UserError
from commsdesk.i18n import translate

BUSY_TIMEOUT_MS = 5000


def _set_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.close()


def make_engine(path: Path, gate: WriteGate | None = None) -> Engine:
    """An engine on `path` with foreign keys on, WAL journal, full sync and a busy timeout on every connection;
    with `gate`, every connection's writes wait for it (see `WriteGate`) until it has opened."""
    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", _set_pragmas)
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
    """The user-facing error for a failure that is the environment's fault (locked, full, damaged), else None."""
    original = getattr(error, "orig", error)
    text = str(original).lower()
    if "locked" in text or "busy" in text:
        return DatabaseLockedError(
            translate("Errors", "The database {path} is in use by another program. Close it and try again.").format(
                path=path
            )
        )
    # "not authorized": the write gate refused a write because the file failed its integrity check.
    if "malformed" in text or "not a database" in text or "disk i/o" in text or "not authorized" in text:
        return DatabaseDamagedError(
            translate("Errors", "The database {path} is damaged. Nothing was written to it.").format(path=path)
        )
    if "disk is full" in text or "database or disk is full" in text:
        return UserError(translate("Errors", "The disk is full. Free some space; nothing was saved."))
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return UserError(
            translate("Errors", "The database {path} cannot be written. Check that the folder is writable.").format(
                path=path
            )
        )
    return None


class Database:
    """One open commsdesk database file: its engine and the transactions of its services."""

    def __init__(self, path: Path, gate: WriteGate | None = None) -> None:
        self.path = path
        self.gate = gate
        self.engine = make_engine(path, gate)
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
