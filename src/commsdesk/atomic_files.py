"""Writing a file so that a failure never leaves a half-written or corrupted file behind."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from commsdesk.errors import UserError
from commsdesk.file_errors import file_error
from commsdesk.i18n import translate
from commsdesk.logs import exchange as log


@contextmanager
def atomic_target(path: Path) -> Iterator[Path]:
    """A temporary path beside `path`; it replaces `path` only if the block finishes without error.

    Whatever the operating system refuses (a full disk, a read-only or unwritable folder, a file held open by
    another program) becomes one sentence naming the cause; the temporary file never stays behind.
    """
    path = Path(path)
    if not path.parent.is_dir():
        raise UserError(translate("Errors", "The folder {folder} does not exist.").format(folder=path.parent))
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=path.suffix, dir=path.parent)
    except OSError as error:
        raise file_error(error, path) from error
    os.close(handle)
    try:
        yield Path(temporary)
        os.replace(temporary, path)
        log.info("wrote %s (%d bytes)", path, path.stat().st_size)
    except OSError as error:
        if error.filename not in (None, temporary, str(path)):
            raise  # about another file (the block's own input): its caller names it
        raise file_error(error, path) from error
    finally:
        Path(temporary).unlink(missing_ok=True)


def write_atomically(path: Path, write: Callable[[Path], None]) -> Path:
    """Run `write(temporary_path)` and move the result onto `path`."""
    with atomic_target(path) as temporary:
        write(temporary)
    return path
