"""The log of unexpected errors (bugs): the user gets one sentence, the traceback goes to a file for us."""

from __future__ import annotations

import logging
import tempfile
import traceback
from pathlib import Path

from commsdesk.paths import default_data_dir

LOG_NAME = "commsdesk-errors.log"


def log_unexpected(error: BaseException) -> Path:
    """Append the traceback of `error` to the log in the data folder (or the temporary folder); returns its path."""
    try:
        folder = default_data_dir()
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        folder = Path(tempfile.gettempdir())
    log_file = folder / LOG_NAME
    handler = logging.FileHandler(log_file, encoding="utf-8")
    logger = logging.getLogger("commsdesk.errors")
    logger.addHandler(handler)
    logger.error("".join(traceback.format_exception(error)))
    logger.removeHandler(handler)
    handler.close()
    return log_file
