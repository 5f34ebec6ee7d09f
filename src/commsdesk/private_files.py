"""Files and folders of personal data that only their owner may read.

On POSIX, files are 0600 and folders 0700 whatever the umask, and a file that replaces another is created so
before anything is written to it. On Windows the per-user data folder (`%LOCALAPPDATA%`) already admits only its
user, and modes mean nothing there, so these are no-ops.
"""

from __future__ import annotations

import os
from pathlib import Path

FILE_MODE = 0o600
FOLDER_MODE = 0o700
_POSIX = os.name == "posix"


def private_folder(folder: Path) -> Path:
    """Create `folder` (and its parents) if needed and let only its owner in."""
    folder.mkdir(parents=True, exist_ok=True, mode=FOLDER_MODE)
    if _POSIX:
        os.chmod(folder, FOLDER_MODE)
    return folder


def new_folder(folder: Path) -> Path:
    """Create `folder` (and its parents) private if it does not exist; an existing folder (the user's own,
    chosen for `--db`) is left as it is."""
    if not folder.is_dir():
        private_folder(folder)
    return folder


def make_private(path: Path) -> None:
    """Let only the owner read `path`, if it exists and is the user's own (a file left readable by an older
    commsdesk); a file of someone else's, which the user may still write, is left as its owner set it."""
    if _POSIX and path.exists() and path.stat().st_uid == os.getuid():
        os.chmod(path, FILE_MODE)


def open_private(path: Path, flags: int) -> int:
    """`os.open(path, flags | O_CREAT)` (binary on Windows), the file made readable by its owner only whatever the
    umask, also when it existed and was not (fails on a file of someone else's: it is not ours to write into)."""
    descriptor = os.open(path, flags | os.O_CREAT | getattr(os, "O_BINARY", 0), FILE_MODE)
    try:
        if _POSIX:
            os.fchmod(descriptor, FILE_MODE)
    except OSError:
        os.close(descriptor)
        raise
    return descriptor


def create_private(path: Path) -> Path:
    """Create an empty `path` that only its owner can read; raises FileExistsError if it exists."""
    os.close(open_private(path, os.O_EXCL | os.O_WRONLY))
    return path
