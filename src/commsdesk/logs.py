"""The program's log: what an officer sends when something went wrong.

`commsdesk.log` in the per-user data folder, at INFO (DEBUG with `--debug`), kept to four files of 1 MiB each and
readable by its owner only. Code logs to a few named loggers — `commsdesk.store` (opening, checking, upgrading,
backing up the database), `commsdesk.exchange` (files read and written), `commsdesk.tasks` (long work in the
window) — and never personal data: paths, counts and durations, not names or addresses. Unexpected errors keep
their own log with the traceback (`error_log`).
"""

from __future__ import annotations

import contextlib
import logging
import os
from logging.handlers import RotatingFileHandler
from pathlib import Path

from commsdesk.private_files import open_private, private_folder

LOG_NAME = "commsdesk.log"
MAX_BYTES = 1024 * 1024
BACKUP_COUNT = 3

store = logging.getLogger("commsdesk.store")
exchange = logging.getLogger("commsdesk.exchange")
tasks = logging.getLogger("commsdesk.tasks")


class _PrivateRotatingFileHandler(RotatingFileHandler):
    """A rotating file whose every file, the ones begun at rollover too, only its owner can read."""

    def _open(self):  # type: ignore[override]
        descriptor = open_private(Path(self.baseFilename), os.O_WRONLY | os.O_APPEND)  # binary: Python ends lines
        return open(descriptor, "a", encoding="utf-8", errors="replace")

    def handleError(self, record: logging.LogRecord) -> None:
        """A full disk or a lost folder silences the log; it never prints a traceback or stops the program."""


def configure(folder: Path, *, debug: bool = False) -> Path | None:
    """Log to `folder/commsdesk.log` from now on; returns its path, or None when it cannot be written there."""
    root = logging.getLogger("commsdesk")
    for handler in [h for h in root.handlers if isinstance(h, _PrivateRotatingFileHandler)]:
        root.removeHandler(handler)
        with contextlib.suppress(OSError):  # what it still held could not be written (a full disk): gone anyway
            handler.close()
    path = folder / LOG_NAME
    try:
        private_folder(folder)
        handler = _PrivateRotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if debug else logging.INFO)
    return path
