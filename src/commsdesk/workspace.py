"""An open database with everything around it: its lock, its checked and migrated file, and the services over it.

The one start-up sequence shared by the GUI and the command line: lock → check and migrate (with a backup) →
open → services.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass

from commsdesk.db.engine import Database
from commsdesk.db.integrity import BackgroundCheck, IntegrityReport, WriteGate
from commsdesk.db.migrate import MigrationResult, prepare, prepare_read_only
from commsdesk.file_errors import file_error
from commsdesk.instance_lock import InstanceLock, folder_is_writable
from commsdesk.logs import store as log
from commsdesk.paths import AppPaths, default_data_dir
from commsdesk.private_files import new_folder, private_folder
from commsdesk.services import Services


def _is_write_protected(paths: AppPaths) -> bool:
    """Whether the database cannot be written; creates its folder first (private, when it is commsdesk's own)."""
    try:
        if paths.folder == default_data_dir().resolve():
            private_folder(paths.folder)  # also one that an older commsdesk left readable by all
        else:
            new_folder(paths.folder)
    except OSError as error:
        raise file_error(error, paths.folder) from error
    if not folder_is_writable(paths.folder):
        return True
    return paths.database.is_file() and not os.access(paths.database, os.W_OK)


@dataclass
class Workspace:
    paths: AppPaths
    lock: InstanceLock | None  # None for a write-protected file: nothing can be written, so nothing to guard
    database: Database
    services: Services
    migration: MigrationResult
    check: BackgroundCheck | None = None  # the integrity check still running, when it was left to a thread

    @classmethod
    def open(
        cls,
        paths: AppPaths,
        *,
        demo: bool = False,
        on_checked: Callable[[IntegrityReport], None] | None = None,
    ) -> Workspace:
        """Lock, check, migrate and open `paths.database`; with `demo`, a newly created file gets the demo content.

        Raises UserError (locked, damaged, too new, not a database, a full disk) with nothing written. A file
        that cannot be written (write-protected media, a backup on a CD) is opened read-only, if it needs no
        upgrade: `read_only` is then True and every write is refused with a sentence that says so.

        With `on_checked`, a file already at the newest schema opens at once and its integrity check (0.3–0.6 s
        on a 200 MB file) runs on a worker thread — from `start_check`, or from the first write — which then
        calls `on_checked(report)`. Until the check has passed every write waits (and after a failed one every
        write is refused), so a damaged file is still never written to; reading it meanwhile does no harm.
        Without `on_checked` the check runs here, first.
        """
        if _is_write_protected(paths):
            migration = prepare_read_only(paths.database)
            database = Database(paths.database, read_only=True)
            return cls(paths, None, database, Services.over(database), migration)
        lock = InstanceLock(paths.lock_file)
        lock.acquire()
        try:
            migration = prepare(paths.database, paths.backups, check_current=on_checked is None)
            gate = WriteGate(passed=True if migration.checked else None)
            database = Database(paths.database, gate)
            services = Services.over(database)
            if demo and migration.created:
                from commsdesk.services.demo import fill_demo

                fill_demo(services)
            check = None
            if not migration.checked:
                assert on_checked is not None
                check = BackgroundCheck(paths.database, gate, on_checked)
            else:  # checked already, so writing waits for nothing (the window's requests tab does it otherwise)
                services.requests.erase_expired()
        except BaseException:
            lock.release()
            raise
        log.info("opened %s at schema %s", paths.database, migration.to_revision)
        return cls(paths, lock, database, services, migration, check)

    @property
    def read_only(self) -> bool:
        """A file on write-protected media (or itself write-protected): it is shown, nothing can be changed."""
        return self.database.read_only

    def start_check(self) -> None:
        """Start the integrity check left to a worker thread (if any, and not started by a write already)."""
        if self.check is not None:
            self.check.start()

    def close(self) -> None:
        if self.check is not None:
            self.check.cancel()  # a check still running is stopped; nothing more is written anyway
        self.database.close()
        if self.lock is not None:
            self.lock.release()
