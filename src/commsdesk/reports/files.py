"""Writing a report file so that a failure never leaves a half-written or corrupted file behind."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from commsdesk.errors import UserError
from commsdesk.i18n import translate


@contextmanager
def atomic_target(path: Path) -> Iterator[Path]:
    """A temporary path beside `path`; it replaces `path` only if the block finishes without error."""
    path = Path(path)
    if not path.parent.is_dir():
        raise UserError(translate("Errors", "The folder {folder} does not exist.").format(folder=path.parent))
    handle, temporary = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=path.suffix, dir=path.parent)
    os.close(handle)
    try:
        yield Path(temporary)
        os.replace(temporary, path)
    except PermissionError as error:
        raise UserError(
            translate("Errors", "{path} cannot be written. Is it open in another program?").format(path=path)
        ) from error
    finally:
        Path(temporary).unlink(missing_ok=True)


def write_atomically(path: Path, write: Callable[[Path], None]) -> Path:
    """Run `write(temporary_path)` and move the result onto `path`."""
    with atomic_target(path) as temporary:
        write(temporary)
    return path
