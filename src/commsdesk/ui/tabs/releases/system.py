"""Handing files to the system's programs (mail program, PDF reader, photo viewer) — one place, easy to replace."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from commsdesk.private_files import private_folder


def open_path(path: Path) -> bool:
    """Open `path` with the program the system associates with its type; False when none could be started."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def drafts_folder() -> Path:
    """A folder for e-mail drafts and previews handed to other programs (the system's temporary folder)."""
    return private_folder(Path(tempfile.gettempdir()) / "commsdesk-drafts")  # addresses: personal data
