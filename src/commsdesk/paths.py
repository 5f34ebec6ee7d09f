"""Where the user's database, backups and attachment archive live (per-user local data folder, or `--db`)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths

from commsdesk import APP_NAME, DATABASE_FILE_NAME


def default_data_dir() -> Path:
    """Qt's AppLocalDataLocation: `%LOCALAPPDATA%\\commsdesk` on Windows, `~/.local/share/commsdesk` on Linux."""
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName("")
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    return Path(location)


@dataclass(frozen=True)
class AppPaths:
    """The database file and the folders kept beside it."""

    database: Path

    @property
    def folder(self) -> Path:
        return self.database.parent

    @property
    def backups(self) -> Path:
        return self.folder / "backups"

    @property
    def attachments(self) -> Path:
        """The managed archive of release attachments."""
        return self.folder / "attachments"

    @property
    def lock_file(self) -> Path:
        return self.database.with_name(self.database.name + ".lock")


def resolve_paths(database: str | Path | None = None) -> AppPaths:
    """The paths for `--db PATH`, or for `commsdesk.sqlite` in the per-user data folder."""
    path = Path(database).expanduser() if database else default_data_dir() / DATABASE_FILE_NAME
    return AppPaths(path.resolve())
