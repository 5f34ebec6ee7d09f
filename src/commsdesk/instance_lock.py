"""One commsdesk per database file: a second copy on the same file is refused, not allowed to corrupt it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile

from commsdesk.errors import DatabaseLockedError
from commsdesk.i18n import translate


class InstanceLock:
    """A lock file beside the database; a lock left by a process that died is taken over."""

    def __init__(self, lock_file: Path) -> None:
        lock_file.parent.mkdir(parents=True, exist_ok=True)
        self._lock = QLockFile(str(lock_file))
        self._lock.setStaleLockTime(0)  # stale only when its process is gone

    def acquire(self) -> None:
        """Take the lock or raise DatabaseLockedError."""
        if not self._lock.tryLock(200):
            raise DatabaseLockedError(
                translate(
                    "Errors",
                    "This database is already open in another commsdesk window. Close that one first.",
                )
            )

    def release(self) -> None:
        self._lock.unlock()

    def __enter__(self) -> InstanceLock:
        self.acquire()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()
