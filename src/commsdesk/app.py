"""The composition root of the GUI: settings → translators → window → database (lock, check, migrate) → services.

The empty window is painted first and the data layer (SQLAlchemy, Alembic, the tabs) is imported only then, so
that the officer sees commsdesk at once. Also the owner of the database's life in the window: opening another
file, backing up, restoring.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from commsdesk import APP_NAME, __version__
from commsdesk.errors import DatabaseDamagedError, UserError
from commsdesk.i18n import set_language, translate
from commsdesk.paths import AppPaths, resolve_paths
from commsdesk.resources import resource_path
from commsdesk.settings import LANGUAGE, Settings
from commsdesk.ui.main_window import MainWindow
from commsdesk.ui.messages import confirm, show_error, show_info
from commsdesk.ui.qt_translators import install_qt_translator
from commsdesk.ui.unexpected_errors import install_unexpected_error_hooks
from commsdesk.ui.widgets.first_paint import call_after_first_paint

if TYPE_CHECKING:
    from commsdesk.db.integrity import IntegrityReport
    from commsdesk.workspace import Workspace


class _CheckRelay(QObject):
    """Brings the result of the background integrity check from its thread to the UI thread."""

    checked = Signal(int, object)


class Desk:
    """The running application: one main window over one open workspace."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.workspace: Workspace | None = None
        self.window = MainWindow(settings, self)
        self.on_unusable: Callable[[], None] | None = None  # called when a damaged file leaves nothing open
        self._generation = 0  # which opening a background check's result belongs to
        self._relay = _CheckRelay()
        self._relay.checked.connect(self._checked)

    # -- opening -------------------------------------------------------------------------------------------
    def open(self, paths: AppPaths, *, demo: bool = False) -> bool:
        """Open `paths` in the window; on failure explain, offer a backup for a damaged file, and keep the old one.

        An up-to-date file is shown at once and checked on a worker thread (writes wait for the check, see
        `Workspace.open`); if the check fails, the file is closed and a backup offered then (`_checked`).
        """
        from commsdesk.workspace import Workspace

        generation = self._generation + 1
        try:
            workspace = Workspace.open(
                paths, demo=demo, on_checked=lambda report: self._relay.checked.emit(generation, report)
            )
        except DatabaseDamagedError as error:
            return self._offer_restore(paths, str(error))
        except UserError as error:
            show_error(self.window, str(error))
            return False
        if self.workspace is not None:
            self.workspace.close()
        self.workspace, self._generation = workspace, generation
        try:
            self.window.show_workspace(workspace.services, paths)
        except DatabaseDamagedError as error:  # reading the first page found the damage before the check did
            self._close_workspace()
            return self._offer_restore(paths, str(error))
        if workspace.read_only:
            from commsdesk.services.backups import read_only_message

            self.window.show_read_only(read_only_message(paths.database))
            show_info(self.window, read_only_message(paths.database))
        QTimer.singleShot(0, workspace.start_check)  # once the first page is painted
        if workspace.migration.backup is not None:
            self.window.statusBar().showMessage(
                translate("MainWindow", "The database was upgraded; a backup was saved first: {path}").format(
                    path=workspace.migration.backup
                ),
                15000,
            )
        return True

    def _checked(self, generation: int, report: IntegrityReport) -> None:
        """The background integrity check of the open file is over (on the UI thread)."""
        if generation != self._generation or self.workspace is None or report.ok:
            return
        paths = self.workspace.paths
        self._close_workspace()
        from commsdesk.services.backups import damaged

        message = str(damaged(paths.database))
        if not self._offer_restore(paths, message) and self.on_unusable is not None:
            self.on_unusable()

    def _close_workspace(self) -> None:
        self.window.clear_workspace()
        if self.workspace is not None:
            self.workspace.close()
            self.workspace = None

    def _offer_restore(self, paths: AppPaths, reason: str) -> bool:
        from commsdesk.services import backups
        from commsdesk.ui.dialogs.restore_backup import RestoreBackupDialog

        found = backups.list_backups(paths.backups, paths.database)
        if not found:
            show_error(self.window, reason + "\n\n" + translate("MainWindow", "There is no backup to restore."))
            return False
        message = reason + "\n\n" + translate("MainWindow", "Choose a backup to restore (the newest is selected).")
        dialog = RestoreBackupDialog(found, self.window, message)
        good = backups.latest_good_backup(paths.backups, paths.database)
        if good is not None:
            dialog.list.setCurrentRow(found.index(good))
        if not dialog.exec() or dialog.selected() is None:
            return False
        try:
            backups.restore(dialog.selected().path, paths.database, paths.backups)
        except UserError as error:
            show_error(self.window, str(error))
            return False
        return self.open(paths)

    # -- DatabaseActions -----------------------------------------------------------------------------------
    def open_database(self, path: str) -> None:
        self.open(resolve_paths(path))

    def backup_now(self) -> None:
        from commsdesk.services import backups

        if self.workspace is None:
            return
        try:
            target = backups.backup_now(self.workspace.paths.database, self.workspace.paths.backups)
        except UserError as error:
            show_error(self.window, str(error))
            return
        show_info(self.window, translate("MainWindow", "Backup written to {path}.").format(path=target))

    def restore_backup(self) -> None:
        from commsdesk.services import backups
        from commsdesk.ui.dialogs.restore_backup import RestoreBackupDialog

        if self.workspace is None:
            return
        paths = self.workspace.paths
        dialog = RestoreBackupDialog(backups.list_backups(paths.backups, paths.database), self.window)
        if not dialog.exec() or dialog.selected() is None:
            return
        chosen = dialog.selected()
        question = translate("MainWindow", "Replace the current database with the backup of {date}?").format(
            date=chosen.taken_at.strftime("%d.%m.%Y %H:%M")
        )
        if not confirm(self.window, question, translate("MainWindow", "Restore")):
            return
        self.workspace.close()
        self.workspace = None
        try:
            backups.restore(chosen.path, paths.database, paths.backups)
        except UserError as error:
            show_error(self.window, str(error))
        self.open(paths)

    def change_language(self, code: str) -> None:
        set_language(code)
        install_qt_translator(code)
        self.settings.set(LANGUAGE, code)
        self.window.retranslate()

    def close(self) -> None:
        if self.workspace is not None:
            self.workspace.close()
            self.workspace = None


def create_application(argv: list[str]) -> QApplication:
    application = QApplication.instance() or QApplication(argv)
    application.setApplicationName(APP_NAME)
    application.setApplicationVersion(__version__)
    application.setWindowIcon(QIcon(str(resource_path("icons", "commsdesk.png"))))
    return application


def start_gui(database: str | None, language: str | None, demo: bool) -> tuple[QApplication, Desk]:
    """Show the window, and open `database` (or the default one; with `demo`, a fresh demo database) as soon as it
    is painted. If the database cannot be opened the user is told why and the application exits with code 1."""
    application = create_application(sys.argv[:1])
    install_unexpected_error_hooks()  # a bug in any slot: logged and told, not lost on a missing stderr
    settings = Settings()
    code = language or settings.language()
    set_language(code)
    install_qt_translator(code)
    if demo and database is None:
        database = str(Path(tempfile.mkdtemp(prefix="commsdesk-demo-")) / "commsdesk.sqlite")
    desk = Desk(settings)
    desk.on_unusable = lambda: application.exit(1)
    paths = resolve_paths(database)

    def open_database() -> None:
        if not desk.open(paths, demo=demo):
            application.exit(1)

    call_after_first_paint(desk.window, open_database)
    desk.window.show()
    return application, desk


def run_gui(database: str | None, language: str | None, demo: bool) -> int:
    """Run the window until the user quits; returns the exit code."""
    application, desk = start_gui(database, language, demo)
    try:
        return application.exec()
    finally:
        desk.close()
