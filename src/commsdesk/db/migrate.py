"""Bring a database file to the current schema: check it, back it up, upgrade it with Alembic, verify it.

A damaged file is never written to; a file from a newer commsdesk is refused; an older one is upgraded in place
only after a verified backup.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.exc import DBAPIError

from commsdesk.db.backup import backup_into_folder
from commsdesk.db.engine import Database, environment_error
from commsdesk.db.integrity import check_file, open_read_only
from commsdesk.errors import DatabaseDamagedError, DatabaseTooNewError, UserError
from commsdesk.i18n import translate

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
# The newest revision, known without importing Alembic (~0.35 s) so that opening an up-to-date file stays fast.
# A test checks it against Alembic's own idea of the head: bump it with every new migration.
SCHEMA_HEAD = "0002"


@dataclass(frozen=True)
class MigrationResult:
    created: bool
    from_revision: str | None
    to_revision: str
    backup: Path | None
    checked: bool = True  # False: an up-to-date file whose integrity check was left to the caller


def _config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    """The newest schema revision this version of commsdesk knows, as Alembic reads it from the migrations."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {script.revision for script in ScriptDirectory.from_config(_config()).walk_revisions()}


def stored_revision(path: Path) -> str | None:
    """The revision recorded in `path`, None for a file with no tables; a foreign SQLite file is refused."""
    connection = open_read_only(path)
    try:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not tables:
            return None
        if "alembic_version" not in tables:
            raise UserError(translate("Errors", "{path} is not a commsdesk database.").format(path=path))
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    finally:
        connection.close()


def _is_at(path: Path, revision: str) -> bool:
    """Whether `path` records `revision`; False when that cannot be read (the full check then says why)."""
    try:
        return stored_revision(path) == revision
    except (UserError, sqlite3.Error):
        return False


def upgrade(database: Database, revision: str = "head") -> None:
    """Run the migrations up to `revision` on `database` in one transaction."""
    from alembic import command

    config = _config()
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def prepare(path: Path, backups: Path, *, check_current: bool = True) -> MigrationResult:
    """Create `path` at the newest schema, or check, back up and upgrade an existing file; then verify it.

    With `check_current=False` a file already at the newest schema is returned unchecked (`checked=False`): the
    caller then checks it before anything writes (the window does it in the background behind a `WriteGate`).
    A file that needs an upgrade is always checked here first, since the upgrade writes.
    """
    head = SCHEMA_HEAD
    exists = path.exists() and path.stat().st_size > 0
    current = None
    backup = None
    try:
        if exists and not check_current and _is_at(path, head):
            return MigrationResult(False, head, head, None, checked=False)
        if exists:
            report = check_file(path)
            if not report.ok:
                raise DatabaseDamagedError(
                    translate("Errors", "The database {path} is damaged. Nothing was written to it.").format(path=path)
                )
            current = stored_revision(path)
            if current == head:
                return MigrationResult(False, current, head, None)
            if current is not None and current not in known_revisions():
                raise DatabaseTooNewError(
                    translate(
                        "Errors",
                        "The database {path} was written by a newer version of commsdesk. Install that version "
                        "to open it.",
                    ).format(path=path)
                )
            if current is not None:
                backup = backup_into_folder(path, backups, current)
        path.parent.mkdir(parents=True, exist_ok=True)
        database = Database(path)
        try:
            upgrade(database)
        finally:
            database.close()
    except (sqlite3.Error, DBAPIError) as error:
        user_error = environment_error(error, path)
        if user_error is None:
            raise
        raise user_error from error
    if stored_revision(path) != head or not check_file(path).ok:
        raise DatabaseDamagedError(
            translate("Errors", "The upgrade of {path} could not be verified. Restore the backup {backup}.").format(
                path=path, backup=backup
            )
        )
    return MigrationResult(current is None, current, head, backup)
