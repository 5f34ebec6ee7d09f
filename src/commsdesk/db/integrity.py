"""Read-only health checks of a database file, run before anything writes to it.

The window checks an up-to-date file on a worker thread while it shows the data (`BackgroundCheck`): reading a
damaged file harms nothing, and a `WriteGate` holds every write until the check has passed (and refuses them
for good when it failed), so nothing is ever written to a file that has not passed its check.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path, PurePath

from commsdesk import open_files
from commsdesk.db.errors import environment_error, is_damage, not_a_database
from commsdesk.errors import DatabaseDamagedError, UserError
from commsdesk.i18n import translate
from commsdesk.logs import store as log


@dataclass
class IntegrityReport:
    """What `PRAGMA quick_check` and `PRAGMA foreign_key_check` found; `ok` when both found nothing."""

    path: Path
    problems: list[str] = field(default_factory=list)
    foreign_key_violations: int = 0
    interrupted_change: bool = False  # a hot journal: checked as it will be once SQLite has rolled it back

    @property
    def ok(self) -> bool:
        return not self.problems and self.foreign_key_violations == 0


def file_uri(path: PurePath) -> str:
    """SQLite's URI of the absolute `path`. A Windows network path (`\\\\server\\share\\…`) keeps its server in the
    path (`file:////server/share/…`): SQLite refuses a URI naming a host."""
    uri = path.as_uri()
    return "file:////" + uri.removeprefix("file://") if not uri.startswith("file:///") else uri


def is_sqlite_file(path: Path) -> bool:
    """Whether `path` is an SQLite database (a text file or a spreadsheet is not; SQLite counts an empty file as
    one, `refuse_what_is_no_database` does not)."""
    try:
        connection = sqlite3.connect(f"{file_uri(path.resolve())}?mode=ro&immutable=1", uri=True)
        try:
            connection.execute("PRAGMA schema_version").fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        return getattr(error, "sqlite_errorcode", None) != sqlite3.SQLITE_NOTADB
    return True


def uses_wal(path: Path) -> bool:
    """Whether `path` is an SQLite file in WAL mode (bytes 18–19 of its header are 2): files of older commsdesk.

    A file this process has open is in rollback-journal mode already (`prepare` converts it before opening).
    """
    if open_files.is_open(path):
        return False
    try:
        with path.open("rb") as handle:
            header = handle.read(20)
    except OSError:
        return False
    return header.startswith(b"SQLite format 3\x00") and header[18:20] == b"\x02\x02"


def refuse_what_is_no_database(path: Path) -> None:
    """A folder, an empty file or a file of another program is not opened as a database (nor offered a restore)."""
    if path.is_dir():
        raise UserError(translate("Errors", "{path} is a folder, not a database file.").format(path=path))
    if path.stat().st_size == 0:
        raise DatabaseDamagedError(
            translate("Errors", "The database {path} is an empty file (0 bytes): whatever it held is gone.").format(
                path=path
            )
        )
    if not is_sqlite_file(path):
        raise not_a_database(path)


def read_only_uri(path: Path) -> str:
    """The URI that opens `path` for reading only, creating nothing beside it.

    A WAL-mode file opened read-only would get a `-wal` and `-shm` beside it; when it has no `-wal`, no
    connection has it open and all its content is in the file itself, so it is read as immutable instead.
    """
    uri = f"{file_uri(path.resolve())}?mode=ro"
    if uses_wal(path) and not path.with_name(path.name + "-wal").exists():
        uri += "&immutable=1"
    return uri


def open_read_only(path: Path) -> sqlite3.Connection:
    """A connection that cannot write to `path` (it may still read a live WAL) and creates no file."""
    return sqlite3.connect(read_only_uri(path), uri=True)


def _run_checks(connection: sqlite3.Connection, report: IntegrityReport) -> None:
    rows = connection.execute("PRAGMA quick_check").fetchall()
    report.problems = [row[0] for row in rows if row[0] != "ok"]
    report.foreign_key_violations = len(connection.execute("PRAGMA foreign_key_check").fetchall())


def journal_of(path: Path) -> Path:
    return path.with_name(path.name + "-journal")


def _is_hot_journal_error(error: sqlite3.DatabaseError, path: Path) -> bool:
    return error.sqlite_errorcode & 0xFF == sqlite3.SQLITE_READONLY and journal_of(path).exists()


@contextmanager
def reading(path: Path) -> Iterator[tuple[sqlite3.Connection, bool]]:
    """`(connection, interrupted)`: a connection that reads `path` and writes nothing to it.

    A file whose last change was interrupted (a killed import leaves a hot journal) cannot be read read-only:
    SQLite must roll the journal back first. It is then read from a copy, rolled back there, as the file will be
    once commsdesk next opens it (`interrupted` is True); `path` itself is left as it is.
    """
    connection = open_read_only(path)
    try:
        connection.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as error:
        connection.close()
        if not _is_hot_journal_error(error, path):
            raise
        with tempfile.TemporaryDirectory(prefix="commsdesk-check-") as folder:
            copy = Path(folder) / path.name
            shutil.copyfile(path, copy)
            shutil.copyfile(journal_of(path), journal_of(copy))
            connection = sqlite3.connect(copy)
            try:
                yield connection, True
            finally:
                connection.close()
        return
    try:
        yield connection, False
    finally:
        connection.close()


def check_file(path: Path) -> IntegrityReport:
    """Check `path` without writing to it: page-level consistency and broken foreign keys (see `reading` for a
    file whose last change was interrupted)."""
    report = IntegrityReport(path)
    started = time.perf_counter()
    try:
        with reading(path) as (connection, interrupted):
            report.interrupted_change = interrupted
            _run_checks(connection, report)
    except sqlite3.DatabaseError as error:
        if not is_damage(error):  # busy, full, missing: not the file's fault, and no reason to offer a backup
            raise (environment_error(error, path) or error) from error
        report.problems.append(str(error))
    log.debug("checked %s in %.0f ms: %s", path, (time.perf_counter() - started) * 1000, report.problems or "ok")
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


_BUSY_ATTEMPTS = 10  # each after the connection's own 5 s busy timeout and a second's pause


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
                self._run_checks_patiently(report)
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

    def _run_checks_patiently(self, report: IntegrityReport) -> None:
        """The checks, tried again while another program keeps the file busy: only damage fails the file."""
        for attempt in range(_BUSY_ATTEMPTS):
            try:
                _run_checks(self._connection, report)
                return
            except sqlite3.DatabaseError as error:
                if is_damage(error) or attempt == _BUSY_ATTEMPTS - 1 or self._cancelled.wait(1.0):
                    raise

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
