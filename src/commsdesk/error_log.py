"""The log of unexpected errors (bugs): the user gets one sentence, the traceback goes to a file for us.

The log is `commsdesk-errors.log` in the per-user data folder, whichever database is open (`--db` may point at a
shared or removable drive, which should not collect tracebacks), readable by its owner only; if it cannot be
written there (disk full, the file owned by someone else), in the temporary folder. Writing it never raises.
"""

from __future__ import annotations

import os
import tempfile
import traceback
from datetime import datetime
from pathlib import Path

from commsdesk import __version__
from commsdesk.i18n import translate
from commsdesk.paths import default_data_dir
from commsdesk.private_files import open_private, private_folder

LOG_NAME = "commsdesk-errors.log"


def log_path() -> Path:
    """Where the log is written when it can be."""
    return default_data_dir() / LOG_NAME


def log_unexpected(error: BaseException) -> Path | None:
    """Append the traceback of `error` to the log; returns its path, or None if no log could be written."""
    entry = f"--- {datetime.now():%Y-%m-%d %H:%M:%S}, commsdesk {__version__}\n" + "".join(
        traceback.format_exception(error)
    )
    try:
        return _append(private_folder(log_path().parent) / LOG_NAME, entry)
    except OSError:
        pass
    try:
        return _append(Path(tempfile.gettempdir()) / LOG_NAME, entry)
    except OSError:
        return None


def unexpected_error_message(error: BaseException) -> str:
    """Log `error` and return the one sentence that tells the user, naming the log."""
    log_file = log_unexpected(error)
    if log_file is None:
        return translate(
            "Errors", "commsdesk hit an unexpected error ({error}), and its details could not be written to a log."
        ).format(error=type(error).__name__)
    return translate("Errors", "commsdesk hit an unexpected error ({error}). Details are in {log}.").format(
        error=type(error).__name__, log=log_file
    )


def _append(path: Path, entry: str) -> Path:
    # Not a symbolic link (the temporary folder is shared), and 0600 even if an older log was readable by all.
    descriptor = open_private(path, os.O_WRONLY | os.O_APPEND | getattr(os, "O_NOFOLLOW", 0))
    try:
        os.write(descriptor, entry.encode("utf-8", "replace"))
    finally:
        os.close(descriptor)
    return path
