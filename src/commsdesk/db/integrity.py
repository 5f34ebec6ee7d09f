"""Read-only health checks of a database file, run before anything writes to it."""

from __future__ import annotations

import sqlite3
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


def check_file(path: Path) -> IntegrityReport:
    """Check `path` without writing to it: page-level consistency and broken foreign keys."""
    report = IntegrityReport(path)
    try:
        connection = open_read_only(path)
        try:
            rows = connection.execute("PRAGMA quick_check").fetchall()
            report.problems = [row[0] for row in rows if row[0] != "ok"]
            report.foreign_key_violations = len(connection.execute("PRAGMA foreign_key_check").fetchall())
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        report.problems.append(str(error))
    return report


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
