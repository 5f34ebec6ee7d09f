"""Bring a database file to the current schema: check it, back it up, upgrade it with Alembic, verify it.

A damaged file is never written to; a file from a newer commsdesk is refused; an older one is upgraded in place
only after a verified backup.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from sqlalchemy.exc import DBAPIError

from commsdesk.db.backup import backup_into_folder, list_backups, remove_abandoned_copies, stored_revision
from commsdesk.db.engine import BUSY_TIMEOUT_MS, JOURNAL_MODE, Database
from commsdesk.db.errors import damaged, environment_error, in_use
from commsdesk.db.integrity import (
    check_file,
    journal_of,
    refuse_what_is_no_database,
    uses_wal,
)
from commsdesk.errors import (
    DatabaseDamagedError,
    DatabaseReadOnlyError,
    DatabaseTooNewError,
    UserError,
)
from commsdesk.file_errors import file_error
from commsdesk.i18n import translate
from commsdesk.logs import store as log
from commsdesk.private_files import create_private, make_private, new_folder

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
# The newest revision, known without importing Alembic (~0.35 s) so that opening an up-to-date file stays fast.
# A test checks it against Alembic's own idea of the head: bump it with every new migration.
SCHEMA_HEAD = "0005"


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
    with database.engine.connect() as connection:
        # Off outside the transaction (SQLite ignores it inside one, so on the driver's connection, before SQLAlchemy
        # begins), so that a batch migration copying a parent table does not cascade into its children; every
        # reference is checked once the migrations are done.
        driver = connection.connection.dbapi_connection
        driver.execute("PRAGMA foreign_keys=OFF")
        try:
            with connection.begin():
                config.attributes["connection"] = connection
                command.upgrade(config, revision)
                if connection.exec_driver_sql("PRAGMA foreign_key_check").first() is not None:
                    raise DatabaseDamagedError(
                        translate("Errors", "The upgrade of {path} broke references; nothing was changed.").format(
                            path=database.path
                        )
                    )
        finally:
            driver.execute("PRAGMA foreign_keys=ON")


def _use_rollback_journal(path: Path) -> None:
    """Switch a file of an older commsdesk from WAL to the rollback journal (see `db.engine`); this needs every
    other program to have closed it."""
    connection = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        mode = connection.execute(f"PRAGMA journal_mode={JOURNAL_MODE}").fetchone()[0]
    finally:
        connection.close()
    if mode != JOURNAL_MODE:
        raise in_use(path)


def _undo_interrupted_change(path: Path) -> None:
    """Roll back what a killed commsdesk left half-written (its hot journal), as SQLite's first read would, and
    delete a stale journal that is not hot. Called with the instance lock held: no other commsdesk writes."""
    journal = journal_of(path)
    if not journal.exists():
        return
    connection = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    try:
        connection.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()  # rolls a hot journal back
        if journal.exists():
            connection.execute("BEGIN IMMEDIATE")  # so nobody else can be writing with that journal
            journal.unlink(missing_ok=True)
            connection.execute("ROLLBACK")
    finally:
        connection.close()
    log.info("%s: undid a change that was interrupted", path)


def _refuse_unknown(path: Path, current: str | None) -> None:
    if current is not None and current not in known_revisions():
        raise DatabaseTooNewError(
            translate(
                "Errors",
                "The database {path} was written by a newer version of commsdesk. Install that version to open it.",
            ).format(path=path)
        )


def prepare_read_only(path: Path) -> MigrationResult:
    """Check a file that cannot be written (write-protected media): it opens only if it needs no upgrade."""
    if not path.exists():
        raise UserError(
            translate("Errors", "{path} does not exist, and its folder is write-protected.").format(path=path)
        )
    refuse_what_is_no_database(path)
    try:
        if not check_file(path).ok:
            raise damaged(path)
        current = stored_revision(path)
    except sqlite3.Error as error:
        raise (environment_error(error, path) or damaged(path)) from error
    _refuse_unknown(path, current)
    log.info("%s is write-protected: opened read-only", path)
    if current != SCHEMA_HEAD:
        raise DatabaseReadOnlyError(
            translate(
                "Errors",
                "The database {path} comes from an older commsdesk and must be upgraded, which a write-protected "
                "file cannot be. Copy it to a writable folder and open the copy.",
            ).format(path=path)
        )
    return MigrationResult(False, current, SCHEMA_HEAD, None)


def prepare(path: Path, backups: Path, *, check_current: bool = True) -> MigrationResult:
    """Create `path` at the newest schema, or check, back up and upgrade an existing file; then verify it.

    With `check_current=False` a file already at the newest schema is returned unchecked (`checked=False`): the
    caller then checks it before anything writes (the window does it in the background behind a `WriteGate`).
    A file that needs an upgrade, or a switch from WAL (see `db.engine`), is always checked here first, since
    both write. The file, and copies abandoned by a killed backup, are dealt with first: only its owner may read
    it, and `.part` files left in `backups` go.
    """
    head = SCHEMA_HEAD
    exists = path.exists()
    current = None
    backup = None
    remove_abandoned_copies(backups, path)
    remove_abandoned_copies(path.parent, path)
    if exists and path.is_file() and path.stat().st_size == 0 and not list_backups(backups, path):
        # An empty file holds nothing to lose (a first start killed before its schema was written leaves one):
        # it becomes a new database. With backups of it around, it is refused, and the window offers them.
        log.info("%s is empty and has no backups: making it a new database", path)
        path.unlink()
        exists = False
    if exists:
        refuse_what_is_no_database(path)
    created = False
    try:
        if exists:
            make_private(path)
            _undo_interrupted_change(path)
            legacy_wal = uses_wal(path)
            if not check_current and not legacy_wal and _is_at(path, head):
                return MigrationResult(False, head, head, None, checked=False)
            if not check_file(path).ok:
                raise damaged(path)
            current = stored_revision(path)
            _refuse_unknown(path, current)
            if legacy_wal:
                _use_rollback_journal(path)
                log.info("switched %s from WAL to the rollback journal", path)
            if current == head:
                return MigrationResult(False, current, head, None)
            if current is not None:
                backup = backup_into_folder(path, backups, current)
                log.info("upgrading %s from %s to %s; backup first: %s", path, current, head, backup)
        else:
            create_private(new_folder(path.parent) / path.name)
            created = True
            log.info("creating %s", path)
        database = Database(path)
        try:
            upgrade(database)
        finally:
            database.close()
    except BaseException as error:
        if created:  # a first start that failed leaves nothing behind, so that the next one simply starts again
            for leftover in (path, journal_of(path)):
                leftover.unlink(missing_ok=True)
        _raise_as_user_error(error, path)
    if stored_revision(path) != head or not check_file(path).ok:
        raise DatabaseDamagedError(
            translate("Errors", "The upgrade of {path} could not be verified. Restore the backup {backup}.").format(
                path=path, backup=backup
            )
        )
    return MigrationResult(current is None, current, head, backup)


def _raise_as_user_error(error: BaseException, path: Path) -> NoReturn:
    """Re-raise `error`, as the sentence that names its cause when the environment caused it."""
    if isinstance(error, sqlite3.Error | DBAPIError):
        user_error = environment_error(error, path)
        if user_error is not None:
            raise user_error from error
    elif isinstance(error, OSError):
        raise file_error(error, path) from error
    raise error
