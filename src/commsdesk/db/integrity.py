"""Read-only health checks of a database file, run before anything writes to it.

The window checks an up-to-date file on a worker thread while it shows the data (`BackgroundCheck`): reading a
damaged file harms nothing, and a `WriteGate` holds every write until the check has passed (and refuses them
for good when it failed), so nothing is ever written to a file that has not passed its check.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class IntegrityReport:
    """What `PRAGMA quick_check` and `PRAGMA foreign_key_check` found; `ok` when both found nothing."""

    path: Path
    problems: list[str] = field(default_factory=list)
    foreign_key_violations: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems and self.foreign_key_violations == 0


def open_read_only(path: Path) -> sqlite3.Connection:
    """A connection that cannot write to `path` (it may still read the WAL)."""
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def _run_checks(connection: sqlite3.Connection, report: IntegrityReport) -> None:
    rows = connection.execute("PRAGMA quick_check").fetchall()
    report.problems = [row[0] for row in rows if row[0] != "ok"]
    report.foreign_key_violations = len(connection.execute("PRAGMA foreign_key_check").fetchall())


def check_file(path: Path) -> IntegrityReport:
    """Check `path` without writing to it: page-level consistency and broken foreign keys."""
    report = IntegrityReport(path)
    try:
        connection = open_read_only(path)
        try:
            _run_checks(connection, report)
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        report.problems.append(str(error))
    return report


# What SQLite's authorizer reports for a statement that only reads (see sqlite3_set_authorizer).
_READING = {sqlite3.SQLITE_READ, sqlite3.SQLITE_SELECT, sqlite3.SQLITE_FUNCTION, sqlite3.SQLITE_RECURSIVE}
_READING |= {sqlite3.SQLITE_TRANSACTION, sqlite3.SQLITE_SAVEPOINT}
_TEMPORARY = {
    sqlite3.SQLITE_CREATE_TEMP_INDEX,
    sqlite3.SQLITE_CREATE_TEMP_TABLE,
    sqlite3.SQLITE_CREATE_TEMP_TRIGGER,
    sqlite3.SQLITE_CREATE_TEMP_VIEW,
    sqlite3.SQLITE_DROP_TEMP_INDEX,
    sqlite3.SQLITE_DROP_TEMP_TABLE,
    sqlite3.SQLITE_DROP_TEMP_TRIGGER,
    sqlite3.SQLITE_DROP_TEMP_VIEW,
}
# Pragmas that only report something when asked without a value (others, like wal_checkpoint, write).
_READING_PRAGMAS = {
    "table_info",
    "table_xinfo",
    "index_list",
    "index_info",
    "index_xinfo",
    "foreign_key_list",
    "database_list",
    "compile_options",
    "data_version",
    "page_count",
    "page_size",
    "freelist_count",
    "schema_version",
    "user_version",
    "journal_mode",
    "foreign_keys",
    "busy_timeout",
    "synchronous",
    "encoding",
}


class WriteGate:
    """Lets reads through at once and holds every write until the file's integrity is known; then lets writes
    through if it passed and refuses them (SQLite's "not authorized") if it failed.

    Installed as SQLite's authorizer, it is asked while each statement is prepared, so it sees every write,
    whatever code issues it; writes to the temporary database are not writes to the file and go through.
    """

    def __init__(self, passed: bool | None = None) -> None:
        self._decided = threading.Event()
        self._passed = False
        self._waiting = threading.Event()
        self.on_hold: Callable[[], None] | None = None  # called when a write is held (starts the check, if late)
        if passed is not None:
            self.decide(passed)

    @property
    def open(self) -> bool:
        """Whether the check passed (writes go straight through)."""
        return self._decided.is_set() and self._passed

    @property
    def decided(self) -> bool:
        return self._decided.is_set()

    def decide(self, passed: bool) -> None:
        """Release the held writes: through if `passed`, refused otherwise. Only the first decision counts."""
        if not self._decided.is_set():
            self._passed = passed
            self._decided.set()

    def wait_for_a_held_write(self, timeout: float | None = None) -> bool:
        """Block until some write is being held (for tests); True if one is."""
        return self._waiting.wait(timeout)

    def authorize(self, action: int, arg1: str | None, arg2: str | None, database: str | None, _source: object) -> int:
        """SQLite's authorizer callback."""
        if self._decided.is_set() and self._passed:
            return sqlite3.SQLITE_OK
        if action in _READING or action in _TEMPORARY or database == "temp":
            return sqlite3.SQLITE_OK
        if action == sqlite3.SQLITE_UPDATE and arg1 in ("sqlite_master", "sqlite_schema"):
            # Asked when an FTS5 table is first read on a connection; the schema itself can only change through
            # CREATE, DROP or ALTER (or PRAGMA writable_schema), which are held.
            return sqlite3.SQLITE_OK
        if action == sqlite3.SQLITE_PRAGMA and arg2 is None and (arg1 or "").lower() in _READING_PRAGMAS:
            return sqlite3.SQLITE_OK
        self._waiting.set()
        if self.on_hold is not None:
            self.on_hold()
        self._decided.wait()
        return sqlite3.SQLITE_OK if self._passed else sqlite3.SQLITE_DENY


class BackgroundCheck:
    """`check_file` on a worker thread: decides `gate`, then calls `on_done(report)` on that thread.

    It starts when `start` is called (the window calls it once the data is on screen, so that the check does not
    compete with the first page) or when a write is held, whichever comes first. `cancel` stops it (when the
    database is closed first); a cancelled check refuses writes and reports nothing.
    """

    def __init__(self, path: Path, gate: WriteGate, on_done: Callable[[IntegrityReport], None]) -> None:
        self.path = path
        self._gate = gate
        self._on_done = on_done
        self._cancelled = threading.Event()
        self._connection: sqlite3.Connection | None = None
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._run, name="commsdesk-integrity-check")
        self._started = False
        gate.on_hold = self.start

    def start(self) -> None:
        """Start the check, unless it has started already or was cancelled."""
        with self._lock:
            if self._started or self._cancelled.is_set():
                return
            self._started = True
            self._thread.start()

    def _run(self) -> None:
        report = IntegrityReport(self.path)
        try:
            with self._lock:
                if self._cancelled.is_set():
                    return
                self._connection = open_read_only(self.path)
            try:
                _run_checks(self._connection, report)
            finally:
                with self._lock:
                    self._connection.close()
                    self._connection = None
        except Exception as error:  # whatever stopped the check, the file has not passed it
            report.problems.append(str(error) or type(error).__name__)
        finally:
            self._gate.decide(report.ok and not self._cancelled.is_set())  # never leaves a write waiting
        if not self._cancelled.is_set():
            self._on_done(report)

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def cancel(self) -> None:
        """Stop the check (interrupting SQLite) and wait for its thread to end."""
        with self._lock:
            self._cancelled.set()
            if self._connection is not None:
                self._connection.interrupt()
        if self._thread.is_alive() and threading.current_thread() is not self._thread:
            self._thread.join()
        self._gate.decide(False)


def table_counts(connection: sqlite3.Connection) -> dict[str, int]:
    """Rows in each ordinary table, to compare a copy with its original."""
    names = [
        row[0]
        for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE "
            "'CREATE VIRTUAL%' ORDER BY name"
        )
    ]
    return {name: connection.execute(f'SELECT COUNT(*) FROM "{name}"').fetchone()[0] for name in names}
