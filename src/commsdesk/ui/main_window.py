"""The main window: one tab per area of the office's work, and the File, Settings and Help menus.

It holds no database logic: what concerns the database file (open, back up, restore) it asks of the
`DatabaseActions` the composition root gives it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QTabWidget

from commsdesk import APP_DISPLAY_NAME
from commsdesk.i18n import LANGUAGES, current_language, language_name, translate
from commsdesk.settings import GEOMETRY, LAST_TAB, WINDOW_STATE, Settings
from commsdesk.ui.dialogs.about import show_about
from commsdesk.ui.dialogs.office_profile import OfficeProfileDialog
from commsdesk.ui.messages import guarded
from commsdesk.ui.tabs.base import Tab

if TYPE_CHECKING:
    from commsdesk.paths import AppPaths
    from commsdesk.services import Services


# The tabs, in order; a new register (media monitoring, enquiries, document requests) is one more function.
# Each imports its tab only when a database is shown, so that the empty window paints before the data layer loads.
def _contacts_tab(services: Services, paths: AppPaths) -> Tab:
    from commsdesk.ui.tabs.contacts.view import ContactsTab

    return ContactsTab(services.contacts, services.office)


def _calendar_tab(services: Services, paths: AppPaths) -> Tab:
    from commsdesk.ui.tabs.calendar.view import CalendarTab

    return CalendarTab(services.calendar, services.office)


def _releases_tab(services: Services, paths: AppPaths) -> Tab:
    from commsdesk.ui.tabs.releases.view import ReleasesTab

    return ReleasesTab(services.releases)


def _plan_tab(services: Services, paths: AppPaths) -> Tab:
    from commsdesk.ui.tabs.plan.view import PlanTab

    return PlanTab(services.plan, services.office)


TAB_FACTORIES: list[Callable[[Services, AppPaths], Tab]] = [_contacts_tab, _calendar_tab, _releases_tab, _plan_tab]


class DatabaseActions(Protocol):
    def open_database(self, path: str) -> None: ...
    def backup_now(self) -> None: ...
    def restore_backup(self) -> None: ...
    def change_language(self, code: str) -> None: ...


class MainWindow(QMainWindow):
    def __init__(self, settings: Settings, actions: DatabaseActions) -> None:
        super().__init__()
        self._settings = settings
        self._actions = actions
        self._services: Services | None = None
        self._paths: AppPaths | None = None
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        self._build_menus()
        self.retranslate()
        self.resize(1280, 800)
        if not self.restoreGeometry(settings.get(GEOMETRY)):
            self.resize(1280, 800)
        self.restoreState(settings.get(WINDOW_STATE))

    def show_workspace(self, services: Services, paths: AppPaths) -> None:
        """Show the tabs of a newly opened database."""
        self._services, self._paths = services, paths
        current = self.tabs.currentIndex() if self.tabs.count() else self._settings.get(LAST_TAB)
        while self.tabs.count():
            widget = self.tabs.widget(0)
            self.tabs.removeTab(0)
            widget.deleteLater()
        for action in self.settings_menu.actions():
            if action.property("from_tab"):
                self.settings_menu.removeAction(action)
        for factory in TAB_FACTORIES:
            tab = factory(services, paths)
            self.tabs.addTab(tab, tab.title())
            for action in tab.settings_actions():
                action.setProperty("from_tab", True)
                self.settings_menu.addAction(action)
        self.tabs.setCurrentIndex(min(max(current, 0), self.tabs.count() - 1))
        self.setWindowTitle(f"{APP_DISPLAY_NAME} — {paths.database.name}")

    def tab_widgets(self) -> list[Tab]:
        return [self.tabs.widget(index) for index in range(self.tabs.count())]

    def _action(self, menu, shortcut=None, handler=None) -> QAction:
        action = QAction(self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        if handler is not None:
            action.triggered.connect(handler)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.open_action = self._action(self.file_menu, QKeySequence.StandardKey.Open, self._open_database)
        self.backup_action = self._action(self.file_menu, None, self._actions.backup_now)
        self.restore_action = self._action(self.file_menu, None, self._actions.restore_backup)
        self.file_menu.addSeparator()
        self.quit_action = self._action(self.file_menu, QKeySequence.StandardKey.Quit, self.close)
        self.settings_menu = bar.addMenu("")
        self.profile_action = self._action(self.settings_menu, None, self._edit_profile)
        self.language_menu = self.settings_menu.addMenu("")
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code in LANGUAGES:
            action = self._action(self.language_menu, None, lambda _=False, c=code: self._actions.change_language(c))
            action.setText(language_name(code))
            action.setCheckable(True)
            group.addAction(action)
            self.language_actions[code] = action
        self.help_menu = bar.addMenu("")
        self.about_action = self._action(self.help_menu, QKeySequence.StandardKey.HelpContents, self._about)

    def retranslate(self) -> None:
        """Every string of the window and its tabs, again in the current language."""
        self.file_menu.setTitle(translate("MainWindow", "&File"))
        self.open_action.setText(translate("MainWindow", "&Open database…"))
        self.backup_action.setText(translate("MainWindow", "&Back up now"))
        self.restore_action.setText(translate("MainWindow", "&Restore from backup…"))
        self.quit_action.setText(translate("MainWindow", "&Quit"))
        self.settings_menu.setTitle(translate("MainWindow", "&Settings"))
        self.profile_action.setText(translate("MainWindow", "Office &profile…"))
        self.language_menu.setTitle(translate("MainWindow", "&Language"))
        self.help_menu.setTitle(translate("MainWindow", "&Help"))
        self.about_action.setText(translate("MainWindow", "&About commsdesk"))
        self.language_actions[current_language()].setChecked(True)
        for index, tab in enumerate(self.tab_widgets()):
            tab.retranslate()
            self.tabs.setTabText(index, tab.title())

    def _open_database(self) -> None:
        folder = str(self._paths.folder) if self._paths else ""
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("MainWindow", "Open database"),
            folder,
            translate("MainWindow", "commsdesk databases (*.sqlite);;All files (*)"),
        )
        if path:
            self._actions.open_database(path)

    def _edit_profile(self) -> None:
        if self._services is None:
            return
        dialog = OfficeProfileDialog(self._services.office.profile(), self)
        if dialog.exec():
            guarded(self, self._services.office.save_profile, dialog.profile())

    def _about(self) -> None:
        show_about(self, str(self._paths.database) if self._paths else "")

    def closeEvent(self, event: QCloseEvent) -> None:
        self._settings.set(GEOMETRY, self.saveGeometry())
        self._settings.set(WINDOW_STATE, self.saveState())
        self._settings.set(LAST_TAB, self.tabs.currentIndex())
        self._settings.sync()
        super().closeEvent(event)
