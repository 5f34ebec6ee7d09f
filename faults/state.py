"""What a file holds after a run, read with Python's sqlite3 only: its health, its content's fingerprint, leftovers.

A database is opened read-only (`mode=ro`), so that looking changes nothing. If a hot rollback journal is beside it
(a read-only connection cannot roll it back), the file and its journal are copied and the copy is opened writable:
SQLite then rolls it back as the next program to open the file would, and the copy is what that program would see.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

# A read-only connection cannot roll back a hot journal or recover a WAL index: SQLITE_READONLY_ROLLBACK,
# SQLITE_READONLY_RECOVERY, SQLITE_READONLY_CANTINIT.
_NEEDS_A_WRITER = {776, 264, 1288}


@dataclass(frozen=True)
class Fingerprint:
    """The content of a commsdesk file as far as "all or nothing" needs: schema revision, schema, row counts."""

    revision: str | None
    schema: str  # a hash of every CREATE statement
    counts: tuple[tuple[str, int], ...]

    def rows(self, table: str) -> int:
        return dict(self.counts).get(table, 0)

    def describe(self) -> str:
        interesting = ", ".join(f"{table} {count}" for table, count in self.counts if count)
        return f"revision {self.revision}, schema {self.schema[:8]}: {interesting or 'no rows'}"


@dataclass
class Health:
    path: Path
    problems: list[str] = field(default_factory=list)  # from integrity_check, or why the file could not be read
    foreign_key_violations: int = 0
    fingerprint: Fingerprint | None = None
    recovered_in_a_copy: bool = False  # a hot journal was rolled back in a copy first (see the module's docstring)

    @property
    def ok(self) -> bool:
        return not self.problems and self.foreign_key_violations == 0 and self.fingerprint is not None


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def _fingerprint(connection: sqlite3.Connection) -> Fingerprint:
    entries = connection.execute(
        "SELECT type, name, tbl_name, COALESCE(sql, '') FROM sqlite_master ORDER BY type, name"
    ).fetchall()
    schema = hashlib.sha256(repr(entries).encode()).hexdigest()
    virtual = [
        name for kind, name, _table, sql in entries if kind == "table" and sql.upper().startswith("CREATE VIRTUAL")
    ]
    tables = [
        name
        for kind, name, _table, _sql in entries
        if kind == "table"
        and not name.startswith("sqlite_")
        and not any(name.startswith(f"{v}_") for v in virtual)  # an FTS index's own tables
    ]
    counts = tuple((name, connection.execute(f'SELECT COUNT(*) FROM "{name}"').fetchone()[0]) for name in tables)
    revision = None
    if "alembic_version" in tables:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        revision = row[0] if row else None
    return Fingerprint(revision, schema, counts)


def _examine(connection: sqlite3.Connection, health: Health) -> None:
    rows = connection.execute("PRAGMA integrity_check").fetchall()
    health.problems += [row[0] for row in rows if row[0] != "ok"]
    health.foreign_key_violations = len(connection.execute("PRAGMA foreign_key_check").fetchall())
    health.fingerprint = _fingerprint(connection)


def health(path: Path) -> Health:
    """`PRAGMA integrity_check`, `foreign_key_check` and the fingerprint of `path`, without writing to it."""
    result = Health(path)
    if not path.is_file():
        result.problems.append("the file is missing")
        return result
    try:
        connection = _read_only(path)
        try:
            _examine(connection, result)
        finally:
            connection.close()
    except sqlite3.Error as error:
        if getattr(error, "sqlite_errorcode", None) not in _NEEDS_A_WRITER:
            result.problems.append(f"{type(error).__name__}: {error}")
            return result
        return _health_of_a_copy(path)
    return result


def _health_of_a_copy(path: Path) -> Health:
    with tempfile.TemporaryDirectory(prefix="commsdesk-faults-copy-") as scratch:
        copy = Path(scratch) / path.name
        for suffix in ("", "-journal", "-wal"):
            companion = path.with_name(path.name + suffix)
            if companion.exists():
                shutil.copy2(companion, copy.with_name(copy.name + suffix))
        result = Health(path, recovered_in_a_copy=True)
        try:
            connection = sqlite3.connect(copy)
            try:
                _examine(connection, result)
            finally:
                connection.close()
        except sqlite3.Error as error:
            result.problems.append(f"{type(error).__name__}: {error}")
        return result


def cells_with_nul(path: Path) -> int:
    """How many stored text cells hold a NUL character (a reader should drop or refuse it)."""
    connection = _read_only(path)
    try:
        found = 0
        tables = [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in tables:
            if table.startswith("sqlite_"):
                continue
            for column in connection.execute(f'PRAGMA table_info("{table}")').fetchall():
                found += connection.execute(
                    f'SELECT COUNT(*) FROM "{table}" WHERE typeof("{column[1]}") = \'text\' '
                    f"AND instr(CAST(\"{column[1]}\" AS BLOB), x'00') > 0"
                ).fetchone()[0]
        return found
    finally:
        connection.close()


def leftovers(folder: Path) -> list[str]:
    """Files an interrupted write leaves behind: `*.part` copies (and their journals), stray rollback journals."""
    found = []
    for path in sorted(folder.rglob("*")):
        name = path.name
        if name.endswith(".part") or ".part-" in name or name.endswith("-journal"):
            found.append(str(path.relative_to(folder)))
    return found


def backups(folder: Path) -> list[Path]:
    """The finished backups in `folder/backups` (a `.part` is not one)."""
    return sorted((folder / "backups").glob("*.sqlite")) if (folder / "backups").is_dir() else []
