"""The database files this process has open through SQLite, so that no other code here opens them raw.

POSIX locks belong to the process: closing *any* descriptor of a file drops all of the process's locks on it,
SQLite's included ("How To Corrupt An SQLite Database File", §2.2). SQLite itself defers such closes; code of ours
that reads a file the user chose (an import, an attachment) asks `refuse_if_open` first.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from commsdesk.errors import UserError
from commsdesk.i18n import translate

_OPEN: Counter[Path] = Counter()
_COMPANIONS = ("", "-journal", "-wal", "-shm")


def opened(path: Path) -> None:
    _OPEN[path.resolve()] += 1


def closed(path: Path) -> None:
    _OPEN[path.resolve()] -= 1


def is_open(path: Path) -> bool:
    """Whether `path` is a database this process has open, or its journal, WAL or shared-memory file."""
    resolved = path.resolve()
    return any(
        _OPEN[resolved.with_name(resolved.name.removesuffix(suffix))] > 0
        for suffix in _COMPANIONS
        if resolved.name.endswith(suffix)
    )


def refuse_if_open(path: Path) -> None:
    """Raise a UserError when `path` is the open database (or one of its files): reading it raw here could cost
    the database its locks."""
    if is_open(path):
        raise UserError(
            translate("Errors", "{path} is the database commsdesk has open; choose another file.").format(path=path)
        )
