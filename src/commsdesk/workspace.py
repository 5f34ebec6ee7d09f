"""An open database with everything around it: its lock, its checked and migrated file, and the services over it.

The one start-up sequence shared by the GUI and the command line: lock → check and migrate (with a backup) →
open → services.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from commsdesk.db.engine import Database
from commsdesk.db.integrity import BackgroundCheck, IntegrityReport, WriteGate
from commsdesk.db.migrate import MigrationResult, prepare
from commsdesk.instance_lock import InstanceLock
from commsdesk.paths import AppPaths
from commsdesk.services import Services


@dataclass
class Workspace:
    paths: AppPaths
    lock: InstanceLock
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

        Raises UserError (locked, damaged, too new, not writable) with nothing written.

        With `on_checked`, a file already at the newest schema opens at once and its integrity check (0.3–0.6 s
        on a 200 MB file) runs on a worker thread — from `start_check`, or from the first write — which then
        calls `on_checked(report)`. Until the check has passed every write waits (and after a failed one every
        write is refused), so a damaged file is still never written to; reading it meanwhile does no harm.
        Without `on_checked` the check runs here, first.
        """
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
        except BaseException:
            lock.release()
            raise
        return cls(paths, lock, database, services, migration, check)

    def start_check(self) -> None:
        """Start the integrity check left to a worker thread (if any, and not started by a write already)."""
        if self.check is not None:
            self.check.start()

    def close(self) -> None:
        if self.check is not None:
            self.check.cancel()  # a check still running is stopped; nothing more is written anyway
        self.database.close()
        self.lock.release()
