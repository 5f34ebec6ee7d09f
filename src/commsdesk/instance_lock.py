"""One commsdesk per database file: a second copy on the same file is refused, not allowed to corrupt it."""

from __future__ import annotations

import errno
import tempfile
from pathlib import Path

from PySide6.QtCore import QLockFile

from commsdesk.errors import DatabaseLockedError, UserError
from commsdesk.file_errors import file_error
from commsdesk.i18n import translate
from commsdesk.private_files import make_private

# What the operating system says of a folder in which nothing may be written.
_WRITE_PROTECTED = {errno.EROFS, errno.EACCES, errno.EPERM}


def _write_probe(folder: Path) -> OSError | None:
    """What writing a few bytes in `folder` fails with, if anything (an empty file would fit on a full disk)."""
    try:
        with tempfile.TemporaryFile(dir=folder) as probe:
            probe.write(b"\0" * 4096)
            probe.flush()
    except OSError as error:
        return error
    return None


def folder_is_writable(folder: Path) -> bool:
    """Whether files can be written in `folder`: False for a write-protected folder or medium; a full disk (or
    any other failure) raises its own UserError."""
    error = _write_probe(folder)
    if error is None:
        return True
    if error.errno in _WRITE_PROTECTED:
        return False
    raise file_error(error, folder) from error


class InstanceLock:
    """A lock file beside the database; a lock left by a process that died is taken over."""

    def __init__(self, lock_file: Path) -> None:
        self.path = lock_file
        self._lock = QLockFile(str(lock_file))
        self._lock.setStaleLockTime(0)  # stale only when its process is gone

    def acquire(self) -> None:
        """Take the lock, or raise DatabaseLockedError (another commsdesk has it) or the UserError that names why
        the lock file could not be written (a full disk, a write-protected folder)."""
        if self._lock.tryLock(200):
            make_private(self.path)
            return
        if self._lock.error() == QLockFile.LockError.LockFailedError:
            raise DatabaseLockedError(
                translate(
                    "Errors",
                    "This database is already open in another commsdesk window. Close that one first.",
                )
            )
        error = _write_probe(self.path.parent)
        if error is not None:
            raise file_error(error, self.path.parent) from error
        raise UserError(translate("Errors", "The lock file {path} could not be written.").format(path=self.path))

    def release(self) -> None:
        self._lock.unlock()

    def __enter__(self) -> InstanceLock:
        self.acquire()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()
