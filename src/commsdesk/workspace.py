"""An open database with everything around it: its lock, its checked and migrated file, and the services over it.

The one start-up sequence shared by the GUI and the command line: lock → check and migrate (with a backup) →
open → services.
"""

from __future__ import annotations

from dataclasses import dataclass

from commsdesk.db.engine import Database
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

    @classmethod
    def open(cls, paths: AppPaths, *, demo: bool = False) -> Workspace:
        """Lock, check, migrate and open `paths.database`; with `demo`, a newly created file gets the demo content.

        Raises UserError (locked, damaged, too new, not writable) with nothing written.
        """
        lock = InstanceLock(paths.lock_file)
        lock.acquire()
        try:
            migration = prepare(paths.database, paths.backups)
            database = Database(paths.database)
            services = Services.over(database)
            if demo and migration.created:
                from commsdesk.services.demo import fill_demo

                fill_demo(services)
        except BaseException:
            lock.release()
            raise
        return cls(paths, lock, database, services, migration)

    def close(self) -> None:
        self.database.close()
        self.lock.release()
